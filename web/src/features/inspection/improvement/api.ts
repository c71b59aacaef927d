// Hooks for the inspector's improvement plans and good practices of a round:
// the overview, one provider's plan and history, points, follow-up, actions
// for a provider that does not work in Baken, and the good-practice register.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, query, ApiError } from '../../../api/http';
import type * as schemas from '../../../../../server/src/modules/inspection/improvement/improvement.schemas.js';
import type * as gpSchemas from '../../../../../server/src/modules/inspection/goodPractices/goodPractices.schemas.js';
import type * as roundSchemas from '../../../../../server/src/modules/inspection/inspection.schemas.js';

export type OverviewRow = z.infer<typeof schemas.improvementOverviewRow>;
export type Plan = z.infer<typeof schemas.improvementPlanOutput>;
export type Point = Plan['points'][number];
export type Action = Point['actions'][number];
export type HistoryItem = z.infer<typeof schemas.improvementHistoryItem>;
export type PointInput = z.input<typeof schemas.pointInput>;
export type ActionInput = z.input<typeof schemas.actionInput>;
export type FollowUpInput = z.input<typeof schemas.followUpInput>;
export type RegisterEntry = z.infer<typeof gpSchemas.registerEntry>;
export type GoodPracticeInput = z.input<typeof gpSchemas.goodPracticeInput>;
export type Round = z.infer<typeof roundSchemas.roundOutput>;

const key = ['improvement'] as const;

export function useRound(id: string) {
  return useQuery<Round, ApiError>({ queryKey: ['inspection', 'round', id], queryFn: () => api.get(`/api/inspection/rounds/${id}`) });
}

export function useOverview(roundId: string) {
  return useQuery<OverviewRow[], ApiError>({ queryKey: [...key, 'overview', roundId], queryFn: () => api.get(`/api/inspection/rounds/${roundId}/improvement`) });
}

export function usePlan(roundId: string, providerId: string | null) {
  return useQuery<Plan, ApiError>({
    queryKey: [...key, 'plan', roundId, providerId],
    queryFn: () => api.get(`/api/inspection/rounds/${roundId}/providers/${providerId}/improvement`),
    enabled: !!providerId,
  });
}

export function usePlanHistory(roundId: string, providerId: string, enabled: boolean) {
  return useQuery<HistoryItem[], ApiError>({
    queryKey: [...key, 'history', roundId, providerId],
    queryFn: () => api.get(`/api/inspection/rounds/${roundId}/providers/${providerId}/improvement/history`),
    enabled,
    staleTime: 0,
  });
}

function useChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key });
}

export function useAddPoint(roundId: string, providerId: string) {
  const changed = useChanged();
  return useMutation<Point, ApiError, PointInput>({ mutationFn: (body) => api.post(`/api/inspection/rounds/${roundId}/providers/${providerId}/improvement/points`, body), onSuccess: changed });
}

export function useUpdatePoint(pointId: string) {
  const changed = useChanged();
  return useMutation<Point, ApiError, PointInput & { updatedAt: string }>({ mutationFn: (body) => api.put(`/api/inspection/improvement/points/${pointId}`, body), onSuccess: changed });
}

export function useAddActionForProvider(pointId: string) {
  const changed = useChanged();
  return useMutation<Action, ApiError, ActionInput>({ mutationFn: (body) => api.post(`/api/inspection/improvement/points/${pointId}/actions`, body), onSuccess: changed });
}

export function useUpdateActionForProvider(actionId: string) {
  const changed = useChanged();
  return useMutation<Action, ApiError, ActionInput & { updatedAt: string }>({ mutationFn: (body) => api.put(`/api/inspection/improvement/actions/${actionId}`, body), onSuccess: changed });
}

export function useFollowUp(actionId: string) {
  const changed = useChanged();
  return useMutation<unknown, ApiError, FollowUpInput>({ mutationFn: (body) => api.post(`/api/inspection/improvement/actions/${actionId}/follow-ups`, body), onSuccess: changed });
}

export function useRoundPractices(roundId: string) {
  return useQuery<RegisterEntry[], ApiError>({ queryKey: [...key, 'practices', roundId], queryFn: () => api.get(`/api/inspection/good-practices${query({ roundId })}`) });
}

export function useSavePractice(roundId: string) {
  const changed = useChanged();
  return useMutation<unknown, ApiError, { providerId: string; id: string | null; body: GoodPracticeInput & { updatedAt?: string } }>({
    mutationFn: ({ providerId, id, body }) => (id ? api.put(`/api/inspection/good-practices/${id}`, body) : api.post(`/api/inspection/rounds/${roundId}/providers/${providerId}/good-practices`, body)),
    onSuccess: changed,
  });
}

export const csvUrl = (roundId: string) => `/api/inspection/rounds/${roundId}/improvement/export`;
export const practicesCsvUrl = (roundId: string) => `/api/inspection/good-practices/export${query({ roundId })}`;
export const roundPdfUrl = (roundId: string) => `/api/inspection/rounds/${roundId}/report.pdf`;
export const providerPdfUrl = (roundId: string, providerId: string) => `/api/inspection/rounds/${roundId}/providers/${providerId}/report.pdf`;
