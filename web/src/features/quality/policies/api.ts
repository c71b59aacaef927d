// Hooks for the policies register. Types come from the server's own schemas (type-only).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type ApiError } from '../../../api/http';
import type * as schemas from '../../../../../server/src/modules/quality/policies/policies.schemas.js';

export type PolicyRegister = z.infer<typeof schemas.policyRegisterOutput>;
export type Policy = z.infer<typeof schemas.policyOutput>;
export type PolicyVersion = Policy['versions'][number];
export type PolicyInput = z.input<typeof schemas.policyInput>;
export type PolicyVersionInput = z.input<typeof schemas.policyVersionInput>;
export type PolicyUpdate = z.input<typeof schemas.policyUpdate>;
export type PolicyWithdrawal = z.input<typeof schemas.policyWithdrawal>;
export type PolicyReminder = z.infer<typeof schemas.policyReminderOutput>;
export type PolicyHistoryItem = z.infer<typeof schemas.policyHistoryItem>;
export type OwnerCandidate = z.infer<typeof schemas.ownerCandidate>;

export function usePolicyRegister() {
  return useQuery<PolicyRegister, ApiError>({ queryKey: ['policies', 'register'], queryFn: () => api.get('/api/policies') });
}

export function usePolicyReminders(enabled = true) {
  return useQuery<PolicyReminder[], ApiError>({ queryKey: ['policies', 'reminders'], queryFn: () => api.get('/api/policies/reminders'), enabled });
}

export function useOwnerCandidates(enabled: boolean) {
  return useQuery<OwnerCandidate[], ApiError>({ queryKey: ['policies', 'owners'], queryFn: () => api.get('/api/policies/owner-candidates'), enabled });
}

export function usePolicyHistory(id: string, enabled: boolean) {
  return useQuery<PolicyHistoryItem[], ApiError>({ queryKey: ['policies', 'history', id], queryFn: () => api.get(`/api/policies/${id}/history`), enabled, staleTime: 0 });
}

function useChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['policies'] });
}

export function useCreatePolicy() {
  const changed = useChanged();
  return useMutation<Policy, ApiError, PolicyInput>({ mutationFn: (body) => api.post('/api/policies', body), onSuccess: changed });
}

export function useAddPolicyVersion(id: string) {
  const changed = useChanged();
  return useMutation<Policy, ApiError, PolicyVersionInput>({ mutationFn: (body) => api.post(`/api/policies/${id}/versions`, body), onSuccess: changed });
}

export function useUpdatePolicy(id: string) {
  const changed = useChanged();
  return useMutation<Policy, ApiError, PolicyUpdate>({ mutationFn: (body) => api.put(`/api/policies/${id}`, body), onSuccess: changed });
}

export function useWithdrawPolicy(id: string) {
  const changed = useChanged();
  return useMutation<Policy, ApiError, PolicyWithdrawal>({ mutationFn: (body) => api.post(`/api/policies/${id}/withdraw`, body), onSuccess: changed });
}

export const policyDocumentUrl = (id: string, versionId: string) => `/api/policies/${id}/versions/${versionId}/document`;
