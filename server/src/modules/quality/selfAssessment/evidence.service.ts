// Documents uploaded as evidence for a criterion: stored in the shared quality
// document store, marked as evidence of this assessment, and read back as a
// download. Both are audited; a document that is not self-assessment evidence
// (a training certificate, say) is never served here.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { inSelfAssessment } from './selfAssessment.access.js';
import type { EvidenceDocumentType } from './selfAssessment.options.js';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the bytes are, whatever the request said: a renamed file is stored and served as what it is. */
export function sniffEvidence(bytes: unknown): EvidenceDocumentType | null {
  if (!Buffer.isBuffer(bytes)) return null;
  const starts = (magic: number[]) => bytes.length > magic.length && magic.every((b, i) => bytes[i] === b);
  if (starts(PDF)) return 'application/pdf';
  if (starts(JPEG)) return 'image/jpeg';
  if (starts(PNG)) return 'image/png';
  return null;
}

const EXTENSIONS: Record<EvidenceDocumentType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/**
 * The name the document is shown and downloaded under: the last part of what
 * the browser said, without control characters or quotes, with the extension
 * of what the bytes really are.
 */
export function evidenceFileName(given: string, mimeType: EvidenceDocumentType): string {
  const base = (given.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim()
    .slice(0, 150);
  return `${base || 'bewijsstuk'}.${EXTENSIONS[mimeType]}`;
}

/** content-disposition for a download: an ASCII fallback and the real name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'bewijsstuk';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function uploadEvidence(platform: Platform, actor: Actor, assessmentId: string, body: unknown, name: string) {
  // Checked before anything is opened, like any malformed input: nothing is read or written for it.
  const mimeType = sniffEvidence(body);
  if (!mimeType) throw new AppError('UNSUPPORTED_EVIDENCE');
  const content = body as Buffer;
  return inSelfAssessment(platform, actor, 'manage', 'selfAssessment.documentUploaded', async (tx) => {
    const assessment = await tx.selectFrom('self_assessments').select(['closed_at']).where('id', '=', assessmentId).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
    if (!assessment) throw new AppError('NOT_FOUND');
    if (assessment.closed_at !== null) throw new AppError('ASSESSMENT_CLOSED');
    const fileName = evidenceFileName(name, mimeType);
    const document = await tx
      .insertInto('quality_documents')
      .values({ organisation_id: actor.organisationId, content, mime_type: mimeType, file_name: fileName, byte_size: content.length, uploaded_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('self_assessment_evidence').values({ document_id: document.id, organisation_id: actor.organisationId, assessment_id: assessmentId }).execute();
    await recordAudit(tx, actor, {
      action: 'selfAssessment.documentUploaded',
      recordType: 'selfAssessment',
      recordId: assessmentId,
      details: { documentId: document.id, mimeType, bytes: content.length },
    });
    return { id: document.id, fileName, mimeType, bytes: content.length };
  });
}

/** PGlite hands bytea back as a Uint8Array, pg as a Buffer; one type from here on, without a copy. */
const asBuffer = (bytes: Uint8Array) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/**
 * An evidence document of this assessment: uploaded into it, or named by one of
 * its criteria (evidence carried over from an earlier assessment). Looking and
 * finding none is recorded too.
 */
export async function readEvidence(platform: Platform, actor: Actor, assessmentId: string, documentId: string) {
  const found = await inSelfAssessment(platform, actor, 'read', 'selfAssessment.documentRead', async (tx) => {
    const { rows } = await sql<{ content: Uint8Array; mime_type: EvidenceDocumentType; file_name: string }>`
      SELECT d.content, d.mime_type, d.file_name
      FROM self_assessment_evidence e
      JOIN quality_documents d ON d.id = e.document_id AND d.organisation_id = e.organisation_id
      WHERE e.document_id = ${documentId} AND e.organisation_id = ${actor.organisationId}
        AND (e.assessment_id = ${assessmentId} OR EXISTS (
          SELECT 1 FROM self_assessment_criteria c
          WHERE c.assessment_id = ${assessmentId} AND c.document_id = e.document_id AND c.organisation_id = e.organisation_id))`.execute(tx);
    const row = rows[0];
    await recordAudit(tx, actor, { action: 'selfAssessment.documentRead', recordType: 'selfAssessment', recordId: assessmentId, details: { documentId, found: !!row } });
    return row ? { content: asBuffer(row.content), mimeType: row.mime_type, fileName: row.file_name } : null;
  });
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}
