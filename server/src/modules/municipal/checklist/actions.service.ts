// The action plan: for every question not answered "yes", the check's
// suggested actions (or an own action) become actions with an owner, a due
// date, a status and a progress note. Overdue: past its due date and not done.
// Every change leaves a snapshot and an audit event in the same transaction.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import type { FieldMessageKey } from '../../../platform/i18n/fieldMessages.js';
import type { MunicipalChecklist } from '../../../platform/content/content.js';
import { inChecklist, iso, sameVersion, visibleChecklist, whoIs } from './checklist.access.js';
import { GAP_ANSWERS, type ChecklistAnswer } from './checklist.options.js';
import type { ActionCreate, ActionOutput, ActionPlanOutput, ActionUpdate } from './checklist.schemas.js';
import { loadChecklist } from './checklist.service.js';
import { checkOf } from './progress.js';

const ACTION_COLUMNS = ['id', 'question_ref', 'action_code', 'title', 'owner_name', 'due_on', 'status', 'progress_note', 'updated_at'] as const;

type ActionRow = {
  id: string;
  question_ref: string;
  action_code: string | null;
  title: string;
  owner_name: string;
  due_on: string | null;
  status: ActionOutput['status'];
  progress_note: string;
  updated_at: Date;
};

export function actionOutput(row: ActionRow, today: string): ActionOutput {
  return {
    id: row.id,
    questionRef: row.question_ref,
    checkRef: checkOf(row.question_ref),
    actionCode: row.action_code,
    title: row.title,
    ownerName: row.owner_name,
    dueOn: row.due_on,
    status: row.status,
    overdue: row.due_on !== null && row.due_on < today && row.status !== 'done',
    progressNote: row.progress_note,
    updatedAt: iso(row.updated_at),
  };
}

const questionOrder = (ref: string) => ref.split('.').map(Number).reduce((a, b) => a * 100 + b, 0);

/** The plan: the gaps with the suggestions still open for each, and every action in question order. */
export async function loadActionPlan(tx: Tx, actor: Actor, pack: MunicipalChecklist, checklistId: string): Promise<ActionPlanOutput> {
  const checklist = await loadChecklist(tx, actor, pack, checklistId);
  const rows = await tx.selectFrom('municipal_checklist_actions').select([...ACTION_COLUMNS]).where('checklist_id', '=', checklistId).orderBy('created_at').orderBy('id').execute();
  const today = todayInNetherlands();
  const actions = rows.map((r) => actionOutput(r, today)).sort((a, b) => questionOrder(a.questionRef) - questionOrder(b.questionRef));
  const gaps = checklist.answers
    .filter((a): a is typeof a & { answer: ChecklistAnswer } => a.answer !== null && GAP_ANSWERS.includes(a.answer))
    .map((a) => ({
      ref: a.ref,
      checkRef: a.checkRef,
      answer: a.answer,
      suggestions: pack.checks.find((c) => c.ref === a.checkRef)!.actions.map((s) => ({ code: s.code, planned: actions.some((x) => x.questionRef === a.ref && x.actionCode === s.code) })),
    }));
  const { answers: _a, checks: _c, previousYear: _p, actionCount: _n, ...header } = checklist;
  return {
    checklist: header,
    gaps,
    actions,
    counts: {
      total: actions.length,
      open: actions.filter((a) => a.status === 'open').length,
      inProgress: actions.filter((a) => a.status === 'inProgress').length,
      done: actions.filter((a) => a.status === 'done').length,
      overdue: actions.filter((a) => a.overdue).length,
    },
  };
}

export function readActionPlan(platform: Platform, actor: Actor, checklistId: string): Promise<ActionPlanOutput> {
  return inChecklist(platform, actor, 'read', 'municipalChecklist.actionPlanRead', async (tx) => {
    const plan = await loadActionPlan(tx, actor, platform.content.municipalChecklist, checklistId);
    await recordAudit(tx, actor, { action: 'municipalChecklist.actionPlanRead', recordType: 'municipalChecklist', recordId: checklistId, details: { actions: plan.counts.total } });
    return plan;
  });
}

async function readAction(tx: Tx, checklistId: string, id: string): Promise<ActionOutput> {
  const row = await tx.selectFrom('municipal_checklist_actions').select([...ACTION_COLUMNS]).where('id', '=', id).where('checklist_id', '=', checklistId).executeTakeFirstOrThrow();
  return actionOutput(row, todayInNetherlands());
}

function snapshotOf(action: ActionOutput): Record<string, unknown> {
  const { updatedAt: _u, overdue: _o, id: _i, checkRef: _c, ...kept } = action;
  return kept;
}

export function createAction(platform: Platform, actor: Actor, checklistId: string, input: ActionCreate): Promise<ActionOutput> {
  return inChecklist(platform, actor, 'answer', 'municipalChecklist.actionCreated', async (tx) => {
    const pack = platform.content.municipalChecklist;
    const checklist = await visibleChecklist(tx, checklistId);
    const problems: { path: string; key: FieldMessageKey }[] = [];
    const answer = await tx.selectFrom('municipal_checklist_answers').select('answer').where('checklist_id', '=', checklistId).where('question_ref', '=', input.questionRef).executeTakeFirst();
    const check = pack.checks.find((c) => c.ref === checkOf(input.questionRef));
    let title = input.title;
    if (!answer || !check) problems.push({ path: 'questionRef', key: 'unknownChecklistQuestion' });
    else if (answer.answer === null || !GAP_ANSWERS.includes(answer.answer)) problems.push({ path: 'questionRef', key: 'actionNeedsGap' });
    if (input.actionCode !== null) {
      const suggestion = check?.actions.find((a) => a.code === input.actionCode);
      if (!suggestion) problems.push({ path: 'actionCode', key: 'unknownSuggestedAction' });
      else {
        if (title === '') title = suggestion.nl;
        const planned = await tx
          .selectFrom('municipal_checklist_actions')
          .select('id')
          .where('checklist_id', '=', checklistId)
          .where('question_ref', '=', input.questionRef)
          .where('action_code', '=', input.actionCode)
          .executeTakeFirst();
        if (planned) problems.push({ path: 'actionCode', key: 'actionAlreadyPlanned' });
      }
    } else if (title === '') problems.push({ path: 'title', key: 'actionTitleMissing' });
    if (problems.length > 0) throw new FieldRuleError(problems);
    const me = await whoIs(tx, actor);
    const created = await tx
      .insertInto('municipal_checklist_actions')
      .values({
        organisation_id: checklist.organisation_id,
        checklist_id: checklistId,
        question_ref: input.questionRef,
        action_code: input.actionCode,
        title,
        owner_name: input.ownerName,
        due_on: input.dueOn,
        progress_note: input.progressNote,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const action = await readAction(tx, checklistId, created.id);
    await tx
      .insertInto('municipal_checklist_history')
      .values({ organisation_id: checklist.organisation_id, checklist_id: checklistId, item_ref: created.id, change: 'actionCreated', snapshot: JSON.stringify(snapshotOf(action)), changed_by: actor.userId, changed_by_name: me.name })
      .execute();
    await recordAudit(tx, actor, {
      action: 'municipalChecklist.actionCreated',
      recordType: 'municipalChecklist',
      recordId: checklistId,
      details: { actionId: created.id, ref: input.questionRef, code: input.actionCode, dueOn: input.dueOn },
    });
    return action;
  });
}

export function updateAction(platform: Platform, actor: Actor, checklistId: string, actionId: string, input: ActionUpdate): Promise<ActionOutput> {
  return inChecklist(platform, actor, 'answer', 'municipalChecklist.actionUpdated', async (tx) => {
    const checklist = await visibleChecklist(tx, checklistId);
    const stored = await tx.selectFrom('municipal_checklist_actions').select(['id', 'action_code', 'updated_at']).where('id', '=', actionId).where('checklist_id', '=', checklistId).forUpdate().executeTakeFirst();
    if (!stored) throw new AppError('NOT_FOUND');
    if (!sameVersion(stored.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
    // A suggestion keeps its wording; an own action's title can be changed, never emptied.
    if (stored.action_code === null && input.title !== undefined && input.title === '') throw new FieldRuleError([{ path: 'title', key: 'actionTitleMissing' }]);
    const me = await whoIs(tx, actor);
    await tx
      .updateTable('municipal_checklist_actions')
      .set({
        ...(stored.action_code === null && input.title ? { title: input.title } : {}),
        owner_name: input.ownerName,
        due_on: input.dueOn,
        status: input.status,
        progress_note: input.progressNote,
        updated_at: sql<string>`clock_timestamp()`,
      })
      .where('id', '=', actionId)
      .execute();
    const action = await readAction(tx, checklistId, actionId);
    await tx
      .insertInto('municipal_checklist_history')
      .values({ organisation_id: checklist.organisation_id, checklist_id: checklistId, item_ref: actionId, change: 'actionUpdated', snapshot: JSON.stringify(snapshotOf(action)), changed_by: actor.userId, changed_by_name: me.name })
      .execute();
    await recordAudit(tx, actor, { action: 'municipalChecklist.actionUpdated', recordType: 'municipalChecklist', recordId: checklistId, details: { actionId, status: input.status, dueOn: input.dueOn } });
    return action;
  });
}
