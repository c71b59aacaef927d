// The signed-in state as the server sees it. One query, shared by every page;
// the interface never decides on its own whether someone is signed in.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Capability } from '../../../server/src/platform/authz/roles';
import { api } from '../api/http';

export type Stage = 'signedOut' | 'mfaEnrol' | 'mfaChallenge' | 'signedIn';

export interface Session {
  stage: Stage;
  setupRequired: boolean;
  demo: boolean;
  idleMinutes: number;
  user: {
    id: string;
    email: string;
    displayName: string;
    roles: string[];
    capabilities: Capability[];
    organisation: { id: string; name: string; kind: string };
  } | null;
}

export const sessionKey = ['session'] as const;

let signedInThisPage = false;

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      const session = await api.get<Session>('/api/session');
      if (session.stage === 'signedIn') signedInThisPage = true;
      return session;
    },
    staleTime: 60_000,
  });
}

/**
 * The session ended on the server (idle or absolute timeout, signed out
 * elsewhere, account deactivated) while this page was signed in: reload onto
 * the sign-in page, which drops everything cached in this tab, and come back
 * here after signing in again. Returns false when there is nothing to end.
 */
export function endEndedSession(): boolean {
  if (!signedInThisPage) return false;
  signedInThisPage = false;
  const back = encodeURIComponent(window.location.pathname);
  window.location.assign(`/inloggen?verlopen=1&terug=${back}`);
  return true;
}

/** After sign-in, sign-out or a second factor: ask the server again, and forget every cached answer. */
export function useSessionChanged() {
  const client = useQueryClient();
  return async () => {
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
    await client.invalidateQueries({ queryKey: sessionKey });
  };
}

export function can(session: Session | undefined, capability: Capability): boolean {
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

/**
 * Where to go after signing in: only a page of this application, never another
 * site. The URL parser decides, not a prefix check: "/\\evil.example" and
 * "/%09/evil.example" start with one slash and still leave the origin.
 */
export function safeReturnPath(value: string | null | undefined, origin: string = window.location.origin): string {
  if (!value || !value.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin || url.pathname.startsWith('/inloggen')) return '/';
  return url.pathname + url.search + url.hash;
}
