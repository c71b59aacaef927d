// The self-assessment as a PDF for management and partners: read and printed
// in one transaction, with its audit event.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { inSelfAssessment } from './selfAssessment.access.js';
import { loadAssessment } from './assessmentData.js';
import { renderSelfAssessmentPdf } from './selfAssessmentPdf.js';

export async function printAssessment(platform: Platform, actor: Actor, id: string): Promise<{ pdf: Buffer; filename: string }> {
  const printed = await inSelfAssessment(platform, actor, 'read', 'selfAssessment.printed', async (tx) => {
    const framework = platform.content.qualityFramework;
    const assessment = await loadAssessment(tx, actor, framework, id);
    if (!assessment) throw new AppError('NOT_FOUND');
    const { rows } = await sql<{ organisation_name: string; printed_by: string }>`
      SELECT o.name AS organisation_name, u.display_name AS printed_by
      FROM organisations o JOIN users u ON u.organisation_id = o.id
      WHERE o.id = ${actor.organisationId} AND u.id = ${actor.userId}`.execute(tx);
    await recordAudit(tx, actor, { action: 'selfAssessment.printed', recordType: 'selfAssessment', recordId: id });
    return { organisationName: rows[0]?.organisation_name ?? '', printedByName: rows[0]?.printed_by ?? '', framework, assessment, printedAt: new Date().toISOString() };
  });
  const pdf = await renderSelfAssessmentPdf(printed);
  // The file name carries the start date, not the organisation: it lands in download folders.
  return { pdf, filename: `zelfevaluatie-${printed.assessment.startedOn}.pdf` };
}
