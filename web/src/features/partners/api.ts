// Hooks for the partner directory, the organisation's contacts and covenants.
// Types come from the server's own schemas (type-only: nothing of the server
// ends up in the bundle). Other features may use usePartners to pick a partner.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, query, type ApiError } from '../../api/http';
import type * as partnerSchemas from '../../../../server/src/modules/organisations/partners/partners.schemas.js';
import type * as covenantSchemas from '../../../../server/src/modules/organisations/partners/covenants.schemas.js';
import type { CovenantThemes } from '../../../../server/src/platform/content/content';

export type Partner = z.infer<typeof partnerSchemas.partnerOutput>;
export type PartnerList = z.infer<typeof partnerSchemas.partnerListOutput>;
export type PartnerInput = z.input<typeof partnerSchemas.partnerInput>;
export type PartnerUpdate = z.input<typeof partnerSchemas.partnerUpdate>;
export type OrganisationContacts = z.infer<typeof partnerSchemas.organisationContactsOutput>;
export type OrganisationContactsInput = z.input<typeof partnerSchemas.organisationContactsInput>;
export type ContactCandidates = z.infer<typeof partnerSchemas.contactCandidatesOutput>;
export type Covenant = z.infer<typeof covenantSchemas.covenantOutput>;
export type CovenantInput = z.input<typeof covenantSchemas.covenantInput>;
export type CovenantReminder = z.infer<typeof covenantSchemas.covenantReminder>;
export type CovenantHistoryItem = z.infer<typeof covenantSchemas.covenantHistoryItem>;

export interface PartnerFilter {
  kind?: string;
  region?: string;
  q?: string;
  includeInactive?: boolean;
}

export function usePartners(filter: PartnerFilter = {}) {
  return useQuery<PartnerList, ApiError>({
    queryKey: ['partners', 'list', filter],
    queryFn: () => api.get(`/api/partners${query({ ...filter, includeInactive: filter.includeInactive ? 'true' : undefined })}`),
  });
}

export function useOrganisationContacts() {
  return useQuery<OrganisationContacts, ApiError>({ queryKey: ['partners', 'contacts'], queryFn: () => api.get('/api/organisation-contacts') });
}

export function useContactCandidates() {
  return useQuery<ContactCandidates, ApiError>({ queryKey: ['partners', 'candidates'], queryFn: () => api.get('/api/organisation-contacts/candidates') });
}

function usePartnersChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['partners'] });
}

export function useCreatePartner() {
  const changed = usePartnersChanged();
  return useMutation<Partner, ApiError, PartnerInput>({ mutationFn: (body) => api.post('/api/partners', body), onSuccess: changed });
}

export function useUpdatePartner(id: string) {
  const changed = usePartnersChanged();
  return useMutation<Partner, ApiError, PartnerUpdate>({ mutationFn: (body) => api.put(`/api/partners/${id}`, body), onSuccess: changed });
}

export function useSaveContacts() {
  const changed = usePartnersChanged();
  return useMutation<OrganisationContacts, ApiError, OrganisationContactsInput>({ mutationFn: (body) => api.put('/api/organisation-contacts', body), onSuccess: changed });
}

export function useCovenants() {
  return useQuery<Covenant[], ApiError>({ queryKey: ['partners', 'covenants'], queryFn: () => api.get('/api/covenants') });
}

export function useCovenant(id: string) {
  return useQuery<Covenant, ApiError>({ queryKey: ['partners', 'covenant', id], queryFn: () => api.get(`/api/covenants/${id}`) });
}

export function useCovenantHistory(id: string, enabled: boolean) {
  return useQuery<CovenantHistoryItem[], ApiError>({ queryKey: ['partners', 'covenantHistory', id], queryFn: () => api.get(`/api/covenants/${id}/history`), enabled, staleTime: 0 });
}

export function useCovenantReminders(enabled = true) {
  return useQuery<CovenantReminder[], ApiError>({ queryKey: ['partners', 'reminders'], queryFn: () => api.get('/api/covenants/reminders'), enabled });
}

export function useCreateCovenant() {
  const changed = usePartnersChanged();
  return useMutation<Covenant, ApiError, CovenantInput>({ mutationFn: (body) => api.post('/api/covenants', body), onSuccess: changed });
}

export function useUpdateCovenant(id: string) {
  const changed = usePartnersChanged();
  return useMutation<Covenant, ApiError, CovenantInput & { updatedAt: string }>({ mutationFn: (body) => api.put(`/api/covenants/${id}`, body), onSuccess: changed });
}

/** The covenant themes pack; it changes only with a new Baken version. */
export function useCovenantThemes() {
  return useQuery<CovenantThemes, ApiError>({ queryKey: ['content', 'covenantThemes'], queryFn: () => api.get('/api/content/covenantThemes'), staleTime: Infinity });
}
