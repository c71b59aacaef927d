// The municipal checklist's API contract: starting a year's checklist (alone
// or as a region), answering a question, the action plan, and what the
// screens and the PDF read. No organisation id ever leaves: municipalities
// are named by their public short name.
import { z } from 'zod';
import { fieldKey } from '../../../platform/i18n/fieldMessages.js';
import { isoDate } from '../../../platform/http/schemas.js';
import { ACTION_STATUSES, CHECKLIST_ANSWERS, FIRST_YEAR, LAST_YEAR, MAX_PARTICIPANTS } from './checklist.options.js';

const version = z.iso.datetime().describe('updatedAt as last read; a different one means someone else changed it');
const slug = z.string().trim().toLowerCase().min(1, fieldKey('required')).max(80);

export const regionInput = z.object({
  /** The region's name; empty: the municipality answers alone. */
  regionName: z.string().trim().max(120).default(''),
  /** Short names of the other municipalities taking part. */
  participants: z.array(slug).max(MAX_PARTICIPANTS).default([]),
});

export const checklistStart = regionInput.extend({
  year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
});
export type ChecklistStart = z.infer<typeof checklistStart>;

export const regionUpdate = regionInput.extend({ updatedAt: version });
export type RegionUpdate = z.infer<typeof regionUpdate>;

const evidenceUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), fieldKey('invalidUrl'))
  .default('');

export const answerInput = z.object({
  answer: z.enum(CHECKLIST_ANSWERS),
  notes: z.string().trim().max(4000).default(''),
  evidence: z.string().trim().max(2000).default(''),
  evidenceUrl,
  updatedAt: version,
});
export type AnswerInput = z.infer<typeof answerInput>;

export const actionCreate = z.object({
  questionRef: z.string().regex(/^\d\.\d{1,2}$/),
  /** A suggested action of the question's check; null: an own action with its title. */
  actionCode: z.string().max(80).nullable().default(null),
  title: z.string().trim().max(300).default(''),
  ownerName: z.string().trim().min(1, fieldKey('required')).max(120),
  dueOn: isoDate.nullable().default(null),
  progressNote: z.string().trim().max(2000).default(''),
});
export type ActionCreate = z.infer<typeof actionCreate>;

export const actionUpdate = z.object({
  title: z.string().trim().max(300).optional(),
  ownerName: z.string().trim().min(1, fieldKey('required')).max(120),
  dueOn: isoDate.nullable().default(null),
  status: z.enum(ACTION_STATUSES),
  progressNote: z.string().trim().max(2000).default(''),
  updatedAt: version,
});
export type ActionUpdate = z.infer<typeof actionUpdate>;

export const checklistParams = z.object({ id: z.uuid() });
export const answerParams = z.object({ id: z.uuid(), ref: z.string().regex(/^\d\.\d{1,2}$/) });
export const actionParams = z.object({ id: z.uuid(), actionId: z.uuid() });

export const answerCounts = z.object({
  questions: z.number().int(),
  answered: z.number().int(),
  yes: z.number().int(),
  partly: z.number().int(),
  no: z.number().int(),
  unknown: z.number().int(),
});
export type AnswerCounts = z.infer<typeof answerCounts>;

const municipality = z.object({ name: z.string(), slug: z.string() });

export const checklistHeader = z.object({
  id: z.uuid(),
  year: z.number().int(),
  packVersion: z.string(),
  regionName: z.string().nullable(),
  owner: municipality,
  participants: z.array(municipality),
  /** Whether the signed-in municipality owns it (only the owner changes who takes part). */
  own: z.boolean(),
  updatedAt: z.string(),
  progress: answerCounts,
});
export type ChecklistHeader = z.infer<typeof checklistHeader>;

export const answerOutput = z.object({
  ref: z.string(),
  checkRef: z.string(),
  answer: z.enum(CHECKLIST_ANSWERS).nullable(),
  notes: z.string(),
  evidence: z.string(),
  evidenceUrl: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredByOrganisation: z.string().nullable(),
  answeredAt: z.string().nullable(),
  updatedAt: z.string(),
  /** Last year's answer to the same question, to compare; nothing is copied. */
  previous: z.object({ year: z.number().int(), answer: z.enum(CHECKLIST_ANSWERS).nullable(), notes: z.string() }).nullable(),
});
export type AnswerOutput = z.infer<typeof answerOutput>;

export const checkProgress = z.object({
  ref: z.string(),
  current: answerCounts,
  /** The same check in last year's checklist; null when there is none. */
  previous: answerCounts.nullable(),
});

export const checklistOutput = checklistHeader.extend({
  previousYear: z.number().int().nullable(),
  answers: z.array(answerOutput),
  checks: z.array(checkProgress),
  /** Actions in the plan: the page marks questions that have some. */
  actionCount: z.number().int(),
});
export type ChecklistOutput = z.infer<typeof checklistOutput>;

export const actionOutput = z.object({
  id: z.uuid(),
  questionRef: z.string(),
  checkRef: z.string(),
  actionCode: z.string().nullable(),
  title: z.string(),
  ownerName: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  overdue: z.boolean(),
  progressNote: z.string(),
  updatedAt: z.string(),
});
export type ActionOutput = z.infer<typeof actionOutput>;

export const actionPlanOutput = z.object({
  checklist: checklistHeader,
  /** Every answered question that is not "yes", with the suggestions of its check still open for it. */
  gaps: z.array(
    z.object({
      ref: z.string(),
      checkRef: z.string(),
      answer: z.enum(CHECKLIST_ANSWERS),
      suggestions: z.array(z.object({ code: z.string(), planned: z.boolean() })),
    }),
  ),
  actions: z.array(actionOutput),
  counts: z.object({ total: z.number().int(), open: z.number().int(), inProgress: z.number().int(), done: z.number().int(), overdue: z.number().int() }),
});
export type ActionPlanOutput = z.infer<typeof actionPlanOutput>;

export const historyItem = z.object({
  change: z.enum(['started', 'regionUpdated', 'answered', 'actionCreated', 'actionUpdated']),
  changedAt: z.string(),
  changedByName: z.string().nullable(),
  snapshot: z.record(z.string(), z.unknown()),
});
