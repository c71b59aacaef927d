// Printing one version of the safety plan: everything the paper carries is
// read in one transaction with one audit event (safetyPlan.printed), which
// names what went onto the paper besides the plan (the photo, how many persons
// and places from the network analysis). The PDF is drawn after the commit,
// so the connection is not held while pdfkit works; should drawing fail, the
// trail says the data left the database for printing, which errs on the side
// of telling too much rather than too little.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { fileAudit, onCaseFile } from '../fileAccess.js';
import { columnOf } from '../records/recordKind.js';
import { SAFETY_PLAN_SECTIONS, safetyPlanKind } from '../records/kinds/safetyPlan.js';
import { latestPhoto } from './photo.service.js';
import { renderSafetyPlanPdf, type PrintedSafetyPlan } from './safetyPlanPdf.js';

type Row = Record<string, unknown>;

const DANGER_FIRST = sql`CASE classification WHEN 'dangerous' THEN 0 ELSE 1 END`;

export async function printSafetyPlan(platform: Platform, actor: Actor, youthId: string, recordId: string): Promise<{ pdf: Buffer; filename: string }> {
  const plan = await onCaseFile(platform, actor, youthId, 'read', async (tx, access): Promise<PrintedSafetyPlan> => {
    const { rows: planRows } = await sql<Row>`
      SELECT s.*, signer.display_name AS signed_off_by_name, editor.display_name AS updated_by_name,
        y.first_name, y.last_name, y.date_of_birth, o.name AS organisation_name, me.display_name AS printed_by_name
      FROM safety_plans s
      JOIN youths y ON y.id = s.youth_id
      JOIN organisations o ON o.id = s.organisation_id
      LEFT JOIN users signer ON signer.id = s.signed_off_by
      LEFT JOIN users editor ON editor.id = s.updated_by
      LEFT JOIN users me ON me.id = ${actor.userId}
      WHERE s.id = ${recordId} AND s.youth_id = ${youthId} AND s.organisation_id = ${actor.organisationId}`.execute(tx);
    const row = planRows[0];
    if (!row) throw new AppError('NOT_FOUND');
    const { rows: persons } = await sql<{ name: string; relation: string; classification: string; phones: string[]; addresses: string[]; vehicles: unknown }>`
      SELECT name, relation, classification, phones, addresses, vehicles FROM network_persons
      WHERE youth_id = ${youthId} AND organisation_id = ${actor.organisationId}
        AND NOT removed AND classification IN ('risky', 'dangerous')
      ORDER BY ${DANGER_FIRST}, name
      LIMIT 200`.execute(tx);
    const { rows: places } = await sql<{ address: string; kind: string; classification: string }>`
      SELECT address, kind, classification FROM network_places
      WHERE youth_id = ${youthId} AND organisation_id = ${actor.organisationId}
        AND NOT removed AND classification IN ('risky', 'dangerous')
      ORDER BY ${DANGER_FIRST}, address
      LIMIT 200`.execute(tx);
    const photo = await latestPhoto(tx, actor, youthId, true);
    const version = Number(row.version);
    await recordAudit(
      tx,
      actor,
      fileAudit(youthId, access.facts, access.via, {
        action: 'safetyPlan.printed',
        recordType: 'safetyPlan',
        recordId,
        details: { version, photoId: photo?.id ?? null, networkPersons: persons.length, networkPlaces: places.length },
      }),
    );
    return {
      organisationName: String(row.organisation_name),
      youth: { firstName: String(row.first_name), lastName: String(row.last_name), dateOfBirth: String(row.date_of_birth) },
      version,
      reviewOn: row.review_on ? String(row.review_on) : null,
      signedOff: row.signed_off_at ? { at: new Date(row.signed_off_at as string).toISOString(), byName: (row.signed_off_by_name as string | null) ?? '—' } : null,
      updated: { at: new Date(row.updated_at as string).toISOString(), byName: (row.updated_by_name as string | null) ?? '—' },
      sections: SAFETY_PLAN_SECTIONS.map((section) => ({ section, text: String(row[columnOf(safetyPlanKind.fields[section]).column] ?? '') })),
      photo: photo ? { content: photo.content, takenOn: photo.takenOn, uploadedAt: photo.uploadedAt } : null,
      persons: persons.map((p) => ({
        name: p.name,
        relation: p.relation,
        classification: p.classification,
        phones: p.phones ?? [],
        addresses: p.addresses ?? [],
        vehicles: (typeof p.vehicles === 'string' ? JSON.parse(p.vehicles) : (p.vehicles ?? [])) as { plate: string; description: string }[],
      })),
      places,
      printedAt: new Date().toISOString(),
      printedByName: (row.printed_by_name as string | null) ?? '—',
    };
  });
  // The name stays out of the file name: it would land in the downloads folder and the browser's history.
  return { pdf: await renderSafetyPlanPdf(plan), filename: `veiligheidsplan-v${plan.version}.pdf` };
}
