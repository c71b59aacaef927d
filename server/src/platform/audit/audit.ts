// Writes one audit event inside the caller's transaction, so the event and the
// action it records commit or fail together.
import type { Tx } from '../db/database.js';
import type { Actor } from '../authz/actor.js';
import type { AuditAction } from './actions.js';

export interface AuditEntry {
  action: AuditAction;
  outcome?: 'allowed' | 'denied' | 'failed';
  recordType?: string;
  recordId?: string | null;
  youthId?: string | null;
  purpose?: string | null;
  breakGlassId?: string | null;
  details?: Record<string, unknown>;
}

/** Who did it, when nobody is signed in yet (sign-in attempts, setup). */
export interface AnonymousOrigin {
  userId?: string | null;
  organisationId?: string | null;
  roles?: string[];
  ip: string | null;
  userAgent: string | null;
}

export async function recordAudit(tx: Tx, actor: Actor | AnonymousOrigin, entry: AuditEntry): Promise<void> {
  const who =
    'sessionId' in actor
      ? { userId: actor.userId, organisationId: actor.organisationId, roles: actor.roles as string[] }
      : { userId: actor.userId ?? null, organisationId: actor.organisationId ?? null, roles: actor.roles ?? [] };
  await tx
    .insertInto('audit_events')
    .values({
      organisation_id: who.organisationId,
      actor_user_id: who.userId,
      actor_roles: who.roles,
      action: entry.action,
      outcome: entry.outcome ?? 'allowed',
      record_type: entry.recordType ?? null,
      record_id: entry.recordId ?? null,
      youth_id: entry.youthId ?? null,
      purpose: entry.purpose ?? null,
      break_glass_id: entry.breakGlassId ?? null,
      ip: actor.ip,
      user_agent: actor.userAgent?.slice(0, 400) ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    })
    .execute();
}
