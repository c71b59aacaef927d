// Hooks for the self-assessment: the organisation's assessments, one
// assessment with its summary, saving a criterion or an indicator (with the
// version it was read at), history per item, evidence uploads, closing, and
// the current policies of the register to pick as evidence. Types come from
// the server's own schemas (type-only: nothing of the server is bundled).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import i18n from '../../../i18n';
import { api, answered, apiErrorFrom, fetchCsrfToken, ApiError } from '../../../api/http';
import type * as schemas from '../../../../../server/src/modules/quality/selfAssessment/selfAssessment.schemas.js';
import type * as policySchemas from '../../../../../server/src/modules/quality/policies/policies.schemas.js';
import type { QualityFramework } from '../../../../../server/src/platform/content/content';

export type Assessment = z.infer<typeof schemas.assessmentOutput>;
export type AssessmentListItem = z.infer<typeof schemas.assessmentListItem>;
export type Criterion = z.infer<typeof schemas.criterionOutput>;
export type Indicator = z.infer<typeof schemas.indicatorOutput>;
export type CriterionInput = z.input<typeof schemas.criterionInput>;
export type IndicatorInput = z.input<typeof schemas.indicatorInput>;
export type HistoryItem = z.infer<typeof schemas.historyItem>;
export type EvidenceDocument = z.infer<typeof schemas.evidenceDocument>;
export type StatusCounts = Assessment['summary']['overall']['criteria'];
export type PolicyRegister = z.infer<typeof policySchemas.policyRegisterOutput>;
export type { QualityFramework };

const key = ['selfAssessment'] as const;

export function useAssessments() {
  return useQuery<AssessmentListItem[], ApiError>({ queryKey: [...key, 'list'], queryFn: () => api.get('/api/self-assessments') });
}

export function useAssessment(id: string) {
  return useQuery<Assessment, ApiError>({ queryKey: [...key, 'one', id], queryFn: () => api.get(`/api/self-assessments/${id}`) });
}

export function useOwners(enabled: boolean) {
  return useQuery<{ id: string; name: string }[], ApiError>({ queryKey: [...key, 'owners'], queryFn: () => api.get('/api/self-assessments/owners'), enabled });
}

export function useItemHistory(id: string, ref: string, enabled: boolean) {
  return useQuery<HistoryItem[], ApiError>({ queryKey: [...key, 'history', id, ref], queryFn: () => api.get(`/api/self-assessments/${id}/items/${ref}/history`), enabled, staleTime: 0 });
}

/** The policies register, to pick a current policy as evidence; empty when this user may not read it. */
export function usePolicyRegister(enabled: boolean) {
  return useQuery<PolicyRegister, ApiError>({ queryKey: ['policies', 'register', 'forSelfAssessment'], queryFn: () => api.get('/api/policies'), enabled, retry: false });
}

/** The quality framework pack; it changes only with a new Baken version. */
export function useQualityFramework() {
  return useQuery<QualityFramework, ApiError>({ queryKey: ['content', 'qualityFramework'], queryFn: () => api.get('/api/content/qualityFramework'), staleTime: Infinity });
}

function useChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key });
}

export function useStartAssessment() {
  const changed = useChanged();
  return useMutation<Assessment, ApiError, { title: string; carryOver: boolean }>({ mutationFn: (body) => api.post('/api/self-assessments', body), onSuccess: changed });
}

export function useCloseAssessment(id: string) {
  const changed = useChanged();
  return useMutation<Assessment, ApiError, void>({ mutationFn: () => api.post(`/api/self-assessments/${id}/close`), onSuccess: changed });
}

export function useSaveCriterion(id: string, ref: string) {
  const changed = useChanged();
  return useMutation<Criterion, ApiError, CriterionInput>({ mutationFn: (body) => api.put(`/api/self-assessments/${id}/criteria/${ref}`, body), onSuccess: changed });
}

export function useSaveIndicator(id: string, ref: string) {
  const changed = useChanged();
  return useMutation<Indicator, ApiError, IndicatorInput>({ mutationFn: (body) => api.put(`/api/self-assessments/${id}/indicators/${ref}`, body), onSuccess: changed });
}

/** Sends a file as the raw request body; the server checks what the bytes are. */
async function sendEvidence(id: string, file: File): Promise<EvidenceDocument> {
  let token: string;
  try {
    token = await fetchCsrfToken();
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  let response: Response;
  try {
    response = await fetch(`/api/self-assessments/${id}/documents?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': file.type || 'application/octet-stream', accept: 'application/json', 'accept-language': i18n.language, 'x-csrf-token': token },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  const body = answered(response.status, await response.text());
  if (!response.ok) throw apiErrorFrom(response.status, body);
  return body as EvidenceDocument;
}

export function useUploadEvidence(id: string) {
  return useMutation<EvidenceDocument, ApiError, File>({ mutationFn: (file) => sendEvidence(id, file) });
}

export const pdfUrl = (id: string) => `/api/self-assessments/${id}/pdf`;
export const documentUrl = (id: string, documentId: string) => `/api/self-assessments/${id}/documents/${documentId}`;
