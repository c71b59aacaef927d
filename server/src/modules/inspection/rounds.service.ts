// Inspection rounds and the providers in them. A round is the inspectorate's
// own: created, listed, read and changed only inside its organisation. A
// provider is added with its kind of care (which decides the framework
// variant it is judged on) and, when it works in Baken, linked by its public
// short name; the link's id stays in the database.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../platform/errors.js';
import type { FieldMessageKey } from '../../platform/i18n/fieldMessages.js';
import { providerScore } from './figures.js';
import { countJudgments } from './judgmentCounts.js';
import { inInspection, iso, sameVersion, userNames, type InspectionPlatform } from './inspection.access.js';
import type { ProviderInput, ProviderOutput, ProviderUpdate, RoundInput, RoundOutput, RoundSummary, RoundUpdate } from './inspection.schemas.js';
import type { CareKind } from './inspection.options.js';

type Problem = { path: string; key: FieldMessageKey };

function roundColumns(tx: Tx, organisationId: string) {
  return tx
    .selectFrom('inspection_rounds as r')
    .select([
      'r.id',
      'r.title',
      'r.kind',
      'r.description',
      sql<string | null>`to_char(r.period_start, 'YYYY-MM-DD')`.as('period_start'),
      sql<string | null>`to_char(r.period_end, 'YYYY-MM-DD')`.as('period_end'),
      'r.framework_version',
      'r.status',
      'r.closed_at',
      'r.created_at',
      'r.created_by',
      'r.updated_at',
      'r.updated_by',
      sql<number>`(SELECT count(*) FROM inspection_round_providers p WHERE p.round_id = r.id)::int`.as('provider_count'),
      sql<number>`(SELECT count(*) FROM inspection_judgments j WHERE j.round_id = r.id AND j.judgment <> 'notAssessed')::int`.as('judged_count'),
    ])
    .where('r.organisation_id', '=', organisationId);
}
type RoundRow = Awaited<ReturnType<ReturnType<typeof roundColumns>['executeTakeFirstOrThrow']>>;

async function presentRounds(tx: Tx, rows: RoundRow[]): Promise<RoundSummary[]> {
  const names = await userNames(tx, rows.flatMap((r) => [r.created_by, r.updated_by]));
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    description: r.description,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    frameworkVersion: r.framework_version,
    status: r.status,
    closedAt: r.closed_at ? iso(r.closed_at) : null,
    providerCount: r.provider_count,
    judgedCount: r.judged_count,
    createdAt: iso(r.created_at),
    createdByName: name(r.created_by),
    updatedAt: iso(r.updated_at),
    updatedByName: name(r.updated_by),
  }));
}

/** The round, if it is this inspectorate's; NOT_FOUND otherwise (another organisation's round does not exist here). */
export async function roundOf(tx: Tx, actor: Actor, roundId: string, lock = false) {
  let query = tx.selectFrom('inspection_rounds').selectAll().where('id', '=', roundId).where('organisation_id', '=', actor.organisationId);
  if (lock) query = query.forUpdate();
  const round = await query.executeTakeFirst();
  if (!round) throw new AppError('NOT_FOUND');
  return round;
}

function providerColumns(tx: Tx, actor: Actor, roundId: string) {
  return tx
    .selectFrom('inspection_round_providers as p')
    .select(['p.id', 'p.name', 'p.location', 'p.care_kind', 'p.updated_at', sql<string | null>`provider_organisation_slug(p.provider_organisation_id)`.as('baken_slug')])
    .where('p.round_id', '=', roundId)
    .where('p.organisation_id', '=', actor.organisationId);
}

/** The round's providers with their score per theme and in total, in name order. */
export async function presentProviders(tx: Tx, platform: InspectionPlatform, actor: Actor, roundId: string, providerId?: string): Promise<ProviderOutput[]> {
  let query = providerColumns(tx, actor, roundId);
  if (providerId) query = query.where('p.id', '=', providerId);
  const rows = await query.orderBy(sql`lower(p.name)`).execute();
  if (rows.length === 0) return [];
  const framework = platform.content.inspectionFramework;
  const counts = await countJudgments(tx, framework, { organisationId: actor.organisationId, roundId, ...(providerId ? { providerId } : {}) });
  return rows.map((r) => {
    const score = providerScore(framework, { id: r.id, name: r.name, careKind: r.care_kind }, counts.byProviderTheme.get(r.id));
    return { ...score, location: r.location, bakenSlug: r.baken_slug, updatedAt: iso(r.updated_at) };
  });
}

function checkPeriod(input: RoundInput) {
  if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) throw new FieldRuleError([{ path: 'periodEnd', key: 'endBeforeStart' }]);
}

export function listRounds(platform: InspectionPlatform, actor: Actor): Promise<RoundSummary[]> {
  return inInspection(platform, actor, 'inspectionRound.listed', async (tx) => {
    const rows = await roundColumns(tx, actor.organisationId).orderBy('r.created_at', 'desc').limit(500).execute();
    await recordAudit(tx, actor, { action: 'inspectionRound.listed', recordType: 'inspectionRound', details: { count: rows.length } });
    return presentRounds(tx, rows);
  });
}

async function readOne(tx: Tx, platform: InspectionPlatform, actor: Actor, id: string): Promise<RoundOutput> {
  const row = await roundColumns(tx, actor.organisationId).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  const [round] = await presentRounds(tx, [row]);
  return { ...round!, providers: await presentProviders(tx, platform, actor, id) };
}

export function readRound(platform: InspectionPlatform, actor: Actor, id: string): Promise<RoundOutput> {
  return inInspection(platform, actor, 'inspectionRound.read', async (tx) => {
    const round = await readOne(tx, platform, actor, id);
    await recordAudit(tx, actor, { action: 'inspectionRound.read', recordType: 'inspectionRound', recordId: id });
    return round;
  });
}

export function createRound(platform: InspectionPlatform, actor: Actor, input: RoundInput): Promise<RoundOutput> {
  return inInspection(platform, actor, 'inspectionRound.created', async (tx) => {
    checkPeriod(input);
    const row = await tx
      .insertInto('inspection_rounds')
      .values({
        organisation_id: actor.organisationId,
        title: input.title,
        kind: input.kind,
        description: input.description || null,
        period_start: input.periodStart,
        period_end: input.periodEnd,
        // Judgments are given against the framework as it is now; a later version does not rewrite them.
        framework_version: platform.content.inspectionFramework.version,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, actor, { action: 'inspectionRound.created', recordType: 'inspectionRound', recordId: row.id, details: { kind: input.kind } });
    return readOne(tx, platform, actor, row.id);
  });
}

function detailsChanged(existing: { title: string; kind: string; description: string | null; period_start: string | null; period_end: string | null }, input: RoundUpdate): boolean {
  // Dates come from the driver as 'YYYY-MM-DD' (database.ts), as the request sends them.
  const day = (v: string | null | undefined) => v ?? null;
  return (
    existing.title !== input.title ||
    existing.kind !== input.kind ||
    (existing.description ?? null) !== (input.description || null) ||
    day(existing.period_start) !== day(input.periodStart) ||
    day(existing.period_end) !== day(input.periodEnd)
  );
}

export function updateRound(platform: InspectionPlatform, actor: Actor, id: string, input: RoundUpdate): Promise<RoundOutput> {
  return inInspection(platform, actor, 'inspectionRound.updated', async (tx) => {
    const existing = await roundOf(tx, actor, id, true);
    if (!sameVersion(existing.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
    checkPeriod(input);
    const closing = input.status !== existing.status;
    // A closed round's details stand as reported; reopening it is the way to change them.
    if (existing.status === 'closed' && input.status === 'closed' && detailsChanged(existing, input)) throw new AppError('ROUND_CLOSED');
    await tx
      .updateTable('inspection_rounds')
      .set({
        title: input.title,
        kind: input.kind,
        description: input.description || null,
        period_start: input.periodStart,
        period_end: input.periodEnd,
        status: input.status,
        ...(closing ? { closed_at: input.status === 'closed' ? sql<string>`now()` : null } : {}),
        updated_by: actor.userId,
        updated_at: sql<string>`now()`,
      })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    await recordAudit(tx, actor, { action: 'inspectionRound.updated', recordType: 'inspectionRound', recordId: id, details: { status: input.status, statusChanged: closing } });
    return readOne(tx, platform, actor, id);
  });
}

/** Checks a provider's name and link against the round; returns the linked organisation's id (never sent out). */
async function checkedProvider(tx: Tx, actor: Actor, roundId: string, input: ProviderInput, exceptId?: string): Promise<string | null> {
  const problems: Problem[] = [];
  let sameName = tx
    .selectFrom('inspection_round_providers')
    .select('id')
    .where('round_id', '=', roundId)
    .where('organisation_id', '=', actor.organisationId)
    .where(sql<boolean>`lower(name) = lower(${input.name})`);
  if (exceptId) sameName = sameName.where('id', '<>', exceptId);
  if (await sameName.executeTakeFirst()) problems.push({ path: 'name', key: 'providerNameTaken' });
  let linked: string | null = null;
  if (input.bakenSlug) {
    const { rows } = await sql<{ id: string }>`SELECT id FROM provider_organisation_by_slug(${input.bakenSlug})`.execute(tx);
    linked = rows[0]?.id ?? null;
    if (!linked) problems.push({ path: 'bakenSlug', key: 'unknownProviderSlug' });
    else {
      let sameLink = tx.selectFrom('inspection_round_providers').select('id').where('round_id', '=', roundId).where('provider_organisation_id', '=', linked);
      if (exceptId) sameLink = sameLink.where('id', '<>', exceptId);
      if (await sameLink.executeTakeFirst()) problems.push({ path: 'bakenSlug', key: 'providerAlreadyLinked' });
    }
  }
  if (problems.length > 0) throw new FieldRuleError(problems);
  return linked;
}

export function addProvider(platform: InspectionPlatform, actor: Actor, roundId: string, input: ProviderInput): Promise<ProviderOutput> {
  return inInspection(platform, actor, 'inspectionProvider.added', async (tx) => {
    const round = await roundOf(tx, actor, roundId, true);
    if (round.status === 'closed') throw new AppError('ROUND_CLOSED');
    const linked = await checkedProvider(tx, actor, roundId, input);
    const row = await tx
      .insertInto('inspection_round_providers')
      .values({
        organisation_id: actor.organisationId,
        round_id: roundId,
        name: input.name,
        location: input.location || null,
        care_kind: input.careKind,
        provider_organisation_id: linked,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, actor, {
      action: 'inspectionProvider.added',
      recordType: 'inspectionProvider',
      recordId: row.id,
      details: { roundId, careKind: input.careKind, linked: linked !== null },
    });
    return (await presentProviders(tx, platform, actor, roundId, row.id))[0]!;
  });
}

export function updateProvider(platform: InspectionPlatform, actor: Actor, roundId: string, providerId: string, input: ProviderUpdate): Promise<ProviderOutput> {
  return inInspection(platform, actor, 'inspectionProvider.updated', async (tx) => {
    const round = await roundOf(tx, actor, roundId, true);
    const existing = await tx
      .selectFrom('inspection_round_providers')
      .selectAll()
      .where('id', '=', providerId)
      .where('round_id', '=', roundId)
      .where('organisation_id', '=', actor.organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) throw new AppError('NOT_FOUND');
    if (round.status === 'closed') throw new AppError('ROUND_CLOSED');
    if (!sameVersion(existing.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
    const linked = await checkedProvider(tx, actor, roundId, input, providerId);
    await tx
      .updateTable('inspection_round_providers')
      .set({
        name: input.name,
        location: input.location || null,
        care_kind: input.careKind,
        provider_organisation_id: linked,
        updated_by: actor.userId,
        updated_at: sql<string>`now()`,
      })
      .where('id', '=', providerId)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    // The provider's own read of its judgments follows the link.
    if (linked !== existing.provider_organisation_id) {
      await tx.updateTable('inspection_judgments').set({ provider_organisation_id: linked }).where('round_provider_id', '=', providerId).where('organisation_id', '=', actor.organisationId).execute();
    }
    await recordAudit(tx, actor, {
      action: 'inspectionProvider.updated',
      recordType: 'inspectionProvider',
      recordId: providerId,
      details: { roundId, careKind: input.careKind as CareKind, careKindChanged: input.careKind !== existing.care_kind, linkChanged: linked !== existing.provider_organisation_id },
    });
    return (await presentProviders(tx, platform, actor, roundId, providerId))[0]!;
  });
}
