// What the missing-episode routes take and give. Times from forms are local
// Dutch times (YYYY-MM-DDTHH:mm); answers carry ISO moments.
import { z } from 'zod';
import { localDateTime } from '../../platform/http/schemas.js';
import { MEDICAL_DECISIONS } from '../caseFiles/caseFiles.options.js';
import { optional, required } from '../caseFiles/records/kinds/fields.js';
import { DATA_CATEGORIES } from '../disclosures/disclosures.options.js';
import { disclosureInput } from '../disclosures/disclosures.schemas.js';
import { EPISODE_STATUSES, EPISODE_STEPS, EVENT_KINDS, FOUND_BY, SHEET_SECTIONS, URGENCY_CRITERIA } from './missing.options.js';

export const urgencyAnswer = z.object({
  criterion: z.enum(URGENCY_CRITERIA),
  /** "Waar blijkt dat uit?" Required for every criterion that holds (checked with the rule, urgency.ts). */
  explanation: optional(2000),
});

/** Starting an episode: few required fields, so it takes a minute under stress. */
export const startInput = z.object({
  lastSeenAt: localDateTime,
  lastSeenPlace: required(500),
  circumstances: optional(4000),
  appearance: optional(2000),
  companions: optional(2000),
  urgency: z.array(urgencyAnswer).max(URGENCY_CRITERIA.length).default([]),
  parentsContact: optional(1000),
  guardianContact: optional(1000),
});
export type StartInput = z.infer<typeof startInput>;

export const detailsInput = startInput.extend({ updatedAt: z.string().describe('updatedAt as last read; a different one means someone else changed it') });
export type DetailsInput = z.infer<typeof detailsInput>;

/** One step with its time: a notification while missing, or a follow-up after the return. */
export const stepInput = z.object({
  step: z.enum(EPISODE_STEPS),
  at: localDateTime,
  /** The police's reference number of the report. */
  reference: optional(100),
  /** Whether the family guardian is reachable and available during the episode. */
  guardianAvailable: z.boolean().nullable().default(null),
  /** Whether the youth took part in the evaluation. */
  withYouth: z.boolean().nullable().default(null),
  note: optional(4000),
});
export type StepInput = z.infer<typeof stepInput>;

const decision = z.enum(MEDICAL_DECISIONS);
/** The medical check offered after the return; stored as a medical decision "after running away". */
export const medicalCheckInput = z.object({
  stiCheck: decision,
  pregnancyTest: decision,
  csgReferral: decision,
  reasoning: required(5000),
  outcome: optional(5000),
});
export type MedicalCheckInput = z.infer<typeof medicalCheckInput>;

export const returnInput = z.object({
  returnedAt: localDateTime,
  foundPlace: required(500),
  foundBy: z.enum(FOUND_BY),
  notes: optional(4000),
  /** The return was reported to the police (their form for it) at the time of the return. */
  returnReported: z.boolean().default(false),
  everyoneInformed: z.boolean().default(false),
  medicalCheck: medicalCheckInput.nullable().default(null),
});
export type ReturnInput = z.infer<typeof returnInput>;

export const transferInput = z.object({
  transferredAt: localDateTime,
  /** The placement or organisation that takes over. */
  transferredTo: required(500),
  reason: required(2000),
  /** The police were told of the transfer (they have a form for it). */
  policeInformed: z.boolean(),
});
export type TransferInput = z.infer<typeof transferInput>;

const moment = z.string().nullable();

export const episodeEvent = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  at: z.string(),
  note: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});

export const episodeOutput = z.object({
  id: z.string(),
  youthId: z.string(),
  status: z.enum(EPISODE_STATUSES),
  lastSeenAt: z.string(),
  lastSeenPlace: z.string(),
  circumstances: z.string(),
  appearance: z.string(),
  companions: z.string(),
  urgency: z.array(z.object({ criterion: z.enum(URGENCY_CRITERIA), explanation: z.string() })),
  urgent: z.boolean(),
  parentsContact: z.string(),
  guardianContact: z.string(),
  emergencyCallAt: moment,
  policeReportAt: moment,
  policeReference: z.string().nullable(),
  parentsInformedAt: moment,
  guardianInformedAt: moment,
  guardianAvailable: z.boolean().nullable(),
  transfer: z.object({ at: z.string(), to: z.string(), reason: z.string(), policeInformedAt: moment }).nullable(),
  return: z
    .object({
      at: z.string(),
      foundPlace: z.string(),
      foundBy: z.enum(FOUND_BY),
      notes: z.string(),
      reportedAt: moment,
      everyoneInformedAt: moment,
      policeConsultedAt: moment,
      policeConsultedNote: z.string().nullable(),
    })
    .nullable(),
  medicalCheck: z
    .object({ recordId: z.string(), decidedOn: z.string(), stiCheck: decision, pregnancyTest: decision, csgReferral: decision, outcome: z.string() })
    .nullable(),
  evaluation: z.object({ doneAt: z.string(), notes: z.string(), withYouth: z.boolean() }).nullable(),
  /** Done when a safety-plan version was made or signed off after the return, or when marked with a note. */
  safetyPlanUpdate: z.object({
    done: z.boolean(),
    via: z.enum(['version', 'note']).nullable(),
    at: moment,
    version: z.number().nullable(),
    note: z.string().nullable(),
  }),
  /** The follow-up tasks of a returned episode that are still open. */
  openTasks: z.array(z.enum(['evaluation', 'safetyPlan'])),
  /** Police information sheets handed over in this episode (disclosures from this file). */
  sheets: z.array(z.object({ disclosureId: z.string(), recipientName: z.string(), disclosedAt: z.string(), delivered: z.boolean() })),
  events: z.array(episodeEvent),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  updatedAt: z.string(),
});
export type EpisodeOutput = z.infer<typeof episodeOutput>;

// The police information sheet.

const sectionKey = z.enum(SHEET_SECTIONS.map((s) => s.key) as [(typeof SHEET_SECTIONS)[number]['key'], ...(typeof SHEET_SECTIONS)[number]['key'][]]);

export const sheetItem = z.object({
  /** Stable key the professional keeps or trims by. */
  key: z.string(),
  label: z.string().nullable(),
  text: z.string(),
  /** Always on the sheet (the youth's name). */
  fixed: z.boolean(),
});
export const sheetSection = z.object({
  key: sectionKey,
  heading: z.string(),
  category: z.enum(DATA_CATEGORIES).nullable(),
  items: z.array(sheetItem),
});
export const policeSheet = z.object({
  title: z.string(),
  subjectName: z.string(),
  sections: z.array(sheetSection),
  /** What the sheet was built from; handing over checks the file did not change since. */
  fingerprint: z.string(),
});
export type PoliceSheetOutput = z.infer<typeof policeSheet>;

export const sheetPreview = z.object({
  sheet: policeSheet,
  /** Police partners of the organisation; worksInBaken: the sheet reaches them in Baken. */
  policePartners: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), worksInBaken: z.boolean() })),
  /** Who may decide to disclose (lead professionals, designated officers). */
  deciders: z.array(z.object({ id: z.string(), name: z.string() })),
});

/** Handing the sheet over: which items stay on, why each kind of data is needed, and the disclosure itself. */
export const handOverInput = disclosureInput.omit({ categories: true, summary: true }).extend({
  keep: z.array(z.string().max(80)).max(1000),
  fingerprint: z.string().max(100),
  /** Why each kind of data on the kept sheet is needed; one per category the sheet holds. */
  whys: z.partialRecord(z.enum(DATA_CATEGORIES), z.string().trim().max(1000)).default({}),
});
export type HandOverInput = z.infer<typeof handOverInput>;

export const handOverOutput = z.object({
  disclosureId: z.string(),
  recipientName: z.string(),
  delivered: z.boolean(),
  episode: episodeOutput,
});

export const missingNowItem = z.object({
  episodeId: z.string(),
  youthId: z.string(),
  name: z.string(),
  dateOfBirth: z.string(),
  lastSeenAt: z.string(),
  lastSeenPlace: z.string(),
  urgent: z.boolean(),
  criteria: z.array(z.enum(URGENCY_CRITERIA)),
  emergencyCallAt: moment,
  policeReportAt: moment,
  policeReference: z.string().nullable(),
  transferredTo: z.string().nullable(),
});
export type MissingNowItem = z.infer<typeof missingNowItem>;
