// The provider's own view of its inspections: the rounds it took part in, and
// per round its judgments, the improvement points with its own actions, and the
// good practices the inspector noted. Nothing of other providers; no
// organisation id of the inspectorate.
import { z } from 'zod';
import { CARE_KINDS, JUDGMENT_VALUES, ROUND_KINDS, ROUND_STATUSES } from '../inspection.options.js';
import { goodPracticeOutput } from '../goodPractices/goodPractices.schemas.js';
import { ownPointOutput } from '../improvement/improvement.schemas.js';

export const participationOutput = z.object({
  id: z.uuid(),
  roundTitle: z.string(),
  roundKind: z.enum(ROUND_KINDS),
  roundStatus: z.enum(ROUND_STATUSES),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  frameworkVersion: z.string(),
  name: z.string(),
  location: z.string().nullable(),
  careKind: z.enum(CARE_KINDS),
});

export const ownInspectionSummary = participationOutput.extend({
  sufficient: z.number().int(),
  insufficient: z.number().int(),
  points: z.number().int(),
  actions: z.number().int(),
  actionsDone: z.number().int(),
  actionsOverdue: z.number().int(),
});
export type OwnInspectionSummary = z.infer<typeof ownInspectionSummary>;

export const ownJudgment = z.object({ ref: z.string(), judgment: z.enum(JUDGMENT_VALUES), findings: z.string().nullable() });

export const ownInspectionOutput = z.object({
  participation: participationOutput,
  judgments: z.array(ownJudgment),
  points: z.array(ownPointOutput),
  goodPractices: z.array(goodPracticeOutput),
});
export type OwnInspectionOutput = z.infer<typeof ownInspectionOutput>;

export const ownerOption = z.object({ id: z.uuid(), name: z.string() });

export const ownActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });
export const ownPointParams = z.object({ id: z.uuid(), pointId: z.uuid() });
