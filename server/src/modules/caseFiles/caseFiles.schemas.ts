import { z } from 'zod';
import { isoDate, todayInNetherlands, trimmed } from '../../platform/http/schemas.js';
import { fieldKey } from '../../platform/i18n/fieldMessages.js';
import { GENDERS, JOURNAL_CATEGORIES, LEGAL_FRAMEWORKS, LIVING_SITUATIONS, LVB_INDICATIONS, TEAM_ROLES } from './caseFiles.options.js';

/** The Dutch citizen service number's eleven test (elfproef). */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.slice(0, 8).reduce((acc, d, i) => acc + d * (9 - i), 0) - digits[8]!;
  return sum % 11 === 0 && value !== '000000000';
}

const today = () => todayInNetherlands();

/** Baken serves young people up to and including 27: born less than 28 years before today. */
export function isYoungEnough(dateOfBirth: string, on: string = today()): boolean {
  const limit = `${String(Number(on.slice(0, 4)) - 28).padStart(4, '0')}${on.slice(4)}`;
  return dateOfBirth > limit;
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const youthInput = z.object({
  firstName: trimmed(1, 80),
  lastName: trimmed(1, 80),
  dateOfBirth: isoDate
    .refine((v) => v <= today(), fieldKey('dateOfBirthInFuture'))
    .refine((v) => isYoungEnough(v), fieldKey('youthTooOld')),
  gender: z.enum(GENDERS),
  bsn: z
    .string()
    .trim()
    .transform((v) => v.replace(/[\s.]/g, ''))
    .refine((v) => v === '' || isValidBsn(v), fieldKey('bsnInvalid'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  phone: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\+?[0-9 ()-]{6,20}$/.test(v), fieldKey('phoneInvalid'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  email: z
    .string()
    .trim()
    .refine((v) => v === '' || z.email().safeParse(v).success, fieldKey('invalidEmail'))
    .transform((v) => (v === '' ? null : v.toLowerCase()))
    .nullable()
    .optional(),
  address: optionalText(200),
  livingSituation: z.enum(LIVING_SITUATIONS),
  legalFramework: z.enum(LEGAL_FRAMEWORKS),
  lvbIndication: z.enum(LVB_INDICATIONS),
  language: optionalText(60),
  /** The municipality responsible for the youth's care (woonplaatsbeginsel), as its CBS code; counts in the regional figures. */
  responsibleMunicipality: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === '' || /^GM[0-9]{4}$/.test(v), fieldKey('municipalityCode'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
});
export type YouthInput = z.infer<typeof youthInput>;

export const TIMELINE_KINDS = ['fileCreated', 'journalEntry', 'caseTeamMemberAdded', 'signal', 'riskAssessment', 'safetyPlanSignedOff', 'careReview', 'missingEpisode'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const youthSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  gender: z.string(),
  bsn: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  livingSituation: z.string(),
  legalFramework: z.string(),
  lvbIndication: z.string(),
  language: z.string().nullable(),
  responsibleMunicipality: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** A closed file stays readable for its case team until retentionUntil. */
  closedOn: z.string().nullable(),
  closureReason: z.string().nullable(),
  retentionUntil: z.string().nullable(),
});

export const accessSchema = z.object({
  via: z.enum(['caseTeam', 'designatedOfficer', 'breakGlass']),
  breakGlassExpiresAt: z.string().nullable(),
  canUpdate: z.boolean(),
});

export const youthListItem = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  livingSituation: z.string(),
  via: z.enum(['caseTeam', 'designatedOfficer', 'breakGlass']),
});

export const listQuery = z.object({
  q: z.string().trim().max(80).optional(),
  dateOfBirth: isoDate.optional(),
});

export const breakGlassSearchQuery = z.object({
  q: z.string().trim().min(2, fieldKey('searchTooShort')).max(80),
  dateOfBirth: isoDate,
});

export const caseTeamMember = z.object({
  userId: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  teamRole: z.string(),
  addedAt: z.string(),
});

export const journalEntry = z.object({
  id: z.string(),
  category: z.string(),
  occurredOn: z.string(),
  body: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});

export const journalInput = z.object({
  category: z.enum(JOURNAL_CATEGORIES),
  occurredOn: isoDate.refine((v) => v <= today(), fieldKey('noteDateInFuture')),
  body: trimmed(1, 10000),
});

export const timelineItem = z.object({
  kind: z.enum(TIMELINE_KINDS),
  at: z.string(),
  label: z.string(),
  category: z.string().nullable(),
});

export const overviewSchema = z.object({
  youth: youthSchema,
  access: accessSchema,
  caseTeam: z.array(caseTeamMember),
  timeline: z.array(timelineItem),
});

export const addMemberInput = z.object({ userId: z.uuid(), teamRole: z.enum(TEAM_ROLES).default('member') });

export const breakGlassInput = z.object({
  reason: z.string().trim().min(15, fieldKey('breakGlassReasonTooShort')).max(1000).describe('Why access is needed now'),
});

export const accessLogItem = z.object({
  at: z.string(),
  actorName: z.string(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  outcome: z.string(),
  purpose: z.string().nullable(),
  viaBreakGlass: z.boolean(),
});

export const accessLogPage = z.object({ items: z.array(accessLogItem), nextCursor: z.number().int().nullable() });

/** One person's use of the file on one day (Europe/Amsterdam). */
export const accessLogDay = z.object({
  day: z.string(),
  actorName: z.string(),
  actorRoles: z.array(z.string()),
  firstAt: z.string(),
  lastAt: z.string(),
  events: z.number().int(),
  denied: z.number().int(),
  actions: z.array(z.string()),
  access: z.array(z.enum(['caseTeam', 'designatedOfficer', 'breakGlass'])),
  breakGlassReasons: z.array(z.string()),
});

export const accessLogDayPage = z.object({ items: z.array(accessLogDay), nextCursor: z.number().int().nullable() });

/** The cursor of a page: for events the id to continue before, for days the offset. */
export const accessLogQuery = z.object({ cursor: z.coerce.number().int().min(0).max(2_147_483_647).optional() });

export const breakGlassGrant = z.object({
  id: z.string(),
  youthId: z.string(),
  youthName: z.string(),
  userName: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewVerdict: z.string().nullable(),
  reviewNote: z.string().nullable(),
  reviewerName: z.string().nullable(),
});

export const reviewInput = z.object({
  verdict: z.enum(['justified', 'notJustified']),
  note: z.string().trim().max(1000).default(''),
});
