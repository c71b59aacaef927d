// The anonymised regional figures of a municipality or region (issue 7,
// point 2). The policy decides, then the counts are read in the caller's own
// organisation scope through regional_figure_counts() (migration 0022), which
// returns counts only; suppression.ts is applied here, before anything leaves
// the server. Every read and change writes its audit event in the same
// transaction; a refusal is audited and committed before the error.
import { sql } from 'kysely';
import type { Actor } from '../../platform/authz/actor.js';
import { hasCapability } from '../../platform/authz/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { csvCell } from '../disclosures/register/registerCsv.js';
import { shownText, suppressRow, type Shown } from './suppression.js';

export const MEASURES = ['signals', 'exploitationSexual', 'exploitationCriminal', 'comenshaRegistrations', 'specialisedCare', 'missingEpisodes', 'caseConferenceCases'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * Who may read the figures: a municipality's policy officer or a region's care
 * coordinator (regionalFigures.read; roles.ts hands these roles out only in
 * those kinds of organisation). Which youths count is decided in SQL from the
 * caller's own organisation: any other organisation has no codes and counts 0.
 */
export function mayReadFigures(actor: Actor): boolean {
  return hasCapability(actor.roles, 'regionalFigures.read');
}

const REFUSED = Symbol('refused');

async function inFigures<T>(database: Platform['database'], actor: Actor, attempted: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    if (!mayReadFigures(actor)) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'regionalFigures', details: { attempted } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

export interface FigureRow {
  measure: Measure;
  quarters: Shown[];
  year: Shown;
}

export interface FiguresOutput {
  year: number;
  /** The municipality codes counted; empty when none are set up (then every count is 0). */
  municipalityCodes: string[];
  rows: FigureRow[];
  funnel: {
    estimate: { value: number; source: string; updatedAt: string } | null;
    comenshaRegistrations: Shown;
    specialisedCare: Shown;
  };
}

async function codesOf(tx: Tx, actor: Actor): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    SELECT municipality_code AS code FROM organisations WHERE id = ${actor.organisationId} AND municipality_code IS NOT NULL
    UNION SELECT municipality_code FROM regional_figure_region_municipalities WHERE organisation_id = ${actor.organisationId}
    ORDER BY 1`.execute(tx);
  return rows.map((r) => r.code);
}

async function figures(tx: Tx, actor: Actor, year: number): Promise<FiguresOutput> {
  const { rows } = await sql<{ measure: Measure; quarter: number; n: number }>`SELECT measure, quarter, n FROM regional_figure_counts(${year}::integer)`.execute(tx);
  const count = (measure: Measure, quarter: number) => Number(rows.find((r) => r.measure === measure && r.quarter === quarter)?.n ?? 0);
  const figureRows: FigureRow[] = MEASURES.map((measure) => ({ measure, ...suppressRow([1, 2, 3, 4].map((q) => count(measure, q)), count(measure, 0)) }));
  const estimate = await sql<{ estimate: number; source: string; updated_at: Date | string }>`
    SELECT estimate, source, updated_at FROM regional_figure_estimates WHERE organisation_id = ${actor.organisationId} AND year = ${year}`.execute(tx);
  const e = estimate.rows[0];
  const yearOf = (m: Measure) => figureRows.find((r) => r.measure === m)!.year;
  return {
    year,
    municipalityCodes: await codesOf(tx, actor),
    rows: figureRows,
    funnel: {
      estimate: e ? { value: Number(e.estimate), source: e.source, updatedAt: new Date(e.updated_at).toISOString() } : null,
      comenshaRegistrations: yearOf('comenshaRegistrations'),
      specialisedCare: yearOf('specialisedCare'),
    },
  };
}

export function readFigures({ database }: Pick<Platform, 'database'>, actor: Actor, year: number): Promise<FiguresOutput> {
  return inFigures(database, actor, 'regionalFigures.read', async (tx) => {
    const output = await figures(tx, actor, year);
    await recordAudit(tx, actor, { action: 'regionalFigures.read', recordType: 'regionalFigures', details: { year } });
    return output;
  });
}

export function exportFigures({ database }: Pick<Platform, 'database'>, actor: Actor, year: number): Promise<FiguresOutput> {
  return inFigures(database, actor, 'regionalFigures.exported', async (tx) => {
    const output = await figures(tx, actor, year);
    await recordAudit(tx, actor, { action: 'regionalFigures.exported', recordType: 'regionalFigures', details: { year } });
    return output;
  });
}

export function saveEstimate(
  { database }: Pick<Platform, 'database'>,
  actor: Actor,
  year: number,
  input: { estimate: number; source: string },
): Promise<FiguresOutput> {
  return inFigures(database, actor, 'regionalFigures.estimateSaved', async (tx) => {
    await sql`
      INSERT INTO regional_figure_estimates (organisation_id, year, estimate, source, updated_by, updated_at)
      VALUES (${actor.organisationId}, ${year}, ${input.estimate}, ${input.source.trim()}, ${actor.userId}, now())
      ON CONFLICT (organisation_id, year) DO UPDATE SET estimate = EXCLUDED.estimate, source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = now()`.execute(tx);
    await recordAudit(tx, actor, { action: 'regionalFigures.estimateSaved', recordType: 'regionalFigures', details: { year, estimate: input.estimate } });
    return figures(tx, actor, year);
  });
}

/** The figures as CSV (semicolons, UTF-8 with BOM); suppressed counts as "< 5" or "x", as on screen. */
export function figuresCsv(output: FiguresOutput, labels: Record<Measure, string>, header: string[]): string {
  const lines = [header.map(csvCell).join(';')];
  for (const row of output.rows) lines.push([labels[row.measure], ...row.quarters.map(shownText), shownText(row.year)].map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
