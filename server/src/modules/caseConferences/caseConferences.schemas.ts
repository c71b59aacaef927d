// Case conferences: what comes in, what goes out. Organisations appear by name
// and short name, people by name; no other organisation's id and no youth's id
// ever leave for anyone but the organisation that brought the case in.
import { z } from 'zod';
import { isoDate, localDateTime } from '../../platform/http/schemas.js';
import { fieldKey } from '../../platform/i18n/fieldMessages.js';
import { optional, required } from '../caseFiles/records/kinds/fields.js';
import { disclosureCategory } from '../disclosures/disclosures.schemas.js';
import { DATA_CATEGORIES, LEGAL_GROUNDS, SECRECY_GROUNDS } from '../disclosures/disclosures.options.js';
import { ACTION_STATUSES, CASE_KINDS, CONFERENCE_STATUSES } from './caseConferences.options.js';

const slug = z.string().trim().toLowerCase().min(1).max(60);

export const conferenceInput = z.object({
  title: required(200),
  /** Local Dutch time. */
  startsAt: localDateTime,
  online: z.boolean().default(false),
  place: optional(300),
  /** Other organisations, by their short name in Baken. */
  organisations: z.array(slug).max(20).default([]),
});
export type ConferenceInput = z.infer<typeof conferenceInput>;

export const conferenceUpdate = z.object({
  status: z.enum(['planned', 'held'] as const),
});

export const inviteInput = z.object({ slug });
export const participantInput = z.object({ userId: z.uuid() });

export const pseudonymousCaseInput = z.object({
  kind: z.literal('pseudonymous'),
  initials: required(10),
  age: z.number().int().min(0).max(30),
  region: required(100),
  summary: required(4000),
});

export const namedCaseInput = z.object({
  kind: z.literal('named'),
  /** A youth's file in the bringing organisation. */
  youthId: z.uuid(),
  summary: required(4000),
  purpose: required(2000),
  legalGround: z.enum(LEGAL_GROUNDS),
  secrecyGround: z.enum(SECRECY_GROUNDS),
  secrecyReasoning: optional(4000),
  categories: z.array(disclosureCategory).min(1, fieldKey('categoriesMissing')).max(DATA_CATEGORIES.length),
  decidedById: z.uuid(),
  youthInformed: z.boolean(),
  youthNotInformedReason: optional(2000),
});

export const caseInput = z.discriminatedUnion('kind', [pseudonymousCaseInput, namedCaseInput]);
export type CaseInput = z.infer<typeof caseInput>;

export const agendaInput = z.object({ caseIds: z.array(z.uuid()).min(1).max(100) });
export const entryInput = z.object({ kind: z.enum(['contribution', 'decision'] as const), text: required(4000) });
export const actionInput = z.object({ description: required(2000), ownerParticipantId: z.uuid(), dueOn: isoDate });
export const actionUpdate = z.object({ status: z.enum(ACTION_STATUSES) });
export const caseParams = z.object({ id: z.uuid(), caseId: z.uuid() });
export const actionParams = z.object({ id: z.uuid(), actionId: z.uuid() });

export const conferenceSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  online: z.boolean(),
  place: z.string().nullable(),
  status: z.enum(CONFERENCE_STATUSES),
  conveningOrganisationName: z.string(),
  caseCount: z.number().int(),
});

export const conferenceListOutput = z.object({
  conferences: z.array(conferenceSummary),
  /** Conferences the own organisation is invited to where the reader does not take part yet: title and date only. */
  invitations: z.array(conferenceSummary.pick({ id: true, title: true, startsAt: true, conveningOrganisationName: true, status: true })),
  canConvene: z.boolean(),
});

const participant = z.object({ id: z.uuid(), name: z.string(), organisationName: z.string(), isMe: z.boolean() });
const entry = z.object({ id: z.uuid(), kind: z.enum(['contribution', 'decision'] as const), text: z.string(), organisationName: z.string(), authorName: z.string(), createdAt: z.string() });
const action = z.object({
  id: z.uuid(),
  description: z.string(),
  ownerParticipantId: z.uuid(),
  ownerName: z.string(),
  ownerOrganisationName: z.string(),
  dueOn: z.string(),
  status: z.enum(ACTION_STATUSES),
  updatedAt: z.string(),
});
const conferenceCase = z.object({
  id: z.uuid(),
  position: z.number().int(),
  kind: z.enum(CASE_KINDS),
  organisationName: z.string(),
  broughtByName: z.string(),
  broughtAt: z.string(),
  initials: z.string().nullable(),
  age: z.number().int().nullable(),
  region: z.string().nullable(),
  subjectName: z.string().nullable(),
  summary: z.string(),
  disclosed: z
    .object({
      purpose: z.string(),
      legalGround: z.enum(LEGAL_GROUNDS),
      categories: z.array(z.object({ category: z.enum(DATA_CATEGORIES), why: z.string() })),
      decidedByName: z.string(),
    })
    .nullable(),
  /** Only for the organisation that brought the case in: the youth's file there. */
  ownYouthId: z.uuid().nullable(),
  entries: z.array(entry),
  actions: z.array(action),
});

export const conferenceOutput = conferenceSummary.extend({
  organisations: z.array(z.object({ name: z.string(), slug: z.string(), convener: z.boolean() })),
  participants: z.array(participant),
  cases: z.array(conferenceCase),
  history: z.array(z.object({ change: z.string(), byName: z.string(), organisationName: z.string(), at: z.string() })),
  /** What the reader may do here. */
  may: z.object({ manage: z.boolean(), addColleagues: z.boolean(), bringIn: z.boolean() }),
  updatedAt: z.string(),
});
export type ConferenceOutput = z.infer<typeof conferenceOutput>;

export const fileCasesOutput = z.object({
  cases: z.array(z.object({ conferenceId: z.uuid(), conferenceTitle: z.string(), startsAt: z.string(), status: z.enum(CONFERENCE_STATUSES), caseId: z.uuid(), broughtAt: z.string() })),
});

export const colleaguesOutput = z.object({ colleagues: z.array(z.object({ id: z.uuid(), name: z.string() })) });
