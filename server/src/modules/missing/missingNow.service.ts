// Youths missing now, among the files the user may open (a designated officer:
// every file of the organisation). Urgent first, then the longest missing.
// Computed by SQL; the names it shows are a read of those files, audited as one
// event that names them.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { hasCapability } from '../../platform/authz/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import type { MissingNowItem } from './missing.schemas.js';
import type { UrgencyAnswer } from './urgency.js';
import './missing.tables.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export async function readMissingNow({ database }: Platform, actor: Actor): Promise<MissingNowItem[]> {
  if (!hasCapability(actor.roles, 'caseData.access')) throw new AppError('FORBIDDEN');
  const all = hasCapability(actor.roles, 'caseFile.readAllInOrganisation');
  return database.inOrganisation(actor.organisationId, async (tx) => {
    const { rows } = await sql<{
      id: string;
      youth_id: string;
      first_name: string;
      last_name: string;
      date_of_birth: string;
      last_seen_at: Date;
      last_seen_place: string;
      urgency_criteria: unknown;
      emergency_call_at: Date | null;
      police_report_at: Date | null;
      police_reference: string | null;
      transferred_to: string | null;
    }>`
      SELECT e.id, e.youth_id, y.first_name, y.last_name, y.date_of_birth::text, e.last_seen_at, e.last_seen_place, e.urgency_criteria,
        e.emergency_call_at, e.police_report_at, e.police_reference, e.transferred_to
      FROM missing_episodes e
      JOIN youths y ON y.id = e.youth_id
      WHERE e.organisation_id = ${actor.organisationId} AND e.status = 'open'
        ${
          all
            ? sql``
            : sql`AND (EXISTS (SELECT 1 FROM case_team_members m WHERE m.youth_id = y.id AND m.user_id = ${actor.userId})
                    OR EXISTS (SELECT 1 FROM break_glass_grants g WHERE g.youth_id = y.id AND g.user_id = ${actor.userId} AND g.expires_at > now()))`
        }
      ORDER BY jsonb_array_length(e.urgency_criteria) > 0 DESC, e.last_seen_at ASC
      LIMIT 500`.execute(tx);
    await recordAudit(tx, actor, { action: 'missingNow.read', recordType: 'youth', details: { youthIds: rows.map((r) => r.youth_id) } });
    return rows.map((r) => {
      const urgency = (typeof r.urgency_criteria === 'string' ? JSON.parse(r.urgency_criteria) : r.urgency_criteria) as UrgencyAnswer[];
      return {
        episodeId: r.id,
        youthId: r.youth_id,
        name: `${r.first_name} ${r.last_name}`,
        dateOfBirth: r.date_of_birth,
        lastSeenAt: iso(r.last_seen_at)!,
        lastSeenPlace: r.last_seen_place,
        urgent: urgency.length > 0,
        criteria: urgency.map((u) => u.criterion),
        emergencyCallAt: iso(r.emergency_call_at),
        policeReportAt: iso(r.police_report_at),
        policeReference: r.police_reference,
        transferredTo: r.transferred_to,
      };
    });
  });
}
