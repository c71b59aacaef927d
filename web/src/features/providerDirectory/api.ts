// Hooks for the provider directory. Types come from the server's own schemas
// (type-only: nothing of the server ends up in the bundle).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, query, type ApiError } from '../../api/http';
import type * as schemas from '../../../../server/src/modules/providerDirectory/providerDirectory.schemas.js';

export type Entry = z.infer<typeof schemas.entryOutput>;
export type EntryList = z.infer<typeof schemas.entryListOutput>;
export type EntryInput = z.input<typeof schemas.entryInput>;
export type EntryUpdate = z.input<typeof schemas.entryUpdate>;
export type HistoryItem = z.infer<typeof schemas.historyItem>;
export type OwnEntries = z.infer<typeof schemas.ownEntriesOutput>;

export interface EntryFilter {
  q?: string;
  careKind?: string;
  targetGroup?: string;
  region?: string;
  national?: string;
  includeArchived?: string;
}

export function useEntries(filter: EntryFilter) {
  return useQuery<EntryList, ApiError>({ queryKey: ['providerDirectory', 'list', filter], queryFn: () => api.get(`/api/provider-directory${query({ ...filter })}`) });
}

export function useEntry(id: string) {
  return useQuery<Entry, ApiError>({ queryKey: ['providerDirectory', 'entry', id], queryFn: () => api.get(`/api/provider-directory/${id}`) });
}

export function useEntryHistory(id: string, enabled: boolean) {
  return useQuery<HistoryItem[], ApiError>({ queryKey: ['providerDirectory', 'history', id], queryFn: () => api.get(`/api/provider-directory/${id}/history`), enabled, staleTime: 0 });
}

function useChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['providerDirectory'] });
}

export function useCreateEntry() {
  const changed = useChanged();
  return useMutation<Entry, ApiError, EntryInput>({ mutationFn: (body) => api.post('/api/provider-directory', body), onSuccess: changed });
}

export function useUpdateEntry(id: string) {
  const changed = useChanged();
  return useMutation<Entry, ApiError, EntryUpdate>({ mutationFn: (body) => api.put(`/api/provider-directory/${id}`, body), onSuccess: changed });
}

export function useSetArchived(id: string) {
  const changed = useChanged();
  return useMutation<Entry, ApiError, { archived: boolean; updatedAt: string }>({
    mutationFn: ({ archived, updatedAt }) => api.post(`/api/provider-directory/${id}/${archived ? 'archive' : 'restore'}`, { updatedAt }),
    onSuccess: changed,
  });
}

export function useOwnEntries() {
  return useQuery<OwnEntries, ApiError>({ queryKey: ['providerDirectory', 'own'], queryFn: () => api.get('/api/provider-directory/own') });
}

export function useShareSelfAssessment() {
  const changed = useChanged();
  return useMutation<OwnEntries, ApiError, { id: string; share: boolean }>({
    mutationFn: ({ id, share }) => api.put(`/api/provider-directory/own/${id}/self-assessment`, { share }),
    onSuccess: changed,
  });
}
