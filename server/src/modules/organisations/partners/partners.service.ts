// The organisation's partner directory: police contacts, the public
// prosecutor, Veilig Thuis, the regional care coordinator, the Centre for
// Sexual Violence, RIEC, schools. Partners are deactivated, never deleted: a
// disclosure or a covenant may point at one.
//
// A police partner can be linked to a police unit that works in Baken, so that
// disclosures to it arrive inside Baken (disclosures.service.ts). The link is
// made by the unit's public short name; the unit's id is stored but never sent.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import type { FieldMessageKey } from '../../../platform/i18n/fieldMessages.js';
import { PARTNER_KINDS, RECIPIENT_KIND_OF_PARTNER, type PartnerKind } from '../../disclosures/disclosures.options.js';
import '../../disclosures/disclosures.tables.js';
import { inPartners, iso, sameVersion, userNames } from './partners.access.js';
import type { PartnerInput, PartnerOutput, PartnerUpdate } from './partners.schemas.js';

export const isPoliceKind = (kind: string) => RECIPIENT_KIND_OF_PARTNER[kind as PartnerKind] === 'police';

interface PartnerRow {
  id: string;
  kind: string;
  name: string;
  contact_person: string | null;
  region: string | null;
  phone: string | null;
  verified_phone: string | null;
  email: string | null;
  notes: string | null;
  active: boolean;
  updated_at: Date | string;
  updated_by: string | null;
  baken_organisation_name: string | null;
}

/** The columns a partner is presented from. The linked unit is reduced to its name here, in SQL. */
export function partnerColumns(tx: Tx) {
  return tx
    .selectFrom('partners as p')
    .select([
      'p.id',
      'p.kind',
      'p.name',
      'p.contact_person',
      'p.region',
      'p.phone',
      'p.verified_phone',
      'p.email',
      'p.notes',
      'p.active',
      'p.updated_at',
      'p.updated_by',
      sql<string | null>`police_unit_name(p.linked_organisation_id)`.as('baken_organisation_name'),
    ]);
}

export async function presentPartners(tx: Tx, rows: PartnerRow[]): Promise<PartnerOutput[]> {
  const names = await userNames(
    tx,
    rows.map((r) => r.updated_by),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as PartnerKind,
    name: r.name,
    contactPerson: r.contact_person,
    region: r.region,
    phone: r.phone,
    verifiedPhone: r.verified_phone,
    email: r.email,
    notes: r.notes,
    worksInBaken: r.baken_organisation_name !== null,
    bakenOrganisationName: r.baken_organisation_name,
    active: r.active,
    updatedAt: iso(r.updated_at),
    updatedByName: r.updated_by ? (names.get(r.updated_by) ?? null) : null,
  }));
}

/** Directory order: by kind as PARTNER_KINDS lists them (police contacts first), then by name. */
const kindOrder = sql<number>`array_position(${sql.val([...PARTNER_KINDS])}::text[], p.kind)`;

export interface PartnerFilter {
  kind?: PartnerKind | undefined;
  region?: string | undefined;
  q?: string | undefined;
  includeInactive?: boolean | undefined;
}

export function listPartners(platform: Platform, actor: Actor, filter: PartnerFilter) {
  return inPartners(platform, actor, 'read', 'partner.listed', async (tx) => {
    let query = partnerColumns(tx).where('p.organisation_id', '=', actor.organisationId);
    if (!filter.includeInactive) query = query.where('p.active', '=', true);
    if (filter.kind) query = query.where('p.kind', '=', filter.kind);
    if (filter.region) query = query.where(sql<boolean>`lower(p.region) = lower(${filter.region})`);
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where(sql<boolean>`(p.name ILIKE ${like} OR p.contact_person ILIKE ${like} OR p.region ILIKE ${like} OR p.notes ILIKE ${like})`);
    }
    const rows = await query.orderBy(kindOrder).orderBy('p.name').orderBy('p.id').limit(1000).execute();
    const regions = await tx
      .selectFrom('partners')
      .select('region')
      .distinct()
      .where('organisation_id', '=', actor.organisationId)
      .where('region', 'is not', null)
      .orderBy('region')
      .execute();
    await recordAudit(tx, actor, {
      action: 'partner.listed',
      recordType: 'partner',
      details: { count: rows.length, kind: filter.kind ?? null, region: filter.region ?? null, searched: !!filter.q, includeInactive: !!filter.includeInactive },
    });
    return { partners: await presentPartners(tx, rows), regions: regions.map((r) => r.region!) };
  });
}

type Problem = { path: string; key: FieldMessageKey };

/**
 * The police unit a partner is linked to, from the short name typed in. Only
 * police partners can be linked, and only to a police unit other than the
 * organisation itself (the SQL function answers for police units only).
 */
async function resolveBakenLink(tx: Tx, kind: string, slug: string, problems: Problem[]): Promise<string | null> {
  if (!isPoliceKind(kind)) {
    problems.push({ path: 'bakenSlug', key: 'bakenLinkOnlyPolice' });
    return null;
  }
  const { rows } = await sql<{ id: string }>`SELECT id FROM police_unit_by_slug(${slug})`.execute(tx);
  if (!rows[0]) problems.push({ path: 'bakenSlug', key: 'policeUnitUnknown' });
  return rows[0]?.id ?? null;
}

const columnsOf = (input: PartnerInput) => ({
  kind: input.kind,
  name: input.name,
  contact_person: input.contactPerson || null,
  region: input.region || null,
  phone: input.phone || null,
  verified_phone: input.verifiedPhone || null,
  email: input.email || null,
  notes: input.notes || null,
});

async function presentOne(tx: Tx, actor: Actor, id: string): Promise<PartnerOutput> {
  const row = await partnerColumns(tx).where('p.id', '=', id).where('p.organisation_id', '=', actor.organisationId).executeTakeFirstOrThrow();
  return (await presentPartners(tx, [row]))[0]!;
}

export function createPartner(platform: Platform, actor: Actor, input: PartnerInput): Promise<PartnerOutput> {
  return inPartners(platform, actor, 'manage', 'partner.created', async (tx) => {
    const problems: Problem[] = [];
    const linked = input.bakenSlug ? await resolveBakenLink(tx, input.kind, input.bakenSlug, problems) : null;
    if (problems.length > 0) throw new FieldRuleError(problems);
    const row = await tx
      .insertInto('partners')
      .values({ organisation_id: actor.organisationId, ...columnsOf(input), linked_organisation_id: linked, created_by: actor.userId, updated_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, actor, { action: 'partner.created', recordType: 'partner', recordId: row.id, details: { kind: input.kind, worksInBaken: linked !== null } });
    return presentOne(tx, actor, row.id);
  });
}

export function updatePartner(platform: Platform, actor: Actor, partnerId: string, input: PartnerUpdate): Promise<PartnerOutput> {
  return inPartners(platform, actor, 'manage', 'partner.updated', async (tx) => {
    const existing = await tx
      .selectFrom('partners')
      .selectAll()
      .where('id', '=', partnerId)
      .where('organisation_id', '=', actor.organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) throw new AppError('NOT_FOUND');
    if (!sameVersion(existing.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
    const problems: Problem[] = [];
    let linked = existing.linked_organisation_id;
    if (input.unlinkBaken) linked = null;
    else if (input.bakenSlug) linked = await resolveBakenLink(tx, input.kind, input.bakenSlug, problems);
    // A linked partner keeps a police kind: the link would otherwise deliver disclosures to the police under another name.
    else if (linked !== null && !isPoliceKind(input.kind)) problems.push({ path: 'kind', key: 'bakenLinkOnlyPolice' });
    if (problems.length > 0) throw new FieldRuleError(problems);
    const columns = columnsOf(input);
    await tx
      .updateTable('partners')
      .set({ ...columns, linked_organisation_id: linked, active: input.active, updated_by: actor.userId, updated_at: sql<string>`now()` })
      .where('id', '=', partnerId)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    const before: Record<string, unknown> = existing;
    const changed = Object.entries(columns)
      .filter(([column, value]) => (before[column] ?? null) !== value)
      .map(([column]) => column);
    if (existing.linked_organisation_id !== linked) changed.push('bakenLink');
    if (existing.active !== input.active) changed.push('active');
    // Field names only: the values are in the directory itself.
    await recordAudit(tx, actor, { action: 'partner.updated', recordType: 'partner', recordId: partnerId, details: { changed, active: input.active, worksInBaken: linked !== null } });
    return presentOne(tx, actor, partnerId);
  });
}
