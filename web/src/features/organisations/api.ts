import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiError } from '../../api/http';
import type { Team, User } from '../../api/types';

export interface UserInput {
  email?: string;
  displayName: string;
  roles: string[];
  teamIds: string[];
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  enabled: boolean;
  updatedAt: string;
}

export function useUsers() {
  return useQuery<User[], ApiError>({ queryKey: ['admin', 'users'], queryFn: () => api.get('/api/admin/users') });
}

export function useTeams() {
  return useQuery<Team[], ApiError>({ queryKey: ['admin', 'teams'], queryFn: () => api.get('/api/admin/teams') });
}

export function useOidcSettings() {
  return useQuery<OidcSettings | null, ApiError>({ queryKey: ['admin', 'oidc'], queryFn: () => api.get('/api/admin/oidc') });
}

function useAdminChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['admin'] });
}

export function useCreateUser() {
  const changed = useAdminChanged();
  return useMutation<{ id: string; activationUrl: string }, ApiError, UserInput>({
    mutationFn: (input) => api.post('/api/admin/users', input),
    onSuccess: changed,
  });
}

export function useUpdateUser(id: string) {
  const changed = useAdminChanged();
  return useMutation<unknown, ApiError, Omit<UserInput, 'email'>>({
    mutationFn: (input) => api.patch(`/api/admin/users/${id}`, input),
    onSuccess: changed,
  });
}

/** Deactivate, reactivate or reset access (password and second factor) of one account. */
export function useUserAccessAction(id: string) {
  const changed = useAdminChanged();
  return useMutation<{ activationUrl?: string }, ApiError, 'deactivate' | 'reactivate' | 'reset-access'>({
    mutationFn: (action) => api.post(`/api/admin/users/${id}/${action}`),
    onSuccess: changed,
  });
}

export function useCreateTeam() {
  const changed = useAdminChanged();
  return useMutation<Team, ApiError, { name: string }>({ mutationFn: (input) => api.post('/api/admin/teams', input), onSuccess: changed });
}

export function useConfigureOidc() {
  const changed = useAdminChanged();
  return useMutation<unknown, ApiError, { issuer: string; clientId: string; clientSecret: string; enabled: boolean }>({
    mutationFn: (input) => api.put('/api/admin/oidc', input),
    onSuccess: changed,
  });
}
