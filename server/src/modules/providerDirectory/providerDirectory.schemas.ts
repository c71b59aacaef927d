// The provider directory: what comes in, what goes out. Organisations appear
// by name only: the linked provider's and the last changer's ids stay on the
// server.
import { z } from 'zod';
import { fieldKey } from '../../platform/i18n/fieldMessages.js';
import { isoDate } from '../../platform/http/schemas.js';
import { optionalEmail, phoneNumber } from '../organisations/partners/partners.schemas.js';
import { CARE_KINDS, HISTORY_CHANGES, QUALITY_FRAMEWORK_ANSWERS, TARGET_GROUPS } from './providerDirectory.options.js';

const optionalText = (max: number) => z.string().trim().max(max).default('');

/** A list of short texts (programmes, regions): empty lines dropped, each said once. */
const textList = (maxItems: number, maxLength: number) =>
  z
    .array(z.string().trim().max(maxLength))
    .max(maxItems)
    .default([])
    .transform((items) => [...new Set(items.filter((item) => item !== ''))]);

const website = z
  .string()
  .trim()
  .max(300)
  .refine((v) => v === '' || /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(v), fieldKey('invalidUrl'))
  .default('');

/** The public short name of a provider organisation in Baken (its slug), e.g. de-haven. */
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(60)
  .refine((v) => v === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), fieldKey('directoryProviderUnknown'))
  .default('');

const entryFields = {
  name: z.string().trim().min(1).max(200),
  careKind: z.enum(CARE_KINDS),
  targetGroups: z
    .array(z.enum(TARGET_GROUPS))
    .max(TARGET_GROUPS.length)
    .default([])
    .transform((groups) => [...new Set(groups)]),
  programmes: textList(30, 200),
  regions: textList(20, 100),
  capacity: z.number().int().min(0).max(10000).nullable().default(null),
  phone: phoneNumber,
  email: optionalEmail,
  website,
  qualityFramework: z.enum(QUALITY_FRAMEWORK_ANSWERS).default('unknown'),
  nationalAvailability: z.boolean().default(false),
  notes: optionalText(4000),
  /** A provider organisation that works in Baken, by its short name; empty for none. */
  linkedSlug: slug,
};

export const entryInput = z.object(entryFields);
export type EntryInput = z.infer<typeof entryInput>;

export const entryUpdate = z.object({
  ...entryFields,
  /** On an update an empty linkedSlug keeps the current link; unlink removes it. */
  unlink: z.boolean().default(false),
  updatedAt: z.iso.datetime().describe('updatedAt as last read; a different one means someone else changed it'),
});
export type EntryUpdate = z.infer<typeof entryUpdate>;

export const versionInput = z.object({
  updatedAt: z.iso.datetime().describe('updatedAt as last read'),
});

export const entryListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  careKind: z.enum(CARE_KINDS).optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  region: z.string().trim().max(100).optional(),
  national: z.enum(['true', 'false']).optional(),
  includeArchived: z.enum(['true', 'false']).optional(),
});

const sharedAssessment = z.object({
  /** The date the provider's latest closed self-assessment was closed, as copied when it shared it. */
  date: isoDate,
  sharedAt: z.string(),
});

export const entryOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  careKind: z.enum(CARE_KINDS),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  programmes: z.array(z.string()),
  regions: z.array(z.string()),
  capacity: z.number().int().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  qualityFramework: z.enum(QUALITY_FRAMEWORK_ANSWERS),
  nationalAvailability: z.boolean(),
  notes: z.string().nullable(),
  /** The provider organisation in Baken this entry is linked to: its name and short name, never its id. */
  linkedOrganisationName: z.string().nullable(),
  linkedSlug: z.string().nullable(),
  selfAssessment: sharedAssessment.nullable(),
  archived: z.boolean(),
  updatedAt: z.string(),
  /** The organisation that last changed the entry, by name. */
  updatedByOrganisationName: z.string().nullable(),
  /** The person, only when they work in the reader's own organisation. */
  updatedByName: z.string().nullable(),
});
export type EntryOutput = z.infer<typeof entryOutput>;

export const entryListOutput = z.object({
  entries: z.array(entryOutput),
  /** Counts over the entries found (the same filters). */
  counts: z.object({
    total: z.number().int(),
    open: z.number().int(),
    secured: z.number().int(),
    both: z.number().int(),
    national: z.number().int(),
    sharedSelfAssessment: z.number().int(),
  }),
  /** Every region named in the directory's current entries, for the filter. */
  regions: z.array(z.string()),
});
export type EntryListOutput = z.infer<typeof entryListOutput>;

export const historyItem = z.object({
  id: z.number().int(),
  change: z.enum(HISTORY_CHANGES),
  snapshot: z.record(z.string(), z.unknown()),
  changedAt: z.string(),
  changedByOrganisationName: z.string().nullable(),
  changedByName: z.string().nullable(),
});

/** What a provider's quality officer sees of the entries linked to their organisation. */
export const ownEntryOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  careKind: z.enum(CARE_KINDS),
  selfAssessment: sharedAssessment.nullable(),
  updatedAt: z.string(),
});

export const ownEntriesOutput = z.object({
  entries: z.array(ownEntryOutput),
  /** The date the organisation's latest closed self-assessment was closed; null if none is closed yet. */
  latestClosedSelfAssessment: isoDate.nullable(),
});
export type OwnEntriesOutput = z.infer<typeof ownEntriesOutput>;

export const shareInput = z.object({
  share: z.boolean().describe('true: copy the date of the latest closed self-assessment now; false: stop sharing'),
});
