// The register of policies and protocols: kind, title, the current version with
// its owner, adoption and review date, the document or where it is kept, and
// every earlier version.
import { z } from 'zod';
import { fieldKey } from '../../../platform/i18n/fieldMessages.js';
import { isoDate, trimmed } from '../../../platform/http/schemas.js';
import { POLICY_KINDS, POLICY_STATUSES, REVIEW_STATES } from './policies.options.js';

const optionalText = (max: number) => z.string().trim().max(max).default('');
const version = z.number().int().min(1).describe('version as last read; a different one means someone else changed it');

/** The facts of one version as it is adopted. */
const versionFields = {
  /** The policy's own version label, such as 2.1 or 2026-03. */
  versionLabel: trimmed(1, 20),
  ownerId: z.uuid(fieldKey('required')),
  adoptedOn: isoDate,
  reviewOn: isoDate,
  /** A PDF from POST /api/quality/documents?purpose=policy; or a reference, or both. */
  documentId: z.uuid().nullable().default(null),
  /** Where the document is kept (a link or a place in the document system). */
  reference: optionalText(500),
  changeNote: optionalText(1000),
};

export const policyInput = z.object({ kind: z.enum(POLICY_KINDS), title: trimmed(1, 200), ...versionFields });
export type PolicyInput = z.infer<typeof policyInput>;

/** A new version supersedes the current one; the current one stays readable. */
export const policyVersionInput = z.object({ ...versionFields, version });
export type PolicyVersionInput = z.infer<typeof policyVersionInput>;

/** Without a new version: a new title, owner or review date (a review that changed nothing sets the next date). */
export const policyUpdate = z.object({ title: trimmed(1, 200), ownerId: z.uuid(fieldKey('required')), reviewOn: isoDate, version });
export type PolicyUpdate = z.infer<typeof policyUpdate>;

export const policyWithdrawal = z.object({ withdrawnOn: isoDate, reason: trimmed(1, 1000), version });
export type PolicyWithdrawal = z.infer<typeof policyWithdrawal>;

const documentOutput = z.object({ fileName: z.string(), bytes: z.number().int() }).nullable();

export const policyVersionOutput = z.object({
  id: z.uuid(),
  sequence: z.number().int(),
  versionLabel: z.string(),
  ownerName: z.string().nullable(),
  adoptedOn: z.string(),
  reviewOn: z.string(),
  document: documentOutput,
  reference: z.string().nullable(),
  changeNote: z.string(),
  current: z.boolean(),
  supersededAt: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});

export const policyOutput = z.object({
  id: z.uuid(),
  kind: z.enum(POLICY_KINDS),
  title: z.string(),
  status: z.enum(POLICY_STATUSES),
  currentVersionId: z.uuid().nullable(),
  versionLabel: z.string(),
  owner: z.object({ id: z.uuid(), name: z.string() }),
  adoptedOn: z.string(),
  reviewOn: z.string(),
  /** Null once withdrawn. */
  review: z.enum(REVIEW_STATES).nullable(),
  /** Days from today (Dutch time) to the review date; negative when overdue. */
  daysToReview: z.number().int(),
  document: documentOutput,
  reference: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  /** Newest first; the first is the current one. */
  versions: z.array(policyVersionOutput),
});
export type PolicyOutput = z.infer<typeof policyOutput>;

export const policyRegisterOutput = z.object({
  today: z.string(),
  policies: z.array(policyOutput),
  /** Kinds the frameworks expect that have no current policy yet. */
  missingKinds: z.array(z.enum(POLICY_KINDS)),
});

export const policyReminderOutput = policyOutput.pick({ id: true, kind: true, title: true, versionLabel: true, reviewOn: true, daysToReview: true }).extend({
  review: z.enum(['overdue', 'dueSoon']),
});

export const ownerCandidate = z.object({ id: z.uuid(), displayName: z.string() });

export const policyHistoryItem = z.object({
  change: z.enum(['created', 'updated', 'newVersion', 'withdrawn']),
  changedAt: z.string(),
  changedByName: z.string().nullable(),
  snapshot: z.record(z.string(), z.unknown()),
});
