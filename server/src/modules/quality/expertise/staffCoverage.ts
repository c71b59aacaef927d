// Per member of staff with a case role: do they have relevant training, and a
// registration valid on the given day. The indicators part computes indicator
// staffTraining (quality framework 003 §1.4) from this; the expertise page
// counts its team ratios from the same rows, so both say the same thing.
//
// "A case role" is any role that grants caseData.access (roles.ts decides);
// "relevant training" is a training, not withdrawn, completed on or before the
// day, with at least one topic (every topic code is exploitation-relevant);
// "registered" is a registration, not withdrawn, with registered_from <= day <= expires_on.
import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/database.js';
import { ROLES, hasCapability } from '../../../platform/authz/roles.js';
import './expertise.tables.js';

export const CASE_ROLES: readonly string[] = ROLES.filter((role) => hasCapability([role], 'caseData.access'));

export interface StaffCoverageRow {
  userId: string;
  displayName: string;
  /** Teams the person belongs to (ids); empty when in none. */
  teamIds: string[];
  hasRelevantTraining: boolean;
  hasAccreditedRelevantTraining: boolean;
  registeredOn: boolean;
}

/**
 * Active users of the organisation in scope with a case role, with their
 * training and registration facts on `day` ('YYYY-MM-DD'). Run inside
 * database.inOrganisation; this reads personal data of staff, so the caller
 * audits the read (or only passes aggregates on, as an indicator does).
 */
export async function staffTrainingCoverage(tx: Tx, day: string): Promise<StaffCoverageRow[]> {
  const rows = await tx
    .selectFrom('users as u')
    .where('u.active', '=', true)
    .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', [...CASE_ROLES])))
    .select((eb) => [
      'u.id',
      'u.display_name',
      sql<string[]>`coalesce((SELECT array_agg(tm.team_id::text ORDER BY tm.team_id) FROM team_members tm WHERE tm.user_id = u.id), '{}')`.as('team_ids'),
      eb
        .exists(
          eb
            .selectFrom('staff_trainings as t')
            .select('t.id')
            .whereRef('t.user_id', '=', 'u.id')
            .where('t.withdrawn_at', 'is', null)
            .where('t.completed_on', '<=', day)
            .where(sql<boolean>`cardinality(t.topics) > 0`),
        )
        .as('relevant'),
      eb
        .exists(
          eb
            .selectFrom('staff_trainings as t')
            .select('t.id')
            .whereRef('t.user_id', '=', 'u.id')
            .where('t.withdrawn_at', 'is', null)
            .where('t.completed_on', '<=', day)
            .where('t.accredited', '=', true)
            .where(sql<boolean>`cardinality(t.topics) > 0`),
        )
        .as('accredited'),
      eb
        .exists(
          eb
            .selectFrom('professional_registrations as p')
            .select('p.id')
            .whereRef('p.user_id', '=', 'u.id')
            .where('p.withdrawn_at', 'is', null)
            .where('p.registered_from', '<=', day)
            .where('p.expires_on', '>=', day),
        )
        .as('registered'),
    ])
    .orderBy('u.display_name')
    .execute();
  return rows.map((row) => ({
    userId: row.id,
    displayName: row.display_name,
    teamIds: row.team_ids,
    hasRelevantTraining: Boolean(row.relevant),
    hasAccreditedRelevantTraining: Boolean(row.accredited),
    registeredOn: Boolean(row.registered),
  }));
}
