// The police information sheet: see it built from the file (a read), hand a
// trimmed version over (a disclosure, in the same transaction as the timeline
// event), and print what was handed over (a read of the disclosure). Handing
// over checks that the file did not change since the professional looked, so
// nothing leaves that they did not see.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { hasCapability } from '../../platform/authz/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { fileAudit, onCaseFile } from '../caseFiles/fileAccess.js';
import { RECIPIENT_KIND_OF_PARTNER, type PartnerKind } from '../disclosures/disclosures.options.js';
import type { DisclosedContent } from '../disclosures/disclosures.schemas.js';
import { recordDisclosureIn } from '../disclosures/disclosures.service.js';
import { readEpisodes } from './episodes.read.js';
import type { HandOverInput } from './missing.schemas.js';
import { localMoment } from './missing.service.js';
import { buildPoliceSheet, categoriesOf, toDisclosedContent, trimSheet, type PoliceSheet } from './policeSheet.js';
import { renderPoliceSheetPdf } from './policeSheetPdf.js';
import '../disclosures/disclosures.tables.js';

const POLICE_PARTNER_KINDS = (Object.entries(RECIPIENT_KIND_OF_PARTNER) as [PartnerKind, string][]).filter(([, kind]) => kind === 'police').map(([kind]) => kind);

/** The sheet without the photo's id: the client keeps and trims by item keys. */
const forClient = (sheet: PoliceSheet) => ({ title: sheet.title, subjectName: sheet.subjectName, sections: sheet.sections, fingerprint: sheet.fingerprint });

async function formOptions(tx: Tx, actor: Actor) {
  const partners = await tx
    .selectFrom('partners')
    .select(['id', 'name', 'kind', sql<boolean>`linked_organisation_id IS NOT NULL`.as('works_in_baken')])
    .where('organisation_id', '=', actor.organisationId)
    .where('active', '=', true)
    .where('kind', 'in', POLICE_PARTNER_KINDS)
    .orderBy('name')
    .limit(200)
    .execute();
  const { rows: users } = await sql<{ id: string; display_name: string; roles: string[] }>`
    SELECT u.id, u.display_name, array_agg(r.role) AS roles FROM users u JOIN user_roles r ON r.user_id = u.id
    WHERE u.organisation_id = ${actor.organisationId} AND u.active
    GROUP BY u.id, u.display_name ORDER BY u.display_name LIMIT 500`.execute(tx);
  return {
    policePartners: partners.map((p) => ({ id: p.id, name: p.name, kind: p.kind, worksInBaken: p.works_in_baken })),
    deciders: users.filter((u) => hasCapability(u.roles, 'disclosure.decide')).map((u) => ({ id: u.id, name: u.display_name })),
  };
}

export async function previewPoliceSheet(platform: Platform, actor: Actor, youthId: string, episodeId: string) {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const sheet = await buildPoliceSheet(tx, actor, youthId, episodeId);
    if (!sheet) throw new AppError('NOT_FOUND');
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, {
        action: 'missingEpisode.sheetPreviewed',
        recordType: 'missingEpisode',
        recordId: episodeId,
        details: { sections: sheet.sections.map((s) => s.key), photoId: sheet.photoId },
      }),
    );
    return { sheet: forClient(sheet), ...(await formOptions(tx, actor)) };
  });
}

/**
 * Hands the trimmed sheet over as a disclosure. Every problem is reported at
 * once: the sheet's own (a kind of data without a why) with the disclosure's
 * (no reasoning, a decider who may not decide); on any, nothing is kept.
 */
export async function handOverPoliceSheet(platform: Platform, actor: Actor, youthId: string, episodeId: string, input: HandOverInput) {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const episode = await tx
      .selectFrom('missing_episodes')
      .select('id')
      .where('id', '=', episodeId)
      .where('youth_id', '=', youthId)
      .where('organisation_id', '=', actor.organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!episode) throw new AppError('NOT_FOUND');
    const full = await buildPoliceSheet(tx, actor, youthId, episodeId);
    if (!full || full.fingerprint !== input.fingerprint) throw new AppError('SHEET_CHANGED');
    const sheet = trimSheet(full, new Set(input.keep));
    const categories = categoriesOf(sheet).map((category) => ({ category, why: input.whys[category] ?? '' }));
    const problems = categories.filter((c) => c.why === '').map((c) => ({ path: `whys.${c.category}`, key: 'categoryWhyMissing' as const }));
    const { keep: _keep, fingerprint: _fingerprint, whys: _whys, ...disclosure } = input;
    let recorded: Awaited<ReturnType<typeof recordDisclosureIn>>;
    try {
      recorded = await recordDisclosureIn(tx, actor, youthId, access, { ...disclosure, categories, summary: '' }, {
        source: 'policeSheet',
        sourceId: episodeId,
        content: toDisclosedContent(sheet),
        photoId: sheet.photoId,
      });
    } catch (error) {
      if (error instanceof FieldRuleError) throw new FieldRuleError([...problems, ...error.fields]);
      throw error;
    }
    // The disclosure went in; a missing why still refuses the whole hand-over (the transaction rolls back).
    if (problems.length) throw new FieldRuleError(problems);
    await tx
      .insertInto('missing_episode_events')
      .values({
        organisation_id: actor.organisationId,
        youth_id: youthId,
        episode_id: episodeId,
        kind: 'sheetHandedOver',
        at: localMoment(input.disclosedAt),
        note: recorded.recipientName,
        recorded_by: actor.userId,
      })
      .execute();
    const [updated] = await readEpisodes(tx, actor, youthId, episodeId);
    return { disclosureId: recorded.id, recipientName: recorded.recipientName, delivered: recorded.delivered, episode: updated! };
  });
}

/** A sheet that was handed over, as PDF: exactly the disclosed content, with the photo if it went along. */
export async function printPoliceSheet(platform: Platform, actor: Actor, youthId: string, episodeId: string, disclosureId: string) {
  const printed = await onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const { rows } = await sql<{
      content: unknown;
      photo_id: string | null;
      recipient_name: string;
      disclosed_at: Date;
      decided_by_name: string | null;
      first_name: string;
      last_name: string;
      organisation_name: string;
      printed_by_name: string | null;
    }>`
      SELECT d.content, d.photo_id, d.recipient_name, d.disclosed_at, decider.display_name AS decided_by_name,
        y.first_name, y.last_name, o.name AS organisation_name, me.display_name AS printed_by_name
      FROM disclosures d
      JOIN youths y ON y.id = d.youth_id
      JOIN organisations o ON o.id = d.organisation_id
      LEFT JOIN users decider ON decider.id = d.decided_by
      LEFT JOIN users me ON me.id = ${actor.userId}
      WHERE d.id = ${disclosureId} AND d.youth_id = ${youthId} AND d.organisation_id = ${actor.organisationId}
        AND d.source = 'policeSheet' AND d.source_id = ${episodeId}`.execute(tx);
    const row = rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    const { rows: photos } = row.photo_id
      ? await sql<{ content: Uint8Array; taken_on: string | null; uploaded_at: Date }>`
          SELECT content, taken_on::text, uploaded_at FROM youth_photos WHERE id = ${row.photo_id} AND organisation_id = ${actor.organisationId}`.execute(tx)
      : { rows: [] };
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, { action: 'missingEpisode.sheetPrinted', recordType: 'disclosure', recordId: disclosureId, details: { episodeId, photo: photos.length > 0 } }),
    );
    const photo = photos[0];
    return {
      organisationName: row.organisation_name,
      subjectName: `${row.first_name} ${row.last_name}`,
      content: (typeof row.content === 'string' ? JSON.parse(row.content) : row.content) as DisclosedContent,
      photo: photo ? { content: Buffer.from(photo.content), takenOn: photo.taken_on, uploadedAt: new Date(photo.uploaded_at).toISOString() } : null,
      recipientName: row.recipient_name,
      disclosedAt: new Date(row.disclosed_at).toISOString(),
      decidedByName: row.decided_by_name ?? '—',
      printedAt: new Date().toISOString(),
      printedByName: row.printed_by_name ?? '—',
    };
  });
  // Drawn after the commit, so the connection is not held while pdfkit works (as the safety plan does).
  return { pdf: await renderPoliceSheetPdf(printed), filename: 'informatieblad-vermissing.pdf' };
}

