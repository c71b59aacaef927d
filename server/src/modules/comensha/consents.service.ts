// Consents for a CoMensha registration on a youth's file: recording one, adding
// the signed form, reading that form back, and a withdrawal. Every use case is
// one transaction through onCaseFile with its audit event. A withdrawn consent
// stays on record, and every upload of the form is kept (the latest counts).
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { fileAudit, onCaseFile } from '../caseFiles/fileAccess.js';
import type { ConsentDocumentType } from './comensha.options.js';
import type { ConsentInput, WithdrawalInput } from './comensha.schemas.js';
import './comensha.tables.js';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the bytes are, whatever the request said: a renamed file is stored and served as what it is. */
export function sniffDocument(bytes: unknown): ConsentDocumentType | null {
  if (!Buffer.isBuffer(bytes)) return null;
  const starts = (magic: number[]) => bytes.length > magic.length && magic.every((b, i) => bytes[i] === b);
  if (starts(PDF)) return 'application/pdf';
  if (starts(JPEG)) return 'image/jpeg';
  if (starts(PNG)) return 'image/png';
  return null;
}

async function dateOfBirth(tx: Tx, youthId: string): Promise<string> {
  const youth = await tx.selectFrom('youths').select('date_of_birth').where('id', '=', youthId).executeTakeFirstOrThrow();
  return youth.date_of_birth;
}

/** The consent, locked for the change, when it belongs to this youth in this organisation. */
async function lockedConsent(tx: Tx, actor: Actor, youthId: string, consentId: string) {
  const consent = await tx
    .selectFrom('comensha_consents')
    .select(['id', 'signed_on', 'withdrawn_on'])
    .where('id', '=', consentId)
    .where('youth_id', '=', youthId)
    .where('organisation_id', '=', actor.organisationId)
    .forUpdate()
    .executeTakeFirst();
  if (!consent) throw new AppError('NOT_FOUND');
  return consent;
}

export async function recordConsent(platform: Platform, actor: Actor, youthId: string, input: ConsentInput): Promise<{ id: string }> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    if (input.signedOn < (await dateOfBirth(tx, youthId))) throw new FieldRuleError([{ path: 'signedOn', key: 'consentSignedBeforeBirth' }]);
    const row = await tx
      .insertInto('comensha_consents')
      .values({
        organisation_id: actor.organisationId,
        youth_id: youthId,
        given_by: input.givenBy,
        signer_name: input.signerName,
        signed_on: input.signedOn,
        scope_note: input.scopeNote,
        recorded_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Who signed is in the file; the trail names only the kind of signer.
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, { action: 'comenshaConsent.recorded', recordType: 'comenshaConsent', recordId: row.id, details: { givenBy: input.givenBy } }),
    );
    return { id: row.id };
  });
}

export async function uploadConsentDocument(platform: Platform, actor: Actor, youthId: string, consentId: string, body: unknown): Promise<{ mimeType: ConsentDocumentType; bytes: number }> {
  // Checked before the file is opened, like any malformed input: nothing is read or written for it.
  const mimeType = sniffDocument(body);
  if (!mimeType) throw new AppError('UNSUPPORTED_DOCUMENT');
  const content = body as Buffer;
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    await lockedConsent(tx, actor, youthId, consentId);
    const row = await tx
      .insertInto('comensha_consent_documents')
      .values({ organisation_id: actor.organisationId, youth_id: youthId, consent_id: consentId, content, mime_type: mimeType, uploaded_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, {
        action: 'comenshaConsent.documentUploaded',
        recordType: 'comenshaConsent',
        recordId: consentId,
        details: { documentId: row.id, mimeType, bytes: content.length },
      }),
    );
    return { mimeType, bytes: content.length };
  });
}

/** PGlite hands bytea back as a Uint8Array, pg as a Buffer; one type from here on, without a copy. */
const asBuffer = (bytes: Uint8Array) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** The latest signed form of a consent. Looking and finding none is recorded too. */
export async function readConsentDocument(platform: Platform, actor: Actor, youthId: string, consentId: string): Promise<{ content: Buffer; mimeType: ConsentDocumentType }> {
  const found = await onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const { rows } = await sql<{ id: string; content: Uint8Array; mime_type: ConsentDocumentType }>`
      SELECT d.id, d.content, d.mime_type FROM comensha_consent_documents d
      WHERE d.consent_id = ${consentId} AND d.youth_id = ${youthId} AND d.organisation_id = ${actor.organisationId}
      ORDER BY d.uploaded_at DESC, d.id DESC
      LIMIT 1`.execute(tx);
    const row = rows[0];
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, {
        action: 'comenshaConsent.documentRead',
        recordType: 'comenshaConsent',
        recordId: consentId,
        details: { documentId: row?.id ?? null, found: !!row },
      }),
    );
    return row ? { content: asBuffer(row.content), mimeType: row.mime_type } : null;
  });
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

export async function withdrawConsent(platform: Platform, actor: Actor, youthId: string, consentId: string, input: WithdrawalInput): Promise<{ id: string }> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const consent = await lockedConsent(tx, actor, youthId, consentId);
    if (consent.withdrawn_on !== null) throw new AppError('ALREADY_WITHDRAWN');
    if (input.withdrawnOn < consent.signed_on) throw new FieldRuleError([{ path: 'withdrawnOn', key: 'withdrawnBeforeSigned' }]);
    await tx
      .updateTable('comensha_consents')
      .set({
        withdrawn_on: input.withdrawnOn,
        withdrawn_by: input.withdrawnBy,
        withdrawal_note: input.note,
        withdrawal_recorded_by: actor.userId,
        withdrawal_recorded_at: sql<string>`now()`,
      })
      .where('id', '=', consentId)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, { action: 'comenshaConsent.withdrawn', recordType: 'comenshaConsent', recordId: consentId, details: { withdrawnOn: input.withdrawnOn } }),
    );
    return { id: consentId };
  });
}
