// The directory of specialised providers ("sociale kaart"): kept by care
// coordinators, searched by municipalities and coordinators in every
// organisation. Entries are archived, never deleted; every change leaves a
// snapshot in the history, in the name of the organisation that made it.
//
// Organisations appear by name only. The linked provider and the organisation
// that last changed an entry are stored by id (that is how the database knows
// who may share and who wrote), and reduced to names in SQL here.
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';

/** The services need only the database (the directory uses no content pack). */
type DirectoryPlatform = Pick<Platform, 'database'>;
import { iso, sameVersion, userNames } from '../organisations/partners/partners.access.js';
import { inProviderDirectory } from './providerDirectory.access.js';
import { careKindsMatching, type CareKind, type HistoryChange, type QualityFrameworkAnswer, type TargetGroup } from './providerDirectory.options.js';
import type { EntryInput, EntryListOutput, EntryOutput, EntryUpdate } from './providerDirectory.schemas.js';
import './providerDirectory.tables.js';

interface EntryRow {
  id: string;
  name: string;
  care_kind: CareKind;
  target_groups: string[];
  programmes: string[];
  regions: string[];
  capacity: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  quality_framework: QualityFrameworkAnswer;
  national_availability: boolean;
  notes: string | null;
  archived_at: Date | string | null;
  updated_at: Date | string;
  updated_by: string | null;
  linked_name: string | null;
  linked_slug: string | null;
  updated_by_organisation_name: string | null;
  self_assessment_on: string | null;
  shared_at: Date | string | null;
}

/** The columns an entry is presented from; organisations are reduced to names here. */
function entryColumns(tx: Tx) {
  return tx
    .selectFrom('provider_directory_entries as e')
    .leftJoin('provider_directory_shares as s', (join) => join.onRef('s.entry_id', '=', 'e.id').onRef('s.organisation_id', '=', 'e.linked_organisation_id'))
    .select([
      'e.id',
      'e.name',
      'e.care_kind',
      'e.target_groups',
      'e.programmes',
      'e.regions',
      'e.capacity',
      'e.phone',
      'e.email',
      'e.website',
      'e.quality_framework',
      'e.national_availability',
      'e.notes',
      'e.archived_at',
      'e.updated_at',
      'e.updated_by',
      sql<string | null>`provider_directory_organisation_name(e.linked_organisation_id)`.as('linked_name'),
      sql<string | null>`provider_organisation_slug(e.linked_organisation_id)`.as('linked_slug'),
      sql<string | null>`provider_directory_organisation_name(e.updated_by_organisation_id)`.as('updated_by_organisation_name'),
      's.self_assessment_on',
      's.shared_at',
    ]);
}

async function presentEntries(tx: Tx, rows: EntryRow[]): Promise<EntryOutput[]> {
  // Users are behind their organisation's row-level security: a name is found only for the reader's colleagues.
  const names = await userNames(
    tx,
    rows.map((r) => r.updated_by),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    careKind: r.care_kind,
    targetGroups: r.target_groups as TargetGroup[],
    programmes: r.programmes,
    regions: r.regions,
    capacity: r.capacity,
    phone: r.phone,
    email: r.email,
    website: r.website,
    qualityFramework: r.quality_framework,
    nationalAvailability: r.national_availability,
    notes: r.notes,
    linkedOrganisationName: r.linked_name,
    linkedSlug: r.linked_name ? r.linked_slug : null,
    selfAssessment: r.self_assessment_on && r.shared_at ? { date: r.self_assessment_on, sharedAt: iso(r.shared_at) } : null,
    archived: r.archived_at !== null,
    updatedAt: iso(r.updated_at),
    updatedByOrganisationName: r.updated_by_organisation_name,
    updatedByName: r.updated_by ? (names.get(r.updated_by) ?? null) : null,
  }));
}

export interface EntryFilter {
  q?: string | undefined;
  careKind?: CareKind | undefined;
  targetGroup?: TargetGroup | undefined;
  region?: string | undefined;
  national?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

/** The filter as one SQL condition over e (entries). Free text searches name, programmes and regions. */
function filterCondition(filter: EntryFilter): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (!filter.includeArchived) conditions.push(sql`e.archived_at IS NULL`);
  if (filter.careKind) conditions.push(sql`e.care_kind = ANY(${sql.val(careKindsMatching(filter.careKind))}::text[])`);
  if (filter.targetGroup) conditions.push(sql`${filter.targetGroup} = ANY(e.target_groups)`);
  if (filter.region) conditions.push(sql`EXISTS (SELECT 1 FROM unnest(e.regions) AS r(region) WHERE lower(r.region) = lower(${filter.region}))`);
  if (filter.national !== undefined) conditions.push(sql`e.national_availability = ${filter.national}`);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`(e.name ILIKE ${like} OR array_to_string(e.programmes, ' ') ILIKE ${like} OR array_to_string(e.regions, ' ') ILIKE ${like})`,
    );
  }
  return sql<boolean>`(${sql.join(conditions, sql` AND `)})`;
}

export function searchEntries(platform: DirectoryPlatform, actor: Actor, filter: EntryFilter): Promise<EntryListOutput> {
  return inProviderDirectory(platform, actor, 'read', 'providerDirectory.searched', async (tx) => {
    const where = filterCondition(filter);
    const rows = await entryColumns(tx).where(where).orderBy(sql`lower(e.name)`).orderBy('e.name').orderBy('e.id').limit(1000).execute();
    const { rows: countRows } = await sql<{ total: number; open: number; secured: number; both: number; national: number; shared: number }>`
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE e.care_kind = 'open')::int AS open,
             count(*) FILTER (WHERE e.care_kind = 'secured')::int AS secured,
             count(*) FILTER (WHERE e.care_kind = 'both')::int AS both,
             count(*) FILTER (WHERE e.national_availability)::int AS national,
             count(s.entry_id)::int AS shared
      FROM provider_directory_entries e
      LEFT JOIN provider_directory_shares s ON s.entry_id = e.id AND s.organisation_id = e.linked_organisation_id
      WHERE ${where}`.execute(tx);
    // Each region once, however it was capitalised (the filter ignores case too).
    const { rows: regionRows } = await sql<{ region: string }>`
      SELECT min(r.region) AS region FROM provider_directory_entries e, unnest(e.regions) AS r(region)
      WHERE e.archived_at IS NULL GROUP BY lower(r.region) ORDER BY lower(r.region)`.execute(tx);
    const counts = countRows[0]!;
    await recordAudit(tx, actor, {
      action: 'providerDirectory.searched',
      recordType: 'providerDirectoryEntry',
      details: {
        count: counts.total,
        searched: !!filter.q,
        careKind: filter.careKind ?? null,
        targetGroup: filter.targetGroup ?? null,
        region: filter.region ?? null,
        national: filter.national ?? null,
        includeArchived: !!filter.includeArchived,
      },
    });
    return {
      entries: await presentEntries(tx, rows),
      counts: { total: counts.total, open: counts.open, secured: counts.secured, both: counts.both, national: counts.national, sharedSelfAssessment: counts.shared },
      regions: regionRows.map((r) => r.region),
    };
  });
}

async function presentOne(tx: Tx, id: string): Promise<EntryOutput> {
  const row = await entryColumns(tx).where('e.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return (await presentEntries(tx, [row]))[0]!;
}

export function readEntry(platform: DirectoryPlatform, actor: Actor, id: string): Promise<EntryOutput> {
  return inProviderDirectory(platform, actor, 'read', 'providerDirectory.read', async (tx) => {
    const entry = await presentOne(tx, id);
    await recordAudit(tx, actor, { action: 'providerDirectory.read', recordType: 'providerDirectoryEntry', recordId: id });
    return entry;
  });
}

type Problem = { path: string; key: 'directoryProviderUnknown' };

/** The provider organisation in Baken with this short name (providers only; the function answers for nothing else). */
async function resolveLink(tx: Tx, slug: string, problems: Problem[]): Promise<string | null> {
  const { rows } = await sql<{ id: string }>`SELECT id FROM provider_organisation_by_slug(${slug})`.execute(tx);
  if (!rows[0]) problems.push({ path: 'linkedSlug', key: 'directoryProviderUnknown' });
  return rows[0]?.id ?? null;
}

const columnsOf = (input: EntryInput) => ({
  name: input.name,
  care_kind: input.careKind,
  target_groups: sql`${sql.val(input.targetGroups)}::text[]`,
  programmes: sql`${sql.val(input.programmes)}::text[]`,
  regions: sql`${sql.val(input.regions)}::text[]`,
  capacity: input.capacity,
  phone: input.phone || null,
  email: input.email || null,
  website: input.website || null,
  quality_framework: input.qualityFramework,
  national_availability: input.nationalAvailability,
  notes: input.notes || null,
});

/** What the history keeps of an entry: its facts, the linked provider by name. No ids of organisations. */
function snapshotOf(input: EntryInput, linkedName: string | null) {
  return {
    name: input.name,
    careKind: input.careKind,
    targetGroups: input.targetGroups,
    programmes: input.programmes,
    regions: input.regions,
    capacity: input.capacity,
    phone: input.phone || null,
    email: input.email || null,
    website: input.website || null,
    qualityFramework: input.qualityFramework,
    nationalAvailability: input.nationalAvailability,
    notes: input.notes || null,
    linkedOrganisationName: linkedName,
  };
}

async function addHistory(tx: Tx, actor: Actor, entryId: string, change: HistoryChange, snapshot: Record<string, unknown>) {
  await tx
    .insertInto('provider_directory_history')
    .values({ entry_id: entryId, change, snapshot: JSON.stringify(snapshot), changed_by_organisation_id: actor.organisationId, changed_by: actor.userId })
    .execute();
}

async function organisationName(tx: Tx, id: string | null): Promise<string | null> {
  if (!id) return null;
  // Called after the write, so the organisation is linked and the function answers for it.
  const { rows } = await sql<{ name: string | null }>`SELECT provider_directory_organisation_name(${id}) AS name`.execute(tx);
  return rows[0]?.name ?? null;
}

export function createEntry(platform: DirectoryPlatform, actor: Actor, input: EntryInput): Promise<EntryOutput> {
  return inProviderDirectory(platform, actor, 'manage', 'providerDirectory.created', async (tx) => {
    const problems: Problem[] = [];
    const linked = input.linkedSlug ? await resolveLink(tx, input.linkedSlug, problems) : null;
    if (problems.length > 0) throw new FieldRuleError(problems);
    const row = await tx
      .insertInto('provider_directory_entries')
      .values({
        ...columnsOf(input),
        linked_organisation_id: linked,
        created_by_organisation_id: actor.organisationId,
        created_by: actor.userId,
        updated_by_organisation_id: actor.organisationId,
        updated_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addHistory(tx, actor, row.id, 'created', snapshotOf(input, await organisationName(tx, linked)));
    await recordAudit(tx, actor, { action: 'providerDirectory.created', recordType: 'providerDirectoryEntry', recordId: row.id, details: { careKind: input.careKind, linked: linked !== null } });
    return presentOne(tx, row.id);
  });
}

async function lockedEntry(tx: Tx, id: string, updatedAt: string) {
  const existing = await tx.selectFrom('provider_directory_entries').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!existing) throw new AppError('NOT_FOUND');
  if (!sameVersion(existing.updated_at, updatedAt)) throw new AppError('EDIT_CONFLICT');
  return existing;
}

export function updateEntry(platform: DirectoryPlatform, actor: Actor, id: string, input: EntryUpdate): Promise<EntryOutput> {
  return inProviderDirectory(platform, actor, 'manage', 'providerDirectory.updated', async (tx) => {
    const existing = await lockedEntry(tx, id, input.updatedAt);
    if (existing.archived_at !== null) throw new AppError('DIRECTORY_ENTRY_ARCHIVED');
    const problems: Problem[] = [];
    let linked = existing.linked_organisation_id;
    if (input.unlink) linked = null;
    else if (input.linkedSlug) linked = await resolveLink(tx, input.linkedSlug, problems);
    if (problems.length > 0) throw new FieldRuleError(problems);
    await tx
      .updateTable('provider_directory_entries')
      .set({ ...columnsOf(input), linked_organisation_id: linked, updated_by_organisation_id: actor.organisationId, updated_by: actor.userId, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
    const after = snapshotOf(input, await organisationName(tx, linked));
    const before: Record<string, unknown> = {
      name: existing.name,
      careKind: existing.care_kind,
      targetGroups: existing.target_groups,
      programmes: existing.programmes,
      regions: existing.regions,
      capacity: existing.capacity,
      phone: existing.phone,
      email: existing.email,
      website: existing.website,
      qualityFramework: existing.quality_framework,
      nationalAvailability: existing.national_availability,
      notes: existing.notes,
    };
    const changed = Object.keys(before).filter((key) => JSON.stringify(before[key]) !== JSON.stringify((after as Record<string, unknown>)[key]));
    if (existing.linked_organisation_id !== linked) changed.push('linkedOrganisation');
    await addHistory(tx, actor, id, 'updated', { ...after, changed });
    // Field names only: the values are in the directory and its history.
    await recordAudit(tx, actor, { action: 'providerDirectory.updated', recordType: 'providerDirectoryEntry', recordId: id, details: { changed } });
    return presentOne(tx, id);
  });
}

export function setEntryArchived(platform: DirectoryPlatform, actor: Actor, id: string, archived: boolean, updatedAt: string): Promise<EntryOutput> {
  const action = archived ? 'providerDirectory.archived' : 'providerDirectory.restored';
  return inProviderDirectory(platform, actor, 'manage', action, async (tx) => {
    const existing = await lockedEntry(tx, id, updatedAt);
    if ((existing.archived_at !== null) !== archived) {
      await tx
        .updateTable('provider_directory_entries')
        .set({ archived_at: archived ? sql`now()` : null, updated_by_organisation_id: actor.organisationId, updated_by: actor.userId, updated_at: sql`now()` })
        .where('id', '=', id)
        .execute();
      await addHistory(tx, actor, id, archived ? 'archived' : 'restored', { name: existing.name });
    }
    await recordAudit(tx, actor, { action, recordType: 'providerDirectoryEntry', recordId: id });
    return presentOne(tx, id);
  });
}

export function readEntryHistory(platform: DirectoryPlatform, actor: Actor, id: string) {
  return inProviderDirectory(platform, actor, 'read', 'providerDirectory.historyRead', async (tx) => {
    const exists = await tx.selectFrom('provider_directory_entries').select('id').where('id', '=', id).executeTakeFirst();
    if (!exists) throw new AppError('NOT_FOUND');
    const rows = await tx
      .selectFrom('provider_directory_history as h')
      .select([
        'h.id',
        'h.change',
        'h.snapshot',
        'h.changed_at',
        'h.changed_by',
        sql<string | null>`provider_directory_organisation_name(h.changed_by_organisation_id)`.as('organisation_name'),
      ])
      .where('h.entry_id', '=', id)
      .orderBy('h.id', 'desc')
      .execute();
    const names = await userNames(
      tx,
      rows.map((r) => r.changed_by),
    );
    await recordAudit(tx, actor, { action: 'providerDirectory.historyRead', recordType: 'providerDirectoryEntry', recordId: id });
    return rows.map((r) => ({
      id: Number(r.id),
      change: r.change,
      snapshot: (typeof r.snapshot === 'string' ? JSON.parse(r.snapshot) : r.snapshot) as Record<string, unknown>,
      changedAt: iso(r.changed_at),
      changedByOrganisationName: r.organisation_name,
      changedByName: r.changed_by ? (names.get(r.changed_by) ?? null) : null,
    }));
  });
}
