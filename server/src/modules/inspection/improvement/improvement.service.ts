// Improvement plans (seed 004: providers asked to draw up a plan to improve the
// quality of their help). Who writes what: the inspector sets the points that
// must improve and follows up every action; the provider fills in the actions
// with an owner, a date, a status and its progress. A provider that works in
// Baken keeps its actions itself (providerView/); for one that does not, the
// inspector records the actions from the plan it sent. Every change keeps a
// snapshot in improvement_history and one audit event; reads are audited too.
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError, FieldRuleError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import type { FieldMessageKey } from '../../../platform/i18n/fieldMessages.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { applies } from '../framework.js';
import { actorName, inImprovement, inspectorsProvider, inspectorsRoundProviders, sameVersion, type RoundProvider } from './improvement.access.js';
import { actionRows, followUpRows, ownerColumn, pointRows, presentAction, presentFollowUp, presentPoint, readPoints, type Viewer } from './improvementPlan.read.js';
import type {
  ActionInput,
  ActionOutput,
  ActionUpdate,
  FollowUpInput,
  FollowUpOutput,
  ImprovementOverviewRow,
  ImprovementPlanOutput,
  PointInput,
  PointOutput,
  PointUpdate,
} from './improvement.schemas.js';

type Problem = { path: string; key: FieldMessageKey };

async function history(tx: Tx, row: { organisationId: string; roundProviderId: string }, recordType: 'point' | 'action' | 'followUp', recordId: string, change: 'created' | 'updated', snapshot: unknown, name: string) {
  await tx
    .insertInto('improvement_history')
    .values({
      organisation_id: row.organisationId,
      round_provider_id: row.roundProviderId,
      record_type: recordType,
      record_id: recordId,
      change,
      snapshot: JSON.stringify(snapshot),
      changed_by_name: name,
    })
    .execute();
}

/** The refs must be expectations of the framework that apply to this provider's kind of care; each once. */
function checkedRefs(platform: Platform, provider: RoundProvider, refs: string[]): string[] {
  const problems: Problem[] = [];
  if (refs.length === 0) problems.push({ path: 'expectationRefs', key: 'pointExpectationsMissing' });
  const seen = new Set<string>();
  refs.forEach((ref, i) => {
    if (!applies(platform.content.inspectionFramework, provider.careKind, ref)) problems.push({ path: `expectationRefs.${i}`, key: 'pointExpectationUnknown' });
    else if (seen.has(ref)) problems.push({ path: `expectationRefs.${i}`, key: 'pointExpectationTwice' });
    seen.add(ref);
  });
  if (problems.length > 0) throw new FieldRuleError(problems);
  return refs;
}

async function onePoint(tx: Tx, actor: Actor, viewer: Viewer, pointId: string) {
  const point = await tx
    .selectFrom('improvement_points')
    .select(['id', 'organisation_id', 'round_id', 'round_provider_id', 'updated_at'])
    .where('id', '=', pointId)
    .where(ownerColumn(viewer), '=', actor.organisationId)
    .executeTakeFirst();
  if (!point) throw new AppError('NOT_FOUND');
  return point;
}

async function oneAction(tx: Tx, actor: Actor, viewer: Viewer, actionId: string) {
  const action = await tx
    .selectFrom('improvement_actions')
    .select(['id', 'organisation_id', 'round_provider_id', 'point_id', 'updated_at'])
    .where('id', '=', actionId)
    .where(ownerColumn(viewer), '=', actor.organisationId)
    .executeTakeFirst();
  if (!action) throw new AppError('NOT_FOUND');
  return action;
}

export async function readPoint(tx: Tx, actor: Actor, viewer: Viewer, pointId: string): Promise<PointOutput> {
  const point = await pointRows(tx).where('id', '=', pointId).where(ownerColumn(viewer), '=', actor.organisationId).executeTakeFirstOrThrow();
  const actions = await actionRows(tx).where('point_id', '=', pointId).orderBy('created_at').orderBy('id').execute();
  const followUps = await followUpRows(tx)
    .where('action_id', 'in', actions.length ? actions.map((a) => a.id) : ['00000000-0000-0000-0000-000000000000'])
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  return presentPoint(point, actions, followUps, viewer);
}

export async function readAction(tx: Tx, actor: Actor, viewer: Viewer, actionId: string) {
  const action = await actionRows(tx).where('id', '=', actionId).where(ownerColumn(viewer), '=', actor.organisationId).executeTakeFirstOrThrow();
  const followUps = await followUpRows(tx).where('action_id', '=', actionId).orderBy('recorded_at').orderBy('id').execute();
  return presentAction(action, followUps, viewer);
}

// ---------------------------------------------------------------- the inspector

export function readImprovementPlan(platform: Platform, actor: Actor, roundId: string, roundProviderId: string): Promise<ImprovementPlanOutput> {
  return inImprovement(platform, actor, 'conduct', 'improvementPlan.read', async (tx) => {
    const provider = await inspectorsProvider(tx, actor, roundProviderId, roundId);
    const points = (await readPoints(tx, actor, 'inspector', [provider.id])).get(provider.id) ?? [];
    await recordAudit(tx, actor, { action: 'improvementPlan.read', recordType: 'inspectionRoundProvider', recordId: provider.id, details: { points: points.length } });
    return { keptByProvider: provider.linked, points };
  });
}

export function createPoint(platform: Platform, actor: Actor, roundId: string, roundProviderId: string, input: PointInput): Promise<PointOutput> {
  return inImprovement(platform, actor, 'conduct', 'improvementPoint.created', async (tx) => {
    const provider = await inspectorsProvider(tx, actor, roundProviderId, roundId);
    const refs = checkedRefs(platform, provider, input.expectationRefs);
    const name = await actorName(tx, actor);
    const row = await tx
      .insertInto('improvement_points')
      .values({
        organisation_id: actor.organisationId,
        round_id: provider.roundId,
        round_provider_id: provider.id,
        expectation_refs: JSON.stringify(refs),
        description: input.description,
        due_on: input.dueOn,
        created_by: actor.userId,
        created_by_name: name,
        updated_by_name: name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const point = await readPoint(tx, actor, 'inspector', row.id);
    await history(tx, { organisationId: actor.organisationId, roundProviderId: provider.id }, 'point', row.id, 'created', { expectationRefs: refs, description: input.description, dueOn: input.dueOn }, name);
    await recordAudit(tx, actor, { action: 'improvementPoint.created', recordType: 'improvementPoint', recordId: row.id, details: { expectationRefs: refs } });
    return point;
  });
}

export function updatePoint(platform: Platform, actor: Actor, pointId: string, input: PointUpdate): Promise<PointOutput> {
  return inImprovement(platform, actor, 'conduct', 'improvementPoint.updated', async (tx) => {
    const existing = await onePoint(tx, actor, 'inspector', pointId);
    if (!sameVersion(existing.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
    const provider = await inspectorsProvider(tx, actor, existing.round_provider_id);
    const refs = checkedRefs(platform, provider, input.expectationRefs);
    const name = await actorName(tx, actor);
    await tx
      .updateTable('improvement_points')
      .set({ expectation_refs: JSON.stringify(refs), description: input.description, due_on: input.dueOn, updated_by_name: name, updated_at: new Date().toISOString() })
      .where('id', '=', pointId)
      .where('organisation_id', '=', actor.organisationId)
      .execute();
    await history(tx, { organisationId: actor.organisationId, roundProviderId: provider.id }, 'point', pointId, 'updated', { expectationRefs: refs, description: input.description, dueOn: input.dueOn }, name);
    await recordAudit(tx, actor, { action: 'improvementPoint.updated', recordType: 'improvementPoint', recordId: pointId, details: { expectationRefs: refs } });
    return readPoint(tx, actor, 'inspector', pointId);
  });
}

// ---------------------------------------------------------------- actions, by either side

/**
 * The owner is a colleague of the provider organisation (only the provider
 * can name one: the inspector cannot see its people) or a name typed in.
 */
async function ownerOf(tx: Tx, actor: Actor, viewer: Viewer, input: ActionInput): Promise<{ name: string; userId: string | null }> {
  if (input.ownerUserId) {
    if (viewer !== 'provider') throw new FieldRuleError([{ path: 'ownerUserId', key: 'ownerNotColleague' }]);
    const user = await tx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', '=', input.ownerUserId)
      .where('organisation_id', '=', actor.organisationId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!user) throw new FieldRuleError([{ path: 'ownerUserId', key: 'ownerNotColleague' }]);
    return { name: user.display_name, userId: user.id };
  }
  if (input.ownerName === '') throw new FieldRuleError([{ path: 'ownerName', key: 'ownerMissing' }]);
  return { name: input.ownerName, userId: null };
}

/** What a snapshot of an action holds: the provider's fields, never an id of the other organisation. */
const actionSnapshot = (input: ActionInput, owner: { name: string }) => ({
  what: input.what,
  ownerName: owner.name,
  dueOn: input.dueOn,
  status: input.status,
  progressNote: input.progressNote || null,
});

/** Adds an action to a point. The caller has checked who may (the provider for its own, the inspector for an unlinked one). */
export async function insertAction(tx: Tx, actor: Actor, viewer: Viewer, pointId: string, input: ActionInput) {
  const point = await onePoint(tx, actor, viewer, pointId);
  const owner = await ownerOf(tx, actor, viewer, input);
  const name = await actorName(tx, actor);
  const row = await tx
    .insertInto('improvement_actions')
    .values({
      // The row belongs to the inspectorate, also when the provider adds it.
      organisation_id: point.organisation_id,
      round_id: point.round_id,
      round_provider_id: point.round_provider_id,
      point_id: point.id,
      what: input.what,
      owner_name: owner.name,
      owner_user_id: owner.userId,
      due_on: input.dueOn,
      status: input.status,
      progress_note: input.progressNote || null,
      created_by: actor.userId,
      created_by_name: name,
      updated_by: actor.userId,
      updated_by_name: name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await history(tx, { organisationId: point.organisation_id, roundProviderId: point.round_provider_id }, 'action', row.id, 'created', actionSnapshot(input, owner), name);
  await recordAudit(tx, actor, { action: 'improvementAction.created', recordType: 'improvementAction', recordId: row.id, details: { status: input.status } });
  return readAction(tx, actor, viewer, row.id);
}

/** Changes an action's own fields, and only those (explicit columns: the follow-up lives elsewhere). */
export async function changeAction(tx: Tx, actor: Actor, viewer: Viewer, actionId: string, input: ActionUpdate) {
  const existing = await oneAction(tx, actor, viewer, actionId);
  if (!sameVersion(existing.updated_at, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
  const owner = await ownerOf(tx, actor, viewer, input);
  const name = await actorName(tx, actor);
  await tx
    .updateTable('improvement_actions')
    .set({
      what: input.what,
      owner_name: owner.name,
      owner_user_id: owner.userId,
      due_on: input.dueOn,
      status: input.status,
      progress_note: input.progressNote || null,
      updated_by: actor.userId,
      updated_by_name: name,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', actionId)
    .where(ownerColumn(viewer), '=', actor.organisationId)
    .execute();
  await history(tx, { organisationId: existing.organisation_id, roundProviderId: existing.round_provider_id }, 'action', actionId, 'updated', actionSnapshot(input, owner), name);
  await recordAudit(tx, actor, { action: 'improvementAction.updated', recordType: 'improvementAction', recordId: actionId, details: { status: input.status } });
  return readAction(tx, actor, viewer, actionId);
}

/** A provider in Baken keeps its own actions: the inspector records them only for one that is not. */
async function refuseWhenKeptByProvider(tx: Tx, actor: Actor, roundProviderId: string) {
  const provider = await inspectorsProvider(tx, actor, roundProviderId);
  if (provider.linked) throw new AppError('PLAN_KEPT_BY_PROVIDER');
}

export function createActionForProvider(platform: Platform, actor: Actor, pointId: string, input: ActionInput): Promise<ActionOutput> {
  return inImprovement(platform, actor, 'conduct', 'improvementAction.created', async (tx) => {
    const point = await onePoint(tx, actor, 'inspector', pointId);
    await refuseWhenKeptByProvider(tx, actor, point.round_provider_id);
    return insertAction(tx, actor, 'inspector', pointId, input);
  });
}

export function updateActionForProvider(platform: Platform, actor: Actor, actionId: string, input: ActionUpdate): Promise<ActionOutput> {
  return inImprovement(platform, actor, 'conduct', 'improvementAction.updated', async (tx) => {
    const action = await oneAction(tx, actor, 'inspector', actionId);
    await refuseWhenKeptByProvider(tx, actor, action.round_provider_id);
    return changeAction(tx, actor, 'inspector', actionId, input);
  });
}

// ---------------------------------------------------------------- the inspector's follow-up

export function recordFollowUp(platform: Platform, actor: Actor, actionId: string, input: FollowUpInput): Promise<FollowUpOutput> {
  return inImprovement(platform, actor, 'conduct', 'improvementFollowUp.recorded', async (tx) => {
    const action = await oneAction(tx, actor, 'inspector', actionId);
    const problems: Problem[] = [];
    if (input.followedUpOn > todayInNetherlands()) problems.push({ path: 'followedUpOn', key: 'dateInFuture' });
    // "Not yet sufficient" tells the provider what is still missing; that needs words.
    if (input.verdict === 'notYetSufficient' && input.note === '') problems.push({ path: 'note', key: 'followUpNoteMissing' });
    if (problems.length > 0) throw new FieldRuleError(problems);
    const name = await actorName(tx, actor);
    const row = await tx
      .insertInto('improvement_follow_ups')
      .values({
        organisation_id: actor.organisationId,
        round_provider_id: action.round_provider_id,
        action_id: action.id,
        verdict: input.verdict,
        note: input.note || null,
        followed_up_on: input.followedUpOn,
        recorded_by: actor.userId,
        recorded_by_name: name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await history(tx, { organisationId: actor.organisationId, roundProviderId: action.round_provider_id }, 'followUp', row.id, 'created', { actionId: action.id, ...input }, name);
    await recordAudit(tx, actor, { action: 'improvementFollowUp.recorded', recordType: 'improvementAction', recordId: action.id, details: { verdict: input.verdict } });
    return presentFollowUp(await followUpRows(tx).where('id', '=', row.id).executeTakeFirstOrThrow());
  });
}

// ---------------------------------------------------------------- the round's figures

/** Counts per provider of a round, computed from the plans. */
export async function improvementCounts(tx: Tx, actor: Actor, providers: RoundProvider[]): Promise<ImprovementOverviewRow[]> {
  const plans = await readPoints(tx, actor, 'inspector', providers.map((p) => p.id));
  return providers.map((provider) => {
    const points = plans.get(provider.id) ?? [];
    const actions = points.flatMap((p) => p.actions);
    const count = (test: (a: (typeof actions)[number]) => boolean) => actions.filter(test).length;
    return {
      roundProviderId: provider.id,
      providerName: provider.name,
      points: points.length,
      actions: actions.length,
      open: count((a) => a.status === 'open'),
      inProgress: count((a) => a.status === 'inProgress'),
      done: count((a) => a.status === 'done'),
      overdue: count((a) => a.overdue),
      accepted: count((a) => a.latestVerdict === 'accepted'),
      notYetSufficient: count((a) => a.latestVerdict === 'notYetSufficient'),
      closed: count((a) => a.latestVerdict === 'closed'),
      awaitingFollowUp: count((a) => a.latestVerdict === null),
    };
  });
}

export function readImprovementOverview(platform: Platform, actor: Actor, roundId: string): Promise<ImprovementOverviewRow[]> {
  return inImprovement(platform, actor, 'conduct', 'improvementPlan.overviewRead', async (tx) => {
    const providers = await inspectorsRoundProviders(tx, actor, roundId);
    if (providers.length === 0) await assertOwnRound(tx, actor, roundId);
    const rows = await improvementCounts(tx, actor, providers);
    await recordAudit(tx, actor, { action: 'improvementPlan.overviewRead', recordType: 'inspectionRound', recordId: roundId, details: { providers: rows.length } });
    return rows;
  });
}

/** A round of the inspectorate's own, or NOT_FOUND. */
export async function assertOwnRound(tx: Tx, actor: Actor, roundId: string): Promise<{ id: string; title: string }> {
  const round = await tx.selectFrom('inspection_rounds').select(['id', 'title']).where('id', '=', roundId).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
  if (!round) throw new AppError('NOT_FOUND');
  return round;
}

/** Every action of a round with its provider and point, for the spreadsheet. */
export function readImprovementExport(platform: Platform, actor: Actor, roundId: string) {
  return inImprovement(platform, actor, 'conduct', 'improvementPlan.exported', async (tx) => {
    const round = await assertOwnRound(tx, actor, roundId);
    const providers = await inspectorsRoundProviders(tx, actor, roundId);
    const plans = await readPoints(tx, actor, 'inspector', providers.map((p) => p.id));
    const rows = providers.flatMap((provider) =>
      (plans.get(provider.id) ?? []).flatMap((point) =>
        point.actions.length === 0
          ? [{ provider, point, action: null as (typeof point.actions)[number] | null }]
          : point.actions.map((action): { provider: typeof provider; point: typeof point; action: (typeof point.actions)[number] | null } => ({ provider, point, action })),
      ),
    );
    await recordAudit(tx, actor, { action: 'improvementPlan.exported', recordType: 'inspectionRound', recordId: roundId, details: { rows: rows.length } });
    return { round, rows };
  });
}
