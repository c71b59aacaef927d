// The signed-in person as every policy and service sees them. Built only from
// the session row; nothing in it comes from the request body or URL.
import type { Role } from './roles.js';

export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: string;
  roles: Role[];
  sessionId: string;
  ip: string | null;
  userAgent: string | null;
}

export type Decision = { allowed: true; via: string } | { allowed: false };

export const allow = (via: string): Decision => ({ allowed: true, via });
export const deny: Decision = { allowed: false };
