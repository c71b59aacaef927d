// Hooks for inspection rounds: the list, one round with its providers, a
// provider's judgments and their history, the round's figures, and the
// changes (create a round, change its details or close or reopen it, add a
// provider or change its details, save a provider's judgments at once with
// the version each was read at). Types come from the server's own schemas
// (type-only: nothing of the server is bundled).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type ApiError } from '../../api/http';
import type * as schemas from '../../../../server/src/modules/inspection/inspection.schemas.js';
import type { InspectionFramework } from '../../../../server/src/platform/content/content';

export type RoundSummary = z.infer<typeof schemas.roundSummary>;
export type Round = z.infer<typeof schemas.roundOutput>;
export type RoundInput = z.input<typeof schemas.roundInput>;
export type RoundUpdate = z.input<typeof schemas.roundUpdate>;
export type Provider = z.infer<typeof schemas.providerOutput>;
export type ProviderInput = z.input<typeof schemas.providerInput>;
export type ProviderUpdate = z.input<typeof schemas.providerUpdate>;
export type ProviderJudgments = z.infer<typeof schemas.providerJudgmentsOutput>;
export type Judgment = ProviderJudgments['judgments'][number];
export type JudgmentsInput = z.input<typeof schemas.judgmentsInput>;
export type HistoryItem = z.infer<typeof schemas.judgmentHistoryItem>;
export type Figures = z.infer<typeof schemas.figuresOutput>;
export type { InspectionFramework };

const key = ['inspection'] as const;

export function useRounds() {
  return useQuery<RoundSummary[], ApiError>({ queryKey: [...key, 'rounds'], queryFn: () => api.get('/api/inspection/rounds') });
}

export function useRound(id: string) {
  return useQuery<Round, ApiError>({ queryKey: [...key, 'round', id], queryFn: () => api.get(`/api/inspection/rounds/${id}`) });
}

export function useProviderJudgments(roundId: string, providerId: string) {
  return useQuery<ProviderJudgments, ApiError>({
    queryKey: [...key, 'round', roundId, 'provider', providerId],
    queryFn: () => api.get(`/api/inspection/rounds/${roundId}/providers/${providerId}`),
  });
}

export function useJudgmentHistory(roundId: string, providerId: string, enabled: boolean) {
  return useQuery<HistoryItem[], ApiError>({
    queryKey: [...key, 'round', roundId, 'provider', providerId, 'history'],
    queryFn: () => api.get(`/api/inspection/rounds/${roundId}/providers/${providerId}/history`),
    enabled,
  });
}

export function useFigures(roundId: string) {
  return useQuery<Figures, ApiError>({ queryKey: [...key, 'round', roundId, 'figures'], queryFn: () => api.get(`/api/inspection/rounds/${roundId}/figures`) });
}

/** The inspection framework pack; it changes only with a new Baken version. */
export function useFramework() {
  return useQuery<InspectionFramework, ApiError>({ queryKey: ['content', 'inspectionFramework'], queryFn: () => api.get('/api/content/inspectionFramework'), staleTime: Infinity });
}

function useChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key });
}

export function useCreateRound() {
  const changed = useChanged();
  return useMutation<Round, ApiError, RoundInput>({ mutationFn: (body) => api.post('/api/inspection/rounds', body), onSuccess: changed });
}

export function useUpdateRound(id: string) {
  const changed = useChanged();
  return useMutation<Round, ApiError, RoundUpdate>({ mutationFn: (body) => api.put(`/api/inspection/rounds/${id}`, body), onSuccess: changed });
}

export function useAddProvider(roundId: string) {
  const changed = useChanged();
  return useMutation<Provider, ApiError, ProviderInput>({ mutationFn: (body) => api.post(`/api/inspection/rounds/${roundId}/providers`, body), onSuccess: changed });
}

export function useUpdateProvider(roundId: string, providerId: string) {
  const changed = useChanged();
  return useMutation<Provider, ApiError, ProviderUpdate>({
    mutationFn: (body) => api.put(`/api/inspection/rounds/${roundId}/providers/${providerId}`, body),
    onSuccess: changed,
  });
}

export function useSaveJudgments(roundId: string, providerId: string) {
  const changed = useChanged();
  return useMutation<ProviderJudgments, ApiError, JudgmentsInput>({
    mutationFn: (body) => api.put(`/api/inspection/rounds/${roundId}/providers/${providerId}/judgments`, body),
    onSuccess: changed,
  });
}

/** Where a figure's CSV is downloaded (a plain link: the browser saves the file). */
export const figureCsvUrl = (roundId: string, figure: 'providers' | 'expectations' | 'themes') => `/api/inspection/rounds/${roundId}/figures/export?figure=${figure}`;
export const roundReportUrl = (roundId: string) => `/api/inspection/rounds/${roundId}/report.pdf`;
export const providerReportUrl = (roundId: string, providerId: string) => `/api/inspection/rounds/${roundId}/providers/${providerId}/report.pdf`;
