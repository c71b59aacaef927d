// The house rules a residential group shows its visitors: read by the
// colleagues of the group, written by the organisation admin. They belong to a
// team, not to a youth's file, so they go through the organisation's scope and
// this module's policy rather than onCaseFile; every read and change, and every
// refusal, still leaves one audit event in the same transaction.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { can, type HouseRulesAction } from './houseRules.policy.js';

export interface TeamHouseRules {
  teamId: string;
  teamName: string;
  rules: string;
  updatedAt: string;
}

interface Row {
  team_id: string;
  team_name: string;
  rules: string;
  updated_at: Date | string;
}

const present = (r: Row): TeamHouseRules => ({ teamId: r.team_id, teamName: r.team_name, rules: r.rules, updatedAt: new Date(r.updated_at).toISOString() });

const REFUSED = Symbol('refused');

/** Policy, then the work; a refusal is audited and commits before the error is thrown, so it stays on record. */
async function decided<T>({ database }: Platform, actor: Actor, action: HouseRulesAction, work: (tx: Tx) => Promise<T>): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    if (!can(actor, action).allowed) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'houseRules', details: { attempted: `houseRules.${action}` } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

/** The rules of the teams the actor is a member of; teams without rules are left out. */
export function readOwnHouseRules(platform: Platform, actor: Actor): Promise<TeamHouseRules[]> {
  return decided(platform, actor, 'readOwnTeams', async (tx) => {
    const { rows } = await sql<Row>`
      SELECT t.id AS team_id, t.name AS team_name, r.rules, r.updated_at
      FROM team_members m
      JOIN teams t ON t.id = m.team_id AND t.organisation_id = m.organisation_id
      JOIN team_house_rules r ON r.team_id = t.id AND r.organisation_id = t.organisation_id
      WHERE m.user_id = ${actor.userId} AND m.organisation_id = ${actor.organisationId}
      ORDER BY t.name, t.id`.execute(tx);
    await recordAudit(tx, actor, { action: 'houseRules.read', recordType: 'houseRules', details: { teamIds: rows.map((r) => r.team_id) } });
    return rows.map(present);
  });
}

/** Every team's rules, for the admin who writes them. */
export function readAllHouseRules(platform: Platform, actor: Actor): Promise<TeamHouseRules[]> {
  return decided(platform, actor, 'readAllTeams', async (tx) => {
    const { rows } = await sql<Row>`
      SELECT t.id AS team_id, t.name AS team_name, r.rules, r.updated_at
      FROM teams t
      JOIN team_house_rules r ON r.team_id = t.id AND r.organisation_id = t.organisation_id
      WHERE t.organisation_id = ${actor.organisationId}
      ORDER BY t.name, t.id`.execute(tx);
    await recordAudit(tx, actor, { action: 'houseRules.read', recordType: 'houseRules', details: { teamIds: rows.map((r) => r.team_id) } });
    return rows.map(present);
  });
}

/** Writes (or first creates) one team's rules. A team of another organisation is not found, not forbidden. */
export function writeHouseRules(platform: Platform, actor: Actor, teamId: string, rules: string): Promise<TeamHouseRules> {
  return decided(platform, actor, 'write', async (tx) => {
    const team = await tx
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('id', '=', teamId)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (!team) throw new AppError('NOT_FOUND');
    const { rows } = await sql<Row>`
      INSERT INTO team_house_rules (team_id, organisation_id, rules, updated_by, updated_at)
      VALUES (${team.id}, ${actor.organisationId}, ${rules}, ${actor.userId}, now())
      ON CONFLICT (team_id) DO UPDATE SET rules = EXCLUDED.rules, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
      RETURNING team_id, ${team.name}::text AS team_name, rules, updated_at`.execute(tx);
    await recordAudit(tx, actor, { action: 'houseRules.updated', recordType: 'team', recordId: team.id });
    return present(rows[0]!);
  });
}
