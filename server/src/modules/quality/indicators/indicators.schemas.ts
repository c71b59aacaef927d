// What the indicator dashboard answers. Figures are the organisation's; the
// names of files not meeting an indicator are only those the viewer may open.
import { z } from 'zod';
import { INDICATOR_CODES, INDICATOR_UNITS } from './indicators.options.js';

export const trendPoint = z.object({
  /** The month, YYYY-MM. */
  month: z.string(),
  population: z.number().int(),
  met: z.number().int(),
  share: z.number().nullable(),
  /** The day the figures were measured (Dutch date): a stored month is measured the first time the dashboard was opened in it. */
  measuredOn: z.string(),
  /** The current month's live figures rather than a stored snapshot. */
  live: z.boolean(),
});

export const indicatorFigure = z.object({
  code: z.enum(INDICATOR_CODES),
  /** The ref in the quality framework pack (e.g. 2.1-i2) and its core element (2.1). */
  ref: z.string(),
  coreElementRef: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  /** Days in care before a file counts. */
  graceDays: z.number().int(),
  population: z.number().int(),
  met: z.number().int(),
  /** met / population; null when the indicator applies to nobody. */
  share: z.number().nullable(),
  notMet: z.object({
    /** Files not meeting it that the viewer may open, by name (at most NOT_MET_LIST_LIMIT). */
    files: z.array(z.object({ youthId: z.string(), name: z.string() })),
    /** All files not meeting it that the viewer may open (can be more than are named). */
    openable: z.number().int(),
    /** Files (or, for staff, people) not meeting it that the viewer may not open: a count only. */
    hidden: z.number().int(),
  }),
  /** The last months, oldest first; months nobody measured are left out. */
  trend: z.array(trendPoint),
});

export const indicatorsOutput = z.object({
  computedAt: z.string(),
  frameworkVersion: z.string(),
  /** Open files of the organisation: zero means there is nothing to measure yet. */
  openFiles: z.number().int(),
  /** The months the trend covers, YYYY-MM, oldest first, the current one last. */
  months: z.array(z.string()),
  indicators: z.array(indicatorFigure),
});

export type IndicatorFigure = z.infer<typeof indicatorFigure>;
export type IndicatorsOutput = z.infer<typeof indicatorsOutput>;
export type TrendPoint = z.infer<typeof trendPoint>;
