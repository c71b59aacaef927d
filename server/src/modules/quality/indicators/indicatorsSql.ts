// The one statement that computes every indicator for an organisation: each
// file (and each member of staff, for 1.4) is judged against every
// definition in the registry, then counted per indicator. Whether the viewer
// may open a file is decided in the same statement by fileAccessSql, the SQL
// twin of the case-file policy, so a file the viewer may not open is only
// ever counted, never named.
//
// The files relation `f`, which every file definition reads:
//   id, first_name, last_name, living_situation, closed_on
//   active        the file is open (not closed)
//   care_start    the start of care: the placement's date, else the day the file was opened (Dutch time)
//   days_in_care  days from care_start to today
//   pl_group, pl_reasoning, pl_gender_approach   the placement record (1.1, 1.2), NULL without one
//   via           how the viewer may open the file (caseTeam, designatedOfficer, breakGlass) or NULL
// It holds the organisation's open files and the files closed in the last
// twelve months (for aftercare, 2.7). The staff relation `s` holds the
// organisation's active users with their roles. The relation `goals` holds the
// organisation's care goals (youth_id, domain, progressed: it has a progress
// report), read once for the goal indicators instead of once each.
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { fileAccessSql } from '../../caseFiles/caseFiles.policy.js';
import type { IndicatorContext, IndicatorDefinition } from './definitions/definition.js';
import { NOT_MET_LIST_LIMIT } from './indicators.options.js';

export interface IndicatorFigureRow {
  code: string;
  population: number;
  met: number;
  not_met_openable: number;
  not_met_hidden: number;
  /** Up to NOT_MET_LIST_LIMIT files not meeting it that the viewer may open, by name. */
  listed: { youthId: string; firstName: string; lastName: string }[] | string | null;
}

/**
 * Each file definition as two columns of the judged files: a<i> (in the
 * population) and m<i> (meets it). One wide row per file, counted in one
 * aggregate pass: no row per file and indicator to sort (a tall form of
 * 10,000 files times 21 indicators spilled its sort to disk and took a second).
 */
function fileColumns(definitions: readonly IndicatorDefinition[], context: IndicatorContext): RawBuilder<unknown> {
  return sql.join(
    definitions.map((d, i) => {
      const applies = d.population(context);
      return sql`(${applies}) IS TRUE AS ${sql.ref(`a${i}`)}, (${applies} AND ${d.condition(context)}) IS TRUE AS ${sql.ref(`m${i}`)}`;
    }),
  );
}

/** Each definition as a row of (code, applies, met) for one member of staff. */
function judgements(definitions: readonly IndicatorDefinition[], context: IndicatorContext): RawBuilder<unknown> {
  return sql`(VALUES ${sql.join(
    definitions.map((d) => {
      const applies = d.population(context);
      return sql`(${sql.lit(d.code)}, (${applies}) IS TRUE, (${applies} AND ${d.condition(context)}) IS TRUE)`;
    }),
  )}) AS v (code, applies, met)`;
}

export function indicatorsStatement(
  actor: Actor,
  definitions: readonly IndicatorDefinition[],
  context: IndicatorContext,
  { withNames }: { withNames: boolean },
): RawBuilder<IndicatorFigureRow> {
  const fileDefinitions = definitions.filter((d) => d.unit === 'files');
  const staffDefinitions = definitions.filter((d) => d.unit === 'staff');
  const careStart = sql`coalesce(pl.care_started_on, (y.created_at AT TIME ZONE 'Europe/Amsterdam')::date)`;
  const via = fileAccessSql(
    actor,
    sql<boolean>`y.id IN (SELECT m.youth_id FROM case_team_members m WHERE m.user_id = ${actor.userId})`,
    sql<string | null>`(SELECT g.id FROM break_glass_grants g
      WHERE g.youth_id = y.id AND g.user_id = ${actor.userId} AND g.expires_at > now() ORDER BY g.expires_at DESC LIMIT 1)`,
  );
  const listed = (i: number) =>
    withNames
      ? sql`to_json((array_agg(json_build_object('youthId', id, 'firstName', first_name, 'lastName', last_name)
        ORDER BY last_name, first_name, id) FILTER (WHERE ${sql.ref(`a${i}`)} AND NOT ${sql.ref(`m${i}`)} AND may_open))[1:${sql.lit(NOT_MET_LIST_LIMIT)}])`
      : sql`NULL::json`;
  const a = (i: number) => sql.ref(`a${i}`);
  const m = (i: number) => sql.ref(`m${i}`);
  const counts = sql.join(
    fileDefinitions.map(
      (_, i) => sql`count(*) FILTER (WHERE ${a(i)})::int AS ${sql.ref(`p${i}`)},
      count(*) FILTER (WHERE ${m(i)})::int AS ${sql.ref(`met${i}`)},
      count(*) FILTER (WHERE ${a(i)} AND NOT ${m(i)} AND may_open)::int AS ${sql.ref(`o${i}`)},
      count(*) FILTER (WHERE ${a(i)} AND NOT ${m(i)} AND NOT may_open)::int AS ${sql.ref(`h${i}`)},
      ${listed(i)} AS ${sql.ref(`l${i}`)}`,
    ),
  );
  const perCode = sql.join(
    fileDefinitions.map((d, i) => sql`(${sql.lit(d.code)}, c.${sql.ref(`p${i}`)}, c.${sql.ref(`met${i}`)}, c.${sql.ref(`o${i}`)}, c.${sql.ref(`h${i}`)}, c.${sql.ref(`l${i}`)})`),
  );
  const staffPart =
    staffDefinitions.length === 0
      ? sql``
      : sql`UNION ALL
    SELECT v.code, count(*)::int, (count(*) FILTER (WHERE v.met))::int, 0, (count(*) FILTER (WHERE NOT v.met))::int, NULL::json
    FROM s CROSS JOIN LATERAL ${judgements(staffDefinitions, context)}
    WHERE v.applies
    GROUP BY v.code`;
  return sql<IndicatorFigureRow>`
    WITH f AS (
      SELECT y.id, y.first_name, y.last_name, y.living_situation, y.closed_on,
        (y.closed_on IS NULL) AS active,
        ${careStart} AS care_start,
        (${context.today} - ${careStart}) AS days_in_care,
        pl.group_composition AS pl_group, pl.reasoning AS pl_reasoning, pl.gender_sensitive_approach AS pl_gender_approach,
        ${via} AS via
      FROM youths y
      LEFT JOIN placements pl ON pl.youth_id = y.id
      WHERE y.organisation_id = ${actor.organisationId}
        AND (y.closed_on IS NULL OR y.closed_on > (${context.today} - interval '12 months')::date)
    ),
    goals AS MATERIALIZED (
      SELECT g.youth_id, g.domain, g.id IN (SELECT p.goal_id FROM goal_progress p WHERE p.organisation_id = ${actor.organisationId}) AS progressed
      FROM care_goals g WHERE g.organisation_id = ${actor.organisationId}
    ),
    s AS (
      SELECT u.id, array_agg(r.role) AS roles
      FROM users u JOIN user_roles r ON r.user_id = u.id
      WHERE u.organisation_id = ${actor.organisationId} AND u.active
      GROUP BY u.id
    ),
    judged AS MATERIALIZED (
      SELECT f.id, f.first_name, f.last_name, f.via IS NOT NULL AS may_open, ${fileColumns(fileDefinitions, context)}
      FROM f
    ),
    counted AS (
      SELECT ${counts} FROM judged
    )
    SELECT v.code, v.population, v.met, v.not_met_openable, v.not_met_hidden, v.listed
    FROM counted c CROSS JOIN LATERAL (VALUES ${perCode}) AS v (code, population, met, not_met_openable, not_met_hidden, listed)
    WHERE v.population > 0
    ${staffPart}`;
}
