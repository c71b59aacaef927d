// What a consent, a registration with CoMensha and the reasoning for not
// registering hold: the API contract of the module, in Baken's own structure
// (not CoMensha's form), so the copy in the file reads the same whatever form
// CoMensha asks for next year.
import { z } from 'zod';
import { localDateTime } from '../../platform/http/schemas.js';
import { optional, pastDate, required } from '../caseFiles/records/kinds/fields.js';
import {
  CONSENT_GIVERS,
  CONSENT_PROBLEMS,
  EXPLOITATION_FORMS,
  NO_REGISTRATION_REASONS,
  POLICE_REPORT_STATES,
  RECRUITMENT_METHODS,
} from './comensha.options.js';

export const consentInput = z.object({
  givenBy: z.enum(CONSENT_GIVERS),
  /** Who signed: the youth, or the parent(s) or guardian by name. */
  signerName: required(200),
  signedOn: pastDate,
  /** What the consent covers, in the words of the form that was signed. */
  scopeNote: optional(2000),
});
export type ConsentInput = z.infer<typeof consentInput>;

export const withdrawalInput = z.object({
  withdrawnOn: pastDate,
  /** Who withdrew it: the youth, a parent, the guardian. */
  withdrawnBy: required(200),
  note: optional(2000),
});
export type WithdrawalInput = z.infer<typeof withdrawalInput>;

export const registrationInput = z.object({
  /** The consent the registration rests on; without one it is refused, saying why. */
  consentId: z.uuid().nullable().default(null),
  /** When the registration was made (local Dutch time); its day is the day the consent must be valid on. */
  registeredAt: localDateTime,
  form: z.enum(EXPLOITATION_FORMS),
  /** When it happened, as precisely as known ("zomer 2025 tot januari 2026"). */
  period: required(300),
  /** Where: municipality or region. */
  place: required(300),
  recruitment: z.array(z.enum(RECRUITMENT_METHODS)).min(1).max(RECRUITMENT_METHODS.length),
  recruitmentNote: optional(2000),
  /** The work or the offences the youth was made to do. */
  work: required(4000),
  /** The signals that brought it to light. */
  signals: required(4000),
  policeReport: z.enum(POLICE_REPORT_STATES),
  policeReportNote: optional(2000),
  careGiven: required(4000),
  /** Where the youth stays now. */
  currentStay: required(300),
  remarks: optional(4000),
  /** The lead professional or designated officer who decided the data may go to CoMensha. */
  decidedById: z.uuid(),
});
export type RegistrationInput = z.infer<typeof registrationInput>;

export const noRegistrationInput = z.object({
  reason: z.enum(NO_REGISTRATION_REASONS),
  /** The reasoning; required for "other", welcome for every reason. */
  explanation: optional(4000),
  decidedOn: pastDate,
});
export type NoRegistrationInput = z.infer<typeof noRegistrationInput>;

export const consentOutput = z.object({
  id: z.uuid(),
  givenBy: z.enum(CONSENT_GIVERS),
  signerName: z.string(),
  signedOn: z.string(),
  scopeNote: z.string(),
  ageAtSigning: z.number().int(),
  document: z
    .object({ mimeType: z.string(), bytes: z.number().int(), uploadedAt: z.string(), uploadedByName: z.string().nullable() })
    .nullable(),
  withdrawal: z
    .object({ withdrawnOn: z.string(), withdrawnBy: z.string(), note: z.string(), recordedByName: z.string().nullable(), recordedAt: z.string() })
    .nullable(),
  /** What stands between this consent and a registration made today; empty when it carries one. */
  problemsToday: z.array(z.enum(CONSENT_PROBLEMS)),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type ConsentOutput = z.infer<typeof consentOutput>;

export const registrationOutput = z.object({
  id: z.uuid(),
  consentId: z.uuid(),
  registeredAt: z.string(),
  form: z.enum(EXPLOITATION_FORMS),
  period: z.string(),
  place: z.string(),
  recruitment: z.array(z.enum(RECRUITMENT_METHODS)),
  recruitmentNote: z.string(),
  work: z.string(),
  signals: z.string(),
  policeReport: z.enum(POLICE_REPORT_STATES),
  policeReportNote: z.string(),
  careGiven: z.string(),
  currentStay: z.string(),
  remarks: z.string(),
  decidedByName: z.string().nullable(),
  /** The disclosure that records the data leaving the organisation, and to whom. */
  disclosureId: z.uuid(),
  recipientName: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type RegistrationOutput = z.infer<typeof registrationOutput>;

export const noRegistrationOutput = z.object({
  id: z.uuid(),
  reason: z.enum(NO_REGISTRATION_REASONS),
  explanation: z.string(),
  decidedOn: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type NoRegistrationOutput = z.infer<typeof noRegistrationOutput>;

/** Where the file stands: registered, not registered with a reasoning, or nothing recorded yet. */
export const comenshaStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('registered'), registeredAt: z.string(), form: z.enum(EXPLOITATION_FORMS) }),
  z.object({ state: z.literal('notRegistered'), reason: z.enum(NO_REGISTRATION_REASONS), decidedOn: z.string() }),
  z.object({ state: z.literal('nothingRecorded') }),
]);
export type ComenshaStatus = z.infer<typeof comenshaStatus>;

export const comenshaFileOutput = z.object({
  status: comenshaStatus,
  /** A consent a registration rests on was withdrawn afterwards: CoMensha should hear of it. */
  withdrawnAfterRegistration: z.boolean(),
  ageToday: z.number().int(),
  consents: z.array(consentOutput),
  registrations: z.array(registrationOutput),
  noRegistrations: z.array(noRegistrationOutput),
  /** Who may decide that the data goes to CoMensha, case-team members first. */
  deciders: z.array(z.object({ id: z.uuid(), name: z.string(), inCaseTeam: z.boolean() })),
  defaultDeciderId: z.uuid().nullable(),
  /** Where a registration goes: the organisation's CoMensha partner, or CoMensha by name. */
  recipientName: z.string(),
});
export type ComenshaFileOutput = z.infer<typeof comenshaFileOutput>;

const registerYouth = {
  /** Null when the viewer may not open the file: the name shows without a link. */
  youthId: z.uuid().nullable(),
  youthName: z.string(),
};

export const comenshaRegisterOutput = z.object({
  registrations: z.array(z.object({ id: z.uuid(), ...registerYouth, registeredAt: z.string(), form: z.enum(EXPLOITATION_FORMS), recordedByName: z.string().nullable() })),
  countsByYear: z.array(z.object({ year: z.number().int(), sexual: z.number().int(), criminal: z.number().int(), both: z.number().int(), total: z.number().int() })),
  notRegistered: z.array(z.object({ ...registerYouth, reason: z.enum(NO_REGISTRATION_REASONS), decidedOn: z.string() })),
});
export type ComenshaRegisterOutput = z.infer<typeof comenshaRegisterOutput>;
