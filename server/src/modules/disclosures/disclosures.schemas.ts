// What a disclosure records (issue 5, point 3): recipient, purpose, legal
// ground, the ground for setting professional secrecy aside, which categories
// of data and why each was needed, who decided, and whether the youth knows.
import { z } from 'zod';
import { localDateTime } from '../../platform/http/schemas.js';
import { fieldKey } from '../../platform/i18n/fieldMessages.js';
import { optional, required } from '../caseFiles/records/kinds/fields.js';
import { DATA_CATEGORIES, DISCLOSURE_SOURCES, LEGAL_GROUNDS, PARTNER_KINDS, RECIPIENT_KINDS, SECRECY_GROUNDS } from './disclosures.options.js';

export const disclosureCategory = z.object({
  category: z.enum(DATA_CATEGORIES),
  /** Why this category is needed for the purpose: the minimisation question. */
  why: z.string().trim().min(1, fieldKey('categoryWhyMissing')).max(1000),
});

/**
 * What Baken produced and shared (a police information sheet, a copy of a
 * CoMensha registration), stored exactly as it left: already in words, in
 * sections, so the recipient sees the same page whatever changes later.
 */
export const disclosedContent = z.object({
  title: z.string(),
  sections: z.array(
    z.object({
      heading: z.string(),
      lines: z.array(z.object({ label: z.string().nullable(), text: z.string() })),
    }),
  ),
});
export type DisclosedContent = z.infer<typeof disclosedContent>;

export const disclosureInput = z.object({
  /** A partner from the organisation's directory, or a recipient typed in (then kind and name). */
  recipientPartnerId: z.uuid().nullable().default(null),
  recipientKind: z.enum(RECIPIENT_KINDS).nullable().default(null),
  recipientName: optional(200),
  purpose: required(2000),
  legalGround: z.enum(LEGAL_GROUNDS),
  secrecyGround: z.enum(SECRECY_GROUNDS),
  secrecyReasoning: optional(4000),
  categories: z.array(disclosureCategory).min(1, fieldKey('categoriesMissing')).max(DATA_CATEGORIES.length),
  /** What was shared, in brief, when Baken did not produce the content itself. */
  summary: optional(4000),
  /** The lead professional who decided. */
  decidedById: z.uuid(),
  youthInformed: z.boolean(),
  youthNotInformedReason: optional(2000),
  /** Local Dutch time, not in the future. */
  disclosedAt: localDateTime,
});
export type DisclosureInput = z.infer<typeof disclosureInput>;

export const disclosureOutput = z.object({
  id: z.uuid(),
  youthId: z.uuid(),
  source: z.enum(DISCLOSURE_SOURCES),
  recipientKind: z.enum(RECIPIENT_KINDS),
  recipientName: z.string(),
  recipientPartnerId: z.uuid().nullable(),
  purpose: z.string(),
  legalGround: z.enum(LEGAL_GROUNDS),
  secrecyGround: z.enum(SECRECY_GROUNDS),
  secrecyReasoning: z.string().nullable(),
  categories: z.array(z.object({ category: z.enum(DATA_CATEGORIES), why: z.string() })),
  decidedByName: z.string().nullable(),
  youthInformed: z.boolean(),
  youthNotInformedReason: z.string().nullable(),
  disclosedAt: z.string(),
  /** Delivered into Baken to the recipient organisation (a police unit that works in Baken). */
  delivered: z.boolean(),
  /** The record it answered or came from (a police request, a police sheet), in this organisation. */
  sourceId: z.uuid().nullable(),
  hasContent: z.boolean(),
  hasPhoto: z.boolean(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type DisclosureOutput = z.infer<typeof disclosureOutput>;

/** A disclosure typed in on the file, or the answer to a verified police request. */
export const fileDisclosureInput = disclosureInput.extend({
  /** The police request this answers; then a confirmed call back is required first. */
  policeRequestId: z.uuid().nullable().default(null),
  /** Send the youth's latest photo along (only when "photo" is among the categories). */
  attachPhoto: z.boolean().default(false),
});
export type FileDisclosureInput = z.infer<typeof fileDisclosureInput>;

/** One disclosure with what was shared: the summary typed in, or the content Baken produced. */
export const disclosureDetail = disclosureOutput.extend({
  summary: z.string().nullable(),
  content: disclosedContent.nullable(),
});
export type DisclosureDetail = z.infer<typeof disclosureDetail>;

/** What the disclosure form offers: the organisation's partners and who may decide. */
export const disclosureFormOptions = z.object({
  partners: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(PARTNER_KINDS),
      name: z.string(),
      contactPerson: z.string().nullable(),
      region: z.string().nullable(),
      /** The number to call back: the verified one, else the directory's number. */
      knownPhone: z.string().nullable(),
      /** Works in Baken itself: a disclosure reaches it there. Never which organisation. */
      worksInBaken: z.boolean(),
    }),
  ),
  deciders: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** Whether the file holds a photo that could be sent along. */
  hasPhoto: z.boolean(),
});
export type DisclosureFormOptions = z.infer<typeof disclosureFormOptions>;
