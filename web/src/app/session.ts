// The signed-in state as the server sees it. One query, shared by every page;
// the interface never decides on its own whether someone is signed in.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http';

export type Stage = 'signedOut' | 'mfaEnrol' | 'mfaChallenge' | 'signedIn';

export interface Session {
  stage: Stage;
  setupRequired: boolean;
  demo: boolean;
  user: {
    id: string;
    email: string;
    displayName: string;
    roles: string[];
    capabilities: string[];
    organisation: { id: string; name: string; kind: string };
  } | null;
}

export const sessionKey = ['session'] as const;

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: () => api.get<Session>('/api/session'), staleTime: 60_000 });
}

/** After sign-in, sign-out or a second factor: ask the server again, and forget every cached answer. */
export function useSessionChanged() {
  const client = useQueryClient();
  return async () => {
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
    await client.invalidateQueries({ queryKey: sessionKey });
  };
}

export function can(session: Session | undefined, capability: string): boolean {
  return !!session?.user?.capabilities.includes(capability);
}

/**
 * Signs out with a full page load of the sign-in page: nothing of the case
 * data cached in this tab survives in memory, and no page guard can redirect
 * halfway.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: () => api.post('/api/auth/logout'),
    onSettled: () => window.location.assign('/inloggen?uitgelogd=1'),
  });
}

/** Where to go after signing in: only a path of this application, never another site. */
export function safeReturnPath(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/inloggen') ? value : '/';
}
