// The organisation's self-assessments: the list, starting a new one (which
// closes the one before and may start from its answers), reading one, closing
// one, and the colleagues who can own a criterion. One transaction each, with
// its audit event; a closed assessment is never changed again.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { inSelfAssessment } from './selfAssessment.access.js';
import { assessmentHeader, loadAssessment } from './assessmentData.js';
import type { AssessmentListItem, AssessmentOutput, AssessmentStart } from './selfAssessment.schemas.js';
import { emptyCounts, frameworkCriteria, selfAssessedIndicators } from './summary.js';
import { CRITERION_STATUSES } from './selfAssessment.options.js';

export function listAssessments(platform: Platform, actor: Actor): Promise<AssessmentListItem[]> {
  return inSelfAssessment(platform, actor, 'read', 'selfAssessment.listed', async (tx) => {
    const ids = await tx
      .selectFrom('self_assessments')
      .select('id')
      .where('organisation_id', '=', actor.organisationId)
      .orderBy('started_on', 'desc')
      .orderBy('created_at', 'desc')
      .limit(100)
      .execute();
    // Counts per status in SQL; only refs of the current framework count, as on the assessment itself.
    const refs = frameworkCriteria(platform.content.qualityFramework).map(({ criterion }) => criterion.ref);
    const counts = ids.length
      ? await tx
          .selectFrom('self_assessment_criteria')
          .select([
            'assessment_id',
            'status',
            sql<number>`count(*)::int`.as('n'),
            sql<number>`(count(*) FILTER (WHERE due_on < ${todayInNetherlands()}::date AND status IS DISTINCT FROM 'inPractice'))::int`.as('overdue'),
          ])
          .where('organisation_id', '=', actor.organisationId)
          .where(
            'assessment_id',
            'in',
            ids.map((r) => r.id),
          )
          .where('criterion_ref', 'in', refs)
          .groupBy(['assessment_id', 'status'])
          .execute()
      : [];
    const items: AssessmentListItem[] = [];
    for (const { id } of ids) {
      const header = (await assessmentHeader(tx, actor, id))!;
      const criteria = emptyCounts();
      for (const row of counts.filter((c) => c.assessment_id === id)) {
        criteria.total += row.n;
        criteria.overdue += row.overdue;
        criteria[row.status && (CRITERION_STATUSES as readonly string[]).includes(row.status) ? row.status : 'notAssessed'] += row.n;
      }
      items.push({ ...header, criteria });
    }
    await recordAudit(tx, actor, { action: 'selfAssessment.listed', recordType: 'selfAssessment', details: { count: items.length } });
    return items;
  });
}

export function readAssessment(platform: Platform, actor: Actor, id: string): Promise<AssessmentOutput> {
  return inSelfAssessment(platform, actor, 'read', 'selfAssessment.read', async (tx) => {
    const assessment = await loadAssessment(tx, actor, platform.content.qualityFramework, id);
    if (!assessment) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'selfAssessment.read', recordType: 'selfAssessment', recordId: id });
    return assessment;
  });
}

async function closeOpen(tx: Tx, actor: Actor, id?: string): Promise<string | null> {
  let query = tx
    .updateTable('self_assessments')
    .set({ closed_at: sql<string>`now()`, closed_by: actor.userId })
    .where('organisation_id', '=', actor.organisationId)
    .where('closed_at', 'is', null);
  if (id) query = query.where('id', '=', id);
  const closed = await query.returning(['id', 'title']).executeTakeFirst();
  if (!closed) return null;
  await tx
    .insertInto('self_assessment_history')
    .values({ organisation_id: actor.organisationId, assessment_id: closed.id, item_ref: null, change: 'closed', snapshot: JSON.stringify({ title: closed.title }), changed_by: actor.userId })
    .execute();
  return closed.id;
}

export function startAssessment(platform: Platform, actor: Actor, input: AssessmentStart): Promise<AssessmentOutput> {
  return inSelfAssessment(platform, actor, 'manage', 'selfAssessment.started', async (tx) => {
    const framework = platform.content.qualityFramework;
    const previous = await tx
      .selectFrom('self_assessments')
      .select(['id', 'title'])
      .where('organisation_id', '=', actor.organisationId)
      .orderBy('started_on', 'desc')
      .orderBy('created_at', 'desc')
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
    const closedId = await closeOpen(tx, actor);
    const from = input.carryOver && previous ? previous : null;
    let assessment: { id: string };
    try {
      assessment = await tx
        .insertInto('self_assessments')
        .values({
          organisation_id: actor.organisationId,
          title: input.title,
          framework_version: framework.version,
          started_on: todayInNetherlands(),
          carried_over_from: from?.id ?? null,
          created_by: actor.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    } catch (error) {
      // Someone else started one at the same moment: the one-open index refuses the second.
      if ((error as { code?: string }).code === '23505') throw new AppError('EDIT_CONFLICT');
      throw error;
    }
    const earlierCriteria = from
      ? new Map(
          (await tx.selectFrom('self_assessment_criteria').selectAll().where('assessment_id', '=', from.id).where('organisation_id', '=', actor.organisationId).execute()).map((r) => [
            r.criterion_ref,
            r,
          ]),
        )
      : new Map();
    const earlierIndicators = from
      ? new Map(
          (await tx.selectFrom('self_assessment_indicators').selectAll().where('assessment_id', '=', from.id).where('organisation_id', '=', actor.organisationId).execute()).map((r) => [
            r.indicator_ref,
            r,
          ]),
        )
      : new Map();
    const criteria = frameworkCriteria(framework).map(({ criterion }) => {
      const earlier = earlierCriteria.get(criterion.ref);
      return {
        organisation_id: actor.organisationId,
        assessment_id: assessment.id,
        criterion_ref: criterion.ref,
        status: earlier?.status ?? null,
        policy_id: earlier?.policy_id ?? null,
        document_id: earlier?.document_id ?? null,
        owner_id: earlier?.owner_id ?? null,
        due_on: earlier?.due_on ?? null,
        comments: earlier?.comments ?? '',
        updated_by: null,
      };
    });
    await tx.insertInto('self_assessment_criteria').values(criteria).execute();
    const indicators = selfAssessedIndicators(framework).map(({ indicator }) => {
      const earlier = earlierIndicators.get(indicator.ref);
      return {
        organisation_id: actor.organisationId,
        assessment_id: assessment.id,
        indicator_ref: indicator.ref,
        answer: earlier?.answer ?? null,
        comments: earlier?.comments ?? '',
        updated_by: null,
      };
    });
    if (indicators.length) await tx.insertInto('self_assessment_indicators').values(indicators).execute();
    const history = [
      { item_ref: null, change: 'started' as const, snapshot: { title: input.title, frameworkVersion: framework.version, carriedOverFrom: from?.title ?? null } },
      ...criteria.filter((c) => c.status).map((c) => ({ item_ref: c.criterion_ref, change: 'carriedOver' as const, snapshot: { status: c.status, dueOn: c.due_on, comments: c.comments, from: from?.title } })),
      ...indicators.filter((i) => i.answer).map((i) => ({ item_ref: i.indicator_ref, change: 'carriedOver' as const, snapshot: { answer: i.answer, comments: i.comments, from: from?.title } })),
    ];
    await tx
      .insertInto('self_assessment_history')
      .values(history.map((h) => ({ organisation_id: actor.organisationId, assessment_id: assessment.id, ...h, snapshot: JSON.stringify(h.snapshot), changed_by: actor.userId })))
      .execute();
    await recordAudit(tx, actor, {
      action: 'selfAssessment.started',
      recordType: 'selfAssessment',
      recordId: assessment.id,
      details: { frameworkVersion: framework.version, carriedOver: !!from, closedPrevious: closedId !== null },
    });
    return (await loadAssessment(tx, actor, framework, assessment.id))!;
  });
}

export function closeAssessment(platform: Platform, actor: Actor, id: string): Promise<AssessmentOutput> {
  return inSelfAssessment(platform, actor, 'manage', 'selfAssessment.closed', async (tx) => {
    const header = await assessmentHeader(tx, actor, id);
    if (!header) throw new AppError('NOT_FOUND');
    if (!(await closeOpen(tx, actor, id))) throw new AppError('ASSESSMENT_CLOSED');
    await recordAudit(tx, actor, { action: 'selfAssessment.closed', recordType: 'selfAssessment', recordId: id });
    return (await loadAssessment(tx, actor, platform.content.qualityFramework, id))!;
  });
}

/** Active colleagues who can own a criterion: anyone in the organisation, by name. */
export function listOwnerCandidates(platform: Platform, actor: Actor): Promise<{ id: string; name: string }[]> {
  return inSelfAssessment(platform, actor, 'manage', 'selfAssessment.ownersRead', async (tx) => {
    const rows = await tx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('organisation_id', '=', actor.organisationId)
      .where('active', '=', true)
      .orderBy('display_name')
      .limit(1000)
      .execute();
    await recordAudit(tx, actor, { action: 'selfAssessment.ownersRead', recordType: 'selfAssessment', details: { count: rows.length } });
    return rows.map((r) => ({ id: r.id, name: r.display_name }));
  });
}
