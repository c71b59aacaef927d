// Staff and client safety incidents: reported by any colleague of a provider,
// received by the safety officer, who follows each one up until it is closed.
// Organisation-level data, not a youth's file: every use case runs in the
// organisation's scope after this module's policy, and every report, read,
// follow-up and refusal leaves one audit event in the same transaction (reads
// too, since descriptions of people are personal data). An incident is never
// deleted; each version is kept in incident_history.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { nowInNetherlands } from '../../platform/http/schemas.js';
import type { FieldMessageKey } from '../../platform/i18n/fieldMessages.js';
import { can, type IncidentAction } from './incidents.policy.js';
import type { z } from 'zod';
import type {
  IncidentFollowUpInput,
  IncidentOutput,
  IncidentReportInput,
  SuspectInput,
  incidentDetailSchema,
  incidentListQuery,
  incidentListSchema,
} from './incidents.schemas.js';
import './policeCooperation.tables.js';

type Problem = { path: string; key: FieldMessageKey };
type PoliceInput = Pick<IncidentReportInput, 'policeInvolvement' | 'policeContactRoute' | 'policeContactAt' | 'reportFiledBy' | 'policeReference' | 'suspects'>;
export type IncidentList = z.infer<typeof incidentListSchema>;
export type IncidentDetail = z.infer<typeof incidentDetailSchema>;
export type IncidentFilters = z.infer<typeof incidentListQuery>;

const REFUSED = Symbol('refused');
type Refused = typeof REFUSED;

/**
 * Runs a use case in the organisation's scope. When the work answers REFUSED,
 * the refusal is audited and commits before the error is thrown, so a denied
 * attempt stays on record while nothing else changes.
 */
async function withPolicy<T>({ database }: Platform, actor: Actor, attempted: IncidentAction, recordId: string | null, work: (tx: Tx) => Promise<T | Refused>): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    const result = await work(tx);
    if (result === REFUSED) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'incident', recordId, details: { attempted: `incident.${attempted}` } });
    }
    return result;
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome as T;
}

function policeProblems(input: PoliceInput): Problem[] {
  const problems: Problem[] = [];
  if (input.policeInvolvement !== 'notInformed') {
    if (input.policeContactAt === null) problems.push({ path: 'policeContactAt', key: 'policeContactAtMissing' });
    else if (input.policeContactAt > nowInNetherlands()) problems.push({ path: 'policeContactAt', key: 'dateInFuture' });
  }
  if (input.policeInvolvement === 'informed' && input.policeContactRoute === null) problems.push({ path: 'policeContactRoute', key: 'policeRouteMissing' });
  if (input.policeInvolvement === 'reportFiled' && input.reportFiledBy === null) problems.push({ path: 'reportFiledBy', key: 'reportFilerMissing' });
  input.suspects.forEach((suspect: SuspectInput, i) => {
    if (Object.values(suspect).every((value) => value === '')) problems.push({ path: `suspects.${i}.appearance`, key: 'suspectEmpty' });
  });
  return problems;
}

/** The police columns, with what does not belong to the chosen answer left out. */
function policeColumns(input: PoliceInput) {
  const informed = input.policeInvolvement !== 'notInformed';
  return {
    police_involvement: input.policeInvolvement,
    police_contact_route: informed ? input.policeContactRoute : null,
    // A form's time is Dutch time.
    police_contact_at: informed && input.policeContactAt ? sql<string>`${input.policeContactAt}::timestamp AT TIME ZONE 'Europe/Amsterdam'` : null,
    report_filed_by: input.policeInvolvement === 'reportFiled' ? input.reportFiledBy : null,
    police_reference: informed ? input.policeReference : '',
    suspects: JSON.stringify(input.suspects),
  };
}

interface Row {
  id: string;
  kind: string;
  occurred_at: Date | string;
  location: string;
  description: string;
  involved: string;
  police_involvement: string;
  police_contact_route: string | null;
  police_contact_at: Date | string | null;
  report_filed_by: string | null;
  police_reference: string;
  suspects: unknown;
  status: string;
  follow_up_actions: string;
  closing_note: string;
  closed_at: Date | string | null;
  reported_by: string;
  reported_at: Date | string;
  updated_by: string | null;
  updated_at: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

async function userNames(tx: Tx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

async function present(tx: Tx, actor: Actor, rows: Row[]): Promise<IncidentOutput[]> {
  const names = await userNames(tx, rows.flatMap((r) => [r.reported_by, r.updated_by]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as IncidentOutput['kind'],
    occurredAt: iso(r.occurred_at),
    location: r.location,
    description: r.description,
    involved: r.involved,
    policeInvolvement: r.police_involvement as IncidentOutput['policeInvolvement'],
    policeContactRoute: r.police_contact_route as IncidentOutput['policeContactRoute'],
    policeContactAt: isoOrNull(r.police_contact_at),
    reportFiledBy: r.report_filed_by as IncidentOutput['reportFiledBy'],
    policeReference: r.police_reference,
    suspects: (typeof r.suspects === 'string' ? JSON.parse(r.suspects) : r.suspects) as IncidentOutput['suspects'],
    status: r.status as IncidentOutput['status'],
    followUpActions: r.follow_up_actions,
    closingNote: r.closing_note,
    closedAt: isoOrNull(r.closed_at),
    reportedByName: names.get(r.reported_by) ?? null,
    reportedAt: iso(r.reported_at),
    own: r.reported_by === actor.userId,
    updatedAt: iso(r.updated_at),
    updatedByName: r.updated_by ? (names.get(r.updated_by) ?? null) : null,
  }));
}

async function keepVersion(tx: Tx, actor: Actor, change: 'reported' | 'followedUp', incident: IncidentOutput) {
  const { own: _own, ...snapshot } = incident;
  await tx
    .insertInto('incident_history')
    .values({ organisation_id: actor.organisationId, incident_id: incident.id, change, snapshot: JSON.stringify(snapshot), changed_by: actor.userId })
    .execute();
}

/** A colleague reports an incident; it reaches the safety officer by being in the organisation's list. */
export function reportIncident(platform: Platform, actor: Actor, input: IncidentReportInput): Promise<IncidentOutput> {
  return withPolicy(platform, actor, 'report', null, async (tx) => {
    if (!can(actor, 'report').allowed) return REFUSED;
    const problems = policeProblems(input);
    if (input.occurredAt > nowInNetherlands()) problems.unshift({ path: 'occurredAt', key: 'dateInFuture' });
    if (problems.length > 0) throw new FieldRuleError(problems);
    const row = await tx
      .insertInto('incidents')
      .values({
        organisation_id: actor.organisationId,
        kind: input.kind,
        occurred_at: sql<string>`${input.occurredAt}::timestamp AT TIME ZONE 'Europe/Amsterdam'`,
        location: input.location,
        description: input.description,
        involved: input.involved,
        ...policeColumns(input),
        reported_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const [incident] = await present(tx, actor, [row as unknown as Row]);
    await keepVersion(tx, actor, 'reported', incident!);
    await recordAudit(tx, actor, {
      action: 'incident.reported',
      recordType: 'incident',
      recordId: incident!.id,
      details: { kind: input.kind, policeInvolvement: input.policeInvolvement, suspects: input.suspects.length },
    });
    return incident!;
  });
}

/** The reporter's own incidents, or (the safety officer) every incident of the organisation, with counts per status. */
export function listIncidents(platform: Platform, actor: Actor, filters: IncidentFilters): Promise<IncidentList> {
  return withPolicy(platform, actor, 'list', null, async (tx) => {
    const decision = can(actor, 'list');
    if (!decision.allowed) return REFUSED;
    const scope = decision.via === 'safetyOfficer' ? ('organisation' as const) : ('own' as const);
    const ownOnly = scope === 'own' ? sql`AND reported_by = ${actor.userId}` : sql``;
    const { rows } = await sql<Row>`
      SELECT * FROM incidents
      WHERE organisation_id = ${actor.organisationId} ${ownOnly}
        ${filters.status ? sql`AND status = ${filters.status}` : sql``}
        ${filters.kind ? sql`AND kind = ${filters.kind}` : sql``}
      ORDER BY occurred_at DESC, id
      LIMIT 500`.execute(tx);
    const counted = await sql<{ status: string; n: number }>`
      SELECT status, count(*)::int AS n FROM incidents
      WHERE organisation_id = ${actor.organisationId} ${ownOnly}
      GROUP BY status`.execute(tx);
    const officers = await sql<{ display_name: string }>`
      SELECT u.display_name FROM users u
      JOIN user_roles r ON r.user_id = u.id AND r.organisation_id = u.organisation_id
      WHERE u.organisation_id = ${actor.organisationId} AND u.active AND r.role = 'safetyOfficer'
      ORDER BY u.display_name`.execute(tx);
    await recordAudit(tx, actor, {
      action: 'incident.listed',
      recordType: 'incident',
      details: { scope, count: rows.length, ...(filters.status ? { status: filters.status } : {}), ...(filters.kind ? { kind: filters.kind } : {}) },
    });
    const count = (status: string) => counted.rows.find((r) => r.status === status)?.n ?? 0;
    const incidents = await present(tx, actor, rows);
    return {
      scope,
      counts: { open: count('open'), inProgress: count('inProgress'), closed: count('closed') },
      incidents: incidents.map(({ id, kind, occurredAt, location, policeInvolvement, status, reportedByName, reportedAt, own }) => ({
        id,
        kind,
        occurredAt,
        location,
        policeInvolvement,
        status,
        reportedByName,
        reportedAt,
        own,
      })),
      safetyOfficers: officers.rows.map((r) => r.display_name),
    };
  });
}

function findRow(tx: Tx, actor: Actor, id: string, forUpdate = false): Promise<Row | undefined> {
  let query = tx.selectFrom('incidents').selectAll().where('id', '=', id).where('organisation_id', '=', actor.organisationId);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst() as Promise<Row | undefined>;
}

/**
 * One incident with its history. Whoever may read every incident is told when
 * one does not exist; anyone else is refused without learning whether it does.
 */
export function readIncident(platform: Platform, actor: Actor, id: string): Promise<IncidentDetail> {
  return withPolicy(platform, actor, 'read', id, async (tx) => {
    const row = await findRow(tx, actor, id);
    if (!row) {
      if (can(actor, 'read', { reportedBy: '' }).allowed) throw new AppError('NOT_FOUND');
      return REFUSED;
    }
    const decision = can(actor, 'read', { reportedBy: row.reported_by });
    if (!decision.allowed) return REFUSED;
    const [incident] = await present(tx, actor, [row]);
    const history = await tx
      .selectFrom('incident_history as h')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.change', 'h.changed_at', 'h.snapshot', 'u.display_name'])
      .where('h.incident_id', '=', id)
      .where('h.organisation_id', '=', actor.organisationId)
      .orderBy('h.id', 'desc')
      .limit(200)
      .execute();
    await recordAudit(tx, actor, { action: 'incident.read', recordType: 'incident', recordId: id, purpose: decision.via });
    return {
      ...incident!,
      history: history.map((h) => ({
        change: h.change as 'reported' | 'followedUp',
        changedAt: iso(h.changed_at),
        changedByName: h.display_name,
        snapshot: (typeof h.snapshot === 'string' ? JSON.parse(h.snapshot) : h.snapshot) as Record<string, unknown>,
      })),
    };
  });
}

const FOLLOW_UP_FIELDS = ['status', 'followUpActions', 'closingNote', 'policeInvolvement', 'policeContactRoute', 'policeContactAt', 'reportFiledBy', 'policeReference', 'suspects'] as const;

/** The safety officer's follow-up: status, actions, closing note, and the police facts and suspects as they become known. */
export function followUpIncident(platform: Platform, actor: Actor, id: string, input: IncidentFollowUpInput): Promise<IncidentOutput> {
  return withPolicy(platform, actor, 'followUp', id, async (tx) => {
    if (!can(actor, 'followUp').allowed) return REFUSED;
    const existing = await findRow(tx, actor, id, true);
    if (!existing) throw new AppError('NOT_FOUND');
    // Timestamps travel to the client with millisecond precision.
    if (iso(existing.updated_at) !== new Date(input.updatedAt).toISOString()) throw new AppError('EDIT_CONFLICT');
    const problems = policeProblems(input);
    if (input.status === 'closed' && input.closingNote === '') problems.push({ path: 'closingNote', key: 'closingNoteMissing' });
    if (problems.length > 0) throw new FieldRuleError(problems);
    const closing = input.status === 'closed';
    const row = await tx
      .updateTable('incidents')
      .set({
        status: input.status,
        follow_up_actions: input.followUpActions,
        closing_note: input.closingNote,
        // Closed once stays closed at that moment; reopening clears it.
        closed_at: closing ? (existing.closed_at ? iso(existing.closed_at) : sql<string>`now()`) : null,
        ...policeColumns(input),
        updated_by: actor.userId,
        updated_at: sql<string>`now()`,
      })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const [before] = await present(tx, actor, [existing]);
    const [incident] = await present(tx, actor, [row as unknown as Row]);
    await keepVersion(tx, actor, 'followedUp', incident!);
    // Field names only: the values stay out of the trail.
    const changed = FOLLOW_UP_FIELDS.filter((field) => JSON.stringify(before![field]) !== JSON.stringify(incident![field]));
    await recordAudit(tx, actor, { action: 'incident.followedUp', recordType: 'incident', recordId: id, details: { status: input.status, changed } });
    return incident!;
  });
}
