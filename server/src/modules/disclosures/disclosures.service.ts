// Recording a disclosure: the one way personal data about a youth leaves the
// organisation in Baken. Called inside the transaction of the work that shares
// the data (a police sheet handed over, a CoMensha registration, a typed-in
// disclosure), so the data, the record of sharing it and the audit event
// commit together or not at all.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { hasCapability } from '../../platform/authz/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { FieldRuleError } from '../../platform/errors.js';
import { nowInNetherlands } from '../../platform/http/schemas.js';
import type { FieldMessageKey } from '../../platform/i18n/fieldMessages.js';
import { fileAudit, type FileAccess } from '../caseFiles/fileAccess.js';
import { RECIPIENT_KIND_OF_PARTNER, type DisclosureSource, type PartnerKind, type RecipientKind } from './disclosures.options.js';
import type { DisclosedContent, DisclosureInput, DisclosureOutput } from './disclosures.schemas.js';
import './disclosures.tables.js';

/** What Baken itself produced and shared (a police sheet), kept exactly as it left. */
export interface DisclosureExtra {
  source: DisclosureSource;
  sourceId?: string | null;
  content?: DisclosedContent | null;
  /** A photo from youth_photos that went with it. */
  photoId?: string | null;
}

type Problem = { path: string; key: FieldMessageKey };

/** The domain rules the schema cannot express; every broken rule at once. */
async function check(tx: Tx, input: DisclosureInput): Promise<{ recipientKind: RecipientKind; recipientName: string; linkedOrganisationId: string | null }> {
  const problems: Problem[] = [];
  let recipient: { recipientKind: RecipientKind; recipientName: string; linkedOrganisationId: string | null } | null = null;
  if (input.recipientPartnerId) {
    const partner = await tx
      .selectFrom('partners')
      .select(['kind', 'name', 'linked_organisation_id'])
      .where('id', '=', input.recipientPartnerId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!partner) problems.push({ path: 'recipientPartnerId', key: 'unknownPartner' });
    else recipient = { recipientKind: RECIPIENT_KIND_OF_PARTNER[partner.kind as PartnerKind] ?? 'other', recipientName: partner.name, linkedOrganisationId: partner.linked_organisation_id };
  } else {
    if (!input.recipientKind) problems.push({ path: 'recipientKind', key: 'required' });
    if (input.recipientName === '') problems.push({ path: 'recipientName', key: 'required' });
    if (input.recipientKind && input.recipientName !== '') recipient = { recipientKind: input.recipientKind, recipientName: input.recipientName, linkedOrganisationId: null };
  }
  if ((input.secrecyGround === 'conflictOfDuties' || input.secrecyGround === 'statutoryDuty') && input.secrecyReasoning === '')
    problems.push({ path: 'secrecyReasoning', key: 'secrecyReasoningMissing' });
  if (!input.youthInformed && input.youthNotInformedReason === '') problems.push({ path: 'youthNotInformedReason', key: 'notInformedReasonMissing' });
  const seen = new Set<string>();
  input.categories.forEach((c, i) => {
    if (seen.has(c.category)) problems.push({ path: `categories.${i}.category`, key: 'categoryTwice' });
    seen.add(c.category);
  });
  if (input.disclosedAt > nowInNetherlands()) problems.push({ path: 'disclosedAt', key: 'dateInFuture' });
  const decider = await tx
    .selectFrom('users')
    .select('id')
    .where('id', '=', input.decidedById)
    .where('active', '=', true)
    .executeTakeFirst();
  const deciderRoles = decider ? (await tx.selectFrom('user_roles').select('role').where('user_id', '=', decider.id).execute()).map((r) => r.role) : [];
  if (!decider || !hasCapability(deciderRoles, 'disclosure.decide')) problems.push({ path: 'decidedById', key: 'deciderNotLead' });
  if (problems.length > 0 || !recipient) throw new FieldRuleError(problems);
  return recipient;
}

/**
 * Records a disclosure on a youth's file in the caller's transaction, delivers
 * the recipient's copy when the recipient works in Baken, and audits it. The
 * caller has already passed the file's policy for a change (onCaseFile 'update').
 */
export async function recordDisclosureIn(
  tx: Tx,
  actor: Actor,
  youthId: string,
  access: FileAccess,
  input: DisclosureInput,
  extra: DisclosureExtra,
): Promise<DisclosureOutput> {
  const recipient = await check(tx, input);
  const delivered = recipient.linkedOrganisationId !== null && recipient.linkedOrganisationId !== actor.organisationId;
  const row = await tx
    .insertInto('disclosures')
    .values({
      organisation_id: actor.organisationId,
      youth_id: youthId,
      source: extra.source,
      source_id: extra.sourceId ?? null,
      recipient_partner_id: input.recipientPartnerId,
      recipient_kind: recipient.recipientKind,
      recipient_name: recipient.recipientName,
      purpose: input.purpose,
      legal_ground: input.legalGround,
      secrecy_ground: input.secrecyGround,
      secrecy_reasoning: input.secrecyReasoning || null,
      categories: JSON.stringify(input.categories),
      decided_by: input.decidedById,
      youth_informed: input.youthInformed,
      youth_not_informed_reason: input.youthInformed ? null : input.youthNotInformedReason,
      disclosed_at: sql<string>`${input.disclosedAt}::timestamp AT TIME ZONE 'Europe/Amsterdam'`,
      summary: input.summary || null,
      content: extra.content ? JSON.stringify(extra.content) : null,
      photo_id: extra.photoId ?? null,
      delivered,
      recorded_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (delivered) await deliver(tx, actor, youthId, recipient.linkedOrganisationId!, input, extra);
  await recordAudit(
    tx,
    actor,
    fileAudit(youthId, access.facts, access.via, {
      action: 'disclosure.recorded',
      recordType: 'disclosure',
      recordId: row.id,
      details: { source: extra.source, recipientKind: recipient.recipientKind, legalGround: input.legalGround, categories: input.categories.map((c) => c.category), delivered },
    }),
  );
  const [presented] = await presentDisclosures(tx, [row]);
  return presented!;
}

/**
 * The recipient's own copy, in the recipient organisation. Row-level security
 * lets the discloser add it but not read it back, so nothing is returned.
 */
async function deliver(tx: Tx, actor: Actor, youthId: string, recipientOrganisationId: string, input: DisclosureInput, extra: DisclosureExtra) {
  const youth = await tx.selectFrom('youths').select(['first_name', 'last_name']).where('id', '=', youthId).executeTakeFirstOrThrow();
  const source = await tx.selectFrom('organisations').select('name').where('id', '=', actor.organisationId).executeTakeFirstOrThrow();
  const contacts = await tx.selectFrom('organisation_contacts').select('phone_24_7').executeTakeFirst();
  const decider = await tx.selectFrom('users').select('display_name').where('id', '=', input.decidedById).executeTakeFirstOrThrow();
  const photo = extra.photoId
    ? (await sql<{ content: Buffer; mime_type: string }>`SELECT content, mime_type FROM youth_photos WHERE id = ${extra.photoId}`.execute(tx)).rows[0]
    : undefined;
  // A typed-in disclosure reaches the recipient as its summary.
  const content: DisclosedContent = extra.content ?? { title: input.purpose, sections: [{ heading: '', lines: [{ label: null, text: input.summary }] }] };
  await tx
    .insertInto('disclosure_receipts')
    .values({
      organisation_id: recipientOrganisationId,
      source_organisation_id: actor.organisationId,
      source_organisation_name: source.name,
      source_phone_24_7: contacts?.phone_24_7 ?? null,
      kind: extra.source,
      purpose: input.purpose,
      legal_ground: input.legalGround,
      categories: JSON.stringify(input.categories),
      decided_by_name: decider.display_name,
      disclosed_at: sql<string>`${input.disclosedAt}::timestamp AT TIME ZONE 'Europe/Amsterdam'`,
      subject_name: `${youth.first_name} ${youth.last_name}`,
      content: JSON.stringify(content),
      photo: photo?.content ?? null,
      photo_mime_type: photo?.mime_type ?? null,
    })
    .execute();
}

type DisclosureRow = {
  id: string;
  youth_id: string;
  source: string;
  recipient_kind: string;
  recipient_name: string;
  recipient_partner_id: string | null;
  purpose: string;
  legal_ground: string;
  secrecy_ground: string;
  secrecy_reasoning: string | null;
  categories: unknown;
  decided_by: string;
  youth_informed: boolean;
  youth_not_informed_reason: string | null;
  disclosed_at: Date | string;
  content: unknown;
  delivered: boolean;
  source_id?: string | null;
  photo_id?: string | null;
  recorded_by: string;
  recorded_at: Date | string;
};

const iso = (value: Date | string) => new Date(value).toISOString();

export async function presentDisclosures(tx: Tx, rows: DisclosureRow[]): Promise<DisclosureOutput[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.decided_by, r.recorded_by]))];
  const names = new Map(
    ids.length ? (await tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()).map((u) => [u.id, u.display_name]) : [],
  );
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    source: r.source as DisclosureOutput['source'],
    recipientKind: r.recipient_kind as DisclosureOutput['recipientKind'],
    recipientName: r.recipient_name,
    recipientPartnerId: r.recipient_partner_id,
    purpose: r.purpose,
    legalGround: r.legal_ground as DisclosureOutput['legalGround'],
    secrecyGround: r.secrecy_ground as DisclosureOutput['secrecyGround'],
    secrecyReasoning: r.secrecy_reasoning,
    categories: (typeof r.categories === 'string' ? JSON.parse(r.categories) : r.categories) as DisclosureOutput['categories'],
    decidedByName: names.get(r.decided_by) ?? null,
    youthInformed: r.youth_informed,
    youthNotInformedReason: r.youth_not_informed_reason,
    disclosedAt: iso(r.disclosed_at),
    delivered: r.delivered,
    sourceId: r.source_id ?? null,
    hasContent: r.content !== null && r.content !== undefined,
    hasPhoto: !!r.photo_id,
    recordedByName: names.get(r.recorded_by) ?? null,
    recordedAt: iso(r.recorded_at),
  }));
}

