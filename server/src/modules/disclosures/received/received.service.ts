// The police liaison's view: what providers disclosed to this police unit, and
// nothing else. The unit reads its own copies (disclosure_receipts, owned by
// the receiving organisation; row-level security keeps other units out), never
// a provider's file. Every list, view, photo and print is audited in the
// police organisation, in the same transaction as the read.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { hasCapability } from '../../../platform/authz/roles.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import type { DisclosedContent } from '../disclosures.schemas.js';
import '../disclosures.tables.js';
import type { ReceivedDisclosure, ReceivedDisclosureDetail } from './received.schemas.js';

const REFUSED = Symbol('refused');

/** The capability check, then the work; a refusal is audited and commits before the error is thrown. */
async function asReceiver<T>({ database }: Platform, actor: Actor, attempted: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    if (!hasCapability(actor.roles, 'disclosure.receive')) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'disclosureReceipt', details: { attempted } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

const LIST_COLUMNS = [
  'id',
  'source_organisation_name',
  'source_phone_24_7',
  'kind',
  'purpose',
  'legal_ground',
  'categories',
  'decided_by_name',
  'subject_name',
  'disclosed_at',
  'received_at',
  'first_viewed_at',
  'photo_mime_type',
] as const;

type ListRow = {
  id: string;
  source_organisation_name: string;
  source_phone_24_7: string | null;
  kind: string;
  purpose: string;
  legal_ground: string;
  categories: unknown;
  decided_by_name: string;
  subject_name: string;
  disclosed_at: Date;
  received_at: Date;
  first_viewed_at: Date | null;
  photo_mime_type: string | null;
};

const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const iso = (value: Date | string) => new Date(value).toISOString();

function present(r: ListRow): ReceivedDisclosure {
  return {
    id: r.id,
    sourceOrganisationName: r.source_organisation_name,
    sourcePhone247: r.source_phone_24_7,
    kind: r.kind as ReceivedDisclosure['kind'],
    purpose: r.purpose,
    legalGround: r.legal_ground as ReceivedDisclosure['legalGround'],
    categories: json(r.categories),
    decidedByName: r.decided_by_name,
    subjectName: r.subject_name,
    disclosedAt: iso(r.disclosed_at),
    receivedAt: iso(r.received_at),
    firstViewedAt: r.first_viewed_at ? iso(r.first_viewed_at) : null,
    hasPhoto: r.photo_mime_type !== null,
  };
}

const ownReceipts = (tx: Tx, actor: Actor) => tx.selectFrom('disclosure_receipts').where('organisation_id', '=', actor.organisationId);

/** Newest first. A unit receives a handful a week; 500 covers years, and the list says when it is cut. */
export function listReceived(platform: Platform, actor: Actor): Promise<ReceivedDisclosure[]> {
  return asReceiver(platform, actor, 'disclosureReceipt.list', async (tx) => {
    const rows = await ownReceipts(tx, actor).select(LIST_COLUMNS).orderBy('disclosed_at', 'desc').orderBy('received_at', 'desc').limit(500).execute();
    await recordAudit(tx, actor, { action: 'disclosureReceipt.listed', recordType: 'disclosureReceipt', details: { count: rows.length } });
    return rows.map(present);
  });
}

/** One receipt as received; the first view is marked, so the provider's phone call can be answered with "seen at". */
export function readReceived(platform: Platform, actor: Actor, receiptId: string): Promise<ReceivedDisclosureDetail> {
  return asReceiver(platform, actor, 'disclosureReceipt.read', async (tx) => {
    const row = await tx
      .updateTable('disclosure_receipts')
      .set({ first_viewed_at: sql<string>`COALESCE(first_viewed_at, now())` })
      .where('id', '=', receiptId)
      .where('organisation_id', '=', actor.organisationId)
      .returning([...LIST_COLUMNS, 'content'])
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'disclosureReceipt.read', recordType: 'disclosureReceipt', recordId: row.id });
    return { ...present(row), content: json<DisclosedContent>(row.content) };
  });
}

export function readReceivedPhoto(platform: Platform, actor: Actor, receiptId: string): Promise<{ content: Buffer; mimeType: string }> {
  return asReceiver(platform, actor, 'disclosureReceipt.photoRead', async (tx) => {
    const row = await ownReceipts(tx, actor).select(['id', 'photo', 'photo_mime_type']).where('id', '=', receiptId).executeTakeFirst();
    if (!row?.photo || !row.photo_mime_type) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'disclosureReceipt.photoRead', recordType: 'disclosureReceipt', recordId: row.id });
    const bytes = row.photo as Uint8Array;
    return { content: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), mimeType: row.photo_mime_type };
  });
}

export interface PrintedReceipt extends ReceivedDisclosureDetail {
  photo: Buffer | null;
  receivingOrganisationName: string;
  printedByName: string;
  printedAt: string;
}

/** Everything the paper carries, read and audited in one transaction; the PDF is drawn after the commit. */
export function readReceivedForPrint(platform: Platform, actor: Actor, receiptId: string): Promise<PrintedReceipt> {
  return asReceiver(platform, actor, 'disclosureReceipt.print', async (tx) => {
    const row = await ownReceipts(tx, actor).select([...LIST_COLUMNS, 'content', 'photo']).where('id', '=', receiptId).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND');
    const me = await tx
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select(['users.display_name', 'organisations.name'])
      .where('users.id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    await recordAudit(tx, actor, { action: 'disclosureReceipt.printed', recordType: 'disclosureReceipt', recordId: row.id, details: { photo: row.photo !== null } });
    const bytes = row.photo as Uint8Array | null;
    return {
      ...present(row),
      content: json<DisclosedContent>(row.content),
      photo: bytes ? (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : null,
      receivingOrganisationName: me.name,
      printedByName: me.display_name,
      printedAt: new Date().toISOString(),
    };
  });
}
