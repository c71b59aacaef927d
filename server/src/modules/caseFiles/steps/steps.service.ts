// Where a file stands on each step of the work, from the first signal to
// aftercare: one statement of counts and dates, for the overview page, so
// every step is one click away and what is missing shows.
import { sql } from 'kysely';
import type { z } from 'zod';
import type { caseStepsSchema } from './steps.schemas.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { fileAudit, onCaseFile } from '../fileAccess.js';
import { nextReviewDueSql } from '../reviewSchedule.js';

export type CaseSteps = z.infer<typeof caseStepsSchema>;

export async function readCaseSteps(platform: Platform, actor: Actor, youthId: string): Promise<CaseSteps> {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const { rows } = await sql<Record<string, unknown>>`
      SELECT
        (SELECT count(*)::int FROM signals WHERE youth_id = y.id) AS signals_total,
        (SELECT count(*)::int FROM signals WHERE youth_id = y.id AND status = 'new') AS signals_new,
        (SELECT max(observed_on)::text FROM signals WHERE youth_id = y.id) AS signals_latest,
        (SELECT coalesce(array_agg(DISTINCT step ORDER BY step), '{}') FROM reporting_code_steps WHERE youth_id = y.id) AS code_steps,
        (SELECT count(*)::int FROM screenings WHERE youth_id = y.id) AS screenings_total,
        (SELECT max(administered_on)::text FROM screenings WHERE youth_id = y.id) AS screenings_latest,
        (SELECT count(*)::int FROM risk_assessments WHERE youth_id = y.id) AS risks_total,
        EXISTS (SELECT 1 FROM risk_assessments WHERE youth_id = y.id AND is_initial) AS risks_initial,
        r.assessed_on::text AS risks_latest,
        (r.signed_off_at IS NOT NULL) AS risks_signed,
        p.version AS plan_version,
        (p.signed_off_at IS NOT NULL) AS plan_signed,
        p.review_on::text AS plan_review,
        EXISTS (SELECT 1 FROM youth_photos WHERE youth_id = y.id) AS has_photo,
        (SELECT count(*)::int FROM network_persons WHERE youth_id = y.id AND NOT removed) AS persons,
        (SELECT count(*)::int FROM network_persons WHERE youth_id = y.id AND NOT removed AND classification IN ('risky', 'dangerous')) AS risky,
        na.last_reviewed_on::text AS network_reviewed,
        na.made_with_youth AS network_with_youth,
        (SELECT count(*)::int FROM visits WHERE youth_id = y.id) AS visits_total,
        (SELECT count(*)::int FROM visits WHERE youth_id = y.id AND NOT admitted) AS visits_refused,
        a.analysed_on::text AS analysed_on,
        (a.signed_off_at IS NOT NULL) AS analysis_signed,
        (SELECT count(*)::int FROM care_goals WHERE youth_id = y.id AND status = 'active') AS active_goals,
        (SELECT name FROM care_phases WHERE youth_id = y.id AND started_on <= current_date AND (ended_on IS NULL OR ended_on >= current_date)
           ORDER BY number DESC LIMIT 1) AS current_phase,
        ${nextReviewDueSql('y')} AS next_review,
        pl.care_started_on::text AS care_started_on,
        (SELECT count(*)::int FROM medical_decisions WHERE youth_id = y.id) AS medical_total,
        EXISTS (SELECT 1 FROM medical_decisions WHERE youth_id = y.id AND moment = 'startOfCare') AS medical_start,
        (ac.youth_id IS NOT NULL) AS aftercare_planned,
        (SELECT max(registered_at) FROM comensha_registrations WHERE youth_id = y.id) AS comensha_registered_at,
        (SELECT max(decided_on)::text FROM comensha_no_registrations WHERE youth_id = y.id) AS comensha_not_registered_on,
        ac.warm_handover_on::text AS warm_handover_on
      FROM youths y
      LEFT JOIN LATERAL (SELECT assessed_on, signed_off_at FROM risk_assessments WHERE youth_id = y.id ORDER BY assessed_on DESC, created_at DESC LIMIT 1) r ON true
      LEFT JOIN LATERAL (SELECT version, signed_off_at, review_on FROM safety_plans WHERE youth_id = y.id ORDER BY version DESC LIMIT 1) p ON true
      LEFT JOIN network_analyses na ON na.youth_id = y.id
      LEFT JOIN LATERAL (SELECT analysed_on, signed_off_at FROM care_plan_analyses WHERE youth_id = y.id ORDER BY analysed_on DESC, created_at DESC LIMIT 1) a ON true
      LEFT JOIN placements pl ON pl.youth_id = y.id
      LEFT JOIN aftercare_plans ac ON ac.youth_id = y.id
      WHERE y.id = ${youthId} AND y.organisation_id = ${actor.organisationId}`.execute(tx);
    const r = rows[0]!;
    await recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action: 'caseSteps.read' }));
    const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
    return {
      signals: { total: Number(r.signals_total), new: Number(r.signals_new), latestOn: str(r.signals_latest) },
      reportingCode: { stepsDone: (r.code_steps as number[]).map(Number) },
      screenings: { total: Number(r.screenings_total), latestOn: str(r.screenings_latest) },
      riskAssessment: { total: Number(r.risks_total), hasInitial: Boolean(r.risks_initial), latestOn: str(r.risks_latest), latestSignedOff: Boolean(r.risks_signed) },
      safetyPlan: { version: r.plan_version === null ? null : Number(r.plan_version), signedOff: Boolean(r.plan_signed), reviewOn: str(r.plan_review), hasPhoto: Boolean(r.has_photo) },
      network: { persons: Number(r.persons), risky: Number(r.risky), lastReviewedOn: str(r.network_reviewed), madeWithYouth: r.network_with_youth === null ? null : Boolean(r.network_with_youth) },
      visits: { total: Number(r.visits_total), refused: Number(r.visits_refused) },
      carePlan: {
        analysedOn: str(r.analysed_on),
        analysisSignedOff: Boolean(r.analysis_signed),
        activeGoals: Number(r.active_goals),
        currentPhase: str(r.current_phase),
        nextReviewOn: str(r.next_review),
      },
      placement: { careStartedOn: str(r.care_started_on) },
      medical: { total: Number(r.medical_total), atStartOfCare: Boolean(r.medical_start) },
      aftercare: { planned: Boolean(r.aftercare_planned), warmHandoverOn: str(r.warm_handover_on) },
      comensha: { registeredAt: r.comensha_registered_at ? new Date(r.comensha_registered_at as string).toISOString() : null, notRegisteredOn: str(r.comensha_not_registered_on) },
    };
  });
}
