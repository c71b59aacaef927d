// Good practices the inspector saw at a provider, in the inspector's words,
// with the theme or expectation of the framework they fit, if one.
import { z } from 'zod';
import { trimmed } from '../../../platform/http/schemas.js';

export const goodPracticeInput = z.object({
  title: trimmed(1, 200),
  description: trimmed(1, 4000),
  /** A theme ("2") or an expectation ("2.1.1") of the framework; empty when none fits. */
  ref: z.string().trim().max(20).default(''),
});
export type GoodPracticeInput = z.infer<typeof goodPracticeInput>;

export const goodPracticeUpdate = goodPracticeInput.extend({
  updatedAt: z.iso.datetime().describe('updatedAt as last read; a different one means someone else changed it'),
});
export type GoodPracticeUpdate = z.infer<typeof goodPracticeUpdate>;

export const goodPracticeOutput = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  ref: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  updatedByName: z.string(),
  updatedAt: z.string(),
});
export type GoodPracticeOutput = z.infer<typeof goodPracticeOutput>;

/** One entry of the register across rounds: the practice with where it was seen. */
export const registerEntry = goodPracticeOutput.extend({
  roundId: z.uuid(),
  roundTitle: z.string(),
  roundProviderId: z.uuid(),
  providerName: z.string(),
  careKind: z.enum(['open', 'secured', 'both']),
});
export type RegisterEntry = z.infer<typeof registerEntry>;

export const registerQuery = z.object({
  roundId: z.uuid().optional(),
  /** A theme ("2"): the practices filed under it or under one of its expectations. */
  theme: z.string().regex(/^\d$/).optional(),
});
export type RegisterQuery = z.infer<typeof registerQuery>;
