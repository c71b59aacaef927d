// Improvement plans: the inspector's points, the provider's actions and the
// inspector's follow-up. The provider's own view adds the owner's user id (a
// colleague of its own); the inspector never receives another organisation's ids.
import { z } from 'zod';
import { isoDate, trimmed } from '../../../platform/http/schemas.js';
import { ACTION_STATUSES, FOLLOW_UP_VERDICTS } from './improvement.options.js';

const optionalText = (max: number) => z.string().trim().max(max).default('');
const version = z.iso.datetime().describe('updatedAt as last read; a different one means someone else changed it');

export const pointInput = z.object({
  /** Refs of expectations of the round's framework (e.g. "5.2.1"); at least one. */
  expectationRefs: z.array(z.string().trim().max(20)).max(20).default([]),
  /** What must improve, in the inspector's words. */
  description: trimmed(1, 4000),
  /** By when the inspector expects it done. */
  dueOn: isoDate.nullable().default(null),
});
export type PointInput = z.infer<typeof pointInput>;
export const pointUpdate = pointInput.extend({ updatedAt: version });
export type PointUpdate = z.infer<typeof pointUpdate>;

export const actionInput = z.object({
  what: trimmed(1, 2000),
  /** The owner by name; or, for a provider keeping its plan in Baken, a colleague (ownerUserId) whose name is used. */
  ownerName: optionalText(200),
  ownerUserId: z.uuid().nullable().default(null),
  dueOn: isoDate,
  status: z.enum(ACTION_STATUSES).default('open'),
  progressNote: optionalText(4000),
});
export type ActionInput = z.infer<typeof actionInput>;
export const actionUpdate = actionInput.extend({ updatedAt: version });
export type ActionUpdate = z.infer<typeof actionUpdate>;

export const followUpInput = z.object({
  verdict: z.enum(FOLLOW_UP_VERDICTS),
  note: optionalText(4000),
  followedUpOn: isoDate,
});
export type FollowUpInput = z.infer<typeof followUpInput>;

export const followUpOutput = z.object({
  id: z.uuid(),
  verdict: z.enum(FOLLOW_UP_VERDICTS),
  note: z.string().nullable(),
  followedUpOn: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type FollowUpOutput = z.infer<typeof followUpOutput>;

export const actionOutput = z.object({
  id: z.uuid(),
  what: z.string(),
  ownerName: z.string(),
  dueOn: z.string(),
  status: z.enum(ACTION_STATUSES),
  progressNote: z.string().nullable(),
  /** Past its date and not done (Dutch calendar day). */
  overdue: z.boolean(),
  createdByName: z.string(),
  createdAt: z.string(),
  updatedByName: z.string(),
  updatedAt: z.string(),
  /** The inspector's follow-ups, oldest first; the last is where the action stands. */
  followUps: z.array(followUpOutput),
  latestVerdict: z.enum(FOLLOW_UP_VERDICTS).nullable(),
});
export type ActionOutput = z.infer<typeof actionOutput>;

export const pointOutput = z.object({
  id: z.uuid(),
  expectationRefs: z.array(z.string()),
  description: z.string(),
  dueOn: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  updatedByName: z.string(),
  updatedAt: z.string(),
  actions: z.array(actionOutput),
});
export type PointOutput = z.infer<typeof pointOutput>;

export const ownActionOutput = actionOutput.extend({ ownerUserId: z.uuid().nullable() });
export const ownPointOutput = pointOutput.extend({ actions: z.array(ownActionOutput) });
export type OwnPointOutput = z.infer<typeof ownPointOutput>;

export const improvementPlanOutput = z.object({
  /** The provider works in Baken and fills in its actions itself; the inspector then only follows up. */
  keptByProvider: z.boolean(),
  points: z.array(pointOutput),
});
export type ImprovementPlanOutput = z.infer<typeof improvementPlanOutput>;

/** Per provider of a round: where its plan stands, in counts. */
export const improvementOverviewRow = z.object({
  roundProviderId: z.uuid(),
  providerName: z.string(),
  points: z.number(),
  actions: z.number(),
  open: z.number(),
  inProgress: z.number(),
  done: z.number(),
  overdue: z.number(),
  accepted: z.number(),
  notYetSufficient: z.number(),
  closed: z.number(),
  /** Actions without any follow-up yet. */
  awaitingFollowUp: z.number(),
});
export type ImprovementOverviewRow = z.infer<typeof improvementOverviewRow>;

export const improvementHistoryItem = z.object({
  recordType: z.enum(['point', 'action', 'followUp', 'goodPractice']),
  recordId: z.uuid(),
  change: z.enum(['created', 'updated']),
  snapshot: z.record(z.string(), z.unknown()),
  changedByName: z.string(),
  changedAt: z.string(),
});
export type ImprovementHistoryItem = z.infer<typeof improvementHistoryItem>;
