// What one indicator declares: its code and ref in the quality framework pack,
// what it counts, who is in its population (the denominator) and when one of
// them meets it (the numerator), both as SQL over one row of the files (or
// staff) relation. The dashboard, the CSV, the snapshots and the tests all
// read these declarations; the plain-words definitions on the dashboard
// (web/src/i18n/indicators.nl.ts) say the same, with `graceDays` filled in
// from here so the two cannot drift on a number.
//
// Conditions are written as `f.id IN (SELECT youth_id FROM ...)` over whole
// tables, not as correlated EXISTS: PostgreSQL runs such a subquery once and
// probes a hash of its result for every file, which is what keeps 10,000
// files under the dashboard's time budget (bench/, "indicators").
import { sql, type RawBuilder } from 'kysely';
import type { IndicatorCode, IndicatorUnit } from '../indicators.options.js';

export interface IndicatorContext {
  /** Today in the Netherlands (one value for the whole statement), as a date expression. */
  today: RawBuilder<string>;
  /** The risk-assessment instruments the instruments pack marks as structured. */
  structuredInstruments: readonly string[];
  /** The roles that work on case files (they hold caseData.access): the staff of indicator 1.4. */
  caseRoles: readonly string[];
}

export interface IndicatorDefinition {
  code: IndicatorCode;
  /** The indicator's ref in the quality framework pack, e.g. "2.1-i2". */
  ref: string;
  unit: IndicatorUnit;
  /** Days in care before a file counts: the time a team fairly has to get this done. */
  graceDays: number;
  /**
   * Who it applies to. For files: a boolean over `f` (see indicatorsSql.ts for
   * its columns); for staff: over `s` (s.id, a user).
   */
  population(c: IndicatorContext): RawBuilder<boolean>;
  /** When a member of the population meets it; only asked of the population. */
  condition(c: IndicatorContext): RawBuilder<boolean>;
}

/** An open file whose care started at least `days` days ago. */
export const openInCareFor = (days: number) => sql<boolean>`(f.active AND f.days_in_care >= ${sql.lit(days)})`;

/** Text that says something: not empty, not only spaces. */
export const filled = (column: string) => sql<boolean>`(btrim(coalesce(${sql.ref(column)}, '')) <> '')`;

/**
 * The files with a care goal in this domain that has at least one progress
 * report. Reads `goals` (indicatorsSql.ts: the organisation's care goals, each
 * with whether it has a progress report), built once for every goal indicator.
 */
export const goalWithProgress = (domain: string) =>
  sql<boolean>`f.id IN (SELECT g.youth_id FROM goals g WHERE g.domain = ${sql.lit(domain)} AND g.progressed)`;

/** The files with a care goal in any of these domains, whatever its status (reads `goals`, as above). */
export const goalIn = (...domains: string[]) =>
  sql<boolean>`f.id IN (SELECT g.youth_id FROM goals g WHERE g.domain IN (${sql.join(domains.map((d) => sql.lit(d)))}))`;

/**
 * The safety plan in force per file: the highest version a lead professional
 * signed off (a draft is work in progress, not yet the plan).
 */
export const planInForce = sql`(SELECT DISTINCT ON (p.youth_id) p.* FROM safety_plans p WHERE p.signed_off_at IS NOT NULL ORDER BY p.youth_id, p.version DESC)`;
