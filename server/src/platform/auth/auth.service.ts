// Sign-in use cases: password, second factor, recovery codes, sign-out and the
// session list. Each runs in one transaction with its audit event.
import { sql } from 'kysely';
import type { Platform } from '../http/app-types.js';
import type { Actor } from '../authz/actor.js';
import { recordAudit } from '../audit/audit.js';
import { AppError } from '../errors.js';
import { verifyPassword } from './passwords.js';
import { createSession, revokeUserSessions, type SessionRow } from './sessions.js';
import { enrolmentDetails, hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret } from './totp.js';

export type SignInStage = 'signedOut' | 'mfaEnrol' | 'mfaChallenge' | 'signedIn';

interface Client {
  ip: string | null;
  userAgent: string | null;
}

const MFA_MAX_FAILURES = 5;

export function stageOf(session: SessionRow | null): SignInStage {
  if (!session) return 'signedOut';
  if (session.mfaVerified) return 'signedIn';
  return session.totpEnabled ? 'mfaChallenge' : 'mfaEnrol';
}

export async function signInWithPassword(
  { database, config }: Platform,
  email: string,
  password: string,
  client: Client,
): Promise<{ token: string; stage: SignInStage }> {
  const user = await database.unsafeSystemQuery
    .selectFrom('users')
    .select(['id', 'organisation_id', 'password_hash', 'active', 'totp_enabled', 'locked_until'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  const locked = !!user?.locked_until && new Date(user.locked_until) > new Date();
  const usable = !!user && user.active && !locked;
  // Always one argon2 verification, so timing does not tell whether the account exists.
  const passwordOk = await verifyPassword(usable ? user.password_hash : null, password);

  if (!user || !usable || !passwordOk) {
    await database.unsafeSystemTransaction(async (tx) => {
      let nowLocked = false;
      if (user && user.active && !locked) {
        const updated = await tx
          .updateTable('users')
          .set({
            failed_logins: sql<number>`CASE WHEN failed_logins + 1 >= ${config.LOGIN_MAX_FAILURES} THEN 0 ELSE failed_logins + 1 END`,
            locked_until: sql<Date>`CASE WHEN failed_logins + 1 >= ${config.LOGIN_MAX_FAILURES}
              THEN now() + make_interval(mins => ${config.LOGIN_LOCKOUT_MINUTES}) ELSE locked_until END`,
          })
          .where('id', '=', user.id)
          .returning(['locked_until'])
          .executeTakeFirst();
        nowLocked = !!updated?.locked_until && new Date(updated.locked_until) > new Date();
      }
      await recordAudit(
        tx,
        { userId: user?.id ?? null, organisationId: user?.organisation_id ?? null, ...client },
        {
          action: nowLocked ? 'auth.login.locked' : 'auth.login.failed',
          outcome: 'failed',
          details: { reason: !user ? 'unknownAccount' : !user.active ? 'inactive' : locked ? 'locked' : 'wrongPassword' },
        },
      );
    });
    throw new AppError('INVALID_CREDENTIALS');
  }

  const token = await database.unsafeSystemTransaction(async (tx) => {
    await tx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    const newToken = await createSession(
      tx,
      { userId: user.id, organisationId: user.organisation_id, authMethod: 'password', ...client },
      config.SESSION_ABSOLUTE_HOURS,
    );
    await recordAudit(tx, { userId: user.id, organisationId: user.organisation_id, ...client }, { action: 'auth.login.succeeded' });
    return newToken;
  });
  return { token, stage: user.totp_enabled ? 'mfaChallenge' : 'mfaEnrol' };
}

export async function startMfaEnrolment({ database, secrets }: Platform, session: SessionRow) {
  if (session.totpEnabled) throw new AppError('MFA_ALREADY_ENROLLED');
  const secret = newTotpSecret();
  await database.inOrganisation(session.organisationId, (tx) =>
    tx
      .updateTable('users')
      .set({ totp_secret_sealed: secrets.seal(secret) })
      .where('id', '=', session.userId)
      .where('totp_enabled', '=', false)
      .execute(),
  );
  return enrolmentDetails(secret, session.email);
}

export async function confirmMfaEnrolment({ database, secrets }: Platform, session: SessionRow, code: string, client: Client) {
  if (session.totpEnabled) throw new AppError('MFA_ALREADY_ENROLLED');
  return database.inOrganisation(session.organisationId, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['totp_secret_sealed'])
      .where('id', '=', session.userId)
      .executeTakeFirstOrThrow();
    const step = user.totp_secret_sealed ? matchTotp(secrets.open(user.totp_secret_sealed), code) : null;
    if (step === null) throw new AppError('INVALID_CODE');
    const codes = newRecoveryCodes();
    await tx
      .updateTable('users')
      .set({ totp_enabled: true, totp_last_step: step })
      .where('id', '=', session.userId)
      .execute();
    await tx.updateTable('recovery_codes').set({ used_at: sql<Date>`now()` }).where('user_id', '=', session.userId).execute();
    await tx
      .insertInto('recovery_codes')
      .values(codes.map((c) => ({ user_id: session.userId, code_hash: hashRecoveryCode(c) })))
      .execute();
    await tx.updateTable('sessions').set({ mfa_verified: true }).where('id', '=', session.id).execute();
    await recordAudit(tx, { userId: session.userId, organisationId: session.organisationId, roles: session.roles, ...client }, {
      action: 'auth.mfa.enrolled',
    });
    return codes;
  });
}

export async function verifySecondFactor(
  { database, secrets }: Platform,
  session: SessionRow,
  input: { code?: string | undefined; recoveryCode?: string | undefined },
  client: Client,
): Promise<void> {
  const origin = { userId: session.userId, organisationId: session.organisationId, roles: session.roles, ...client };
  const ok = await database.inOrganisation(session.organisationId, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['totp_secret_sealed', 'totp_enabled', 'totp_last_step'])
      .where('id', '=', session.userId)
      .executeTakeFirstOrThrow();
    if (input.code && user.totp_enabled && user.totp_secret_sealed) {
      const step = matchTotp(secrets.open(user.totp_secret_sealed), input.code);
      // A code is good once: reject a step at or before the last one used.
      if (step !== null && (user.totp_last_step === null || step > Number(user.totp_last_step))) {
        await tx.updateTable('users').set({ totp_last_step: step }).where('id', '=', session.userId).execute();
        await tx.updateTable('sessions').set({ mfa_verified: true }).where('id', '=', session.id).execute();
        await recordAudit(tx, origin, { action: 'auth.mfa.verified' });
        return true;
      }
    }
    if (input.recoveryCode && user.totp_enabled) {
      const used = await tx
        .updateTable('recovery_codes')
        .set({ used_at: sql<Date>`now()` })
        .where('user_id', '=', session.userId)
        .where('code_hash', '=', hashRecoveryCode(input.recoveryCode))
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) === 1) {
        await tx.updateTable('sessions').set({ mfa_verified: true }).where('id', '=', session.id).execute();
        await recordAudit(tx, origin, { action: 'auth.recoveryCode.used' });
        return true;
      }
    }
    return false;
  });
  if (ok) return;
  await database.inOrganisation(session.organisationId, async (tx) => {
    const row = await tx
      .updateTable('sessions')
      .set({ mfa_failures: sql<number>`mfa_failures + 1` })
      .where('id', '=', session.id)
      .returning(['mfa_failures'])
      .executeTakeFirstOrThrow();
    // Too many wrong codes end this half-open session: start again from the password.
    if (row.mfa_failures >= MFA_MAX_FAILURES) {
      await tx.updateTable('sessions').set({ revoked_at: sql<Date>`now()` }).where('id', '=', session.id).execute();
    }
    await recordAudit(tx, origin, { action: 'auth.mfa.failed', outcome: 'failed', details: { failures: row.mfa_failures } });
  });
  throw new AppError('INVALID_CODE');
}

export async function signOut({ database }: Platform, session: SessionRow, client: Client): Promise<void> {
  await database.inOrganisation(session.organisationId, async (tx) => {
    await tx.updateTable('sessions').set({ revoked_at: sql<Date>`now()` }).where('id', '=', session.id).execute();
    await recordAudit(tx, { userId: session.userId, organisationId: session.organisationId, roles: session.roles, ...client }, {
      action: 'auth.logout',
      recordType: 'session',
      recordId: session.id,
    });
  });
}

export async function listOwnSessions({ database, config }: Platform, actor: Actor) {
  const rows = await database.inOrganisation(actor.organisationId, (tx) =>
    tx
      .selectFrom('sessions')
      .select(['id', 'created_at', 'last_seen_at', 'ip', 'user_agent', 'auth_method'])
      .where('user_id', '=', actor.userId)
      .where('revoked_at', 'is', null)
      .where(sql<boolean>`expires_at > now()`)
      .where(sql<boolean>`last_seen_at > now() - make_interval(mins => ${config.SESSION_IDLE_MINUTES})`)
      .where('mfa_verified', '=', true)
      .orderBy('last_seen_at', 'desc')
      .execute(),
  );
  return rows.map((r) => ({
    id: r.id,
    createdAt: new Date(r.created_at).toISOString(),
    lastSeenAt: new Date(r.last_seen_at).toISOString(),
    ip: r.ip,
    userAgent: r.user_agent,
    authMethod: r.auth_method,
    current: r.id === actor.sessionId,
  }));
}

/** Signs out one of the actor's own sessions, or all but the current one. */
export async function revokeOwnSessions({ database }: Platform, actor: Actor, sessionId: string | 'others'): Promise<number> {
  return database.inOrganisation(actor.organisationId, async (tx) => {
    let count: number;
    if (sessionId === 'others') {
      count = await revokeUserSessions(tx, actor.userId, actor.sessionId);
    } else {
      const result = await tx
        .updateTable('sessions')
        .set({ revoked_at: sql<Date>`now()` })
        .where('id', '=', sessionId)
        .where('user_id', '=', actor.userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      count = Number(result.numUpdatedRows);
      if (count === 0) throw new AppError('NOT_FOUND');
    }
    await recordAudit(tx, actor, {
      action: 'session.revoked',
      recordType: 'session',
      recordId: sessionId === 'others' ? null : sessionId,
      details: { count },
    });
    return count;
  });
}
