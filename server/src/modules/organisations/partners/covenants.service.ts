// Covenants with partners: who signed, when, until when, where the document
// is, the agreements per theme (content/covenants/themes.yaml) and when the
// covenant is evaluated next. Agreements only work when they are revisited
// (seed 000 Uitgangspunten), so a covenant whose evaluation is due within 30
// days or overdue is a reminder on the start page of those who keep them.
// Every change keeps a snapshot in covenant_history; nothing is deleted.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import type { FieldMessageKey } from '../../../platform/i18n/fieldMessages.js';
import type { CovenantThemes } from '../../../platform/content/content.js';
import type { PartnerKind } from '../../disclosures/disclosures.options.js';
import '../../disclosures/disclosures.tables.js';
import './partners.tables.js';
import { inPartners, iso, sameVersion, userNames } from './partners.access.js';
import type { CovenantInput, CovenantOutput, CovenantUpdate } from './covenants.schemas.js';

/** How far ahead an evaluation counts as due. */
export const EVALUATION_DUE_DAYS = 30;

type Party = { partnerId: string | null; name: string };
type Problem = { path: string; key: FieldMessageKey };

const today = sql<string>`(now() AT TIME ZONE 'Europe/Amsterdam')::date`;

function covenantColumns(tx: Tx) {
  return tx
    .selectFrom('covenants as c')
    .select([
      'c.id',
      'c.title',
      'c.parties',
      sql<string | null>`to_char(c.signed_on, 'YYYY-MM-DD')`.as('signed_on'),
      sql<string | null>`to_char(c.valid_until, 'YYYY-MM-DD')`.as('valid_until'),
      'c.document_ref',
      sql<string>`to_char(c.evaluation_on, 'YYYY-MM-DD')`.as('evaluation_on'),
      sql<number>`(c.evaluation_on - ${today})::int`.as('days_to_evaluation'),
      'c.agreements',
      'c.themes_version',
      'c.notes',
      'c.created_at',
      'c.created_by',
      'c.updated_at',
      'c.updated_by',
    ]);
}
type CovenantRow = Awaited<ReturnType<ReturnType<typeof covenantColumns>['executeTakeFirstOrThrow']>>;

const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export function evaluationState(days: number): CovenantOutput['evaluation'] {
  return days < 0 ? 'overdue' : days <= EVALUATION_DUE_DAYS ? 'due' : 'later';
}

async function present(tx: Tx, themes: CovenantThemes, rows: CovenantRow[]): Promise<CovenantOutput[]> {
  const names = await userNames(tx, rows.flatMap((r) => [r.created_by, r.updated_by]));
  const partnerIds = [...new Set(rows.flatMap((r) => json<Party[]>(r.parties).map((p) => p.partnerId)).filter((id): id is string => !!id))];
  const kinds = new Map(
    partnerIds.length ? (await tx.selectFrom('partners').select(['id', 'kind']).where('id', 'in', partnerIds).execute()).map((p) => [p.id, p.kind as PartnerKind]) : [],
  );
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return rows.map((r) => {
    const agreements = json<Record<string, string>>(r.agreements);
    // Every theme of the current pack in its order; agreements under a theme an older pack had stay visible after them.
    const codes = [...themes.themes.filter((t) => !t.retired).map((t) => t.code), ...Object.keys(agreements)].filter((c, i, all) => all.indexOf(c) === i);
    return {
      id: r.id,
      title: r.title,
      parties: json<Party[]>(r.parties).map((p) => ({ partnerId: p.partnerId, name: p.name, kind: p.partnerId ? (kinds.get(p.partnerId) ?? null) : null })),
      signedOn: r.signed_on,
      validUntil: r.valid_until,
      documentRef: r.document_ref,
      evaluationOn: r.evaluation_on,
      evaluation: evaluationState(r.days_to_evaluation),
      daysToEvaluation: r.days_to_evaluation,
      themes: codes.map((code) => ({ code, agreements: agreements[code] ?? null })),
      themesVersion: r.themes_version,
      notes: r.notes,
      createdAt: iso(r.created_at),
      createdByName: name(r.created_by),
      updatedAt: iso(r.updated_at),
      updatedByName: name(r.updated_by),
    };
  });
}

/** Checks what the schema cannot (every broken rule at once) and returns the columns to store. */
async function checked(tx: Tx, actor: Actor, themes: CovenantThemes, input: CovenantInput) {
  const problems: Problem[] = [];
  const wanted = [...new Set(input.parties.map((p) => p.partnerId).filter((id): id is string => !!id))];
  const partners = new Map(
    wanted.length
      ? (await tx.selectFrom('partners').select(['id', 'name']).where('organisation_id', '=', actor.organisationId).where('id', 'in', wanted).execute()).map((p) => [p.id, p.name])
      : [],
  );
  const parties: Party[] = [];
  const seen = new Set<string>();
  input.parties.forEach((party, i) => {
    if (party.partnerId && !partners.has(party.partnerId)) return problems.push({ path: `parties.${i}.partnerId`, key: 'unknownPartner' });
    if (!party.partnerId && party.name === '') return problems.push({ path: `parties.${i}.name`, key: 'required' });
    // A partner from the directory is named as the directory names it.
    const entry = party.partnerId ? { partnerId: party.partnerId, name: partners.get(party.partnerId)! } : { partnerId: null, name: party.name };
    const key = entry.partnerId ?? entry.name.toLowerCase();
    if (seen.has(key)) return problems.push({ path: `parties.${i}.${party.partnerId ? 'partnerId' : 'name'}`, key: 'partyTwice' });
    seen.add(key);
    parties.push(entry);
  });
  const known = new Set(themes.themes.filter((t) => !t.retired).map((t) => t.code));
  const agreements: Record<string, string> = {};
  input.themes.forEach((theme, i) => {
    if (!known.has(theme.code)) return problems.push({ path: `themes.${i}.code`, key: 'unknownTheme' });
    if (theme.code in agreements) return problems.push({ path: `themes.${i}.code`, key: 'themeTwice' });
    agreements[theme.code] = theme.agreements;
  });
  if (input.signedOn && input.validUntil && input.validUntil < input.signedOn) problems.push({ path: 'validUntil', key: 'endBeforeStart' });
  if (input.signedOn && input.evaluationOn < input.signedOn) problems.push({ path: 'evaluationOn', key: 'evaluationBeforeSigned' });
  if (problems.length > 0) throw new FieldRuleError(problems);
  return {
    title: input.title,
    parties: JSON.stringify(parties),
    signed_on: input.signedOn,
    valid_until: input.validUntil,
    document_ref: input.documentRef || null,
    evaluation_on: input.evaluationOn,
    // Only what was agreed: an empty text is "not agreed yet", the same as no entry.
    agreements: JSON.stringify(Object.fromEntries(Object.entries(agreements).filter(([, text]) => text !== ''))),
    themes_version: themes.version,
    notes: input.notes || null,
  };
}

async function readOne(tx: Tx, actor: Actor, themes: CovenantThemes, id: string): Promise<CovenantOutput | undefined> {
  const row = await covenantColumns(tx).where('c.id', '=', id).where('c.organisation_id', '=', actor.organisationId).executeTakeFirst();
  return row ? (await present(tx, themes, [row]))[0] : undefined;
}

async function snapshot(tx: Tx, actor: Actor, change: 'created' | 'updated', covenant: CovenantOutput) {
  // The evaluation state depends on the day it is read, not on the change: it stays out of the snapshot.
  const { evaluation: _evaluation, daysToEvaluation: _days, ...kept } = covenant;
  await tx
    .insertInto('covenant_history')
    .values({ organisation_id: actor.organisationId, covenant_id: covenant.id, change, snapshot: JSON.stringify(kept), changed_by: actor.userId })
    .execute();
}

export function listCovenants(platform: Platform, actor: Actor): Promise<CovenantOutput[]> {
  return inPartners(platform, actor, 'read', 'covenant.listed', async (tx) => {
    const rows = await covenantColumns(tx).where('c.organisation_id', '=', actor.organisationId).orderBy('c.evaluation_on').orderBy('c.title').limit(500).execute();
    await recordAudit(tx, actor, { action: 'covenant.listed', recordType: 'covenant', details: { count: rows.length } });
    return present(tx, platform.content.covenantThemes, rows);
  });
}

/** Covenants to evaluate within 30 days or overdue, soonest first: the start page of those who keep them. */
export function listCovenantReminders(platform: Platform, actor: Actor) {
  return inPartners(platform, actor, 'manage', 'covenant.remindersRead', async (tx) => {
    const rows = await tx
      .selectFrom('covenants as c')
      .select(['c.id', 'c.title', sql<string>`to_char(c.evaluation_on, 'YYYY-MM-DD')`.as('evaluation_on'), sql<number>`(c.evaluation_on - ${today})::int`.as('days')])
      .where('c.organisation_id', '=', actor.organisationId)
      .where(sql<boolean>`c.evaluation_on <= ${today} + ${EVALUATION_DUE_DAYS}::int`)
      .orderBy('c.evaluation_on')
      .orderBy('c.title')
      .limit(100)
      .execute();
    await recordAudit(tx, actor, { action: 'covenant.remindersRead', recordType: 'covenant', details: { count: rows.length } });
    return rows.map((r) => ({ id: r.id, title: r.title, evaluationOn: r.evaluation_on, evaluation: evaluationState(r.days), daysToEvaluation: r.days }));
  });
}

export function readCovenant(platform: Platform, actor: Actor, id: string): Promise<CovenantOutput> {
  return inPartners(platform, actor, 'read', 'covenant.read', async (tx) => {
    const covenant = await readOne(tx, actor, platform.content.covenantThemes, id);
    if (!covenant) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'covenant.read', recordType: 'covenant', recordId: id });
    return covenant;
  });
}

export function createCovenant(platform: Platform, actor: Actor, input: CovenantInput): Promise<CovenantOutput> {
  return inPartners(platform, actor, 'manage', 'covenant.created', async (tx) => {
    const themes = platform.content.covenantThemes;
    const columns = await checked(tx, actor, themes, input);
    const row = await tx
      .insertInto('covenants')
      .values({ organisation_id: actor.organisationId, ...columns, created_by: actor.userId, updated_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const covenant = (await readOne(tx, actor, themes, row.id))!;
    await snapshot(tx, actor, 'created', covenant);
    await recordAudit(tx, actor, { action: 'covenant.created', recordType: 'covenant', recordId: row.id, details: { parties: covenant.parties.length, themesAgreed: covenant.themes.filter((t) => t.agreements).length } });
    return covenant;
  });
}

export function updateCovenant(platform: Platform, actor: Actor, id: string, input: CovenantUpdate): Promise<CovenantOutput> {
  return inPartners(platform, actor, 'manage', 'covenant.updated', async (tx) => {
    const themes = platform.content.covenantThemes;
    const existing = await tx.selectFrom('covenants').selectAll().where('id', '=', id).where('organisation_id', '=', actor.organisationId).forUpdate().executeTakeFirst();
    if (!existing) throw new AppError('NOT_FOUND');
    if (!sameVersion(existing.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
    const columns = await checked(tx, actor, themes, input);
    await tx
      .updateTable('covenants')
      .set({ ...columns, updated_by: actor.userId, updated_at: sql<string>`now()` })
      .where('id', '=', id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    const covenant = (await readOne(tx, actor, themes, id))!;
    await snapshot(tx, actor, 'updated', covenant);
    await recordAudit(tx, actor, { action: 'covenant.updated', recordType: 'covenant', recordId: id, details: { evaluationOn: covenant.evaluationOn, themesAgreed: covenant.themes.filter((t) => t.agreements).length } });
    return covenant;
  });
}

export function readCovenantHistory(platform: Platform, actor: Actor, id: string) {
  return inPartners(platform, actor, 'read', 'covenant.historyRead', async (tx) => {
    const rows = await tx
      .selectFrom('covenant_history as h')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.change', 'h.snapshot', 'h.changed_at', 'u.display_name'])
      .where('h.covenant_id', '=', id)
      .where('h.organisation_id', '=', actor.organisationId)
      .orderBy('h.id', 'desc')
      .limit(200)
      .execute();
    if (rows.length === 0) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'covenant.historyRead', recordType: 'covenant', recordId: id });
    return rows.map((r) => ({ change: r.change, changedAt: iso(r.changed_at), changedByName: r.display_name, snapshot: json<Record<string, unknown>>(r.snapshot) }));
  });
}
