// The register of good practices (seed 004 collects them per provider in an
// appendix so that providers can learn from each other). The inspector keeps
// them per provider in a round; the register lists them across rounds; the
// round report prints them by provider. A linked provider reads its own.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { applies, themeOfRef } from '../framework.js';
import { actorName, inImprovement, inspectorsProvider, iso, sameVersion, type RoundProvider } from '../improvement/improvement.access.js';
import { ownerColumn, type Viewer } from '../improvement/improvementPlan.read.js';
import '../improvement/improvement.tables.js';
import type { GoodPracticeInput, GoodPracticeOutput, GoodPracticeUpdate, RegisterEntry, RegisterQuery } from './goodPractices.schemas.js';

function practiceRows(tx: Tx) {
  return tx
    .selectFrom('good_practices as g')
    .innerJoin('inspection_round_providers as p', 'p.id', 'g.round_provider_id')
    .innerJoin('inspection_rounds as r', 'r.id', 'g.round_id')
    .select([
      'g.id',
      'g.title',
      'g.description',
      'g.ref',
      'g.created_by_name',
      'g.created_at',
      'g.updated_by_name',
      'g.updated_at',
      'g.round_id',
      'r.title as round_title',
      'g.round_provider_id',
      'p.name as provider_name',
      'p.care_kind',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof practiceRows>['executeTakeFirstOrThrow']>>;

const present = (r: Row): GoodPracticeOutput => ({
  id: r.id,
  title: r.title,
  description: r.description,
  ref: r.ref,
  createdByName: r.created_by_name,
  createdAt: iso(r.created_at),
  updatedByName: r.updated_by_name,
  updatedAt: iso(r.updated_at),
});

const presentEntry = (r: Row): RegisterEntry => ({
  ...present(r),
  roundId: r.round_id,
  roundTitle: r.round_title,
  roundProviderId: r.round_provider_id,
  providerName: r.provider_name,
  careKind: r.care_kind,
});

/** A theme of the framework, or an expectation that applies to this provider; empty is none. */
function checkedRef(platform: Platform, provider: RoundProvider, ref: string): string | null {
  if (ref === '') return null;
  const framework = platform.content.inspectionFramework;
  const isTheme = framework.themes.some((t) => t.ref === ref);
  if (!isTheme && !applies(framework, provider.careKind, ref)) throw new FieldRuleError([{ path: 'ref', key: 'unknownFrameworkRef' }]);
  return ref;
}

/** The good practices of these provider entries, by entry, in the order they were noted. */
export async function readGoodPractices(tx: Tx, actor: Actor, viewer: Viewer, roundProviderIds: string[]): Promise<Map<string, GoodPracticeOutput[]>> {
  const byProvider = new Map<string, GoodPracticeOutput[]>(roundProviderIds.map((id) => [id, []]));
  if (roundProviderIds.length === 0) return byProvider;
  const rows = await practiceRows(tx)
    .where('g.round_provider_id', 'in', roundProviderIds)
    .where(`g.${ownerColumn(viewer)}`, '=', actor.organisationId)
    .orderBy('g.created_at')
    .orderBy('g.id')
    .execute();
  for (const r of rows) byProvider.get(r.round_provider_id)?.push(present(r));
  return byProvider;
}

async function history(tx: Tx, actor: Actor, row: { id: string; roundProviderId: string }, change: 'created' | 'updated', input: GoodPracticeInput, name: string) {
  await tx
    .insertInto('improvement_history')
    .values({
      organisation_id: actor.organisationId,
      round_provider_id: row.roundProviderId,
      record_type: 'goodPractice',
      record_id: row.id,
      change,
      snapshot: JSON.stringify({ title: input.title, description: input.description, ref: input.ref || null }),
      changed_by_name: name,
    })
    .execute();
}

export function listProviderGoodPractices(platform: Platform, actor: Actor, roundId: string, roundProviderId: string): Promise<GoodPracticeOutput[]> {
  return inImprovement(platform, actor, 'conduct', 'goodPractice.listed', async (tx) => {
    const provider = await inspectorsProvider(tx, actor, roundProviderId, roundId);
    const practices = (await readGoodPractices(tx, actor, 'inspector', [provider.id])).get(provider.id) ?? [];
    await recordAudit(tx, actor, { action: 'goodPractice.listed', recordType: 'inspectionRoundProvider', recordId: provider.id, details: { count: practices.length } });
    return practices;
  });
}

export function createGoodPractice(platform: Platform, actor: Actor, roundId: string, roundProviderId: string, input: GoodPracticeInput): Promise<GoodPracticeOutput> {
  return inImprovement(platform, actor, 'conduct', 'goodPractice.created', async (tx) => {
    const provider = await inspectorsProvider(tx, actor, roundProviderId, roundId);
    const ref = checkedRef(platform, provider, input.ref);
    const name = await actorName(tx, actor);
    const row = await tx
      .insertInto('good_practices')
      .values({
        organisation_id: actor.organisationId,
        round_id: provider.roundId,
        round_provider_id: provider.id,
        title: input.title,
        description: input.description,
        ref,
        created_by: actor.userId,
        created_by_name: name,
        updated_by_name: name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await history(tx, actor, { id: row.id, roundProviderId: provider.id }, 'created', input, name);
    await recordAudit(tx, actor, { action: 'goodPractice.created', recordType: 'goodPractice', recordId: row.id, details: { ref } });
    return present(await practiceRows(tx).where('g.id', '=', row.id).executeTakeFirstOrThrow());
  });
}

export function updateGoodPractice(platform: Platform, actor: Actor, id: string, input: GoodPracticeUpdate): Promise<GoodPracticeOutput> {
  return inImprovement(platform, actor, 'conduct', 'goodPractice.updated', async (tx) => {
    const existing = await tx
      .selectFrom('good_practices')
      .select(['id', 'round_provider_id', 'updated_at'])
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (!existing) throw new AppError('NOT_FOUND');
    if (!sameVersion(existing.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
    const provider = await inspectorsProvider(tx, actor, existing.round_provider_id);
    const ref = checkedRef(platform, provider, input.ref);
    const name = await actorName(tx, actor);
    await tx
      .updateTable('good_practices')
      .set({ title: input.title, description: input.description, ref, updated_by_name: name, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    await history(tx, actor, { id, roundProviderId: provider.id }, 'updated', input, name);
    await recordAudit(tx, actor, { action: 'goodPractice.updated', recordType: 'goodPractice', recordId: id, details: { ref } });
    return present(await practiceRows(tx).where('g.id', '=', id).executeTakeFirstOrThrow());
  });
}

async function registerRows(tx: Tx, actor: Actor, query: RegisterQuery): Promise<RegisterEntry[]> {
  let q = practiceRows(tx).where('g.organisation_id', '=', actor.organisationId);
  if (query.roundId) q = q.where('g.round_id', '=', query.roundId);
  if (query.theme) q = q.where(sql<boolean>`(g.ref = ${query.theme} OR g.ref LIKE ${`${query.theme}.%`} OR g.ref LIKE ${`${query.theme}-%`})`);
  const rows = await q.orderBy('g.created_at', 'desc').orderBy('p.name').limit(1000).execute();
  return rows.map(presentEntry);
}

/** The register across the inspectorate's rounds, newest first (at most 1000). */
export function listGoodPracticeRegister(platform: Platform, actor: Actor, query: RegisterQuery): Promise<RegisterEntry[]> {
  return inImprovement(platform, actor, 'conduct', 'goodPractice.listed', async (tx) => {
    const entries = await registerRows(tx, actor, query);
    await recordAudit(tx, actor, { action: 'goodPractice.listed', recordType: 'goodPractice', details: { count: entries.length, roundId: query.roundId ?? null, theme: query.theme ?? null } });
    return entries;
  });
}

export function exportGoodPracticeRegister(platform: Platform, actor: Actor, query: RegisterQuery): Promise<RegisterEntry[]> {
  return inImprovement(platform, actor, 'conduct', 'goodPractice.exported', async (tx) => {
    const entries = await registerRows(tx, actor, query);
    await recordAudit(tx, actor, { action: 'goodPractice.exported', recordType: 'goodPractice', details: { count: entries.length, roundId: query.roundId ?? null, theme: query.theme ?? null } });
    return entries;
  });
}

/** The theme a practice is filed under, for grouping; null when it names none. */
export const themeOfPractice = (ref: string | null) => (ref ? themeOfRef(ref) : null);
