// The provider's own door to its inspections (seed 004: providers draw up a
// plan to improve). A linked provider reads its own entries only and writes
// only its own actions; the row-level policies of migrations 0013 and 0014
// say the same in the database. Every read and change is audited.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { readGoodPractices } from '../goodPractices/goodPractices.service.js';
import { inImprovement, ownParticipation, ownParticipations, type RoundProvider } from '../improvement/improvement.access.js';
import type { ActionInput, ActionUpdate } from '../improvement/improvement.schemas.js';
import { changeAction, insertAction } from '../improvement/improvement.service.js';
import { readPoints } from '../improvement/improvementPlan.read.js';
import type { JudgmentValue, RoundKind } from '../inspection.options.js';
import '../inspection.tables.js';
import type { OwnInspectionOutput, OwnInspectionSummary } from './ownInspection.schemas.js';

export const participation = ({ linked: _linked, roundId: _roundId, roundKind, ...rest }: RoundProvider) => ({ ...rest, roundKind: roundKind as RoundKind });

/** The provider's own judgments in one round entry, in the framework's order of refs. */
export async function ownJudgments(tx: Tx, actor: Actor, roundProviderId: string, viewer: 'provider' | 'inspector' = 'provider') {
  const column = viewer === 'provider' ? 'provider_organisation_id' : 'organisation_id';
  const rows = await tx
    .selectFrom('inspection_judgments')
    .select(['expectation_ref', 'judgment', 'findings'])
    .where('round_provider_id', '=', roundProviderId)
    .where(column, '=', actor.organisationId)
    .orderBy('expectation_ref')
    .execute();
  return rows.map((r) => ({ ref: r.expectation_ref, judgment: r.judgment as JudgmentValue, findings: r.findings }));
}

export function listOwnInspections(platform: Platform, actor: Actor): Promise<OwnInspectionSummary[]> {
  return inImprovement(platform, actor, 'readOwn', 'ownInspection.listed', async (tx) => {
    const entries = await ownParticipations(tx, actor);
    const plans = await readPoints(tx, actor, 'provider', entries.map((e) => e.id));
    const counts = new Map<string, { sufficient: number; insufficient: number }>();
    if (entries.length > 0) {
      const rows = await tx
        .selectFrom('inspection_judgments')
        .select([
          'round_provider_id',
          sql<number>`count(*) FILTER (WHERE judgment = 'sufficient')::int`.as('sufficient'),
          sql<number>`count(*) FILTER (WHERE judgment = 'insufficient')::int`.as('insufficient'),
        ])
        .where('provider_organisation_id', '=', actor.organisationId)
        .where('round_provider_id', 'in', entries.map((e) => e.id))
        .groupBy('round_provider_id')
        .execute();
      for (const r of rows) counts.set(r.round_provider_id, { sufficient: r.sufficient, insufficient: r.insufficient });
    }
    const result = entries.map((entry) => {
      const actions = (plans.get(entry.id) ?? []).flatMap((p) => p.actions);
      return {
        ...participation(entry),
        sufficient: counts.get(entry.id)?.sufficient ?? 0,
        insufficient: counts.get(entry.id)?.insufficient ?? 0,
        points: plans.get(entry.id)?.length ?? 0,
        actions: actions.length,
        actionsDone: actions.filter((a) => a.status === 'done').length,
        actionsOverdue: actions.filter((a) => a.overdue).length,
      };
    });
    await recordAudit(tx, actor, { action: 'ownInspection.listed', recordType: 'inspectionRoundProvider', details: { count: result.length } });
    return result;
  });
}

/** Everything of one own entry, for the page and the PDF. */
export async function ownInspectionData(tx: Tx, actor: Actor, entry: RoundProvider): Promise<OwnInspectionOutput> {
  return {
    participation: participation(entry),
    judgments: await ownJudgments(tx, actor, entry.id),
    points: (await readPoints(tx, actor, 'provider', [entry.id])).get(entry.id) ?? [],
    goodPractices: (await readGoodPractices(tx, actor, 'provider', [entry.id])).get(entry.id) ?? [],
  };
}

export function readOwnInspection(platform: Platform, actor: Actor, roundProviderId: string): Promise<OwnInspectionOutput> {
  return inImprovement(platform, actor, 'readOwn', 'ownInspection.read', async (tx) => {
    const entry = await ownParticipation(tx, actor, roundProviderId);
    const data = await ownInspectionData(tx, actor, entry);
    await recordAudit(tx, actor, { action: 'ownInspection.read', recordType: 'inspectionRoundProvider', recordId: entry.id, details: { points: data.points.length } });
    return data;
  });
}

/** Colleagues who can own an action: the active people of the provider's own organisation. */
export function listOwnActionOwners(platform: Platform, actor: Actor): Promise<{ id: string; name: string }[]> {
  return inImprovement(platform, actor, 'manageOwn', 'ownInspection.ownersRead', async (tx) => {
    const rows = await tx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('organisation_id', '=', actor.organisationId)
      .where('active', '=', true)
      .orderBy('display_name')
      .limit(1000)
      .execute();
    await recordAudit(tx, actor, { action: 'ownInspection.ownersRead', recordType: 'user', details: { count: rows.length } });
    return rows.map((r) => ({ id: r.id, name: r.display_name }));
  });
}

/** The point or action must belong to this own entry; another's does not exist. */
async function assertInEntry(tx: Tx, table: 'improvement_points' | 'improvement_actions', id: string, roundProviderId: string, actor: Actor) {
  const row = await tx
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('round_provider_id', '=', roundProviderId)
    .where('provider_organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
}

export function createOwnAction(platform: Platform, actor: Actor, roundProviderId: string, pointId: string, input: ActionInput) {
  return inImprovement(platform, actor, 'manageOwn', 'improvementAction.created', async (tx) => {
    const entry = await ownParticipation(tx, actor, roundProviderId);
    await assertInEntry(tx, 'improvement_points', pointId, entry.id, actor);
    const action = await insertAction(tx, actor, 'provider', pointId, input);
    return { ...action, ownerUserId: action.ownerUserId ?? null };
  });
}

export function updateOwnAction(platform: Platform, actor: Actor, roundProviderId: string, actionId: string, input: ActionUpdate) {
  return inImprovement(platform, actor, 'manageOwn', 'improvementAction.updated', async (tx) => {
    const entry = await ownParticipation(tx, actor, roundProviderId);
    await assertInEntry(tx, 'improvement_actions', actionId, entry.id, actor);
    const action = await changeAction(tx, actor, 'provider', actionId, input);
    return { ...action, ownerUserId: action.ownerUserId ?? null };
  });
}
