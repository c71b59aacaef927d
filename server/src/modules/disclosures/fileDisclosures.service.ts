// The disclosures of one youth's file: the list (every source: police sheets,
// CoMensha registrations, answers to police requests, typed in), one with what
// was shared, the photo that went along, and a disclosure typed in on the file.
// Reads and changes go through onCaseFile: one policy check, one audit event,
// one transaction.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { ROLES } from '../../platform/authz/roles.js';
import { hasCapability } from '../../platform/authz/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { fileAudit, onCaseFile } from '../caseFiles/fileAccess.js';
import { latestPhoto, type Photo } from '../caseFiles/safetyPlan/photo.service.js';
import { claimPoliceRequest, markAnswered } from './policeRequests/policeRequests.service.js';
import type { PartnerKind } from './disclosures.options.js';
import { presentDisclosures, recordDisclosureIn } from './disclosures.service.js';
import type { DisclosedContent, DisclosureDetail, DisclosureFormOptions, DisclosureOutput, FileDisclosureInput } from './disclosures.schemas.js';
import './disclosures.tables.js';

const ROLES_WHO_DECIDE = ROLES.filter((role) => hasCapability([role], 'disclosure.decide'));

const fileDisclosures = (tx: Tx, actor: Actor, youthId: string) =>
  tx.selectFrom('disclosures').selectAll().where('youth_id', '=', youthId).where('organisation_id', '=', actor.organisationId);

export function listFileDisclosures(platform: Platform, actor: Actor, youthId: string): Promise<DisclosureOutput[]> {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const rows = await fileDisclosures(tx, actor, youthId).orderBy('disclosed_at', 'desc').orderBy('recorded_at', 'desc').execute();
    await recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action: 'disclosure.listed', recordType: 'disclosure', details: { count: rows.length } }));
    return presentDisclosures(tx, rows);
  });
}

export function readFileDisclosure(platform: Platform, actor: Actor, youthId: string, disclosureId: string): Promise<DisclosureDetail> {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const row = await fileDisclosures(tx, actor, youthId).where('id', '=', disclosureId).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action: 'disclosure.read', recordType: 'disclosure', recordId: row.id }));
    const [presented] = await presentDisclosures(tx, [row]);
    const content = (typeof row.content === 'string' ? JSON.parse(row.content) : row.content) as DisclosedContent | null;
    return { ...presented!, summary: row.summary, content: content ?? null };
  });
}

/** The photo that went with a disclosure, exactly the one sent (not the latest). */
export async function readDisclosurePhoto(platform: Platform, actor: Actor, youthId: string, disclosureId: string): Promise<Pick<Photo, 'content' | 'mimeType'>> {
  const photo = await onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const { rows } = await sql<{ id: string; content: Uint8Array; mime_type: Photo['mimeType'] }>`
      SELECT p.id, p.content, p.mime_type FROM disclosures d JOIN youth_photos p ON p.id = d.photo_id
      WHERE d.id = ${disclosureId} AND d.youth_id = ${youthId} AND d.organisation_id = ${actor.organisationId}`.execute(tx);
    const found = rows[0];
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, { action: 'photo.read', recordType: 'photo', recordId: found?.id ?? null, details: { part: 'disclosure', disclosureId, found: !!found } }),
    );
    return found;
  });
  if (!photo) throw new AppError('NOT_FOUND');
  const bytes = photo.content;
  return { content: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), mimeType: photo.mime_type };
}

/**
 * A disclosure recorded on the file. As the answer to a police request it is
 * only possible after a confirmed call back, and it closes the request in the
 * same transaction, so a request never shows "information given" without the
 * disclosure that says what.
 */
export function recordFileDisclosure(platform: Platform, actor: Actor, youthId: string, input: FileDisclosureInput): Promise<DisclosureOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    if (input.policeRequestId) await claimPoliceRequest(tx, actor, youthId, input.policeRequestId);
    const problems: FieldRuleError['fields'] = [];
    let photoId: string | null = null;
    if (input.attachPhoto) {
      const photo = await latestPhoto(tx, actor, youthId, false);
      if (!photo) problems.push({ path: 'attachPhoto', key: 'noPhotoToAttach' });
      else photoId = photo.id;
      if (!input.categories.some((c) => c.category === 'photo')) problems.push({ path: 'attachPhoto', key: 'photoNotInCategories' });
    }
    let disclosure: DisclosureOutput;
    try {
      disclosure = await recordDisclosureIn(tx, actor, youthId, access, input, {
        source: input.policeRequestId ? 'policeRequest' : 'manual',
        sourceId: input.policeRequestId,
        photoId,
      });
    } catch (error) {
      // Every broken rule at once: the photo's and the disclosure's.
      if (error instanceof FieldRuleError && problems.length > 0) throw new FieldRuleError([...error.fields, ...problems]);
      throw error;
    }
    // Thrown inside the transaction, so the disclosure just written rolls back too.
    if (problems.length > 0) throw new FieldRuleError(problems);
    if (input.policeRequestId) await markAnswered(tx, actor, input.policeRequestId, disclosure.id);
    return disclosure;
  });
}

/**
 * What the form needs: the organisation's active partners (with the number to
 * call back, and whether they work in Baken, never which organisation they
 * are there) and the colleagues who may decide. Only for those who may record
 * a disclosure on this file; nothing of the file itself is read.
 */
export function disclosureFormOptions(platform: Platform, actor: Actor, youthId: string): Promise<DisclosureFormOptions> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx) => {
    const partners = await tx
      .selectFrom('partners')
      .select(['id', 'kind', 'name', 'contact_person', 'region', 'phone', 'verified_phone'])
      .select(sql<boolean>`linked_organisation_id IS NOT NULL AND linked_organisation_id <> ${actor.organisationId}`.as('works_in_baken'))
      .where('organisation_id', '=', actor.organisationId)
      .where('active', '=', true)
      .orderBy('name')
      .execute();
    const deciders = await tx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('organisation_id', '=', actor.organisationId)
      .where('active', '=', true)
      .where((eb) => eb.exists(eb.selectFrom('user_roles').select(sql`1`.as('one')).whereRef('user_roles.user_id', '=', 'users.id').where('role', 'in', ROLES_WHO_DECIDE)))
      .orderBy('display_name')
      .execute();
    const photo = await latestPhoto(tx, actor, youthId, false);
    return {
      partners: partners.map((p) => ({
        id: p.id,
        kind: p.kind as PartnerKind,
        name: p.name,
        contactPerson: p.contact_person,
        region: p.region,
        knownPhone: p.verified_phone || p.phone || null,
        worksInBaken: p.works_in_baken,
      })),
      deciders: deciders.map((u) => ({ id: u.id, name: u.display_name })),
      hasPhoto: !!photo,
    };
  });
}
