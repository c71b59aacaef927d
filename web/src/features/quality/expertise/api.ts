// Hooks for the staff expertise register and the uploads of the quality
// registers. Types come from the server's own schemas (type-only).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import i18n from '../../../i18n';
import { answered, api, apiErrorFrom, ApiError, fetchCsrfToken } from '../../../api/http';
import type * as schemas from '../../../../../server/src/modules/quality/expertise/expertise.schemas.js';

export type Overview = z.infer<typeof schemas.overviewOutput>;
export type TeamRatio = Overview['ratios'][number];
export type StaffRow = Overview['staff'][number];
export type Person = z.infer<typeof schemas.personOutput>;
export type Own = z.infer<typeof schemas.ownOutput>;
export type Training = z.infer<typeof schemas.trainingOutput>;
export type Registration = z.infer<typeof schemas.registrationOutput>;
export type Reminder = z.infer<typeof schemas.reminderOutput>;
export type TrainingInput = z.input<typeof schemas.trainingInput>;
export type TrainingUpdate = z.input<typeof schemas.trainingUpdate>;
export type RegistrationInput = z.input<typeof schemas.registrationInput>;
export type RegistrationUpdate = z.input<typeof schemas.registrationUpdate>;
export type HistoryItem = z.infer<typeof schemas.historyItem>;
export type UploadedDocument = z.infer<typeof schemas.documentUploadOutput>;

export function useExpertise() {
  return useQuery<Overview, ApiError>({ queryKey: ['expertise', 'overview'], queryFn: () => api.get('/api/expertise') });
}

export function usePerson(userId: string | null) {
  return useQuery<Person, ApiError>({ queryKey: ['expertise', 'person', userId], queryFn: () => api.get(`/api/expertise/people/${userId}`), enabled: userId !== null });
}

export function useOwnExpertise(enabled = true) {
  return useQuery<Own, ApiError>({ queryKey: ['expertise', 'mine'], queryFn: () => api.get('/api/expertise/mine'), enabled });
}

export function useExpiryReminders(enabled = true) {
  return useQuery<Reminder[], ApiError>({ queryKey: ['expertise', 'reminders'], queryFn: () => api.get('/api/expertise/reminders'), enabled });
}

export function useExpertiseHistory(id: string, enabled: boolean) {
  return useQuery<HistoryItem[], ApiError>({ queryKey: ['expertise', 'history', id], queryFn: () => api.get(`/api/expertise/history/${id}`), enabled, staleTime: 0 });
}

function useChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['expertise'] });
}

export function useRecordTraining() {
  const changed = useChanged();
  return useMutation<Training, ApiError, TrainingInput>({ mutationFn: (body) => api.post('/api/expertise/trainings', body), onSuccess: changed });
}

export function useUpdateTraining() {
  const changed = useChanged();
  return useMutation<Training, ApiError, TrainingUpdate & { id: string }>({ mutationFn: ({ id, ...body }) => api.put(`/api/expertise/trainings/${id}`, body), onSuccess: changed });
}

export function useRecordRegistration() {
  const changed = useChanged();
  return useMutation<Registration, ApiError, RegistrationInput>({ mutationFn: (body) => api.post('/api/expertise/registrations', body), onSuccess: changed });
}

export function useUpdateRegistration() {
  const changed = useChanged();
  return useMutation<Registration, ApiError, RegistrationUpdate & { id: string }>({ mutationFn: ({ id, ...body }) => api.put(`/api/expertise/registrations/${id}`, body), onSuccess: changed });
}

export function useWithdrawEntry() {
  const changed = useChanged();
  return useMutation<Training | Registration, ApiError, { what: 'trainings' | 'registrations'; id: string; version: number; reason: string }>({
    mutationFn: ({ what, id, ...body }) => api.post(`/api/expertise/${what}/${id}/withdraw`, body),
    onSuccess: changed,
  });
}

/** Sends a certificate or a policy document as the raw request body; the server checks what the bytes are. */
export async function uploadQualityDocument(purpose: 'certificate' | 'policy', file: File): Promise<UploadedDocument> {
  let token: string;
  try {
    token = await fetchCsrfToken();
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  let response: Response;
  try {
    response = await fetch(`/api/quality/documents?purpose=${purpose}&name=${encodeURIComponent(file.name)}`, {
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
  return body as UploadedDocument;
}

export const certificateUrl = (trainingId: string) => `/api/expertise/trainings/${trainingId}/certificate`;
export const RATIOS_CSV_URL = '/api/expertise/ratios.csv';
