// The CoMensha routes as hooks. Types come from the server's own schemas
// (type-only: nothing of the server lands in the bundle). The signed consent
// form goes up as its raw bytes, like the youth's photo, declared as what its
// first bytes say it is.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { answered, api, apiErrorFrom, ApiError, fetchCsrfToken } from '../../api/http';
import i18n from '../../i18n';
import type * as schemas from '../../../../server/src/modules/comensha/comensha.schemas';
import { CONSENT_DOCUMENT_MAX_BYTES, type ConsentDocumentType } from '../../../../server/src/modules/comensha/comensha.options';

export type ComenshaFile = z.infer<typeof schemas.comenshaFileOutput>;
export type Consent = z.infer<typeof schemas.consentOutput>;
export type Registration = z.infer<typeof schemas.registrationOutput>;
export type NoRegistration = z.infer<typeof schemas.noRegistrationOutput>;
export type ComenshaRegister = z.infer<typeof schemas.comenshaRegisterOutput>;

const fileKey = (youthId: string) => ['youths', youthId, 'comensha'] as const;

export function useComenshaFile(youthId: string) {
  return useQuery<ComenshaFile, ApiError>({ queryKey: fileKey(youthId), queryFn: () => api.get(`/api/youths/${youthId}/comensha`) });
}

export function useComenshaRegister() {
  return useQuery<ComenshaRegister, ApiError>({ queryKey: ['comensha', 'register'], queryFn: () => api.get('/api/comensha/register') });
}

/** Any change refreshes the youth's file (its overview's steps too) and the register. */
function useChanged(youthId: string) {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['youths', youthId] }), client.invalidateQueries({ queryKey: ['comensha', 'register'] })]);
}

export function useRecordConsent(youthId: string) {
  const changed = useChanged(youthId);
  return useMutation<{ id: string }, ApiError, Record<string, unknown>>({
    mutationFn: (body) => api.post(`/api/youths/${youthId}/comensha/consents`, body),
    onSuccess: changed,
  });
}

export function useWithdrawConsent(youthId: string) {
  const changed = useChanged(youthId);
  return useMutation<{ id: string }, ApiError, { consentId: string; body: Record<string, unknown> }>({
    mutationFn: ({ consentId, body }) => api.post(`/api/youths/${youthId}/comensha/consents/${consentId}/withdraw`, body),
    onSuccess: changed,
  });
}

export function useRegister(youthId: string) {
  const changed = useChanged(youthId);
  return useMutation<Registration, ApiError, Record<string, unknown>>({
    mutationFn: (body) => api.post(`/api/youths/${youthId}/comensha/registrations`, body),
    onSuccess: changed,
  });
}

export function useRecordNoRegistration(youthId: string) {
  const changed = useChanged(youthId);
  return useMutation<NoRegistration, ApiError, Record<string, unknown>>({
    mutationFn: (body) => api.post(`/api/youths/${youthId}/comensha/no-registrations`, body),
    onSuccess: changed,
  });
}

export type DocumentProblem = { key: 'noFile' } | { key: 'empty' } | { key: 'type' } | { key: 'tooLarge'; megabytes: number };

function sniff(head: Uint8Array): ConsentDocumentType | null {
  const starts = (magic: number[]) => magic.every((b, i) => head[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

/** Why a chosen file cannot be sent, checked as the server checks it, before megabytes travel to be refused. */
export async function checkDocument(file: File | null): Promise<DocumentProblem | null> {
  if (!file) return { key: 'noFile' };
  if (file.size === 0) return { key: 'empty' };
  if (file.size > CONSENT_DOCUMENT_MAX_BYTES) return { key: 'tooLarge', megabytes: file.size / (1024 * 1024) };
  return sniff(new Uint8Array(await file.slice(0, 8).arrayBuffer())) ? null : { key: 'type' };
}

async function sendDocument(youthId: string, consentId: string, file: File): Promise<{ mimeType: string; bytes: number }> {
  let token: string;
  try {
    token = await fetchCsrfToken();
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  const type = sniff(new Uint8Array(await file.slice(0, 8).arrayBuffer())) ?? file.type;
  let response: Response;
  try {
    response = await fetch(`/api/youths/${youthId}/comensha/consents/${consentId}/document`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': type, accept: 'application/json', 'accept-language': i18n.language, 'x-csrf-token': token },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  const body = answered(response.status, await response.text());
  if (!response.ok) throw apiErrorFrom(response.status, body);
  return body as { mimeType: string; bytes: number };
}

export function useUploadConsentDocument(youthId: string) {
  const changed = useChanged(youthId);
  return useMutation<{ mimeType: string; bytes: number }, ApiError, { consentId: string; file: File }>({
    mutationFn: ({ consentId, file }) => sendDocument(youthId, consentId, file),
    onSuccess: changed,
  });
}

export const documentHref = (youthId: string, consentId: string) => `/api/youths/${youthId}/comensha/consents/${consentId}/document`;
export const copyHref = (youthId: string, registrationId: string) => `/api/youths/${youthId}/comensha/registrations/${registrationId}/pdf`;
