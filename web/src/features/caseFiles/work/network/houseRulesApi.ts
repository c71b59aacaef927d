// Hooks for the house rules a residential group shows its visitors: the user's
// own teams' rules (Visits page) and every team's rules for the admin (Teams page).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type ApiError } from '../../../../api/http';
import type { teamHouseRulesSchema } from '../../../../../../server/src/modules/caseFiles/visitors/houseRules.schemas.js';

export type TeamHouseRules = z.infer<typeof teamHouseRulesSchema>;

export function useMyHouseRules() {
  return useQuery<TeamHouseRules[], ApiError>({ queryKey: ['houseRules', 'mine'], queryFn: () => api.get('/api/house-rules') });
}

export function useAllHouseRules() {
  return useQuery<TeamHouseRules[], ApiError>({ queryKey: ['admin', 'houseRules'], queryFn: () => api.get('/api/admin/house-rules') });
}

export function useSaveHouseRules() {
  const client = useQueryClient();
  return useMutation<TeamHouseRules, ApiError, { teamId: string; rules: string }>({
    mutationFn: ({ teamId, rules }) => api.put(`/api/admin/teams/${teamId}/house-rules`, { rules }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['admin', 'houseRules'] }), client.invalidateQueries({ queryKey: ['houseRules'] })]),
  });
}
