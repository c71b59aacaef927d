// Uploads of the expertise and policies registers: a training's certificate
// (PDF or a photo of the paper) and the document of a policy version (PDF).
// The bytes decide what a file is, never its name or the request's type; at
// most 10 MB. An upload is only readable through the training or the policy
// version that links it, and a document is linked to one thing only: a
// certificate can never become readable to all staff as a policy document.
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { QUALITY_DOCUMENT_MAX_BYTES } from './expertise.options.js';
import { inQuality } from './qualityAccess.js';
import './expertise.tables.js';
import '../policies/policies.tables.js';

type DocumentType = 'application/pdf' | 'image/jpeg' | 'image/png';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffQualityDocument(bytes: unknown): DocumentType | null {
  if (!Buffer.isBuffer(bytes)) return null;
  const starts = (magic: number[]) => bytes.length > magic.length && magic.every((b, i) => bytes[i] === b);
  if (starts(PDF)) return 'application/pdf';
  if (starts(JPEG)) return 'image/jpeg';
  if (starts(PNG)) return 'image/png';
  return null;
}

/** A file name safe to show and to offer back in a download header: no path, no control or quote characters. */
export function cleanFileName(name: string, mimeType: DocumentType): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[^\p{L}\p{N} ._()-]/gu, '').trim().slice(0, 120) || 'document';
  const extension = mimeType === 'application/pdf' ? '.pdf' : mimeType === 'image/png' ? '.png' : '.jpg';
  return base.toLowerCase().endsWith(extension) || (extension === '.jpg' && base.toLowerCase().endsWith('.jpeg')) ? base : `${base}${extension}`;
}

export async function uploadQualityDocument(platform: Platform, actor: Actor, purpose: 'certificate' | 'policy', name: string, body: unknown) {
  const area = purpose === 'policy' ? 'policies' : 'expertise';
  return inQuality(platform, actor, { on: area, do: 'manage' }, 'qualityDocument.uploaded', async (tx) => {
    const mimeType = sniffQualityDocument(body);
    if (!mimeType || (purpose === 'policy' && mimeType !== 'application/pdf')) throw new AppError('UNSUPPORTED_QUALITY_DOCUMENT');
    const content = body as Buffer;
    if (content.length > QUALITY_DOCUMENT_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
    const fileName = cleanFileName(name, mimeType);
    const row = await tx
      .insertInto('quality_documents')
      .values({ organisation_id: actor.organisationId, content, mime_type: mimeType, file_name: fileName, byte_size: content.length, uploaded_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, actor, { action: 'qualityDocument.uploaded', recordType: 'qualityDocument', recordId: row.id, details: { purpose, mimeType, bytes: content.length } });
    return { id: row.id, fileName, mimeType, bytes: content.length };
  });
}

/**
 * A document about to be linked: it must exist in this organisation, be of the
 * right type, and be linked to nothing else (except the thing it already
 * belongs to, on an update). Throws a field error at `path` otherwise.
 */
export async function checkLinkableDocument(tx: Tx, actor: Actor, documentId: string, purpose: 'certificate' | 'policy', path: string, ownTrainingId?: string): Promise<void> {
  const document = await tx.selectFrom('quality_documents').select(['id', 'mime_type']).where('id', '=', documentId).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
  if (!document) throw new FieldRuleError([{ path, key: 'unknownQualityDocument' }]);
  if (purpose === 'policy' && document.mime_type !== 'application/pdf') throw new FieldRuleError([{ path, key: 'policyDocumentNotPdf' }]);
  const trainingUse = await tx.selectFrom('staff_trainings').select('id').where('certificate_id', '=', documentId).executeTakeFirst();
  const policyUse = await tx.selectFrom('policy_versions').select('id').where('document_id', '=', documentId).executeTakeFirst();
  if (policyUse || (trainingUse && trainingUse.id !== ownTrainingId)) throw new FieldRuleError([{ path, key: 'qualityDocumentInUse' }]);
}

export async function readDocumentContent(tx: Tx, documentId: string) {
  const row = await tx.selectFrom('quality_documents').select(['content', 'mime_type', 'file_name']).where('id', '=', documentId).executeTakeFirstOrThrow();
  return { content: row.content, mimeType: row.mime_type, fileName: row.file_name };
}
