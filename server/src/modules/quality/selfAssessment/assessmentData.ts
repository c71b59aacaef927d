// Reading an assessment as the screen, the PDF and the history show it: its
// header, every criterion and self-assessed indicator of the framework (in the
// framework's order) with who changed it, and the summary. Used inside a
// transaction that already passed the policy; it writes no audit event itself.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { QualityFramework } from '../../../platform/content/content.js';
import type { Tx } from '../../../platform/db/database.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import type { AssessmentOutput, CriterionOutput, IndicatorOutput } from './selfAssessment.schemas.js';
import { isOverdue, summarise } from './summary.js';
import { iso } from './selfAssessment.access.js';
import './selfAssessment.tables.js';

export async function assessmentHeader(tx: Tx, actor: Actor, id: string) {
  const row = await tx
    .selectFrom('self_assessments as a')
    .leftJoin('users as cb', 'cb.id', 'a.created_by')
    .leftJoin('users as xb', 'xb.id', 'a.closed_by')
    .leftJoin('self_assessments as prev', 'prev.id', 'a.carried_over_from')
    .select([
      'a.id',
      'a.title',
      'a.framework_version',
      sql<string>`to_char(a.started_on, 'YYYY-MM-DD')`.as('started_on'),
      'a.closed_at',
      'cb.display_name as created_by_name',
      'xb.display_name as closed_by_name',
      'prev.title as carried_over_from',
    ])
    .where('a.id', '=', id)
    .where('a.organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    title: row.title,
    frameworkVersion: row.framework_version,
    startedOn: row.started_on,
    open: row.closed_at === null,
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    closedByName: row.closed_by_name,
    createdByName: row.created_by_name,
    carriedOverFrom: row.carried_over_from,
  };
}

function criterionColumns(tx: Tx) {
  return tx
    .selectFrom('self_assessment_criteria as c')
    .leftJoin('users as o', 'o.id', 'c.owner_id')
    .leftJoin('users as u', 'u.id', 'c.updated_by')
    .leftJoin('policies as p', 'p.id', 'c.policy_id')
    .leftJoin('quality_documents as d', 'd.id', 'c.document_id')
    .select([
      'c.criterion_ref',
      'c.status',
      'c.policy_id',
      'p.title as policy_title',
      'p.version_label as policy_version',
      'p.status as policy_status',
      'c.document_id',
      'd.file_name',
      'd.mime_type',
      'd.byte_size',
      'c.owner_id',
      'o.display_name as owner_name',
      sql<string | null>`to_char(c.due_on, 'YYYY-MM-DD')`.as('due_on'),
      'c.comments',
      'c.updated_at',
      'u.display_name as updated_by_name',
    ]);
}
type CriterionRow = Awaited<ReturnType<ReturnType<typeof criterionColumns>['executeTakeFirstOrThrow']>>;

function presentCriterion(row: CriterionRow, today: string): CriterionOutput {
  return {
    ref: row.criterion_ref,
    status: row.status,
    policy: row.policy_id ? { id: row.policy_id, title: row.policy_title ?? '', versionLabel: row.policy_version ?? '', withdrawn: row.policy_status === 'withdrawn' } : null,
    document: row.document_id && row.mime_type ? { id: row.document_id, fileName: row.file_name ?? '', mimeType: row.mime_type, bytes: row.byte_size ?? 0 } : null,
    owner: row.owner_id ? { id: row.owner_id, name: row.owner_name ?? '' } : null,
    dueOn: row.due_on,
    overdue: isOverdue({ status: row.status, dueOn: row.due_on }, today),
    comments: row.comments,
    updatedAt: iso(row.updated_at),
    updatedByName: row.updated_by_name,
  };
}

function indicatorColumns(tx: Tx) {
  return tx
    .selectFrom('self_assessment_indicators as i')
    .leftJoin('users as u', 'u.id', 'i.updated_by')
    .select(['i.indicator_ref', 'i.answer', 'i.comments', 'i.updated_at', 'u.display_name as updated_by_name']);
}
type IndicatorRow = Awaited<ReturnType<ReturnType<typeof indicatorColumns>['executeTakeFirstOrThrow']>>;

const presentIndicator = (row: IndicatorRow): IndicatorOutput => ({
  ref: row.indicator_ref,
  answer: row.answer,
  comments: row.comments,
  updatedAt: iso(row.updated_at),
  updatedByName: row.updated_by_name,
});

/** Refs in the framework's order; a ref an older framework version had goes last. */
function inFrameworkOrder<T extends { ref: string }>(items: T[], order: string[]): T[] {
  const position = new Map(order.map((ref, i) => [ref, i]));
  return [...items].sort((a, b) => (position.get(a.ref) ?? order.length) - (position.get(b.ref) ?? order.length) || a.ref.localeCompare(b.ref));
}

export async function readCriterion(tx: Tx, actor: Actor, assessmentId: string, ref: string): Promise<CriterionOutput> {
  const row = await criterionColumns(tx)
    .where('c.assessment_id', '=', assessmentId)
    .where('c.criterion_ref', '=', ref)
    .where('c.organisation_id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  return presentCriterion(row, todayInNetherlands());
}

export async function readIndicator(tx: Tx, actor: Actor, assessmentId: string, ref: string): Promise<IndicatorOutput> {
  const row = await indicatorColumns(tx)
    .where('i.assessment_id', '=', assessmentId)
    .where('i.indicator_ref', '=', ref)
    .where('i.organisation_id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  return presentIndicator(row);
}

export async function loadAssessment(tx: Tx, actor: Actor, framework: QualityFramework, id: string): Promise<AssessmentOutput | undefined> {
  const header = await assessmentHeader(tx, actor, id);
  if (!header) return undefined;
  const today = todayInNetherlands();
  const criterionRows = await criterionColumns(tx).where('c.assessment_id', '=', id).where('c.organisation_id', '=', actor.organisationId).execute();
  const indicatorRows = await indicatorColumns(tx).where('i.assessment_id', '=', id).where('i.organisation_id', '=', actor.organisationId).execute();
  const criteria = inFrameworkOrder(
    criterionRows.map((row) => presentCriterion(row, today)),
    framework.coreElements.flatMap((e) => e.criteria.map((c) => c.ref)),
  );
  const indicators = inFrameworkOrder(
    indicatorRows.map(presentIndicator),
    framework.coreElements.flatMap((e) => e.indicators.map((i) => i.ref)),
  );
  const summary = summarise(framework, criteria, indicators, today);
  return { ...header, criteria, indicators, summary };
}
