// Organisations, teams, users and roles: first-run setup, account activation and
// the organisation admin's work. An admin manages access but reads no case file.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { rolesByOrganisationKind, type OrganisationKind, type Role } from '../../platform/authz/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { createSession, revokeUserSessions } from '../../platform/auth/sessions.js';
import { hashToken, randomToken } from '../../platform/crypto.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { can, type OrganisationAction } from './organisations.policy.js';

interface Client {
  ip: string | null;
  userAgent: string | null;
}

const ACTIVATION_DAYS = 7;

function authorise(actor: Actor, action: OrganisationAction): void {
  if (!can(actor, action).allowed) throw new AppError('FORBIDDEN');
}

export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return base || 'organisatie';
}

/** On an empty database: a one-time setup link for the first administrator. */
export async function issueSetupLinkIfEmpty({ database, config }: Pick<Platform, 'database' | 'config'>): Promise<string | null> {
  return database.unsafeSystemTransaction(async (tx) => {
    const anyUser = await tx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (anyUser) return null;
    // Only the newest link works: earlier unused ones are retired.
    await tx
      .updateTable('one_time_tokens')
      .set({ used_at: sql<Date>`now()` })
      .where('purpose', '=', 'setup')
      .where('used_at', 'is', null)
      .execute();
    const token = randomToken();
    await tx
      .insertInto('one_time_tokens')
      .values({
        token_hash: hashToken(token),
        purpose: 'setup',
        user_id: null,
        expires_at: sql<Date>`now() + make_interval(mins => ${config.SETUP_LINK_MINUTES})`,
      })
      .execute();
    // The token travels in the fragment, which browsers never send to a server.
    return `${config.baseUrl}/inrichten#${token}`;
  });
}

async function consumeToken(tx: Tx, token: string, purpose: 'setup' | 'activation') {
  const row = await tx
    .updateTable('one_time_tokens')
    .set({ used_at: sql<Date>`now()` })
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where(sql<boolean>`expires_at > now()`)
    .returning(['user_id'])
    .executeTakeFirst();
  if (!row) throw new AppError('LINK_INVALID');
  return row;
}

export async function completeSetup(
  platform: Platform,
  input: {
    token: string;
    organisationName: string;
    organisationKind: OrganisationKind;
    displayName: string;
    email: string;
    password: string;
  },
  client: Client,
): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return platform.database.unsafeSystemTransaction(async (tx) => {
    const anyUser = await tx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (anyUser) throw new AppError('SETUP_DONE');
    await consumeToken(tx, input.token, 'setup');
    const organisation = await tx
      .insertInto('organisations')
      .values({ name: input.organisationName, kind: input.organisationKind, slug: slugify(input.organisationName) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await tx
      .insertInto('users')
      .values({
        organisation_id: organisation.id,
        email: input.email,
        display_name: input.displayName,
        password_hash: passwordHash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('user_roles').values({ user_id: user.id, organisation_id: organisation.id, role: 'orgAdmin' }).execute();
    await recordAudit(tx, { userId: user.id, organisationId: organisation.id, roles: ['orgAdmin'], ...client }, {
      action: 'setup.completed',
      recordType: 'organisation',
      recordId: organisation.id,
    });
    return createSession(
      tx,
      { userId: user.id, organisationId: organisation.id, authMethod: 'password', ...client },
      platform.config.SESSION_ABSOLUTE_HOURS,
    );
  });
}

export async function activateAccount(platform: Platform, input: { token: string; password: string }, client: Client) {
  const passwordHash = await hashPassword(input.password);
  await platform.database.unsafeSystemTransaction(async (tx) => {
    const { user_id: userId } = await consumeToken(tx, input.token, 'activation');
    const user = await tx
      .updateTable('users')
      .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
      .where('id', '=', userId!)
      .where('active', '=', true)
      .returning(['id', 'organisation_id'])
      .executeTakeFirst();
    if (!user) throw new AppError('LINK_INVALID');
    await revokeUserSessions(tx, user.id);
    await recordAudit(tx, { userId: user.id, organisationId: user.organisation_id, ...client }, {
      action: 'auth.activated',
      recordType: 'user',
      recordId: user.id,
    });
  });
}

/** A one-time link for userId to choose a password; earlier unused links of that user are retired. */
export async function issueActivationLink(tx: Tx, baseUrl: string, userId: string): Promise<string> {
  await tx
    .updateTable('one_time_tokens')
    .set({ used_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('purpose', '=', 'activation')
    .where('used_at', 'is', null)
    .execute();
  const token = randomToken();
  await tx
    .insertInto('one_time_tokens')
    .values({
      token_hash: hashToken(token),
      purpose: 'activation',
      user_id: userId,
      expires_at: sql<Date>`now() + make_interval(days => ${ACTIVATION_DAYS})`,
    })
    .execute();
  return `${baseUrl}/activeren#${token}`;
}

function checkRoles(actor: Actor, roles: readonly Role[]): void {
  const allowed = rolesByOrganisationKind[actor.organisationKind as OrganisationKind] ?? [];
  if (roles.some((r) => !allowed.includes(r))) throw new AppError('ROLE_NOT_ALLOWED');
}

async function checkTeams(tx: Tx, actor: Actor, teamIds: readonly string[]): Promise<void> {
  if (teamIds.length === 0) return;
  const found = await tx
    .selectFrom('teams')
    .select('id')
    .where('organisation_id', '=', actor.organisationId)
    .where('id', 'in', teamIds)
    .execute();
  if (found.length !== new Set(teamIds).size) throw new AppError('NOT_FOUND');
}

export async function listUsers({ database }: Platform, actor: Actor) {
  authorise(actor, 'manageUsers');
  return database.inOrganisation(actor.organisationId, async (tx) => {
    const rows = await tx
      .selectFrom('users as u')
      .select([
        'u.id',
        'u.email',
        'u.display_name',
        'u.active',
        'u.totp_enabled',
        sql<boolean>`u.password_hash IS NOT NULL`.as('activated'),
        sql<string[]>`coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id), '{}')`.as('roles'),
        sql<string[]>`coalesce((SELECT array_agg(m.team_id) FROM team_members m WHERE m.user_id = u.id), '{}')`.as('team_ids'),
      ])
      .where('u.organisation_id', '=', actor.organisationId)
      .orderBy('u.display_name')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      roles: r.roles,
      teamIds: r.team_ids,
      active: r.active,
      mfaEnrolled: r.totp_enabled,
      activated: r.activated,
    }));
  });
}

export async function createUser(
  platform: Platform,
  actor: Actor,
  input: { email: string; displayName: string; roles: Role[]; teamIds: string[] },
) {
  authorise(actor, 'manageUsers');
  checkRoles(actor, input.roles);
  // Emails are unique across organisations; the check runs as system so the
  // answer does not depend on row-level security hiding the other row. (It runs
  // before the transaction: PGlite has one connection.) The unique index
  // catches a race between two admins.
  const taken = await platform.database.unsafeSystemQuery
    .selectFrom('users')
    .select('id')
    .where('email', '=', input.email)
    .executeTakeFirst();
  if (taken) throw new AppError('EMAIL_TAKEN');
  return platform.database.inOrganisation(actor.organisationId, async (tx) => {
    await checkTeams(tx, actor, input.teamIds);
    const user = await tx
      .insertInto('users')
      .values({ organisation_id: actor.organisationId, email: input.email, display_name: input.displayName, password_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceRolesAndTeams(tx, actor, user.id, input.roles, input.teamIds);
    const activationUrl = await issueActivationLink(tx, platform.config.baseUrl, user.id);
    await recordAudit(tx, actor, {
      action: 'user.created',
      recordType: 'user',
      recordId: user.id,
      details: { roles: input.roles, teamIds: input.teamIds },
    });
    return { id: user.id, activationUrl };
  });
}

async function replaceRolesAndTeams(tx: Tx, actor: Actor, userId: string, roles?: Role[], teamIds?: string[]) {
  if (roles) {
    await tx.deleteFrom('user_roles').where('user_id', '=', userId).execute();
    if (roles.length > 0) {
      await tx
        .insertInto('user_roles')
        .values([...new Set(roles)].map((role) => ({ user_id: userId, organisation_id: actor.organisationId, role })))
        .execute();
    }
  }
  if (teamIds) {
    await tx.deleteFrom('team_members').where('user_id', '=', userId).execute();
    if (teamIds.length > 0) {
      await tx
        .insertInto('team_members')
        .values([...new Set(teamIds)].map((teamId) => ({ team_id: teamId, user_id: userId, organisation_id: actor.organisationId })))
        .execute();
    }
  }
}

async function findOwnUser(tx: Tx, actor: Actor, userId: string) {
  const user = await tx
    .selectFrom('users')
    .select(['id', 'active'])
    .where('id', '=', userId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}

export async function updateUser(
  platform: Platform,
  actor: Actor,
  userId: string,
  input: { displayName?: string | undefined; roles?: Role[] | undefined; teamIds?: string[] | undefined },
) {
  authorise(actor, 'manageUsers');
  if (input.roles) checkRoles(actor, input.roles);
  if (userId === actor.userId && input.roles && !input.roles.includes('orgAdmin')) throw new AppError('OWN_ACCOUNT');
  await platform.database.inOrganisation(actor.organisationId, async (tx) => {
    await findOwnUser(tx, actor, userId);
    if (input.teamIds) await checkTeams(tx, actor, input.teamIds);
    if (input.displayName) {
      await tx.updateTable('users').set({ display_name: input.displayName }).where('id', '=', userId).execute();
    }
    await replaceRolesAndTeams(tx, actor, userId, input.roles, input.teamIds);
    await recordAudit(tx, actor, {
      action: 'user.updated',
      recordType: 'user',
      recordId: userId,
      details: { roles: input.roles ?? null, teamIds: input.teamIds ?? null, displayNameChanged: !!input.displayName },
    });
  });
}

export async function setUserActive(platform: Platform, actor: Actor, userId: string, active: boolean) {
  authorise(actor, 'manageUsers');
  if (userId === actor.userId) throw new AppError('OWN_ACCOUNT');
  await platform.database.inOrganisation(actor.organisationId, async (tx) => {
    await findOwnUser(tx, actor, userId);
    await tx
      .updateTable('users')
      .set({ active, deactivated_at: active ? null : sql<Date>`now()` })
      .where('id', '=', userId)
      .execute();
    // Deactivation ends every session at once; the session look-up also checks
    // users.active, so even a request already under way is refused next time.
    if (!active) await revokeUserSessions(tx, userId);
    await recordAudit(tx, actor, { action: active ? 'user.reactivated' : 'user.deactivated', recordType: 'user', recordId: userId });
  });
}

export async function resetUserAccess(platform: Platform, actor: Actor, userId: string) {
  authorise(actor, 'manageUsers');
  return platform.database.inOrganisation(actor.organisationId, async (tx) => {
    await findOwnUser(tx, actor, userId);
    await tx
      .updateTable('users')
      .set({ totp_enabled: false, totp_secret_sealed: null, totp_last_step: null })
      .where('id', '=', userId)
      .execute();
    await revokeUserSessions(tx, userId);
    const activationUrl = await issueActivationLink(tx, platform.config.baseUrl, userId);
    await recordAudit(tx, actor, { action: 'user.mfaReset', recordType: 'user', recordId: userId });
    return { activationUrl };
  });
}

export async function listTeams({ database }: Platform, actor: Actor) {
  authorise(actor, 'manageTeams');
  return database.inOrganisation(actor.organisationId, async (tx) => {
    const rows = await tx
      .selectFrom('teams as t')
      .select([
        't.id',
        't.name',
        sql<number>`(SELECT count(*) FROM team_members m WHERE m.team_id = t.id)::int`.as('member_count'),
      ])
      .where('t.organisation_id', '=', actor.organisationId)
      .orderBy('t.name')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, memberCount: r.member_count }));
  });
}

export async function createTeam({ database }: Platform, actor: Actor, name: string) {
  authorise(actor, 'manageTeams');
  return database.inOrganisation(actor.organisationId, async (tx) => {
    const existing = await tx
      .selectFrom('teams')
      .select('id')
      .where('organisation_id', '=', actor.organisationId)
      .where(sql<boolean>`lower(name) = lower(${name})`)
      .executeTakeFirst();
    if (existing) throw new AppError('TEAM_NAME_TAKEN');
    const team = await tx
      .insertInto('teams')
      .values({ organisation_id: actor.organisationId, name })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, actor, { action: 'team.created', recordType: 'team', recordId: team.id });
    return { id: team.id, name, memberCount: 0 };
  });
}

/** The organisation's single sign-on settings, without the client secret. */
export async function readOidcSettings({ database }: Platform, actor: Actor) {
  authorise(actor, 'configureSignIn');
  return database.inOrganisation(actor.organisationId, async (tx) => {
    const row = await tx
      .selectFrom('oidc_connections')
      .select(['issuer', 'client_id', 'enabled', 'updated_at'])
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    return row ? { issuer: row.issuer, clientId: row.client_id, enabled: row.enabled, updatedAt: new Date(row.updated_at).toISOString() } : null;
  });
}

export async function configureOidc(
  platform: Platform,
  actor: Actor,
  input: { issuer: string; clientId: string; clientSecret: string; enabled: boolean },
) {
  authorise(actor, 'configureSignIn');
  await platform.database.inOrganisation(actor.organisationId, async (tx) => {
    const values = {
      issuer: input.issuer,
      client_id: input.clientId,
      client_secret_sealed: platform.secrets.seal(input.clientSecret),
      enabled: input.enabled,
    };
    await tx
      .insertInto('oidc_connections')
      .values({ organisation_id: actor.organisationId, ...values })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ ...values, updated_at: sql<Date>`now()` }))
      .execute();
    await recordAudit(tx, actor, {
      action: 'oidc.configured',
      recordType: 'organisation',
      recordId: actor.organisationId,
      details: { issuer: input.issuer, enabled: input.enabled },
    });
  });
}
