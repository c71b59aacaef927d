// The case-file API as hooks. Every read here is an audited read on the server,
// so answers are kept for a while rather than fetched again on every focus.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query, type ApiError } from '../../api/http';
import type { AccessLogDayPage, AccessLogPage, BreakGlassGrant, CaseTeamMember, JournalEntry, Overview, YouthInput, YouthListItem } from '../../api/types';

export const caseFileKeys = {
  list: (filter: { q?: string; dateOfBirth?: string }) => ['youths', 'list', filter] as const,
  file: (id: string) => ['youths', id] as const,
  overview: (id: string) => ['youths', id, 'overview'] as const,
  team: (id: string) => ['youths', id, 'team'] as const,
  candidates: (id: string) => ['youths', id, 'candidates'] as const,
  journal: (id: string) => ['youths', id, 'journal'] as const,
  accessLog: (id: string, view: 'days' | 'events') => ['youths', id, 'accessLog', view] as const,
  grants: (status: string) => ['breakGlass', status] as const,
};

export function useYouths(filter: { q?: string; dateOfBirth?: string }) {
  return useQuery({ queryKey: caseFileKeys.list(filter), queryFn: () => api.get<YouthListItem[]>(`/api/youths${query(filter)}`) });
}

export function useOverview(id: string) {
  return useQuery<Overview, ApiError>({ queryKey: caseFileKeys.overview(id), queryFn: () => api.get(`/api/youths/${id}`), retry: false });
}

export function useCaseTeam(id: string) {
  return useQuery<CaseTeamMember[], ApiError>({ queryKey: caseFileKeys.team(id), queryFn: () => api.get(`/api/youths/${id}/team`) });
}

export function useCaseTeamCandidates(id: string, enabled: boolean) {
  return useQuery<{ userId: string; displayName: string; roles: string[] }[], ApiError>({
    queryKey: caseFileKeys.candidates(id),
    queryFn: () => api.get(`/api/youths/${id}/team/candidates`),
    enabled,
  });
}

export function useJournal(id: string) {
  return useQuery<JournalEntry[], ApiError>({ queryKey: caseFileKeys.journal(id), queryFn: () => api.get(`/api/youths/${id}/journal`) });
}

// Both views of "who looked" are always fresh (the point is to see the latest
// reads) and come 50 at a time; each page is an audited read on the server.
export function useAccessLog(id: string) {
  return useInfiniteQuery<AccessLogPage, ApiError>({
    queryKey: caseFileKeys.accessLog(id, 'events'),
    queryFn: ({ pageParam }) => api.get(`/api/youths/${id}/access-log${query({ cursor: pageParam as number | undefined })}`),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

export function useAccessLogDays(id: string) {
  return useInfiniteQuery<AccessLogDayPage, ApiError>({
    queryKey: caseFileKeys.accessLog(id, 'days'),
    queryFn: ({ pageParam }) => api.get(`/api/youths/${id}/access-log/days${query({ cursor: pageParam as number | undefined })}`),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

export function useBreakGlassGrants(status: 'open' | 'all') {
  return useQuery<BreakGlassGrant[], ApiError>({ queryKey: caseFileKeys.grants(status), queryFn: () => api.get(`/api/break-glass?status=${status}`) });
}

/** After a change to one file: everything cached about it is stale. */
function useFileChanged() {
  const client = useQueryClient();
  return (id: string) => client.invalidateQueries({ queryKey: caseFileKeys.file(id) });
}

export function useCreateYouth() {
  const client = useQueryClient();
  return useMutation<{ id: string }, ApiError, YouthInput>({
    mutationFn: (input) => api.post('/api/youths', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['youths', 'list'] }),
  });
}

export function useUpdateYouth(id: string) {
  const changed = useFileChanged();
  const client = useQueryClient();
  return useMutation<unknown, ApiError, YouthInput>({
    mutationFn: (input) => api.put(`/api/youths/${id}`, input),
    onSuccess: async () => {
      await changed(id);
      await client.invalidateQueries({ queryKey: ['youths', 'list'] });
    },
  });
}

export function useAddCaseTeamMember(id: string) {
  const changed = useFileChanged();
  return useMutation<unknown, ApiError, { userId: string; teamRole: string }>({
    mutationFn: (input) => api.post(`/api/youths/${id}/team`, input),
    onSuccess: () => changed(id),
  });
}

export function useRemoveCaseTeamMember(id: string) {
  const changed = useFileChanged();
  const client = useQueryClient();
  return useMutation<unknown, ApiError, string>({
    mutationFn: (userId) => api.delete(`/api/youths/${id}/team/${userId}`),
    onSuccess: async () => {
      await changed(id);
      await client.invalidateQueries({ queryKey: ['youths', 'list'] });
    },
  });
}

export function useAddJournalEntry(id: string) {
  const changed = useFileChanged();
  return useMutation<{ id: string }, ApiError, { category: string; occurredOn: string; body: string }>({
    mutationFn: (input) => api.post(`/api/youths/${id}/journal`, input),
    onSuccess: () => changed(id),
  });
}

export function useBreakTheGlass(id: string) {
  const client = useQueryClient();
  return useMutation<{ id: string; expiresAt: string }, ApiError, string>({
    mutationFn: (reason) => api.post(`/api/youths/${id}/break-glass`, { reason }),
    onSuccess: async () => {
      await client.resetQueries({ queryKey: caseFileKeys.file(id) });
      await client.invalidateQueries({ queryKey: ['youths', 'list'] });
    },
  });
}

export function useReviewBreakGlass() {
  const client = useQueryClient();
  return useMutation<unknown, ApiError, { id: string; verdict: string; note: string }>({
    mutationFn: ({ id, ...body }) => api.post(`/api/break-glass/${id}/review`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['breakGlass'] }),
  });
}
