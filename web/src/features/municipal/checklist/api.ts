// Hooks for the municipal checklist: the checklists per year, one checklist
// with last year's answers beside this year's, saving an answer (with the
// version it was read at), the region, the action plan and history. Types
// come from the server's own schemas (type-only: nothing of the server is bundled).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, ApiError } from '../../../api/http';
import type * as schemas from '../../../../../server/src/modules/municipal/checklist/checklist.schemas.js';
import type { MunicipalChecklist } from '../../../../../server/src/platform/content/content';

export type ChecklistHeader = z.infer<typeof schemas.checklistHeader>;
export type Checklist = z.infer<typeof schemas.checklistOutput>;
export type Answer = z.infer<typeof schemas.answerOutput>;
export type AnswerCounts = z.infer<typeof schemas.answerCounts>;
export type AnswerInput = z.input<typeof schemas.answerInput>;
export type ActionPlan = z.infer<typeof schemas.actionPlanOutput>;
export type Action = z.infer<typeof schemas.actionOutput>;
export type ActionCreate = z.input<typeof schemas.actionCreate>;
export type ActionUpdate = z.input<typeof schemas.actionUpdate>;
export type HistoryItem = z.infer<typeof schemas.historyItem>;
export type { MunicipalChecklist };

const key = ['municipalChecklist'] as const;
const base = '/api/municipal/checklists';

export function useChecklists() {
  return useQuery<ChecklistHeader[], ApiError>({ queryKey: [...key, 'list'], queryFn: () => api.get(base) });
}

export function useChecklist(id: string) {
  return useQuery<Checklist, ApiError>({ queryKey: [...key, 'one', id], queryFn: () => api.get(`${base}/${id}`) });
}

export function useActionPlan(id: string) {
  return useQuery<ActionPlan, ApiError>({ queryKey: [...key, 'plan', id], queryFn: () => api.get(`${base}/${id}/action-plan`) });
}

export function useAnswerHistory(id: string, ref: string, enabled: boolean) {
  return useQuery<HistoryItem[], ApiError>({ queryKey: [...key, 'history', id, ref], queryFn: () => api.get(`${base}/${id}/answers/${ref}/history`), enabled, staleTime: 0 });
}

export function useActionHistory(id: string, actionId: string, enabled: boolean) {
  return useQuery<HistoryItem[], ApiError>({ queryKey: [...key, 'actionHistory', id, actionId], queryFn: () => api.get(`${base}/${id}/actions/${actionId}/history`), enabled, staleTime: 0 });
}

/** The checklist pack; it changes only with a new Baken version. */
export function useChecklistPack() {
  return useQuery<MunicipalChecklist, ApiError>({ queryKey: ['content', 'municipalChecklist'], queryFn: () => api.get('/api/content/municipalChecklist'), staleTime: Infinity });
}

function useChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key });
}

export function useStartChecklist() {
  const changed = useChanged();
  return useMutation<Checklist, ApiError, { year: number; regionName: string; participants: string[] }>({ mutationFn: (body) => api.post(base, body), onSuccess: changed });
}

export function useSaveRegion(id: string) {
  const changed = useChanged();
  return useMutation<Checklist, ApiError, { regionName: string; participants: string[]; updatedAt: string }>({ mutationFn: (body) => api.put(`${base}/${id}/region`, body), onSuccess: changed });
}

export function useSaveAnswer(id: string, ref: string) {
  const changed = useChanged();
  return useMutation<Answer, ApiError, AnswerInput>({ mutationFn: (body) => api.put(`${base}/${id}/answers/${ref}`, body), onSuccess: changed });
}

export function useCreateAction(id: string) {
  const changed = useChanged();
  return useMutation<Action, ApiError, ActionCreate>({ mutationFn: (body) => api.post(`${base}/${id}/actions`, body), onSuccess: changed });
}

export function useUpdateAction(id: string, actionId: string) {
  const changed = useChanged();
  return useMutation<Action, ApiError, ActionUpdate>({ mutationFn: (body) => api.put(`${base}/${id}/actions/${actionId}`, body), onSuccess: changed });
}

export const pdfUrl = (id: string) => `${base}/${id}/pdf`;

/** Short names typed with commas or spaces between them. */
export const parseSlugs = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
