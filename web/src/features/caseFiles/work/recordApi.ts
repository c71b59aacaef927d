// Hooks for the records of a case file. One set for every kind: the server
// serves every kind through the same routes (records.routes.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiError } from '../../../api/http';

export interface CaseRecord {
  id: string;
  createdAt: string;
  createdByName: string | null;
  updatedAt: string;
  updatedByName: string | null;
  signedOffAt?: string | null;
  signedOffByName?: string | null;
  [field: string]: unknown;
}

export interface HistoryEntry {
  kind: string;
  change: 'created' | 'updated' | 'signedOff';
  changedAt: string;
  changedByName: string | null;
  snapshot: Record<string, unknown>;
}

export const recordKeys = {
  list: (youthId: string, path: string) => ['youths', youthId, 'records', path] as const,
  history: (youthId: string, recordId: string) => ['youths', youthId, 'history', recordId] as const,
};

export function useRecords<T extends CaseRecord = CaseRecord>(youthId: string, path: string) {
  return useQuery<T[], ApiError>({ queryKey: recordKeys.list(youthId, path), queryFn: () => api.get(`/api/youths/${youthId}/${path}`) });
}

export function useSingleton<T extends CaseRecord = CaseRecord>(youthId: string, path: string) {
  return useQuery<T | null, ApiError>({ queryKey: recordKeys.list(youthId, path), queryFn: () => api.get(`/api/youths/${youthId}/${path}`) });
}

export function useRecordHistory(youthId: string, recordId: string, enabled: boolean) {
  return useQuery<HistoryEntry[], ApiError>({
    queryKey: recordKeys.history(youthId, recordId),
    queryFn: () => api.get(`/api/youths/${youthId}/history/${recordId}`),
    enabled,
    staleTime: 0,
  });
}

function useRecordsChanged(youthId: string) {
  const client = useQueryClient();
  // A record changes the overview's steps and timeline too.
  return () => client.invalidateQueries({ queryKey: ['youths', youthId] });
}

export function useCreateRecord<T extends CaseRecord = CaseRecord>(youthId: string, path: string) {
  const changed = useRecordsChanged(youthId);
  return useMutation<T, ApiError, Record<string, unknown>>({
    mutationFn: (body) => api.post(`/api/youths/${youthId}/${path}`, body),
    onSuccess: changed,
  });
}

export function useUpdateRecord<T extends CaseRecord = CaseRecord>(youthId: string, path: string) {
  const changed = useRecordsChanged(youthId);
  return useMutation<T, ApiError, { id: string; body: Record<string, unknown> }>({
    mutationFn: ({ id, body }) => api.put(`/api/youths/${youthId}/${path}/${id}`, body),
    onSuccess: changed,
  });
}

export function useSaveSingleton<T extends CaseRecord = CaseRecord>(youthId: string, path: string) {
  const changed = useRecordsChanged(youthId);
  return useMutation<T, ApiError, Record<string, unknown>>({
    mutationFn: (body) => api.put(`/api/youths/${youthId}/${path}`, body),
    onSuccess: changed,
  });
}

export function useSignOff<T extends CaseRecord = CaseRecord>(youthId: string, path: string) {
  const changed = useRecordsChanged(youthId);
  return useMutation<T, ApiError, CaseRecord>({
    mutationFn: (record) => api.post(`/api/youths/${youthId}/${path}/${record.id}/sign-off`, { updatedAt: record.updatedAt }),
    onSuccess: changed,
  });
}
