// The API contract of safety incidents: what a colleague reports, what the
// safety officer records as follow-up, and what each of them gets back.
import { z } from 'zod';
import { fieldKey } from '../../platform/i18n/fieldMessages.js';
import { localDateTime } from '../../platform/http/schemas.js';
import { optional, required } from '../caseFiles/records/kinds/fields.js';
import { INCIDENT_KINDS, INCIDENT_STATUSES, MAX_SUSPECTS, POLICE_CONTACT_ROUTES, POLICE_INVOLVEMENTS, REPORT_FILERS } from './policeCooperation.options.js';

/** One description of a suspect: what helps the police recognise the person (seed 001 §10). */
export const suspectInput = z.object({
  appearance: optional(1000),
  clothing: optional(500),
  vehicle: optional(300),
  licencePlate: z
    .string()
    .trim()
    .max(12)
    .regex(/^[A-Za-z0-9 -]*$/, fieldKey('licencePlateInvalid'))
    .transform((v) => v.toUpperCase())
    .default(''),
  otherFeatures: optional(1000),
});
export type SuspectInput = z.infer<typeof suspectInput>;

/** Whether and how the police were involved; the service checks which parts each answer needs. */
const policeFields = {
  policeInvolvement: z.enum(POLICE_INVOLVEMENTS),
  policeContactRoute: z.enum(POLICE_CONTACT_ROUTES).nullable().default(null),
  policeContactAt: localDateTime.nullable().default(null),
  reportFiledBy: z.enum(REPORT_FILERS).nullable().default(null),
  policeReference: optional(100),
  suspects: z.array(suspectInput).max(MAX_SUSPECTS).default([]),
};

export const incidentReportInput = z.object({
  kind: z.enum(INCIDENT_KINDS),
  occurredAt: localDateTime,
  location: required(200),
  description: required(5000),
  /** Colleagues and clients involved; youths by initials only. */
  involved: optional(1000),
  ...policeFields,
});
export type IncidentReportInput = z.infer<typeof incidentReportInput>;

export const incidentFollowUpInput = z.object({
  updatedAt: z.string().describe('updatedAt as last read; a different one means someone else changed it'),
  status: z.enum(INCIDENT_STATUSES),
  followUpActions: optional(10000),
  closingNote: optional(5000),
  ...policeFields,
});
export type IncidentFollowUpInput = z.infer<typeof incidentFollowUpInput>;

export const incidentListQuery = z.object({
  status: z.enum(INCIDENT_STATUSES).optional(),
  kind: z.enum(INCIDENT_KINDS).optional(),
});

const suspectOutput = z.object({ appearance: z.string(), clothing: z.string(), vehicle: z.string(), licencePlate: z.string(), otherFeatures: z.string() });

export const incidentSchema = z.object({
  id: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  occurredAt: z.string(),
  location: z.string(),
  description: z.string(),
  involved: z.string(),
  policeInvolvement: z.enum(POLICE_INVOLVEMENTS),
  policeContactRoute: z.enum(POLICE_CONTACT_ROUTES).nullable(),
  policeContactAt: z.string().nullable(),
  reportFiledBy: z.enum(REPORT_FILERS).nullable(),
  policeReference: z.string(),
  suspects: z.array(suspectOutput),
  status: z.enum(INCIDENT_STATUSES),
  followUpActions: z.string(),
  closingNote: z.string(),
  closedAt: z.string().nullable(),
  reportedByName: z.string().nullable(),
  reportedAt: z.string(),
  /** Reported by the signed-in user. */
  own: z.boolean(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type IncidentOutput = z.infer<typeof incidentSchema>;

export const incidentListItem = incidentSchema.pick({
  id: true,
  kind: true,
  occurredAt: true,
  location: true,
  policeInvolvement: true,
  status: true,
  reportedByName: true,
  reportedAt: true,
  own: true,
});

export const incidentListSchema = z.object({
  /** own: the incidents this user reported; organisation: every incident (the safety officer). */
  scope: z.enum(['own', 'organisation']),
  counts: z.object({ open: z.number(), inProgress: z.number(), closed: z.number() }),
  incidents: z.array(incidentListItem),
  /** Who receives a report, so the reporter knows where it goes. */
  safetyOfficers: z.array(z.string()),
});

export const incidentDetailSchema = incidentSchema.extend({
  history: z.array(z.object({ change: z.enum(['reported', 'followedUp']), changedAt: z.string(), changedByName: z.string().nullable(), snapshot: z.record(z.string(), z.unknown()) })),
});
