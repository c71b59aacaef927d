// What a missing episode adds to the work list, as SQL over a row of files
// (alias.id is the youth): since when the youth is missing, and how many of the
// two follow-up tasks of a returned episode are still open. The safety-plan
// task counts as done as in episodes.read.ts: a version made or signed off
// after the return was recorded, or marked with a note.
import { sql, type RawBuilder } from 'kysely';

/**
 * The moment the return stood in the file: the later of the return time (a
 * form's minute) and when it was recorded. A safety-plan version counts as the
 * update only after this, so one made earlier that same minute does not.
 */
export function returnSettledSql(alias: string): RawBuilder<Date> {
  return sql<Date>`greatest(${sql.ref(`${alias}.returned_at`)},
    (SELECT max(ev.recorded_at) FROM missing_episode_events ev WHERE ev.episode_id = ${sql.ref(`${alias}.id`)} AND ev.kind = 'returned'))`;
}

export function missingSinceSql(alias: string): RawBuilder<Date | null> {
  return sql<Date | null>`(SELECT e.last_seen_at FROM missing_episodes e WHERE e.youth_id = ${sql.ref(`${alias}.id`)} AND e.status = 'open')`;
}

export function missingOpenTasksSql(alias: string): RawBuilder<number> {
  return sql<number>`(SELECT coalesce(sum(
      (CASE WHEN e.evaluation_done_at IS NULL THEN 1 ELSE 0 END)
      + (CASE WHEN e.safety_plan_marked_at IS NULL AND NOT EXISTS (
            SELECT 1 FROM safety_plans sp WHERE sp.youth_id = e.youth_id
              AND (sp.created_at > ${returnSettledSql('e')} OR sp.signed_off_at > ${returnSettledSql('e')})) THEN 1 ELSE 0 END)
    ), 0)::int
    FROM missing_episodes e WHERE e.youth_id = ${sql.ref(`${alias}.id`)} AND e.status = 'returned')`;
}
