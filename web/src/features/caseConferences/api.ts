// Hooks for case conferences. Types come from the server's own schemas
// (type-only: nothing of the server ends up in the bundle).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type ApiError } from '../../api/http';
import type * as schemas from '../../../../server/src/modules/caseConferences/caseConferences.schemas.js';

export type ConferenceList = z.infer<typeof schemas.conferenceListOutput>;
export type Conference = z.infer<typeof schemas.conferenceOutput>;
export type ConferenceCase = Conference['cases'][number];
export type ConferenceInput = z.input<typeof schemas.conferenceInput>;
export type CaseInput = z.input<typeof schemas.caseInput>;
export type FileCases = z.infer<typeof schemas.fileCasesOutput>;
export type Colleagues = z.infer<typeof schemas.colleaguesOutput>;

const base = '/api/case-conferences';

export function useConferences() {
  return useQuery<ConferenceList, ApiError>({ queryKey: ['caseConferences', 'list'], queryFn: () => api.get(base) });
}

export function useConference(id: string) {
  return useQuery<Conference, ApiError>({ queryKey: ['caseConferences', 'one', id], queryFn: () => api.get(`${base}/${id}`), retry: false });
}

export function useColleagues(id: string, enabled: boolean) {
  return useQuery<Colleagues, ApiError>({ queryKey: ['caseConferences', 'colleagues', id], queryFn: () => api.get(`${base}/${id}/colleagues`), enabled });
}

export function useFileCases(youthId: string) {
  return useQuery<FileCases, ApiError>({ queryKey: ['caseConferences', 'file', youthId], queryFn: () => api.get(`/api/youths/${youthId}/case-conferences`) });
}

/** Every change answers with the whole conference; it replaces what the page shows. */
export function useConferenceChange<V>(id: string, send: (vars: V) => Promise<Conference>) {
  const client = useQueryClient();
  return useMutation<Conference, ApiError, V>({
    mutationFn: send,
    onSuccess: (conference) => {
      client.setQueryData(['caseConferences', 'one', id], conference);
      void client.invalidateQueries({ queryKey: ['caseConferences', 'list'] });
      void client.invalidateQueries({ queryKey: ['caseConferences', 'colleagues', id] });
    },
  });
}

export function useConvene() {
  const client = useQueryClient();
  return useMutation<Conference, ApiError, ConferenceInput>({
    mutationFn: (body) => api.post(base, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['caseConferences'] }),
  });
}

export function useJoin() {
  const client = useQueryClient();
  return useMutation<Conference, ApiError, { id: string; userId: string }>({
    mutationFn: ({ id, userId }) => api.post(`${base}/${id}/participants`, { userId }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['caseConferences'] }),
  });
}

export const conferenceApi = {
  addParticipant: (id: string, userId: string) => api.post<Conference>(`${base}/${id}/participants`, { userId }),
  invite: (id: string, slug: string) => api.post<Conference>(`${base}/${id}/organisations`, { slug }),
  bringIn: (id: string, body: CaseInput) => api.post<Conference>(`${base}/${id}/cases`, body),
  agenda: (id: string, caseIds: string[]) => api.put<Conference>(`${base}/${id}/agenda`, { caseIds }),
  entry: (id: string, caseId: string, body: { kind: 'contribution' | 'decision'; text: string }) => api.post<Conference>(`${base}/${id}/cases/${caseId}/entries`, body),
  action: (id: string, caseId: string, body: { description: string; ownerParticipantId: string; dueOn: string }) =>
    api.post<Conference>(`${base}/${id}/cases/${caseId}/actions`, body),
  actionStatus: (id: string, actionId: string, status: string) => api.put<Conference>(`${base}/${id}/actions/${actionId}`, { status }),
  status: (id: string, status: 'planned' | 'held') => api.put<Conference>(`${base}/${id}/status`, { status }),
  close: (id: string) => api.post<Conference>(`${base}/${id}/close`, { confirm: true }),
};
