// Covenants: the working agreements laid down with partners, per theme of the
// content pack content/covenants/themes.yaml, with an evaluation date.
import { z } from 'zod';
import { isoDate } from '../../../platform/http/schemas.js';
import { PARTNER_KINDS } from '../../disclosures/disclosures.options.js';

const optionalText = (max: number) => z.string().trim().max(max).default('');

export const covenantParty = z.object({
  /** A partner from the organisation's directory; or null with a name typed in. */
  partnerId: z.uuid().nullable().default(null),
  name: optionalText(200),
});

export const covenantInput = z.object({
  title: z.string().trim().min(1).max(200),
  parties: z.array(covenantParty).min(1).max(20),
  signedOn: isoDate.nullable().default(null),
  validUntil: isoDate.nullable().default(null),
  /** Where the signed document is kept: a link or a reference. */
  documentRef: optionalText(500),
  evaluationOn: isoDate,
  /** Agreements per theme; a theme left out or left empty is "not agreed yet". */
  themes: z
    .array(z.object({ code: z.string().max(60), agreements: optionalText(4000) }))
    .max(50)
    .default([]),
  notes: optionalText(4000),
});
export type CovenantInput = z.infer<typeof covenantInput>;

export const covenantUpdate = covenantInput.extend({
  updatedAt: z.iso.datetime().describe('updatedAt as last read; a different one means someone else changed it'),
});
export type CovenantUpdate = z.infer<typeof covenantUpdate>;

/** Where the evaluation stands: overdue, due within 30 days, or later. */
export const EVALUATION_STATES = ['overdue', 'due', 'later'] as const;

export const covenantOutput = z.object({
  id: z.uuid(),
  title: z.string(),
  parties: z.array(z.object({ partnerId: z.uuid().nullable(), name: z.string(), kind: z.enum(PARTNER_KINDS).nullable() })),
  signedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  documentRef: z.string().nullable(),
  evaluationOn: z.string(),
  evaluation: z.enum(EVALUATION_STATES),
  /** Days from today (Dutch time) to the evaluation; negative when overdue. */
  daysToEvaluation: z.number(),
  /** Every theme of the pack in its order, then any theme of an older version; null agreements: not agreed yet. */
  themes: z.array(z.object({ code: z.string(), agreements: z.string().nullable() })),
  themesVersion: z.string(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type CovenantOutput = z.infer<typeof covenantOutput>;

export const covenantReminder = covenantOutput.pick({ id: true, title: true, evaluationOn: true, evaluation: true, daysToEvaluation: true });

export const covenantHistoryItem = z.object({
  change: z.enum(['created', 'updated']),
  changedAt: z.string(),
  changedByName: z.string().nullable(),
  snapshot: z.record(z.string(), z.unknown()),
});
