// Answering the self-assessment: where the organisation stands on one
// criterion (status, evidence, owner, due date, comments) and the answer to one
// indicator the case files cannot answer. Each save names the version it was
// made against (EDIT_CONFLICT otherwise), checks every rule at once, keeps a
// snapshot in the history and is audited in the same transaction.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import type { FieldMessageKey } from '../../../platform/i18n/fieldMessages.js';
import { inSelfAssessment, iso, json, sameVersion } from './selfAssessment.access.js';
import { readCriterion, readIndicator } from './assessmentData.js';
import type { CriterionInput, CriterionOutput, IndicatorInput, IndicatorOutput } from './selfAssessment.schemas.js';
import { STATUSES_NEEDING_EVIDENCE } from './selfAssessment.options.js';

type Problem = { path: string; key: FieldMessageKey };

/** The assessment, when it is this organisation's and still open. */
async function openAssessment(tx: Tx, actor: Actor, id: string) {
  const assessment = await tx.selectFrom('self_assessments').select(['id', 'closed_at']).where('id', '=', id).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
  if (!assessment) throw new AppError('NOT_FOUND');
  if (assessment.closed_at !== null) throw new AppError('ASSESSMENT_CLOSED');
}

/** The rules a criterion's answer must keep, all checked at once; the stored row says what was already there. */
export async function criterionProblems(
  tx: Tx,
  actor: Actor,
  input: CriterionInput,
  stored: { owner_id: string | null; policy_id: string | null; document_id: string | null },
): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (STATUSES_NEEDING_EVIDENCE.includes(input.status) && !input.policyId && !input.documentId) problems.push({ path: 'evidence', key: 'evidenceRequired' });
  if (input.status === 'beingArranged') {
    if (!input.ownerId) problems.push({ path: 'ownerId', key: 'ownerRequiredWhileArranging' });
    if (!input.dueOn) problems.push({ path: 'dueOn', key: 'dueOnRequiredWhileArranging' });
  }
  // A choice that was already there stays valid (an owner who left since, a policy withdrawn since); a new one must be current.
  if (input.ownerId && input.ownerId !== stored.owner_id) {
    const owner = await tx.selectFrom('users').select('id').where('id', '=', input.ownerId).where('organisation_id', '=', actor.organisationId).where('active', '=', true).executeTakeFirst();
    if (!owner) problems.push({ path: 'ownerId', key: 'unknownOwner' });
  }
  if (input.policyId && input.policyId !== stored.policy_id) {
    const policy = await tx.selectFrom('policies').select('id').where('id', '=', input.policyId).where('organisation_id', '=', actor.organisationId).where('status', '=', 'current').executeTakeFirst();
    if (!policy) problems.push({ path: 'policyId', key: 'unknownPolicy' });
  }
  if (input.documentId && input.documentId !== stored.document_id) {
    const document = await tx
      .selectFrom('self_assessment_evidence')
      .select('document_id')
      .where('document_id', '=', input.documentId)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (!document) problems.push({ path: 'documentId', key: 'unknownEvidenceDocument' });
  }
  return problems;
}

async function keepSnapshot(tx: Tx, actor: Actor, assessmentId: string, ref: string, snapshot: Record<string, unknown>) {
  await tx
    .insertInto('self_assessment_history')
    .values({ organisation_id: actor.organisationId, assessment_id: assessmentId, item_ref: ref, change: 'updated', snapshot: JSON.stringify(snapshot), changed_by: actor.userId })
    .execute();
}

export function saveCriterion(platform: Platform, actor: Actor, assessmentId: string, ref: string, input: CriterionInput): Promise<CriterionOutput> {
  return inSelfAssessment(platform, actor, 'manage', 'selfAssessment.criterionUpdated', async (tx) => {
    await openAssessment(tx, actor, assessmentId);
    const stored = await tx
      .selectFrom('self_assessment_criteria')
      .select(['id', 'owner_id', 'policy_id', 'document_id', 'updated_at'])
      .where('assessment_id', '=', assessmentId)
      .where('criterion_ref', '=', ref)
      .where('organisation_id', '=', actor.organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!stored) throw new AppError('NOT_FOUND');
    if (!sameVersion(stored.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
    const problems = await criterionProblems(tx, actor, input, stored);
    if (problems.length > 0) throw new FieldRuleError(problems);
    await tx
      .updateTable('self_assessment_criteria')
      .set({
        status: input.status,
        policy_id: input.policyId,
        document_id: input.documentId,
        owner_id: input.ownerId,
        due_on: input.dueOn,
        comments: input.comments,
        updated_by: actor.userId,
        updated_at: sql<string>`now()`,
      })
      .where('id', '=', stored.id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    const criterion = await readCriterion(tx, actor, assessmentId, ref);
    const { updatedAt: _at, updatedByName: _by, overdue: _overdue, ...kept } = criterion;
    await keepSnapshot(tx, actor, assessmentId, ref, kept);
    await recordAudit(tx, actor, {
      action: 'selfAssessment.criterionUpdated',
      recordType: 'selfAssessment',
      recordId: assessmentId,
      details: { ref, status: input.status, policy: !!input.policyId, document: !!input.documentId, dueOn: input.dueOn },
    });
    return criterion;
  });
}

export function saveIndicator(platform: Platform, actor: Actor, assessmentId: string, ref: string, input: IndicatorInput): Promise<IndicatorOutput> {
  return inSelfAssessment(platform, actor, 'manage', 'selfAssessment.indicatorUpdated', async (tx) => {
    await openAssessment(tx, actor, assessmentId);
    // Only indicators asked in the self-assessment have a row; a computed one is answered by the files.
    const stored = await tx
      .selectFrom('self_assessment_indicators')
      .select(['id', 'updated_at'])
      .where('assessment_id', '=', assessmentId)
      .where('indicator_ref', '=', ref)
      .where('organisation_id', '=', actor.organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!stored) throw new AppError('NOT_FOUND');
    if (!sameVersion(stored.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
    await tx
      .updateTable('self_assessment_indicators')
      .set({ answer: input.answer, comments: input.comments, updated_by: actor.userId, updated_at: sql<string>`now()` })
      .where('id', '=', stored.id)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    const indicator = await readIndicator(tx, actor, assessmentId, ref);
    await keepSnapshot(tx, actor, assessmentId, ref, { answer: indicator.answer, comments: indicator.comments });
    await recordAudit(tx, actor, { action: 'selfAssessment.indicatorUpdated', recordType: 'selfAssessment', recordId: assessmentId, details: { ref, answer: input.answer } });
    return indicator;
  });
}

/** Every change of one criterion or indicator in this assessment, newest first. */
export function readItemHistory(platform: Platform, actor: Actor, assessmentId: string, ref: string) {
  return inSelfAssessment(platform, actor, 'read', 'selfAssessment.historyRead', async (tx) => {
    const assessment = await tx.selectFrom('self_assessments').select('id').where('id', '=', assessmentId).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
    if (!assessment) throw new AppError('NOT_FOUND');
    const rows = await tx
      .selectFrom('self_assessment_history as h')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.change', 'h.snapshot', 'h.changed_at', 'u.display_name'])
      .where('h.assessment_id', '=', assessmentId)
      .where('h.item_ref', '=', ref)
      .where('h.organisation_id', '=', actor.organisationId)
      .orderBy('h.id', 'desc')
      .limit(200)
      .execute();
    await recordAudit(tx, actor, { action: 'selfAssessment.historyRead', recordType: 'selfAssessment', recordId: assessmentId, details: { ref } });
    return rows.map((r) => ({ change: r.change, changedAt: iso(r.changed_at), changedByName: r.display_name, snapshot: json<Record<string, unknown>>(r.snapshot) }));
  });
}
