// The self-assessment's API contract: starting an assessment, answering a
// criterion or a self-assessed indicator, and what the screen and the PDF read.
import { z } from 'zod';
import { fieldKey } from '../../../platform/i18n/fieldMessages.js';
import { isoDate } from '../../../platform/http/schemas.js';
import { CRITERION_STATUSES, EVIDENCE_DOCUMENT_TYPES, INDICATOR_ANSWERS } from './selfAssessment.options.js';

const comments = z.string().trim().max(4000).default('');
const version = z.iso.datetime().describe('updatedAt as last read; a different one means someone else changed it');

export const assessmentStart = z.object({
  title: z.string().trim().min(1, fieldKey('required')).max(120),
  /** Start from the answers of the latest assessment (statuses, evidence, owners, dates, comments). */
  carryOver: z.boolean().default(true),
});
export type AssessmentStart = z.infer<typeof assessmentStart>;

export const criterionInput = z.object({
  status: z.enum(CRITERION_STATUSES),
  /** Evidence: a policy from the organisation's register, an uploaded document, both or neither. */
  policyId: z.uuid().nullable().default(null),
  documentId: z.uuid().nullable().default(null),
  ownerId: z.uuid().nullable().default(null),
  dueOn: isoDate.nullable().default(null),
  comments,
  updatedAt: version,
});
export type CriterionInput = z.infer<typeof criterionInput>;

export const indicatorInput = z.object({
  answer: z.enum(INDICATOR_ANSWERS),
  comments,
  updatedAt: version,
});
export type IndicatorInput = z.infer<typeof indicatorInput>;

export const assessmentParams = z.object({ id: z.uuid() });
export const itemParams = z.object({ id: z.uuid(), ref: z.string().regex(/^\d\.\d-[ci]\d{1,2}$/) });
export const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });
export const uploadQuery = z.object({ name: z.string().max(300).default('') });

const statusCounts = z.object({
  total: z.number().int(),
  notAssessed: z.number().int(),
  notArranged: z.number().int(),
  beingArranged: z.number().int(),
  onPaper: z.number().int(),
  inPractice: z.number().int(),
  overdue: z.number().int(),
});
const indicatorCounts = z.object({ computed: z.number().int(), selfAssessed: z.number().int(), answered: z.number().int() });

export const assessmentSummary = z.object({
  overall: z.object({ criteria: statusCounts, indicators: indicatorCounts }),
  elements: z.array(z.object({ ref: z.string(), criteria: statusCounts, indicators: indicatorCounts })),
});

export const evidenceDocument = z.object({ id: z.uuid(), fileName: z.string(), mimeType: z.enum(EVIDENCE_DOCUMENT_TYPES), bytes: z.number().int() });

export const criterionOutput = z.object({
  ref: z.string(),
  status: z.enum(CRITERION_STATUSES).nullable(),
  policy: z.object({ id: z.uuid(), title: z.string(), versionLabel: z.string(), withdrawn: z.boolean() }).nullable(),
  document: evidenceDocument.nullable(),
  owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  comments: z.string(),
  updatedAt: z.string(),
  /** Null until someone answered it (or it came over from the previous assessment). */
  updatedByName: z.string().nullable(),
});
export type CriterionOutput = z.infer<typeof criterionOutput>;

export const indicatorOutput = z.object({
  ref: z.string(),
  answer: z.enum(INDICATOR_ANSWERS).nullable(),
  comments: z.string(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type IndicatorOutput = z.infer<typeof indicatorOutput>;

export const assessmentHeader = z.object({
  id: z.uuid(),
  title: z.string(),
  frameworkVersion: z.string(),
  startedOn: z.string(),
  open: z.boolean(),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  createdByName: z.string().nullable(),
  /** The title of the assessment this one started from. */
  carriedOverFrom: z.string().nullable(),
});

export const assessmentListItem = assessmentHeader.extend({ criteria: statusCounts });
export type AssessmentListItem = z.infer<typeof assessmentListItem>;

export const assessmentOutput = assessmentHeader.extend({
  criteria: z.array(criterionOutput),
  indicators: z.array(indicatorOutput),
  summary: assessmentSummary,
});
export type AssessmentOutput = z.infer<typeof assessmentOutput>;

export const historyItem = z.object({
  change: z.enum(['started', 'carriedOver', 'updated', 'closed']),
  changedAt: z.string(),
  changedByName: z.string().nullable(),
  snapshot: z.record(z.string(), z.unknown()),
});

export const ownerCandidates = z.array(z.object({ id: z.uuid(), name: z.string() }));
