// Case-file use cases. Each runs in one organisation-scoped transaction: read
// the file with its access facts, ask the policy, act, and write the audit event
// before the transaction commits. A refusal is audited too, then reported.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { hasCapability, ROLES } from '../../platform/authz/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { can, type AccessVia, type CaseFileAction } from './caseFiles.policy.js';
import * as repo from './caseFiles.repository.js';
import { fileAudit, onCaseFile, refusalFor } from './fileAccess.js';
import type { YouthInput } from './caseFiles.schemas.js';
import '../regionalFigures/regionalFigures.tables.js';

const CASE_ROLES = ROLES.filter((role) => hasCapability([role], 'caseData.access'));

function requireCapability(actor: Actor, action: CaseFileAction): void {
  if (!can(actor, action).allowed) throw new AppError('FORBIDDEN');
}

export async function listYouths({ database }: Platform, actor: Actor, filter: repo.ListFilter) {
  requireCapability(actor, 'list');
  const all = hasCapability(actor.roles, 'caseFile.readAllInOrganisation');
  // The list and its audit event are one statement: see listAccessibleAudited.
  const rows = await database.oneStatementInOrganisation(actor.organisationId, (tx) => repo.listAccessibleAudited(tx, actor, filter, all));
  return rows.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    dateOfBirth: r.date_of_birth,
    livingSituation: r.living_situation,
    via: (r.in_case_team ? 'caseTeam' : all ? 'designatedOfficer' : 'breakGlass') as AccessVia,
  }));
}

export async function searchForBreakGlass({ database }: Platform, actor: Actor, q: string, dateOfBirth: string) {
  requireCapability(actor, 'searchForBreakGlass');
  return database.inOrganisation(actor.organisationId, async (tx) => {
    const rows = await repo.searchNotAccessible(tx, actor, q, dateOfBirth);
    await recordAudit(tx, actor, {
      action: 'youth.searchedForBreakGlass',
      recordType: 'youth',
      details: { count: rows.length, youthIds: rows.map((r) => r.id) },
    });
    return rows.map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name, dateOfBirth: r.date_of_birth }));
  });
}

const OPTIONAL_FIELDS: Record<string, keyof YouthInput> = {
  bsn: 'bsn',
  phone: 'phone',
  email: 'email',
  address: 'address',
  language: 'language',
  responsible_municipality: 'responsibleMunicipality',
};

function youthColumns(input: YouthInput) {
  return {
    first_name: input.firstName,
    last_name: input.lastName,
    date_of_birth: input.dateOfBirth,
    gender: input.gender,
    bsn: input.bsn ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    address: input.address ?? null,
    living_situation: input.livingSituation,
    legal_framework: input.legalFramework,
    lvb_indication: input.lvbIndication,
    language: input.language ?? null,
    responsible_municipality: input.responsibleMunicipality ?? null,
  };
}

export async function createYouth({ database }: Platform, actor: Actor, input: YouthInput) {
  requireCapability(actor, 'create');
  return database.inOrganisation(actor.organisationId, async (tx) => {
    const youth = await tx
      .insertInto('youths')
      .values({ organisation_id: actor.organisationId, created_by: actor.userId, ...youthColumns(input) })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Whoever opens the file is its first case-team member, so it is never orphaned.
    await tx
      .insertInto('case_team_members')
      .values({ youth_id: youth.id, user_id: actor.userId, organisation_id: actor.organisationId, team_role: 'lead', added_by: actor.userId })
      .execute();
    await recordAudit(tx, actor, { action: 'youth.created', recordType: 'youth', recordId: youth.id, youthId: youth.id, purpose: 'caseTeam' });
    return { id: youth.id };
  });
}

/**
 * The case-file overview: one statement reads the access facts, decides with
 * fileAccessSql, writes the audit event and returns the file only if allowed.
 * The answer is then checked against the policy itself: if the SQL form and
 * fileAccess ever disagree, nothing is returned and the request fails loudly.
 */
export async function readOverview({ database }: Platform, actor: Actor, youthId: string) {
  const found = await database.oneStatementInOrganisation(actor.organisationId, (tx) => repo.readOverviewAudited(tx, actor, youthId));
  if (!found) throw new AppError('NOT_FOUND');
  const decision = can(actor, 'read', found.facts);
  if ((decision.allowed ? decision.via : null) !== found.via) throw new Error('caseFiles: fileAccessSql disagrees with fileAccess');
  if (!decision.allowed || !found.file) throw new AppError(refusalFor(actor, 'read').code);
  const via = decision.via as AccessVia;
  return {
    ...found.file,
    access: {
      via,
      breakGlassExpiresAt: via === 'breakGlass' ? found.breakGlassExpiresAt : null,
      canUpdate: can(actor, 'update', found.facts).allowed,
    },
  };
}

export async function updateYouth(platform: Platform, actor: Actor, youthId: string, input: YouthInput) {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, { via, facts }) => {
    const before = await tx.selectFrom('youths').selectAll().where('id', '=', youthId).executeTakeFirstOrThrow();
    // An optional field the request leaves out is kept, not cleared: a client
    // that does not know a newer field must not erase it. Clearing is explicit
    // (an empty string or null).
    const next = Object.fromEntries(
      Object.entries(youthColumns(input)).filter(([column]) => {
        const field = OPTIONAL_FIELDS[column];
        return field === undefined || input[field] !== undefined;
      }),
    ) as Partial<ReturnType<typeof youthColumns>>;
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => (before[k] ?? null) !== next[k]);
    await tx
      .updateTable('youths')
      .set({ ...next, updated_at: sql<Date>`now()` })
      .where('id', '=', youthId)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    // Field names only: the values themselves stay out of the trail.
    await recordAudit(tx, actor, fileAudit(youthId, facts, via, { action: 'youth.updated', details: { changed } }));
  });
}

export async function readCaseTeam(platform: Platform, actor: Actor, youthId: string) {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, { via, facts }) => {
    const members = await repo.listCaseTeam(tx, actor, youthId);
    await recordAudit(tx, actor, fileAudit(youthId, facts, via, { action: 'caseTeam.read' }));
    return members;
  });
}

export async function listCaseTeamCandidates(platform: Platform, actor: Actor, youthId: string) {
  return onCaseFile(platform, actor, youthId, 'manageCaseTeam', async (tx, { via, facts }) => {
    const candidates = await repo.listCaseTeamCandidates(tx, actor, youthId, CASE_ROLES);
    await recordAudit(tx, actor, fileAudit(youthId, facts, via, { action: 'caseTeam.read', details: { candidates: true } }));
    return candidates;
  });
}

export async function addCaseTeamMember(platform: Platform, actor: Actor, youthId: string, input: { userId: string; teamRole: string }) {
  return onCaseFile(platform, actor, youthId, 'manageCaseTeam', async (tx, { via, facts }) => {
    const candidate = await tx
      .selectFrom('users as u')
      .select([
        'u.id',
        sql<string[]>`coalesce((SELECT array_agg(r.role) FROM user_roles r WHERE r.user_id = u.id), '{}')`.as('roles'),
        sql<boolean>`EXISTS (SELECT 1 FROM case_team_members m WHERE m.youth_id = ${youthId} AND m.user_id = u.id)`.as('in_team'),
      ])
      .where('u.id', '=', input.userId)
      .where('u.organisation_id', '=', actor.organisationId)
      .where('u.active', '=', true)
      .executeTakeFirst();
    if (!candidate) throw new AppError('NOT_FOUND');
    if (candidate.in_team) throw new AppError('ALREADY_IN_TEAM');
    if (!hasCapability(candidate.roles, 'caseData.access')) throw new AppError('NOT_A_CASE_ROLE');
    await tx
      .insertInto('case_team_members')
      .values({ youth_id: youthId, user_id: input.userId, organisation_id: actor.organisationId, team_role: input.teamRole, added_by: actor.userId })
      .execute();
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, facts, via, { action: 'caseTeam.memberAdded', details: { userId: input.userId, teamRole: input.teamRole } }),
    );
  });
}

export async function removeCaseTeamMember(platform: Platform, actor: Actor, youthId: string, userId: string) {
  return onCaseFile(platform, actor, youthId, 'manageCaseTeam', async (tx, { via, facts }) => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM case_team_members WHERE youth_id = ${youthId}`.execute(tx);
    const removed = await tx
      .deleteFrom('case_team_members')
      .where('youth_id', '=', youthId)
      .where('user_id', '=', userId)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) throw new AppError('NOT_FOUND');
    if ((rows[0]?.n ?? 0) <= 1) throw new AppError('LAST_TEAM_MEMBER');
    await recordAudit(tx, actor, fileAudit(youthId, facts, via, { action: 'caseTeam.memberRemoved', details: { userId } }));
  });
}

export async function readJournal(platform: Platform, actor: Actor, youthId: string) {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, { via, facts }) => {
    const entries = await repo.listJournal(tx, actor, youthId);
    await recordAudit(tx, actor, fileAudit(youthId, facts, via, { action: 'journal.read' }));
    return entries;
  });
}

export async function addJournalEntry(
  platform: Platform,
  actor: Actor,
  youthId: string,
  input: { category: string; occurredOn: string; body: string },
) {
  return onCaseFile(platform, actor, youthId, 'addJournalEntry', async (tx, { via, facts }) => {
    const entry = await tx
      .insertInto('journal_entries')
      .values({
        organisation_id: actor.organisationId,
        youth_id: youthId,
        author_id: actor.userId,
        category: input.category,
        occurred_on: input.occurredOn,
        body: input.body,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, facts, via, { action: 'journal.entryAdded', recordType: 'journalEntry', recordId: entry.id, details: { category: input.category } }),
    );
    return { id: entry.id };
  });
}

export async function readAccessLog(platform: Platform, actor: Actor, youthId: string, cursor?: number) {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, { via, facts }) => {
    // The view itself is a read of the file: record it first, so it shows in its own list.
    await recordAudit(tx, actor, fileAudit(youthId, facts, via, { action: 'accessLog.read', details: { view: 'events', cursor: cursor ?? null } }));
    return repo.listAccessLog(tx, actor, youthId, cursor);
  });
}

export async function readAccessLogDays(platform: Platform, actor: Actor, youthId: string, offset = 0) {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, { via, facts }) => {
    await recordAudit(tx, actor, fileAudit(youthId, facts, via, { action: 'accessLog.read', details: { view: 'days', cursor: offset } }));
    return repo.summariseAccessLog(tx, actor, youthId, offset);
  });
}

export async function breakTheGlass(platform: Platform, actor: Actor, youthId: string, reason: string) {
  return onCaseFile(platform, actor, youthId, 'breakGlass', async (tx) => {
    const grant = await tx
      .insertInto('break_glass_grants')
      .values({
        organisation_id: actor.organisationId,
        youth_id: youthId,
        user_id: actor.userId,
        reason,
        expires_at: sql<Date>`now() + make_interval(mins => ${platform.config.BREAK_GLASS_MINUTES})`,
      })
      .returning(['id', 'expires_at'])
      .executeTakeFirstOrThrow();
    // The alert: every designated officer of the organisation sees it in their review list.
    await tx
      .insertInto('notifications')
      .values({ organisation_id: actor.organisationId, recipient_role: 'designatedOfficer', kind: 'breakGlass', youth_id: youthId, subject_id: grant.id })
      .execute();
    await recordAudit(tx, actor, {
      action: 'breakGlass.granted',
      recordType: 'breakGlassGrant',
      recordId: grant.id,
      youthId,
      breakGlassId: grant.id,
      purpose: reason,
    });
    return { id: grant.id, expiresAt: new Date(grant.expires_at).toISOString() };
  });
}

export async function listBreakGlassGrants({ database }: Platform, actor: Actor, status: 'open' | 'all') {
  requireCapability(actor, 'reviewBreakGlass');
  return database.inOrganisation(actor.organisationId, async (tx) => {
    let query = tx
      .selectFrom('break_glass_grants as g')
      .innerJoin('youths as y', 'y.id', 'g.youth_id')
      .innerJoin('users as u', 'u.id', 'g.user_id')
      .leftJoin('users as r', 'r.id', 'g.reviewed_by')
      .select([
        'g.id',
        'g.youth_id',
        sql<string>`y.first_name || ' ' || y.last_name`.as('youth_name'),
        'u.display_name as user_name',
        'g.reason',
        'g.created_at',
        'g.expires_at',
        'g.reviewed_at',
        'g.review_verdict',
        'g.review_note',
        'r.display_name as reviewer_name',
      ])
      .where('g.organisation_id', '=', actor.organisationId);
    if (status === 'open') query = query.where('g.reviewed_at', 'is', null);
    const rows = await query.orderBy('g.created_at', 'desc').limit(200).execute();
    await recordAudit(tx, actor, { action: 'breakGlass.listed', recordType: 'breakGlassGrant', details: { count: rows.length, status } });
    return rows.map((r) => ({
      id: r.id,
      youthId: r.youth_id,
      youthName: r.youth_name,
      userName: r.user_name,
      reason: r.reason,
      createdAt: new Date(r.created_at).toISOString(),
      expiresAt: new Date(r.expires_at).toISOString(),
      reviewedAt: r.reviewed_at ? new Date(r.reviewed_at).toISOString() : null,
      reviewVerdict: r.review_verdict,
      reviewNote: r.review_note,
      reviewerName: r.reviewer_name,
    }));
  });
}

export async function reviewBreakGlass(
  { database }: Platform,
  actor: Actor,
  grantId: string,
  input: { verdict: 'justified' | 'notJustified'; note: string },
) {
  requireCapability(actor, 'reviewBreakGlass');
  await database.inOrganisation(actor.organisationId, async (tx) => {
    const grant = await tx
      .updateTable('break_glass_grants')
      .set({ reviewed_at: sql<Date>`now()`, reviewed_by: actor.userId, review_verdict: input.verdict, review_note: input.note || null })
      .where('id', '=', grantId)
      .where('organisation_id', '=', actor.organisationId)
      .where('reviewed_at', 'is', null)
      .returning(['youth_id'])
      .executeTakeFirst();
    if (!grant) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, {
      action: 'breakGlass.reviewed',
      recordType: 'breakGlassGrant',
      recordId: grantId,
      youthId: grant.youth_id,
      details: { verdict: input.verdict },
    });
  });
}
