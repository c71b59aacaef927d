// The indicator dashboard (quality framework, client-level indicators): every
// computed indicator of the pack, counted live from the organisation's files
// in one statement, with the trend of the last months and, per indicator,
// the files not meeting it that the viewer may open. Reading it is one audit
// event in the same transaction; a refusal is audited too.
//
// The first computation in a month stores that month's figures (counts only)
// as the trend's snapshot; past months cannot be recomputed from the files,
// because records are corrected in place (their history is a list of
// snapshots per record, not a state per day).
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { hasCapability } from '../../../platform/authz/roles.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { CASE_ROLES } from '../expertise/staffCoverage.js';
import type { IndicatorContext, IndicatorDefinition } from './definitions/definition.js';
import { INDICATOR_BY_CODE } from './definitions/registry.js';
import { indicatorsStatement, type IndicatorFigureRow } from './indicatorsSql.js';
import { TREND_MONTHS, type IndicatorCode } from './indicators.options.js';
import type { IndicatorFigure, IndicatorsOutput, TrendPoint } from './indicators.schemas.js';
import './indicators.tables.js';

const REFUSED = Symbol('refused');

/** The computed indicators of the pack in its order, each with its definition and the pack's refs. */
function computedIndicators(platform: Platform): { definition: IndicatorDefinition; ref: string; coreElementRef: string }[] {
  return platform.content.qualityFramework.coreElements.flatMap((element) =>
    element.indicators.flatMap((indicator) => {
      if (indicator.answeredBy !== 'computed') return [];
      const definition = INDICATOR_BY_CODE.get(indicator.code as IndicatorCode);
      // A pack naming a code Baken does not compute leaves it out rather than guessing.
      return definition ? [{ definition, ref: indicator.ref, coreElementRef: element.ref }] : [];
    }),
  );
}

/** YYYY-MM of the month `back` months before the month of `today`. */
export function monthBefore(today: string, back: number): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1 - back;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${y}-${String(m + 1).padStart(2, '0')}`;
}

function share(met: number, population: number): number | null {
  return population === 0 ? null : met / population;
}

function parseListed(listed: IndicatorFigureRow['listed']): { youthId: string; firstName: string; lastName: string }[] {
  if (!listed) return [];
  return typeof listed === 'string' ? JSON.parse(listed) : listed;
}

interface SnapshotRow {
  month: string;
  code: string;
  population: number;
  met: number;
  measured_on: string;
}

async function compute(platform: Platform, tx: Tx, actor: Actor, today: string, withNames: boolean) {
  const indicators = computedIndicators(platform);
  const context: IndicatorContext = {
    today: sql<string>`${today}::date`,
    structuredInstruments: platform.content.instruments.riskAssessments.filter((r) => r.structured).map((r) => r.code),
    caseRoles: CASE_ROLES,
  };
  const { rows } = await indicatorsStatement(
    actor,
    indicators.map((i) => i.definition),
    context,
    { withNames },
  ).execute(tx);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const { rows: open } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM youths WHERE organisation_id = ${actor.organisationId} AND closed_on IS NULL`.execute(tx);
  return { indicators, byCode, openFiles: Number(open[0]?.n ?? 0) };
}

/**
 * The trend's stored months, and this month's snapshot written when it is not
 * there yet (counts only; ON CONFLICT: two first readers at once store one).
 */
async function trendSnapshots(platform: Platform, tx: Tx, actor: Actor, today: string, live: Map<string, { population: number; met: number }>) {
  const first = `${monthBefore(today, TREND_MONTHS - 1)}-01`;
  const current = `${today.slice(0, 7)}-01`;
  const { rows } = await sql<SnapshotRow>`
    SELECT to_char(month, 'YYYY-MM') AS month, code, population, met,
      (measured_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS measured_on
    FROM indicator_snapshots
    WHERE organisation_id = ${actor.organisationId} AND month >= ${first}::date
    ORDER BY month`.execute(tx);
  const stored = new Set(rows.filter((r) => r.month === current.slice(0, 7)).map((r) => r.code));
  const missing = [...live].filter(([code]) => !stored.has(code));
  if (missing.length > 0) {
    await tx
      .insertInto('indicator_snapshots')
      .values(
        missing.map(([code, figures]) => ({
          organisation_id: actor.organisationId,
          month: current,
          code,
          framework_version: platform.content.qualityFramework.version,
          population: figures.population,
          met: figures.met,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return rows;
}

/** Runs the work for a reader of quality figures; anyone else is refused, and the refusal audited. */
async function asQualityReader<T>({ database }: Platform, actor: Actor, work: (tx: Tx) => Promise<T>): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    if (!hasCapability(actor.roles, 'quality.read')) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'qualityIndicators', details: { attempted: 'quality.read' } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

/**
 * Every computed indicator of the organisation, live, for this viewer: the
 * figures, the trend, and the files not meeting each indicator that the
 * viewer may open (the rest counted). Also for the self-assessment, which
 * shows the computed answers beside the questions.
 */
export function computeIndicators(platform: Platform, actor: Actor): Promise<IndicatorsOutput> {
  return readIndicators(platform, actor, 'dashboard');
}

/** The same figures for a spreadsheet: counts only, no file is named. */
export function exportIndicators(platform: Platform, actor: Actor): Promise<IndicatorsOutput> {
  return readIndicators(platform, actor, 'csv');
}

function readIndicators(platform: Platform, actor: Actor, format: 'dashboard' | 'csv'): Promise<IndicatorsOutput> {
  return asQualityReader(platform, actor, async (tx) => {
    const today = todayInNetherlands();
    const { indicators, byCode, openFiles } = await compute(platform, tx, actor, today, format === 'dashboard');
    const live = new Map(indicators.map(({ definition }) => {
      const row = byCode.get(definition.code);
      return [definition.code as string, { population: row?.population ?? 0, met: row?.met ?? 0 }];
    }));
    const snapshots = await trendSnapshots(platform, tx, actor, today, live);
    const months = Array.from({ length: TREND_MONTHS }, (_, i) => monthBefore(today, TREND_MONTHS - 1 - i));
    const currentMonth = today.slice(0, 7);

    const figures: IndicatorFigure[] = indicators.map(({ definition, ref, coreElementRef }) => {
      const row = byCode.get(definition.code);
      const population = row?.population ?? 0;
      const met = row?.met ?? 0;
      const trend: TrendPoint[] = snapshots
        .filter((s) => s.code === definition.code && s.month !== currentMonth)
        .map((s) => ({ month: s.month, population: s.population, met: s.met, share: share(s.met, s.population), measuredOn: s.measured_on, live: false }));
      trend.push({ month: currentMonth, population, met, share: share(met, population), measuredOn: today, live: true });
      return {
        code: definition.code,
        ref,
        coreElementRef,
        unit: definition.unit,
        graceDays: definition.graceDays,
        population,
        met,
        share: share(met, population),
        notMet: {
          files: parseListed(row?.listed ?? null).map((f) => ({ youthId: f.youthId, name: `${f.firstName} ${f.lastName}` })),
          openable: row?.not_met_openable ?? 0,
          hidden: row?.not_met_hidden ?? 0,
        },
        trend,
      };
    });
    await recordAudit(tx, actor, {
      action: 'qualityIndicators.read',
      recordType: 'qualityIndicators',
      details: {
        openFiles,
        indicators: figures.length,
        // How many files were named to this viewer: a read of case data, in counts.
        named: figures.reduce((n, f) => n + f.notMet.files.length, 0),
        ...(format === 'csv' ? { format } : {}),
      },
    });
    return { computedAt: new Date().toISOString(), frameworkVersion: platform.content.qualityFramework.version, openFiles, months, indicators: figures };
  });
}
