// A police information request by phone: what the caller said, each call back
// to a known number, and how it ended.
import { z } from 'zod';
import { localDateTime } from '../../../platform/http/schemas.js';
import { fieldKey } from '../../../platform/i18n/fieldMessages.js';
import { optional, required } from '../../caseFiles/records/kinds/fields.js';
import { POLICE_REQUEST_OUTCOMES } from '../disclosures.options.js';

/** A number as people say it on the phone: digits, spaces, +, -, brackets. */
const phone = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[+0-9][0-9 ()-]{5,}$/, fieldKey('phoneInvalid'));

export const policeRequestInput = z.object({
  /** When the call came in, local Dutch time; not in the future. */
  receivedAt: localDateTime,
  callerName: required(200),
  /** The unit the caller says they are from: what they say, not yet checked. */
  callerUnit: required(200),
  /** The number the caller gave. Never the number to call back. */
  callerPhone: phone,
  question: required(2000),
});
export type PoliceRequestInput = z.infer<typeof policeRequestInput>;

export const callbackInput = z.object({
  /** The partner from the directory whose known number was called. */
  partnerId: z.uuid(),
  /** Whether the partner confirmed that the caller is theirs and asked this. */
  confirmed: z.boolean(),
  note: optional(1000),
  calledAt: localDateTime,
});
export type CallbackInput = z.infer<typeof callbackInput>;

/** Closing without a disclosure; "information given" is recorded with the disclosure itself. */
export const closeRequestInput = z.object({
  outcome: z.enum(['nothingGiven', 'refused']),
  reason: optional(2000),
});
export type CloseRequestInput = z.infer<typeof closeRequestInput>;

export const callbackOutput = z.object({
  id: z.uuid(),
  /** The partner in this organisation's directory, to offer as the recipient when information is given. */
  partnerId: z.uuid(),
  partnerName: z.string(),
  phone: z.string(),
  confirmed: z.boolean(),
  note: z.string().nullable(),
  calledAt: z.string(),
  calledByName: z.string().nullable(),
});

export const policeRequestOutput = z.object({
  id: z.uuid(),
  receivedAt: z.string(),
  callerName: z.string(),
  callerUnit: z.string(),
  callerPhone: z.string(),
  question: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
  callbacks: z.array(callbackOutput),
  /** A call back confirmed the caller: only now may information be given. */
  verified: z.boolean(),
  outcome: z.enum(POLICE_REQUEST_OUTCOMES).nullable(),
  outcomeReason: z.string().nullable(),
  outcomeAt: z.string().nullable(),
  outcomeByName: z.string().nullable(),
  disclosureId: z.uuid().nullable(),
});
export type PoliceRequestOutput = z.infer<typeof policeRequestOutput>;
