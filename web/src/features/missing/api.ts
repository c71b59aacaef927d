// Hooks for missing episodes: the episodes of a file and every change to one,
// the police information sheet and the "missing now" dashboard. Types come
// from the server's own schemas (type-only: nothing of the server is bundled).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type ApiError } from '../../api/http';
import type * as schemas from '../../../../server/src/modules/missing/missing.schemas';

export type Episode = z.infer<typeof schemas.episodeOutput>;
export type EpisodeEvent = z.infer<typeof schemas.episodeEvent>;
export type StartBody = z.input<typeof schemas.startInput>;
export type DetailsBody = z.input<typeof schemas.detailsInput>;
export type StepBody = z.input<typeof schemas.stepInput>;
export type ReturnBody = z.input<typeof schemas.returnInput>;
export type MedicalCheckBody = z.input<typeof schemas.medicalCheckInput>;
export type TransferBody = z.input<typeof schemas.transferInput>;
export type SheetPreview = z.infer<typeof schemas.sheetPreview>;
export type HandOverBody = z.input<typeof schemas.handOverInput>;
export type HandOverResult = z.infer<typeof schemas.handOverOutput>;
export type MissingNowItem = z.infer<typeof schemas.missingNowItem>;

const keys = {
  episodes: (youthId: string) => ['youths', youthId, 'missing-episodes'] as const,
  sheet: (youthId: string, episodeId: string) => ['youths', youthId, 'missing-episodes', episodeId, 'police-sheet'] as const,
};

export const episodesPath = (youthId: string) => `/api/youths/${youthId}/missing-episodes`;
export const sheetPdfPath = (youthId: string, episodeId: string, disclosureId: string) => `${episodesPath(youthId)}/${episodeId}/police-sheets/${disclosureId}/pdf`;

export function useEpisodes(youthId: string) {
  return useQuery<Episode[], ApiError>({ queryKey: keys.episodes(youthId), queryFn: () => api.get(episodesPath(youthId)) });
}

/** After any change: the episodes, the file's overview and the dashboard may all show it. */
function useChanged(youthId: string) {
  const client = useQueryClient();
  return (episode: Episode) => {
    client.setQueryData<Episode[]>(keys.episodes(youthId), (list) => (list ? [episode, ...list.filter((e) => e.id !== episode.id)].sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt)) : [episode]));
    void client.invalidateQueries({ queryKey: ['missing-now'] });
    void client.invalidateQueries({ queryKey: ['workList'] });
  };
}

export function useStartEpisode(youthId: string) {
  const changed = useChanged(youthId);
  return useMutation<Episode, ApiError, StartBody>({ mutationFn: (body) => api.post(episodesPath(youthId), body), onSuccess: changed });
}

function useEpisodeChange<Body>(youthId: string, path: (episodeId: string) => string, method: 'post' | 'put' = 'post') {
  const changed = useChanged(youthId);
  return useMutation<Episode, ApiError, { episodeId: string; body: Body }>({
    mutationFn: ({ episodeId, body }) => (method === 'put' ? api.put(path(episodeId), body) : api.post(path(episodeId), body)),
    onSuccess: changed,
  });
}

export const useUpdateDetails = (youthId: string) => useEpisodeChange<DetailsBody>(youthId, (id) => `${episodesPath(youthId)}/${id}`, 'put');
export const useRecordStep = (youthId: string) => useEpisodeChange<StepBody>(youthId, (id) => `${episodesPath(youthId)}/${id}/steps`);
export const useRecordReturn = (youthId: string) => useEpisodeChange<ReturnBody>(youthId, (id) => `${episodesPath(youthId)}/${id}/return`);
export const useMedicalCheck = (youthId: string) => useEpisodeChange<MedicalCheckBody>(youthId, (id) => `${episodesPath(youthId)}/${id}/medical-check`);
export const useTransfer = (youthId: string) => useEpisodeChange<TransferBody>(youthId, (id) => `${episodesPath(youthId)}/${id}/transfer`);

/** Built from the file when asked: never kept stale in the cache (handing over checks it is current). */
export function useSheetPreview(youthId: string, episodeId: string) {
  return useQuery<SheetPreview, ApiError>({ queryKey: keys.sheet(youthId, episodeId), queryFn: () => api.get(`${episodesPath(youthId)}/${episodeId}/police-sheet`), staleTime: 0, gcTime: 0 });
}

export function useHandOver(youthId: string, episodeId: string) {
  const changed = useChanged(youthId);
  const client = useQueryClient();
  return useMutation<HandOverResult, ApiError, HandOverBody>({
    mutationFn: (body) => api.post(`${episodesPath(youthId)}/${episodeId}/police-sheet`, body),
    onSuccess: (result) => {
      changed(result.episode);
      void client.invalidateQueries({ queryKey: ['youths', youthId, 'disclosures'] });
    },
  });
}

export function useMissingNow() {
  return useQuery<MissingNowItem[], ApiError>({ queryKey: ['missing-now'], queryFn: () => api.get('/api/missing-now') });
}
