// Hooks for the provider's own inspections: the list, one inspection with its
// judgments, points, own actions and good practices, the colleagues who can
// own an action, and saving an action (with the version it was read at).
// Types come from the server's own schemas (type-only).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, ApiError } from '../../../api/http';
import type * as schemas from '../../../../../server/src/modules/inspection/ownInspection/ownInspection.schemas.js';
import type * as planSchemas from '../../../../../server/src/modules/inspection/improvement/improvement.schemas.js';
import type { InspectionFramework } from '../../../../../server/src/platform/content/content';

export type OwnInspectionSummary = z.infer<typeof schemas.ownInspectionSummary>;
export type OwnInspection = z.infer<typeof schemas.ownInspectionOutput>;
export type OwnPoint = OwnInspection['points'][number];
export type OwnAction = OwnPoint['actions'][number];
export type ActionInput = z.input<typeof planSchemas.actionInput>;
export type { InspectionFramework };

const key = ['ownInspections'] as const;

export function useOwnInspections() {
  return useQuery<OwnInspectionSummary[], ApiError>({ queryKey: [...key, 'list'], queryFn: () => api.get('/api/own-inspections') });
}

export function useOwnInspection(id: string) {
  return useQuery<OwnInspection, ApiError>({ queryKey: [...key, 'one', id], queryFn: () => api.get(`/api/own-inspections/${id}`) });
}

export function useActionOwners(enabled: boolean) {
  return useQuery<{ id: string; name: string }[], ApiError>({ queryKey: [...key, 'owners'], queryFn: () => api.get('/api/own-inspections/owners'), enabled });
}

/** The inspection framework pack; it changes only with a new Baken version. */
export function useInspectionFramework() {
  return useQuery<InspectionFramework, ApiError>({ queryKey: ['content', 'inspectionFramework'], queryFn: () => api.get('/api/content/inspectionFramework'), staleTime: Infinity });
}

export function useSaveOwnAction(id: string) {
  const client = useQueryClient();
  return useMutation<OwnAction, ApiError, { pointId: string; actionId: string | null; body: ActionInput & { updatedAt?: string } }>({
    mutationFn: ({ pointId, actionId, body }) => (actionId ? api.put(`/api/own-inspections/${id}/actions/${actionId}`, body) : api.post(`/api/own-inspections/${id}/points/${pointId}/actions`, body)),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export const ownPdfUrl = (id: string) => `/api/own-inspections/${id}/report.pdf`;
