// The staff expertise register: trainings with their accreditation, and
// professional registrations with their expiry (003 §1.4, 004 §5.2.1–5.2.2).
import { z } from 'zod';
import { fieldKey } from '../../../platform/i18n/fieldMessages.js';
import { isoDate, trimmed } from '../../../platform/http/schemas.js';
import { REGISTERS, REGISTRATION_STATES, TRAINING_TOPICS } from './expertise.options.js';

const optionalText = (max: number) => z.string().trim().max(max).default('');
const version = z.number().int().min(1).describe('version as last read; a different one means someone else changed it');

export const trainingInput = z.object({
  userId: z.uuid(fieldKey('required')),
  title: trimmed(1, 200),
  /** Who gave it: an institute or an in-house trainer. */
  provider: trimmed(1, 200),
  completedOn: isoDate,
  accredited: z.boolean().default(false),
  accreditationBody: optionalText(200),
  accreditationPoints: z.number().min(0).max(999).nullable().default(null),
  topics: z.array(z.enum(TRAINING_TOPICS)).max(TRAINING_TOPICS.length).default([]),
  notes: optionalText(2000),
  /** An upload from POST /api/quality/documents?purpose=certificate. */
  certificateId: z.uuid().nullable().default(null),
});
export type TrainingInput = z.infer<typeof trainingInput>;

/** The person a training belongs to does not change; a training for someone else is a new one. */
export const trainingUpdate = trainingInput.omit({ userId: true }).extend({ version });
export type TrainingUpdate = z.infer<typeof trainingUpdate>;

export const registrationInput = z.object({
  userId: z.uuid(fieldKey('required')),
  register: z.enum(REGISTERS),
  /** The register's name when it is neither SKJ nor BIG. */
  registerName: optionalText(100),
  registrationNumber: trimmed(1, 50),
  registeredFrom: isoDate,
  expiresOn: isoDate,
  notes: optionalText(2000),
});
export type RegistrationInput = z.infer<typeof registrationInput>;

export const registrationUpdate = registrationInput.omit({ userId: true }).extend({ version });
export type RegistrationUpdate = z.infer<typeof registrationUpdate>;

/** Taking an entry out of every count (entered by mistake, or a registration struck off). It stays on record. */
export const withdrawInput = z.object({ version, reason: trimmed(1, 500) });
export type WithdrawInput = z.infer<typeof withdrawInput>;

const withdrawn = z.object({ at: z.string(), reason: z.string() }).nullable();
const documentOutput = z.object({ fileName: z.string(), mimeType: z.string(), bytes: z.number().int() });

export const trainingOutput = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  title: z.string(),
  provider: z.string(),
  completedOn: z.string(),
  accredited: z.boolean(),
  accreditationBody: z.string().nullable(),
  accreditationPoints: z.number().nullable(),
  topics: z.array(z.enum(TRAINING_TOPICS)),
  /** At least one topic: counts as training relevant to the work. */
  relevant: z.boolean(),
  notes: z.string(),
  /** The linked upload: an edit that keeps the certificate sends it back. */
  certificateId: z.uuid().nullable(),
  certificate: documentOutput.nullable(),
  withdrawn,
  version: z.number().int(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type TrainingOutput = z.infer<typeof trainingOutput>;

export const registrationOutput = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  register: z.enum(REGISTERS),
  registerName: z.string().nullable(),
  registrationNumber: z.string(),
  registeredFrom: z.string(),
  expiresOn: z.string(),
  state: z.enum(REGISTRATION_STATES),
  /** Days from today (Dutch time) to the expiry day; negative once expired. */
  daysToExpiry: z.number().int(),
  notes: z.string(),
  withdrawn,
  version: z.number().int(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type RegistrationOutput = z.infer<typeof registrationOutput>;

const team = z.object({ id: z.uuid(), name: z.string() });

export const personOutput = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  active: z.boolean(),
  /** Holds a role that works in case files: the register counts them. */
  caseRole: z.boolean(),
  teams: z.array(team),
  registeredToday: z.boolean(),
  hasRelevantTraining: z.boolean(),
  trainings: z.array(trainingOutput),
  registrations: z.array(registrationOutput),
});
export type PersonOutput = z.infer<typeof personOutput>;

export const reminderOutput = z.object({
  registrationId: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  register: z.enum(REGISTERS),
  registerName: z.string().nullable(),
  expiresOn: z.string(),
  daysToExpiry: z.number().int(),
  state: z.enum(['expiresSoon', 'expired']),
});
export type ReminderOutput = z.infer<typeof reminderOutput>;

export const teamRatioOutput = z.object({
  teamId: z.uuid().nullable(),
  scope: z.enum(['team', 'noTeam', 'organisation']),
  teamName: z.string().nullable(),
  staff: z.number().int(),
  registered: z.number().int(),
  unregistered: z.number().int(),
  registeredPercent: z.number().int().nullable(),
  withRelevantTraining: z.number().int(),
  trainingPercent: z.number().int().nullable(),
});

export const staffRowOutput = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  teams: z.array(team),
  registeredToday: z.boolean(),
  /** The registration that says most today: a valid one expiring last, else the latest one. */
  registration: registrationOutput.pick({ id: true, register: true, registerName: true, expiresOn: true, state: true, daysToExpiry: true }).nullable(),
  trainings: z.number().int(),
  relevantTrainings: z.number().int(),
  accreditedTrainings: z.number().int(),
  lastTrainingOn: z.string().nullable(),
});

export const overviewOutput = z.object({
  /** The day the figures hold for (Dutch time). */
  today: z.string(),
  staff: z.array(staffRowOutput),
  ratios: z.array(teamRatioOutput),
  reminders: z.array(reminderOutput),
});
export type OverviewOutput = z.infer<typeof overviewOutput>;

/** Your own trainings and registrations, and a reminder when your registration expires soon or has expired. */
export const ownOutput = personOutput.extend({ reminders: z.array(reminderOutput) });

export const historyItem = z.object({
  change: z.enum(['created', 'updated', 'withdrawn']),
  changedAt: z.string(),
  changedByName: z.string().nullable(),
  snapshot: z.record(z.string(), z.unknown()),
});

export const documentUploadQuery = z.object({
  purpose: z.enum(['certificate', 'policy']),
  /** The name of the file as chosen, shown in the register; the bytes decide what it is. */
  name: z.string().trim().min(1).max(200).default('document'),
});
export const documentUploadOutput = z.object({ id: z.uuid(), fileName: z.string(), mimeType: z.string(), bytes: z.number().int() });
