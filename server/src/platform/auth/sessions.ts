// Server-side sessions in the database: the cookie holds a random token, the
// table holds its hash. App nodes keep no session state of their own.
import { sql } from 'kysely';
import type { Database, Tx } from '../db/database.js';
import { hashToken, randomToken } from '../crypto.js';
import type { Role } from '../authz/roles.js';

export const SESSION_COOKIE = 'baken_session';

export interface SessionRow {
  id: string;
  userId: string;
  organisationId: string;
  organisationKind: string;
  organisationName: string;
  mfaVerified: boolean;
  totpEnabled: boolean;
  email: string;
  displayName: string;
  roles: Role[];
  lastSeenAt: Date;
}

export async function createSession(
  tx: Tx,
  input: { userId: string; organisationId: string; authMethod: 'password' | 'oidc'; ip: string | null; userAgent: string | null },
  absoluteHours: number,
): Promise<string> {
  const token = randomToken();
  await tx
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: input.userId,
      organisation_id: input.organisationId,
      auth_method: input.authMethod,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 400) ?? null,
      expires_at: sql<Date>`now() + make_interval(hours => ${absoluteHours})`,
    })
    .execute();
  return token;
}

/**
 * One indexed query: the session, its user (must be active), organisation and
 * roles. Idle and absolute timeouts are checked here, so an expired session is
 * simply not found.
 */
export async function findSession(database: Database, token: string, idleMinutes: number): Promise<SessionRow | undefined> {
  const row = await database.unsafeSystemQuery
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select([
      's.id',
      's.user_id',
      's.organisation_id',
      's.mfa_verified',
      's.last_seen_at',
      'u.totp_enabled',
      'u.email',
      'u.display_name',
      'o.kind',
      'o.name',
      sql<Role[]>`coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id), '{}')`.as('roles'),
    ])
    .where('s.token_hash', '=', hashToken(token))
    .where('s.revoked_at', 'is', null)
    .where('u.active', '=', true)
    .where(sql<boolean>`s.expires_at > now()`)
    .where(sql<boolean>`s.last_seen_at > now() - make_interval(mins => ${idleMinutes})`)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    userId: row.user_id,
    organisationId: row.organisation_id,
    organisationKind: row.kind,
    organisationName: row.name,
    mfaVerified: row.mfa_verified,
    totpEnabled: row.totp_enabled,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    lastSeenAt: row.last_seen_at,
  };
}

/** Keeps the idle timer going; written at most once a minute per session. */
export async function touchSession(database: Database, session: SessionRow): Promise<void> {
  if (Date.now() - session.lastSeenAt.getTime() < 60_000) return;
  await database.unsafeSystemQuery
    .updateTable('sessions')
    .set({ last_seen_at: sql<Date>`now()` })
    .where('id', '=', session.id)
    .execute();
}

export async function revokeUserSessions(tx: Tx, userId: string, exceptSessionId?: string): Promise<number> {
  let query = tx
    .updateTable('sessions')
    .set({ revoked_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
