// SQL for case files. Every function takes the actor and filters by the actor's
// organisation (row-level security repeats that filter underneath).
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';
import { auditInsertFrom } from '../../platform/audit/audit.js';
import { nameFilter } from '../../platform/db/nameFilter.js';
import { fileAccessSql, type AccessVia, type CaseFileFacts } from './caseFiles.policy.js';
import type { TimelineKind } from './caseFiles.schemas.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export interface YouthRow {
  id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  gender: string;
  bsn: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  living_situation: string;
  legal_framework: string;
  lvb_indication: string;
  language: string | null;
  responsible_municipality: string | null;
  created_at: Date;
  updated_at: Date;
  closed_on: string | null;
  closure_reason: string | null;
  retention_until: string | null;
}

export function presentYouth(r: YouthRow) {
  return {
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    dateOfBirth: r.date_of_birth,
    gender: r.gender,
    bsn: r.bsn,
    phone: r.phone,
    email: r.email,
    address: r.address,
    livingSituation: r.living_situation,
    legalFramework: r.legal_framework,
    lvbIndication: r.lvb_indication,
    language: r.language,
    responsibleMunicipality: r.responsible_municipality,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    closedOn: r.closed_on,
    closureReason: r.closure_reason,
    retentionUntil: r.retention_until,
  };
}

/** The access facts of one file for the actor; undefined when the file is not in the organisation. */
/** Is the actor on the case team of the file y? */
const inCaseTeamSql = (actor: Actor) =>
  sql<boolean>`EXISTS (SELECT 1 FROM case_team_members m WHERE m.youth_id = y.id AND m.user_id = ${actor.userId})`;

/** The actor's active break-the-glass grant on the file y, if any. */
const breakGlassIdSql = (actor: Actor) =>
  sql<string | null>`(SELECT g.id FROM break_glass_grants g
    WHERE g.youth_id = y.id AND g.user_id = ${actor.userId} AND g.expires_at > now()
    ORDER BY g.expires_at DESC LIMIT 1)`;

const breakGlassExpiresAtSql = (actor: Actor) =>
  sql<Date | null>`(SELECT max(g.expires_at) FROM break_glass_grants g
    WHERE g.youth_id = y.id AND g.user_id = ${actor.userId} AND g.expires_at > now())`;

function factsColumns(actor: Actor) {
  return [
    sql<boolean>`y.closed_on IS NOT NULL`.as('closed'),
    inCaseTeamSql(actor).as('in_case_team'),
    breakGlassIdSql(actor).as('break_glass_id'),
    breakGlassExpiresAtSql(actor).as('break_glass_expires_at'),
  ] as const;
}

export async function findFacts(tx: Tx, actor: Actor, youthId: string, lockForWrite = false) {
  let query = tx
    .selectFrom('youths as y')
    .select(['y.id', ...factsColumns(actor)])
    .where('y.id', '=', youthId)
    .where('y.organisation_id', '=', actor.organisationId);
  if (lockForWrite) query = query.forShare();
  const row = await query.executeTakeFirst();
  return row ? toFacts(row) : undefined;
}

function toFacts(row: { in_case_team: boolean; break_glass_id: string | null; break_glass_expires_at: Date | null; closed: boolean }) {
  const facts: CaseFileFacts = { inCaseTeam: row.in_case_team, breakGlassId: row.break_glass_id, closed: row.closed };
  return { facts, breakGlassExpiresAt: row.break_glass_expires_at ? iso(row.break_glass_expires_at) : null };
}

interface OverviewRow extends YouthRow {
  closed: boolean;
  in_case_team: boolean;
  break_glass_id: string | null;
  break_glass_expires_at: Date | null;
  via: AccessVia | null;
  case_team: { user_id: string; display_name: string; roles: string[]; team_role: string; added_at: string }[] | null;
  timeline: { kind: string; at: string; label: string; category: string | null }[] | null;
}

/**
 * The case-file overview as one statement: the access facts, the decision
 * (fileAccessSql), the audit event (youth.read, or access.denied) and, only
 * when access is allowed, the youth, the case team and the latest timeline
 * items. One round trip, and the read and its audit event commit together.
 * Undefined when the file is not in the organisation (nothing is recorded).
 */
export async function readOverviewAudited(tx: Tx, actor: Actor, youthId: string) {
  const via = fileAccessSql(actor, sql.ref('f.in_case_team'), sql.ref('f.break_glass_id'));
  const { rows } = await sql<OverviewRow>`
    WITH f AS (
      SELECT y.id, y.closed_on IS NOT NULL AS closed, ${inCaseTeamSql(actor)} AS in_case_team, ${breakGlassIdSql(actor)} AS break_glass_id,
             ${breakGlassExpiresAtSql(actor)} AS break_glass_expires_at
      FROM youths y WHERE y.id = ${youthId} AND y.organisation_id = ${actor.organisationId}
    ),
    decided AS (SELECT f.*, ${via} AS via FROM f),
    audited AS (${auditInsertFrom(actor, sql.table('decided'), {
      action: sql`CASE WHEN via IS NULL THEN 'access.denied' ELSE 'youth.read' END`,
      outcome: sql`CASE WHEN via IS NULL THEN 'denied' ELSE 'allowed' END`,
      recordType: 'youth',
      recordId: sql`id`,
      youthId: sql`id`,
      purpose: sql`via`,
      breakGlassId: sql`CASE WHEN via = 'breakGlass' THEN break_glass_id END`,
      details: sql`CASE WHEN via IS NULL THEN '{"attempted":"read"}' END`,
    })})
    SELECT d.closed, d.in_case_team, d.break_glass_id, d.break_glass_expires_at, d.via, o.*
    FROM decided d
    LEFT JOIN LATERAL (
      SELECT y.*,
        coalesce((SELECT json_agg(json_build_object(
            'user_id', u.id, 'display_name', u.display_name, 'team_role', m.team_role, 'added_at', m.added_at,
            'roles', coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id), '{}'))
            ORDER BY m.team_role, u.display_name)
          FROM case_team_members m JOIN users u ON u.id = m.user_id WHERE m.youth_id = y.id), '[]') AS case_team,
        coalesce((SELECT json_agg(t ORDER BY t.at DESC)
          FROM (
            -- A note stands at the day it is about, like the other dated records.
            (SELECT 'journalEntry' AS kind, (j.occurred_on + time '12:00') AT TIME ZONE 'Europe/Amsterdam' AS at, left(j.body, 140) AS label, j.category
               FROM journal_entries j WHERE j.youth_id = y.id ORDER BY j.occurred_on DESC, j.created_at DESC LIMIT 20)
            UNION ALL
            (SELECT 'caseTeamMemberAdded', m.added_at, u.display_name, NULL
               FROM case_team_members m JOIN users u ON u.id = m.user_id WHERE m.youth_id = y.id)
            UNION ALL
            SELECT 'fileCreated', y.created_at, '', NULL
            -- The milestones of the work, so the story of the file reads in one place.
            -- Dates without a time stand at noon (Dutch time), between the morning's and the afternoon's notes.
            UNION ALL
            (SELECT 'signal', (s.observed_on + time '12:00') AT TIME ZONE 'Europe/Amsterdam', left(s.description, 140), s.form
               FROM signals s WHERE s.youth_id = y.id ORDER BY s.observed_on DESC LIMIT 20)
            UNION ALL
            (SELECT 'riskAssessment', (r.assessed_on + time '12:00') AT TIME ZONE 'Europe/Amsterdam', r.level, CASE WHEN r.is_initial THEN 'initial' END
               FROM risk_assessments r WHERE r.youth_id = y.id ORDER BY r.assessed_on DESC LIMIT 20)
            UNION ALL
            (SELECT 'safetyPlanSignedOff', p.signed_off_at, p.version::text, NULL
               FROM safety_plans p WHERE p.youth_id = y.id AND p.signed_off_at IS NOT NULL ORDER BY p.version DESC LIMIT 20)
            UNION ALL
            (SELECT 'careReview', (c.reviewed_on + time '12:00') AT TIME ZONE 'Europe/Amsterdam', '', NULL
               FROM care_reviews c WHERE c.youth_id = y.id ORDER BY c.reviewed_on DESC LIMIT 20)
            UNION ALL
            (SELECT 'missingEpisode', e.last_seen_at, '', e.status
               FROM missing_episodes e WHERE e.youth_id = y.id ORDER BY e.last_seen_at DESC LIMIT 20)
          ) t), '[]') AS timeline
      FROM youths y
      WHERE y.id = d.id AND d.via IS NOT NULL
    ) o ON true`.execute(tx);
  const row = rows[0];
  if (!row) return undefined;
  return {
    ...toFacts(row),
    via: row.via,
    // Present only when the statement decided to allow the read.
    file:
      row.via === null
        ? null
        : {
            youth: presentYouth(row),
            caseTeam: (row.case_team ?? []).map((m) => ({
              userId: m.user_id,
              displayName: m.display_name,
              roles: m.roles,
              teamRole: m.team_role,
              addedAt: iso(m.added_at),
            })),
            timeline: (row.timeline ?? []).slice(0, 20).map((t) => ({
              kind: t.kind as TimelineKind,
              at: iso(t.at),
              label: t.label,
              category: t.category,
            })),
          },
  };
}

export interface ListFilter {
  q?: string | undefined;
  dateOfBirth?: string | undefined;
}

/** Files the actor may open: all of the organisation for a designated officer, else own case teams and active grants. */
function accessibleQuery(tx: Tx, actor: Actor, filter: ListFilter, allInOrganisation: boolean, limit: number) {
  let query = tx
    .selectFrom('youths as y')
    .select(['y.id', 'y.first_name', 'y.last_name', 'y.date_of_birth', 'y.living_situation', inCaseTeamSql(actor).as('in_case_team')])
    .where('y.organisation_id', '=', actor.organisationId);
  if (!allInOrganisation) {
    query = query.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('case_team_members as m')
            .select(sql`1`.as('one'))
            .whereRef('m.youth_id', '=', 'y.id')
            .where('m.user_id', '=', actor.userId),
        ),
        eb.exists(
          eb
            .selectFrom('break_glass_grants as g')
            .select(sql`1`.as('one'))
            .whereRef('g.youth_id', '=', 'y.id')
            .where('g.user_id', '=', actor.userId)
            .where(sql<boolean>`g.expires_at > now()`),
        ),
      ]),
    );
  }
  if (filter.q) query = query.where(nameFilter(filter.q));
  if (filter.dateOfBirth) query = query.where('y.date_of_birth', '=', filter.dateOfBirth);
  return query.orderBy('y.last_name').orderBy('y.first_name').orderBy('y.id').limit(limit);
}

/**
 * The list as one statement with its audit event (youth.listed, naming every
 * listed file), so listing costs one round trip and cannot go unrecorded.
 */
export async function listAccessibleAudited(tx: Tx, actor: Actor, filter: ListFilter, allInOrganisation: boolean, limit = 50) {
  const searched = !!(filter.q || filter.dateOfBirth);
  const { rows } = await sql<{
    id: string;
    first_name: string;
    last_name: string;
    date_of_birth: string;
    living_situation: string;
    in_case_team: boolean;
  }>`
    WITH listed AS (${accessibleQuery(tx, actor, filter, allInOrganisation, limit)}),
    summary AS (SELECT count(*)::int AS n, coalesce(jsonb_agg(id), '[]'::jsonb) AS ids FROM listed),
    audited AS (${auditInsertFrom(actor, sql.table('summary'), {
      action: sql`'youth.listed'`,
      outcome: sql`'allowed'`,
      recordType: 'youth',
      recordId: sql`NULL`,
      youthId: sql`NULL`,
      purpose: sql`NULL`,
      breakGlassId: sql`NULL`,
      details: sql`jsonb_build_object('count', n, 'youthIds', ids, 'searched', ${searched}::boolean)::text`,
    })})
    SELECT id, first_name, last_name, date_of_birth, living_situation, in_case_team FROM listed
    ORDER BY last_name, first_name, id`.execute(tx);
  return rows;
}

/** Files of the organisation the actor cannot open: candidates for break-the-glass. */
export async function searchNotAccessible(tx: Tx, actor: Actor, q: string, dateOfBirth: string) {
  return tx
    .selectFrom('youths as y')
    .select(['y.id', 'y.first_name', 'y.last_name', 'y.date_of_birth'])
    .where('y.organisation_id', '=', actor.organisationId)
    .where('y.date_of_birth', '=', dateOfBirth)
    .where(nameFilter(q))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('case_team_members as m')
            .select(sql`1`.as('one'))
            .whereRef('m.youth_id', '=', 'y.id')
            .where('m.user_id', '=', actor.userId),
        ),
      ),
    )
    .orderBy('y.last_name')
    .limit(10)
    .execute();
}

export async function listJournal(tx: Tx, actor: Actor, youthId: string) {
  const rows = await tx
    .selectFrom('journal_entries as j')
    .innerJoin('users as u', 'u.id', 'j.author_id')
    .select(['j.id', 'j.category', 'j.occurred_on', 'j.body', 'j.created_at', 'u.display_name'])
    .where('j.organisation_id', '=', actor.organisationId)
    .where('j.youth_id', '=', youthId)
    .orderBy('j.occurred_on', 'desc')
    .orderBy('j.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    occurredOn: r.occurred_on,
    body: r.body,
    authorName: r.display_name,
    createdAt: iso(r.created_at),
  }));
}

export async function listCaseTeam(tx: Tx, actor: Actor, youthId: string) {
  const rows = await tx
    .selectFrom('case_team_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select([
      'u.id',
      'u.display_name',
      'm.team_role',
      'm.added_at',
      sql<string[]>`coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id), '{}')`.as('roles'),
    ])
    .where('m.organisation_id', '=', actor.organisationId)
    .where('m.youth_id', '=', youthId)
    .orderBy('m.team_role')
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({
    userId: r.id,
    displayName: r.display_name,
    roles: r.roles,
    teamRole: r.team_role,
    addedAt: iso(r.added_at),
  }));
}

/** Active colleagues with a case-data role who are not yet on the file's case team. */
export async function listCaseTeamCandidates(tx: Tx, actor: Actor, youthId: string, caseRoles: readonly string[]) {
  const rows = await tx
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.display_name',
      sql<string[]>`coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id), '{}')`.as('roles'),
    ])
    .where('u.organisation_id', '=', actor.organisationId)
    .where('u.active', '=', true)
    .where((eb) =>
      eb.exists(eb.selectFrom('user_roles as r').select(sql`1`.as('one')).whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', caseRoles)),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('case_team_members as m')
            .select(sql`1`.as('one'))
            .whereRef('m.user_id', '=', 'u.id')
            .where('m.youth_id', '=', youthId),
        ),
      ),
    )
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({ userId: r.id, displayName: r.display_name, roles: r.roles }));
}

/** Who looked at or changed this file: the audit events about the youth. */
/** Rows per page of "who looked": enough for a screen, never the whole trail at once. */
export const ACCESS_LOG_PAGE = 50;

/** Every event on the file, newest first, a page at a time before the event id in the cursor. */
export async function listAccessLog(tx: Tx, actor: Actor, youthId: string, beforeId?: number) {
  let query = tx
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select(['e.id', 'e.occurred_at', 'u.display_name', 'e.actor_roles', 'e.action', 'e.outcome', 'e.purpose', 'e.break_glass_id'])
    .where('e.organisation_id', '=', actor.organisationId)
    .where('e.youth_id', '=', youthId);
  if (beforeId) query = query.where('e.id', '<', beforeId);
  // Ordered by id, not time: a cursor on the id never skips or repeats a row
  // while new events (this read among them) arrive at the top.
  const rows = await query.orderBy('e.id', 'desc').limit(ACCESS_LOG_PAGE + 1).execute();
  const page = rows.slice(0, ACCESS_LOG_PAGE);
  return {
    items: page.map((r) => ({
      at: iso(r.occurred_at),
      actorName: r.display_name ?? '—',
      actorRoles: r.actor_roles,
      action: r.action,
      outcome: r.outcome,
      purpose: r.purpose,
      viaBreakGlass: r.break_glass_id !== null,
    })),
    nextCursor: rows.length > ACCESS_LOG_PAGE ? page[page.length - 1]!.id : null,
  };
}

interface AccessDayRow {
  day: string;
  display_name: string | null;
  actor_roles: string[];
  first_at: Date;
  last_at: Date;
  events: number;
  denied: number;
  actions: string[];
  routes: AccessVia[];
  via_break_glass: boolean;
  reasons: string[];
}

/**
 * "Who looked", one row per person per calendar day in the Netherlands: how
 * often, which parts, by which access route. Grouped by SQL so the server never
 * loads the trail into memory. Paged by offset: the groups are stable keys
 * (day, person), and reading the page only adds to today's group of the reader,
 * which the first page already holds.
 */
export async function summariseAccessLog(tx: Tx, actor: Actor, youthId: string, offset: number) {
  const { rows } = await sql<AccessDayRow>`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day, u.display_name, last.actor_roles, d.first_at, d.last_at, d.events, d.denied,
      d.actions, coalesce(d.routes, '{}') AS routes, d.via_break_glass, coalesce(d.reasons, '{}') AS reasons
    FROM (
      SELECT (e.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS day,
        e.actor_user_id,
        min(e.occurred_at) AS first_at,
        max(e.occurred_at) AS last_at,
        count(*)::int AS events,
        (count(*) FILTER (WHERE e.outcome = 'denied'))::int AS denied,
        array_agg(DISTINCT e.action ORDER BY e.action) AS actions,
        array_agg(DISTINCT e.purpose ORDER BY e.purpose) FILTER (WHERE e.purpose IN ('caseTeam', 'designatedOfficer', 'breakGlass')) AS routes,
        bool_or(e.break_glass_id IS NOT NULL) AS via_break_glass,
        array_agg(DISTINCT g.reason ORDER BY g.reason) FILTER (WHERE g.reason IS NOT NULL) AS reasons,
        max(e.id) AS last_id
      FROM audit_events e
      LEFT JOIN break_glass_grants g ON g.id = e.break_glass_id AND g.organisation_id = ${actor.organisationId}
      WHERE e.organisation_id = ${actor.organisationId} AND e.youth_id = ${youthId}
      GROUP BY 1, 2
    ) d
    JOIN audit_events last ON last.id = d.last_id
    LEFT JOIN users u ON u.id = d.actor_user_id
    ORDER BY d.day DESC, d.last_at DESC, d.last_id DESC
    LIMIT ${ACCESS_LOG_PAGE + 1} OFFSET ${offset}`.execute(tx);
  const page = rows.slice(0, ACCESS_LOG_PAGE);
  return {
    items: page.map((r) => ({
      day: r.day,
      actorName: r.display_name ?? '—',
      // The roles the person held at their last event that day.
      actorRoles: r.actor_roles,
      firstAt: iso(r.first_at),
      lastAt: iso(r.last_at),
      events: r.events,
      denied: r.denied,
      actions: r.actions,
      access: [...new Set<AccessVia>([...r.routes, ...(r.via_break_glass ? ['breakGlass' as const] : [])])].sort(),
      breakGlassReasons: r.reasons,
    })),
    nextCursor: rows.length > ACCESS_LOG_PAGE ? offset + ACCESS_LOG_PAGE : null,
  };
}
