// Hooks for safety incidents. The server decides what a user sees: their own
// reports, or (the safety officer) the organisation's.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, query, type ApiError } from '../../api/http';
import type { incidentDetailSchema, incidentListSchema, incidentSchema } from '../../../../server/src/modules/policeCooperation/incidents.schemas';

export type Incident = z.infer<typeof incidentSchema>;
export type IncidentList = z.infer<typeof incidentListSchema>;
export type IncidentDetail = z.infer<typeof incidentDetailSchema>;
export interface IncidentFilters {
  status?: string;
  kind?: string;
}

const keys = {
  all: ['incidents'] as const,
  list: (filters: IncidentFilters) => ['incidents', 'list', filters] as const,
  one: (id: string) => ['incidents', 'one', id] as const,
};

export function useIncidents(filters: IncidentFilters) {
  return useQuery<IncidentList, ApiError>({ queryKey: keys.list(filters), queryFn: () => api.get(`/api/incidents${query({ ...filters })}`) });
}

export function useIncident(id: string) {
  return useQuery<IncidentDetail, ApiError>({ queryKey: keys.one(id), queryFn: () => api.get(`/api/incidents/${id}`) });
}

export function useReportIncident() {
  const client = useQueryClient();
  return useMutation<Incident, ApiError, Record<string, unknown>>({
    mutationFn: (body) => api.post('/api/incidents', body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useFollowUpIncident(id: string) {
  const client = useQueryClient();
  return useMutation<Incident, ApiError, Record<string, unknown>>({
    mutationFn: (body) => api.put(`/api/incidents/${id}/follow-up`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}
