// The one way into improvement plans, good practices and reports: the policy
// decides, then the work runs in the actor's organisation (row-level security
// applies) in one transaction with its audit event. A refusal is audited and
// committed before the error is thrown. Two doors: the inspectorate's, to the
// rounds it owns; and the provider's, to the entries it is linked to and
// nothing else. Neither hands out an organisation id.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import '../inspection.tables.js';
import './improvement.tables.js';
import { can, type ImprovementAction } from './improvement.policy.js';

const REFUSED = Symbol('refused');

export async function inImprovement<T>(
  { database }: Pick<Platform, 'database'>,
  actor: Actor,
  action: ImprovementAction,
  attempted: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    if (!can(actor, action).allowed) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'improvementPlan', details: { attempted } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

/** A provider in a round, as both doors know it. */
export interface RoundProvider {
  id: string;
  roundId: string;
  roundTitle: string;
  roundKind: string;
  roundStatus: 'open' | 'closed';
  periodStart: string | null;
  periodEnd: string | null;
  frameworkVersion: string;
  name: string;
  location: string | null;
  careKind: 'open' | 'secured' | 'both';
  /** The provider works in Baken and is linked to this entry: it keeps its own actions. */
  linked: boolean;
}

function roundProviders(tx: Tx) {
  return tx
    .selectFrom('inspection_round_providers as p')
    .innerJoin('inspection_rounds as r', 'r.id', 'p.round_id')
    .select([
      'p.id',
      'p.round_id',
      'r.title as round_title',
      'r.kind as round_kind',
      'r.status as round_status',
      sql<string | null>`to_char(r.period_start, 'YYYY-MM-DD')`.as('period_start'),
      sql<string | null>`to_char(r.period_end, 'YYYY-MM-DD')`.as('period_end'),
      'r.framework_version',
      'p.name',
      'p.location',
      'p.care_kind',
      sql<boolean>`p.provider_organisation_id IS NOT NULL`.as('linked'),
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof roundProviders>['executeTakeFirstOrThrow']>>;

const present = (r: Row): RoundProvider => ({
  id: r.id,
  roundId: r.round_id,
  roundTitle: r.round_title,
  roundKind: r.round_kind,
  roundStatus: r.round_status,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  frameworkVersion: r.framework_version,
  name: r.name,
  location: r.location,
  careKind: r.care_kind,
  linked: r.linked,
});

/** A provider entry of one of the inspectorate's own rounds (of this round, when given), or NOT_FOUND. */
export async function inspectorsProvider(tx: Tx, actor: Actor, roundProviderId: string, roundId?: string): Promise<RoundProvider> {
  let query = roundProviders(tx).where('p.id', '=', roundProviderId).where('p.organisation_id', '=', actor.organisationId);
  if (roundId) query = query.where('p.round_id', '=', roundId);
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return present(row);
}

/** Every provider entry of one of the inspectorate's own rounds, by name. */
export async function inspectorsRoundProviders(tx: Tx, actor: Actor, roundId: string): Promise<RoundProvider[]> {
  const rows = await roundProviders(tx).where('p.round_id', '=', roundId).where('p.organisation_id', '=', actor.organisationId).orderBy('p.name').execute();
  return rows.map(present);
}

/** The actor's own organisation's entry in a round, or NOT_FOUND: another provider's entry does not exist for it. */
export async function ownParticipation(tx: Tx, actor: Actor, roundProviderId: string): Promise<RoundProvider> {
  const row = await roundProviders(tx).where('p.id', '=', roundProviderId).where('p.provider_organisation_id', '=', actor.organisationId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return present(row);
}

/** Every round the actor's organisation took part in, newest first. */
export async function ownParticipations(tx: Tx, actor: Actor): Promise<RoundProvider[]> {
  const rows = await roundProviders(tx).where('p.provider_organisation_id', '=', actor.organisationId).orderBy('r.created_at', 'desc').limit(200).execute();
  return rows.map(present);
}

/** The acting person's name, kept beside what they wrote: the other organisation cannot read our users. */
export async function actorName(tx: Tx, actor: Actor): Promise<string> {
  const row = await tx.selectFrom('users').select('display_name').where('id', '=', actor.userId).executeTakeFirst();
  return row?.display_name ?? '—';
}

export const iso = (value: Date | string) => new Date(value).toISOString();

/** Timestamps travel with millisecond precision; the version check compares those. */
export function sameVersion(stored: Date | string, sent: string): boolean {
  const time = new Date(sent).getTime();
  return !Number.isNaN(time) && new Date(stored).getTime() === time;
}
