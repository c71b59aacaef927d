// Writes one audit event inside the caller's transaction, so the event and the
// action it records commit or fail together.
import { sql, type RawBuilder } from 'kysely';
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

/** The columns of an event recorded by SQL, for reads that audit in the same statement. */
export interface AuditEventSql {
  action: RawBuilder<string>;
  outcome: RawBuilder<string>;
  recordType: string;
  recordId: RawBuilder<string | null>;
  youthId: RawBuilder<string | null>;
  purpose: RawBuilder<string | null>;
  breakGlassId: RawBuilder<string | null>;
  details: RawBuilder<string | null>;
}

/**
 * `INSERT INTO audit_events … SELECT … FROM source`: the same event recordAudit
 * writes, for use inside a data-modifying WITH, so that a read and its audit
 * event are one statement and commit together (one round trip, no explicit
 * transaction). One event per row of source.
 */
export function auditInsertFrom(actor: Actor, source: RawBuilder<unknown> | ReturnType<typeof sql.table>, event: AuditEventSql): RawBuilder<unknown> {
  return sql`INSERT INTO audit_events
      (organisation_id, actor_user_id, actor_roles, action, outcome, record_type, record_id, youth_id, purpose, break_glass_id, ip, user_agent, details)
    SELECT ${actor.organisationId}::uuid, ${actor.userId}::uuid, ${actor.roles as string[]}::text[], ${event.action}, ${event.outcome},
      ${event.recordType}, ${event.recordId}::uuid, ${event.youthId}::uuid, ${event.purpose}, ${event.breakGlassId}::uuid,
      ${actor.ip}, ${actor.userAgent?.slice(0, 400) ?? null}, ${event.details}::jsonb
    FROM ${source}`;
}
