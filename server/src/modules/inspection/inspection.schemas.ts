// The API contract of inspection rounds: rounds, the providers in a round with
// their kind of care, judgments per expectation, and the round's figures.
// A provider's link to its organisation in Baken travels only as its public
// short name (bakenSlug), never as an id.
import { z } from 'zod';
import { fieldKey } from '../../platform/i18n/fieldMessages.js';
import { isoDate } from '../../platform/http/schemas.js';
import { CARE_KINDS, FIGURES, JUDGMENT_VALUES, ROUND_KINDS, ROUND_STATUSES } from './inspection.options.js';

const optionalText = (max: number) => z.string().trim().max(max).default('');
const version = z.iso.datetime().describe('updatedAt as last read; a different one means someone else changed it');

/** An expectation's ref as the pack writes it: 2.1.3, or 1-s1 where the source gives no number. */
export const expectationRef = z.string().regex(/^\d\.\d{1,2}\.\d{1,2}$|^\d-s\d{1,2}$/, fieldKey('unknownExpectation'));

export const roundInput = z.object({
  title: z.string().trim().min(1).max(200),
  kind: z.enum(ROUND_KINDS),
  description: optionalText(4000),
  periodStart: isoDate.nullable().default(null),
  periodEnd: isoDate.nullable().default(null),
});
export type RoundInput = z.infer<typeof roundInput>;

export const roundUpdate = roundInput.extend({ status: z.enum(ROUND_STATUSES), updatedAt: version });
export type RoundUpdate = z.infer<typeof roundUpdate>;

const roundFields = {
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(ROUND_KINDS),
  description: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  frameworkVersion: z.string(),
  status: z.enum(ROUND_STATUSES),
  closedAt: z.string().nullable(),
  providerCount: z.number().int(),
  /** Judgments given (sufficient or insufficient) across the round's providers. */
  judgedCount: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
};
export const roundSummary = z.object(roundFields);
export type RoundSummary = z.infer<typeof roundSummary>;

const counted = { applicable: z.number().int(), sufficient: z.number().int(), insufficient: z.number().int(), notAssessed: z.number().int() };
const themeOutcome = z.enum(['sufficient', 'insufficient', 'notAssessed']);

export const providerInput = z.object({
  name: z.string().trim().min(1).max(200),
  location: optionalText(200),
  careKind: z.enum(CARE_KINDS),
  /** The provider's public short name in Baken, when it works here; empty for none. */
  bakenSlug: z.string().trim().toLowerCase().max(60).default(''),
});
export type ProviderInput = z.infer<typeof providerInput>;

export const providerUpdate = providerInput.extend({ updatedAt: version });
export type ProviderUpdate = z.infer<typeof providerUpdate>;

export const providerOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  location: z.string().nullable(),
  careKind: z.enum(CARE_KINDS),
  variant: z.enum(['open', 'secured']),
  bakenSlug: z.string().nullable(),
  ...counted,
  themes: z.array(z.object({ ref: z.string(), ...counted, outcome: themeOutcome.nullable() })),
  updatedAt: z.string(),
});
export type ProviderOutput = z.infer<typeof providerOutput>;

export const roundOutput = roundSummary.extend({ providers: z.array(providerOutput) });
export type RoundOutput = z.infer<typeof roundOutput>;

export const judgmentInput = z.object({
  judgment: z.enum(JUDGMENT_VALUES),
  findings: optionalText(8000),
  /** null: no judgment was there when the form was read. */
  updatedAt: version.nullable(),
});
export type JudgmentInput = z.infer<typeof judgmentInput>;

export const judgmentsInput = z.object({
  judgments: z
    .array(judgmentInput.extend({ ref: expectationRef }))
    .min(1)
    .max(100),
});
export type JudgmentsInput = z.infer<typeof judgmentsInput>;

export const judgmentOutput = z.object({
  ref: z.string(),
  judgment: z.enum(JUDGMENT_VALUES),
  findings: z.string().nullable(),
  /** False for a judgment on an expectation this provider's kind of care no longer calls for (kept, not counted). */
  applies: z.boolean(),
  frameworkVersion: z.string(),
  judgedByName: z.string().nullable(),
  updatedAt: z.string(),
});

export const providerJudgmentsOutput = z.object({
  round: roundSummary.pick({ id: true, title: true, status: true, frameworkVersion: true }),
  provider: providerOutput,
  judgments: z.array(judgmentOutput),
});
export type ProviderJudgmentsOutput = z.infer<typeof providerJudgmentsOutput>;

export const providerParams = z.object({ id: z.uuid(), providerId: z.uuid() });
export const judgmentParams = providerParams.extend({ ref: expectationRef });

export const judgmentHistoryItem = z.object({
  ref: z.string(),
  change: z.enum(['created', 'updated']),
  judgment: z.enum(JUDGMENT_VALUES),
  findings: z.string().nullable(),
  changedAt: z.string(),
  changedByName: z.string().nullable(),
});

export const figuresOutput = z.object({
  round: roundSummary.pick({ id: true, title: true, status: true, frameworkVersion: true }),
  providerCount: z.number().int(),
  providersByVariant: z.object({ open: z.number().int(), secured: z.number().int() }),
  expectations: z.array(z.object({ ref: z.string(), themeRef: z.string(), ...counted })),
  themes: z.array(
    z.object({
      ref: z.string(),
      ...counted,
      inPack: z.object({ open: z.number().int(), secured: z.number().int() }),
      inSource: z.object({ open: z.number().int(), secured: z.number().int() }),
    }),
  ),
  providers: z.array(providerOutput.pick({ id: true, name: true, careKind: true, variant: true, applicable: true, sufficient: true, insufficient: true, notAssessed: true })),
});
export type FiguresOutput = z.infer<typeof figuresOutput>;

export const figureExportQuery = z.object({ figure: z.enum(FIGURES) });
