// A case worker's start page: what needs doing in the files of their case
// teams. Computed by SQL over all their open files at once; the names it
// returns are a read of those files and are audited as one event naming them.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { hasCapability } from '../../../platform/authz/roles.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { nextReviewDueSql } from '../reviewSchedule.js';
import { missingOpenTasksSql, missingSinceSql } from '../../missing/missingWork.js';

/** A review counts as due this many days ahead. */
export const REVIEW_NOTICE_DAYS = 14;

export interface WorkItem {
  youthId: string;
  name: string;
  /** Signals awaiting discussion; or the due date of a review or safety plan. */
  count?: number;
  dueOn?: string;
  overdue?: boolean;
  /** Missing since (an open missing episode). */
  since?: string;
}

export interface WorkList {
  files: number;
  signalsToDiscuss: WorkItem[];
  reviewsDue: WorkItem[];
  safetyPlansToReview: WorkItem[];
  withoutInitialRiskAssessment: WorkItem[];
  /** Youths missing now, and returned episodes whose evaluation or safety-plan update is still open (count: open tasks). */
  missingNow: WorkItem[];
  missingFollowUp: WorkItem[];
}

export async function readWorkList({ database }: Platform, actor: Actor): Promise<WorkList> {
  if (!hasCapability(actor.roles, 'caseData.access')) throw new AppError('FORBIDDEN');
  const today = todayInNetherlands();
  return database.inOrganisation(actor.organisationId, async (tx) => {
    const { rows } = await sql<{
      id: string;
      name: string;
      new_signals: number;
      review_due: string;
      plan_review: string | null;
      has_initial: boolean;
      missing_since: Date | null;
      missing_open_tasks: number;
    }>`
      WITH mine AS (
        SELECT y.id, y.first_name || ' ' || y.last_name AS name, y.created_at
        FROM youths y
        JOIN case_team_members m ON m.youth_id = y.id AND m.user_id = ${actor.userId}
        WHERE y.organisation_id = ${actor.organisationId} AND y.closed_on IS NULL
      )
      SELECT f.id, f.name,
        (SELECT count(*)::int FROM signals s WHERE s.youth_id = f.id AND s.status = 'new') AS new_signals,
        ${nextReviewDueSql('f')} AS review_due,
        (SELECT sp.review_on::text FROM safety_plans sp WHERE sp.youth_id = f.id ORDER BY sp.version DESC LIMIT 1) AS plan_review,
        EXISTS (SELECT 1 FROM risk_assessments ra WHERE ra.youth_id = f.id AND ra.is_initial) AS has_initial,
        ${missingSinceSql('f')} AS missing_since,
        ${missingOpenTasksSql('f')} AS missing_open_tasks
      FROM mine f
      ORDER BY f.name`.execute(tx);
    await recordAudit(tx, actor, { action: 'workList.read', recordType: 'youth', details: { youthIds: rows.map((r) => r.id) } });
    const horizon = addDays(today, REVIEW_NOTICE_DAYS);
    return {
      files: rows.length,
      signalsToDiscuss: rows.filter((r) => r.new_signals > 0).map((r) => ({ youthId: r.id, name: r.name, count: r.new_signals })),
      reviewsDue: rows
        .filter((r) => r.review_due <= horizon)
        .sort((a, b) => a.review_due.localeCompare(b.review_due))
        .map((r) => ({ youthId: r.id, name: r.name, dueOn: r.review_due, overdue: r.review_due < today })),
      safetyPlansToReview: rows
        .filter((r) => r.plan_review !== null && r.plan_review < today)
        .map((r) => ({ youthId: r.id, name: r.name, dueOn: r.plan_review!, overdue: true })),
      withoutInitialRiskAssessment: rows.filter((r) => !r.has_initial).map((r) => ({ youthId: r.id, name: r.name })),
      missingNow: rows
        .filter((r) => r.missing_since !== null)
        .sort((a, b) => new Date(a.missing_since!).getTime() - new Date(b.missing_since!).getTime())
        .map((r) => ({ youthId: r.id, name: r.name, since: new Date(r.missing_since!).toISOString() })),
      missingFollowUp: rows.filter((r) => r.missing_open_tasks > 0).map((r) => ({ youthId: r.id, name: r.name, count: r.missing_open_tasks })),
    };
  });
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
