// Reading one provider's improvement plan: its points, each with the actions
// and each action with the inspector's follow-ups. Used by the inspector's
// door and the provider's own door alike; the scope says whose rows may be
// read (the inspectorate's own, or those linked to the provider's
// organisation), on top of row-level security.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Tx } from '../../../platform/db/database.js';
import './improvement.tables.js';
import { iso } from './improvement.access.js';
import type { ActionStatus, FollowUpVerdict } from './improvement.options.js';
import type { FollowUpOutput, OwnPointOutput } from './improvement.schemas.js';

/** Whose door the read comes through: the inspectorate that owns the rows, or the linked provider. */
export type Viewer = 'inspector' | 'provider';

const today = sql<string>`(now() AT TIME ZONE 'Europe/Amsterdam')::date`;
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** The column that says the row is the viewer's to read: owned by the inspectorate, or linked to the provider. */
export const ownerColumn = (viewer: Viewer) => (viewer === 'inspector' ? ('organisation_id' as const) : ('provider_organisation_id' as const));

export function pointRows(tx: Tx) {
  return tx
    .selectFrom('improvement_points')
    .select([
      'id',
      'round_provider_id',
      'expectation_refs',
      'description',
      sql<string | null>`to_char(due_on, 'YYYY-MM-DD')`.as('due_on'),
      'created_by_name',
      'created_at',
      'updated_by_name',
      'updated_at',
    ]);
}

export function actionRows(tx: Tx) {
  return tx
    .selectFrom('improvement_actions')
    .select([
      'id',
      'point_id',
      'round_provider_id',
      'what',
      'owner_name',
      'owner_user_id',
      sql<string>`to_char(due_on, 'YYYY-MM-DD')`.as('due_on'),
      'status',
      'progress_note',
      sql<boolean>`(due_on < ${today} AND status <> 'done')`.as('overdue'),
      'created_by_name',
      'created_at',
      'updated_by_name',
      'updated_at',
    ]);
}

export function followUpRows(tx: Tx) {
  return tx
    .selectFrom('improvement_follow_ups')
    .select(['id', 'action_id', 'verdict', 'note', sql<string>`to_char(followed_up_on, 'YYYY-MM-DD')`.as('followed_up_on'), 'recorded_by_name', 'recorded_at']);
}

type PointRow = Awaited<ReturnType<ReturnType<typeof pointRows>['executeTakeFirstOrThrow']>>;
type ActionRow = Awaited<ReturnType<ReturnType<typeof actionRows>['executeTakeFirstOrThrow']>>;
type FollowUpRow = Awaited<ReturnType<ReturnType<typeof followUpRows>['executeTakeFirstOrThrow']>>;

export const presentFollowUp = (f: FollowUpRow): FollowUpOutput => ({
  id: f.id,
  verdict: f.verdict as FollowUpVerdict,
  note: f.note,
  followedUpOn: f.followed_up_on,
  recordedByName: f.recorded_by_name,
  recordedAt: iso(f.recorded_at),
});

/** An action with its follow-ups; the owner's user id only for the provider it belongs to. */
export function presentAction(a: ActionRow, followUps: FollowUpRow[], viewer: Viewer) {
  const mine = followUps.filter((f) => f.action_id === a.id).map(presentFollowUp);
  return {
    id: a.id,
    what: a.what,
    ownerName: a.owner_name,
    ...(viewer === 'provider' ? { ownerUserId: a.owner_user_id } : {}),
    dueOn: a.due_on,
    status: a.status as ActionStatus,
    progressNote: a.progress_note,
    overdue: a.overdue,
    createdByName: a.created_by_name,
    createdAt: iso(a.created_at),
    updatedByName: a.updated_by_name,
    updatedAt: iso(a.updated_at),
    followUps: mine,
    latestVerdict: mine.at(-1)?.verdict ?? null,
  };
}

export function presentPoint(p: PointRow, actions: ActionRow[], followUps: FollowUpRow[], viewer: Viewer) {
  return {
    id: p.id,
    expectationRefs: json<string[]>(p.expectation_refs),
    description: p.description,
    dueOn: p.due_on,
    createdByName: p.created_by_name,
    createdAt: iso(p.created_at),
    updatedByName: p.updated_by_name,
    updatedAt: iso(p.updated_at),
    actions: actions.filter((a) => a.point_id === p.id).map((a) => presentAction(a, followUps, viewer)),
  };
}

/**
 * The points of these provider entries with their actions and follow-ups, in
 * the order they were made. Typed as the provider's shape; for the inspector
 * the owner's user id is simply absent (the response schema has no room for it).
 */
export async function readPoints(tx: Tx, actor: Actor, viewer: Viewer, roundProviderIds: string[]): Promise<Map<string, OwnPointOutput[]>> {
  const byProvider = new Map<string, OwnPointOutput[]>(roundProviderIds.map((id) => [id, []]));
  if (roundProviderIds.length === 0) return byProvider;
  const owner = ownerColumn(viewer);
  const points = await pointRows(tx).where('round_provider_id', 'in', roundProviderIds).where(owner, '=', actor.organisationId).orderBy('created_at').orderBy('id').execute();
  const actions = await actionRows(tx).where('round_provider_id', 'in', roundProviderIds).where(owner, '=', actor.organisationId).orderBy('created_at').orderBy('id').execute();
  const followUps = await followUpRows(tx).where('round_provider_id', 'in', roundProviderIds).where(owner, '=', actor.organisationId).orderBy('recorded_at').orderBy('id').execute();
  for (const p of points) byProvider.get(p.round_provider_id)?.push(presentPoint(p, actions, followUps, viewer) as OwnPointOutput);
  return byProvider;
}
