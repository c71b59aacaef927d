// The youth's photo: professionals need a recent one for the safety plan and
// when the youth goes missing. Every upload is kept (the file shows how the
// youth looked when), the latest is the one shown. Reading it is reading the
// file: policy 'read', one audit event; adding one is a change of the file.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { fileAudit, onCaseFile } from '../fileAccess.js';
import type { PhotoType } from './photo.options.js';

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * What the bytes are, whatever the request said. The declared type only picks
 * the parser; a photo saved as .png that is really a JPEG (messaging apps do
 * that) is stored and served as what it is, so the browser never guesses.
 */
export function sniffImage(bytes: unknown): PhotoType | null {
  if (!Buffer.isBuffer(bytes)) return null;
  const starts = (magic: number[]) => bytes.length > magic.length && magic.every((b, i) => bytes[i] === b);
  if (starts(JPEG)) return 'image/jpeg';
  if (starts(PNG)) return 'image/png';
  return null;
}

export interface PhotoInfo {
  takenOn: string | null;
  uploadedAt: string;
  uploadedByName: string | null;
}

/** The latest photo without its bytes. */
export interface PhotoMeta extends PhotoInfo {
  id: string;
  mimeType: PhotoType;
}

export interface Photo extends PhotoMeta {
  content: Buffer;
}

interface PhotoRow {
  id: string;
  mime_type: PhotoType;
  taken_on: string | null;
  uploaded_at: Date | string;
  uploaded_by_name: string | null;
  content?: Uint8Array;
}

const toInfo = (r: PhotoRow): PhotoInfo => ({ takenOn: r.taken_on, uploadedAt: new Date(r.uploaded_at).toISOString(), uploadedByName: r.uploaded_by_name });

/** PGlite hands bytea back as a Uint8Array, pg as a Buffer; one type from here on, without a copy. */
const asBuffer = (bytes: Uint8Array) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** The latest photo of the youth, with its bytes only when asked (they can be megabytes). */
export async function latestPhoto(tx: Tx, actor: Actor, youthId: string, withContent: true): Promise<Photo | null>;
export async function latestPhoto(tx: Tx, actor: Actor, youthId: string, withContent: false): Promise<PhotoMeta | null>;
export async function latestPhoto(tx: Tx, actor: Actor, youthId: string, withContent: boolean): Promise<Photo | PhotoMeta | null> {
  const { rows } = await sql<PhotoRow>`
    SELECT p.id, p.mime_type, p.taken_on, p.uploaded_at, u.display_name AS uploaded_by_name
      ${withContent ? sql`, p.content` : sql``}
    FROM youth_photos p LEFT JOIN users u ON u.id = p.uploaded_by
    WHERE p.youth_id = ${youthId} AND p.organisation_id = ${actor.organisationId}
    ORDER BY p.uploaded_at DESC, p.id DESC
    LIMIT 1`.execute(tx);
  const row = rows[0];
  if (!row) return null;
  const base = { id: row.id, mimeType: row.mime_type, ...toInfo(row) };
  return withContent && row.content ? { ...base, content: asBuffer(row.content) } : base;
}

export async function uploadPhoto(platform: Platform, actor: Actor, youthId: string, body: unknown, takenOn: string | null): Promise<PhotoInfo> {
  // Checked before the file is opened, like any malformed input: nothing is read or written for it.
  const mimeType = sniffImage(body);
  if (!mimeType) throw new AppError('UNSUPPORTED_MEDIA');
  const content = body as Buffer;
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const { rows } = await sql<PhotoRow>`
      INSERT INTO youth_photos (organisation_id, youth_id, content, mime_type, taken_on, uploaded_by)
      VALUES (${actor.organisationId}, ${youthId}, ${content}, ${mimeType}, ${takenOn}, ${actor.userId})
      RETURNING id, mime_type, taken_on, uploaded_at,
        (SELECT display_name FROM users WHERE id = ${actor.userId}) AS uploaded_by_name`.execute(tx);
    const row = rows[0]!;
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, { action: 'photo.uploaded', recordType: 'photo', recordId: row.id, details: { mimeType, bytes: content.length } }),
    );
    return toInfo(row);
  });
}

/**
 * The latest photo's bytes. Looking and finding none is recorded too: the
 * trail shows every time someone opened this part of the file.
 */
export async function readPhoto(platform: Platform, actor: Actor, youthId: string): Promise<Photo> {
  const photo = await onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const found = await latestPhoto(tx, actor, youthId, true);
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, { action: 'photo.read', recordType: 'photo', recordId: found?.id ?? null, details: { part: 'image', found: !!found } }),
    );
    return found;
  });
  if (!photo) throw new AppError('NOT_FOUND');
  return photo;
}

/** When the latest photo was taken and added, and by whom; null when there is none. */
export async function readPhotoInfo(platform: Platform, actor: Actor, youthId: string): Promise<PhotoInfo | null> {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const found = await latestPhoto(tx, actor, youthId, false);
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, { action: 'photo.read', recordType: 'photo', recordId: found?.id ?? null, details: { part: 'info', found: !!found } }),
    );
    return found ? { takenOn: found.takenOn, uploadedAt: found.uploadedAt, uploadedByName: found.uploadedByName } : null;
  });
}
