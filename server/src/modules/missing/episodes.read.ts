// Reading missing episodes as the client sees them: the episode, its
// notifications and return, the two follow-up tasks with whether they are
// done, the police sheets handed over, and the timeline. Runs inside a
// transaction whose caller has passed the file's policy.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import type { Tx } from '../../platform/db/database.js';
import type { EpisodeOutput } from './missing.schemas.js';
import type { UrgencyAnswer } from './urgency.js';
import { assessUrgency } from './urgency.js';
import { returnSettledSql } from './missingWork.js';
import './missing.tables.js';
import '../disclosures/disclosures.tables.js';

type Moment = Date | string | null;

interface EpisodeRow {
  id: string;
  youth_id: string;
  status: 'open' | 'returned';
  last_seen_at: Date | string;
  last_seen_place: string;
  circumstances: string;
  appearance: string;
  companions: string;
  urgency_criteria: unknown;
  parents_contact: string;
  guardian_contact: string;
  emergency_call_at: Moment;
  police_report_at: Moment;
  police_reference: string | null;
  parents_informed_at: Moment;
  guardian_informed_at: Moment;
  guardian_available: boolean | null;
  transferred_at: Moment;
  transferred_to: string | null;
  transfer_reason: string | null;
  transfer_police_informed_at: Moment;
  returned_at: Moment;
  found_place: string | null;
  found_by: string | null;
  return_notes: string | null;
  return_reported_at: Moment;
  everyone_informed_at: Moment;
  police_consulted_at: Moment;
  police_consulted_note: string | null;
  medical_decision_id: string | null;
  evaluation_done_at: Moment;
  evaluation_notes: string | null;
  evaluation_with_youth: boolean | null;
  safety_plan_marked_at: Moment;
  safety_plan_note: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  created_by_name: string | null;
  md_decided_on: string | null;
  md_sti_check: string | null;
  md_pregnancy_test: string | null;
  md_csg_referral: string | null;
  md_outcome: string | null;
  plan_version: number | null;
  plan_changed_at: Moment;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Moment) => (value === null ? null : iso(value));
const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * The episodes of one file, newest first, or one of them. The safety-plan task
 * counts a version made or signed off after the return as done: the
 * professional updated the plan the usual way, so nobody needs to tick it too.
 * "After" is after the return was recorded (returnSettledSql): a version from
 * the minute the form rounded the return time to must not count.
 */
export async function readEpisodes(tx: Tx, actor: Actor, youthId: string, episodeId?: string): Promise<EpisodeOutput[]> {
  const { rows } = await sql<EpisodeRow>`
    SELECT e.*, creator.display_name AS created_by_name,
      md.decided_on::text AS md_decided_on, md.sti_check AS md_sti_check, md.pregnancy_test AS md_pregnancy_test,
      md.csg_referral AS md_csg_referral, md.outcome AS md_outcome,
      plan.version AS plan_version, plan.changed_at AS plan_changed_at
    FROM missing_episodes e
    LEFT JOIN users creator ON creator.id = e.created_by
    LEFT JOIN medical_decisions md ON md.id = e.medical_decision_id
    LEFT JOIN LATERAL (
      SELECT sp.version, greatest(sp.created_at, sp.signed_off_at) AS changed_at FROM safety_plans sp
      WHERE sp.youth_id = e.youth_id AND e.returned_at IS NOT NULL
        AND (sp.created_at > ${returnSettledSql('e')} OR sp.signed_off_at > ${returnSettledSql('e')})
      ORDER BY sp.version DESC LIMIT 1
    ) plan ON true
    WHERE e.youth_id = ${youthId} AND e.organisation_id = ${actor.organisationId}
      ${episodeId ? sql`AND e.id = ${episodeId}` : sql``}
    ORDER BY e.last_seen_at DESC
    LIMIT 200`.execute(tx);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const events = await tx
    .selectFrom('missing_episode_events as ev')
    .leftJoin('users as u', 'u.id', 'ev.recorded_by')
    .select(['ev.id', 'ev.episode_id', 'ev.kind', 'ev.at', 'ev.note', 'ev.recorded_at', 'u.display_name'])
    .where('ev.episode_id', 'in', ids)
    .where('ev.organisation_id', '=', actor.organisationId)
    .orderBy('ev.at')
    .orderBy('ev.recorded_at')
    .execute();
  const sheets = await tx
    .selectFrom('disclosures')
    .select(['id', 'source_id', 'recipient_name', 'disclosed_at', 'delivered'])
    .where('youth_id', '=', youthId)
    .where('organisation_id', '=', actor.organisationId)
    .where('source', '=', 'policeSheet')
    .where('source_id', 'in', ids)
    .orderBy('disclosed_at')
    .execute();
  return rows.map((r) => present(r, events.filter((e) => e.episode_id === r.id), sheets.filter((s) => s.source_id === r.id)));
}

function present(
  r: EpisodeRow,
  events: { id: string; kind: string; at: Date; note: string; recorded_at: Date; display_name: string | null }[],
  sheets: { id: string; recipient_name: string; disclosed_at: Date; delivered: boolean }[],
): EpisodeOutput {
  const urgency = parse<UrgencyAnswer[]>(r.urgency_criteria);
  const returned = r.status === 'returned' && r.returned_at !== null;
  const planDone = r.plan_version !== null || r.safety_plan_marked_at !== null;
  const evaluation =
    r.evaluation_done_at !== null ? { doneAt: iso(r.evaluation_done_at), notes: r.evaluation_notes ?? '', withYouth: r.evaluation_with_youth ?? false } : null;
  const openTasks: EpisodeOutput['openTasks'] = returned ? [...(evaluation ? [] : ['evaluation' as const]), ...(planDone ? [] : ['safetyPlan' as const])] : [];
  return {
    id: r.id,
    youthId: r.youth_id,
    status: r.status,
    lastSeenAt: iso(r.last_seen_at),
    lastSeenPlace: r.last_seen_place,
    circumstances: r.circumstances,
    appearance: r.appearance,
    companions: r.companions,
    urgency,
    urgent: assessUrgency(urgency).urgent,
    parentsContact: r.parents_contact,
    guardianContact: r.guardian_contact,
    emergencyCallAt: isoOrNull(r.emergency_call_at),
    policeReportAt: isoOrNull(r.police_report_at),
    policeReference: r.police_reference,
    parentsInformedAt: isoOrNull(r.parents_informed_at),
    guardianInformedAt: isoOrNull(r.guardian_informed_at),
    guardianAvailable: r.guardian_available,
    transfer:
      r.transferred_at !== null
        ? { at: iso(r.transferred_at), to: r.transferred_to ?? '', reason: r.transfer_reason ?? '', policeInformedAt: isoOrNull(r.transfer_police_informed_at) }
        : null,
    return: returned
      ? {
          at: iso(r.returned_at!),
          foundPlace: r.found_place ?? '',
          foundBy: r.found_by as NonNullable<EpisodeOutput['return']>['foundBy'],
          notes: r.return_notes ?? '',
          reportedAt: isoOrNull(r.return_reported_at),
          everyoneInformedAt: isoOrNull(r.everyone_informed_at),
          policeConsultedAt: isoOrNull(r.police_consulted_at),
          policeConsultedNote: r.police_consulted_note,
        }
      : null,
    medicalCheck:
      r.medical_decision_id !== null
        ? {
            recordId: r.medical_decision_id,
            decidedOn: r.md_decided_on ?? '',
            stiCheck: r.md_sti_check as never,
            pregnancyTest: r.md_pregnancy_test as never,
            csgReferral: r.md_csg_referral as never,
            outcome: r.md_outcome ?? '',
          }
        : null,
    evaluation,
    safetyPlanUpdate: {
      done: planDone,
      via: r.plan_version !== null ? 'version' : r.safety_plan_marked_at !== null ? 'note' : null,
      at: r.plan_version !== null ? isoOrNull(r.plan_changed_at) : isoOrNull(r.safety_plan_marked_at),
      version: r.plan_version,
      note: r.safety_plan_note,
    },
    openTasks,
    sheets: sheets.map((s) => ({ disclosureId: s.id, recipientName: s.recipient_name, disclosedAt: iso(s.disclosed_at), delivered: s.delivered })),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind as EpisodeOutput['events'][number]['kind'],
      at: iso(e.at),
      note: e.note,
      recordedByName: e.display_name,
      recordedAt: iso(e.recorded_at),
    })),
    createdAt: iso(r.created_at),
    createdByName: r.created_by_name,
    updatedAt: iso(r.updated_at),
  };
}
