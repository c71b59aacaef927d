// Shared by the authorisation matrix (test/authorisation-matrix.int.test.ts)
// and the rows a module adds for its own routes (test/matrix/*.ts, each
// exporting `entries`). A row says who may call a route and how to call it.
import type { Role } from '../../server/src/platform/authz/roles.js';
import type { Platform } from '../../server/src/platform/http/app-types.js';
import type { Actor } from '../../server/src/platform/authz/actor.js';

export const CASE_ROLES: Role[] = ['caseWorker', 'leadProfessional', 'designatedOfficer', 'safetyOfficer'];
export const CREATE_ROLES: Role[] = ['caseWorker', 'leadProfessional', 'designatedOfficer'];

export type Scope = 'inTeam' | 'outOfTeam' | 'otherOrganisation';

export interface Target {
  youthId: string;
  organisationId: string;
  /** The lead professional on the youth's case team (always there). */
  leadId: string;
  /** Another member of the youth's case team (removable). */
  otherMemberId: string;
  /** A colleague with a case role who is not on the team. */
  candidateId: string;
  userId: string;
  grantId: string;
  sessionId: string;
}

export interface Call {
  method: string;
  path: string;
  body?: unknown;
}

export type Rule =
  | { kind: 'public' }
  | { kind: 'pendingMfa' }
  | { kind: 'anySignedIn'; call: (t: Target) => Call | Promise<Call>; scoped: boolean }
  | { kind: 'roles'; allowed: Role[]; call: (t: Target) => Call | Promise<Call>; scoped: boolean; auditedRead?: string }
  | {
      kind: 'caseFile';
      /** Allowed roles on a file whose case team they are on, and on one they are not on. */
      inTeam: Role[];
      outOfTeam: Role[];
      call: (t: Target) => Call | Promise<Call>;
      auditedRead?: string;
      /** Status of a refusal for a role that has case-data access but is refused (default 403). */
      refusedStatus?: number;
    };


/** Set by the matrix before any call: the platform, for rows that prepare records through a service. */
export const matrixContext: { platform: Platform } = { platform: undefined as unknown as Platform };

/** The file's lead professional as an actor, to prepare records the way a user would. */
export const leadActor = (t: Target): Actor => ({
  userId: t.leadId,
  organisationId: t.organisationId,
  organisationKind: 'provider',
  roles: ['leadProfessional'],
  sessionId: 'matrix',
  ip: null,
  userAgent: null,
});
