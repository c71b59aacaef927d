// The partner directory and the organisation's own contact facts: what comes
// in, what goes out. A partner linked to a police unit in Baken says so and
// names the unit; the unit's internal id never leaves the server.
import { z } from 'zod';
import { fieldKey } from '../../../platform/i18n/fieldMessages.js';
import { PARTNER_KINDS } from '../../disclosures/disclosures.options.js';

/** Text that may be left empty; stored as NULL. */
const optionalText = (max: number) => z.string().trim().max(max).default('');

/**
 * A phone number as people write it: digits with spaces, hyphens, dots or
 * brackets, optionally + and a country code. 3 to 15 digits (112 up to an
 * international number).
 */
export const phoneNumber = z
  .string()
  .trim()
  .max(40)
  .refine((v) => v === '' || (/^\+?[0-9][0-9 ().-]*$/.test(v) && (v.match(/[0-9]/g)?.length ?? 0) >= 3 && (v.match(/[0-9]/g)?.length ?? 0) <= 15), fieldKey('phoneFormat'))
  .default('');

export const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || z.email().safeParse(v).success, fieldKey('emailFormat'))
  .transform((v) => v.toLowerCase())
  .default('');

/** The public short name of an organisation in Baken (its slug), e.g. politie-kust. */
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(60)
  .refine((v) => v === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), fieldKey('policeUnitUnknown'))
  .default('');

const partnerFields = {
  kind: z.enum(PARTNER_KINDS),
  name: z.string().trim().min(1).max(200),
  contactPerson: optionalText(200),
  region: optionalText(100),
  phone: phoneNumber,
  /** The known number to call back when someone rings saying they are this partner. */
  verifiedPhone: phoneNumber,
  email: optionalEmail,
  notes: optionalText(2000),
  /** A police unit that works in Baken, by its short name; empty for none. */
  bakenSlug: slug,
};

export const partnerInput = z.object(partnerFields);
export type PartnerInput = z.infer<typeof partnerInput>;

export const partnerUpdate = z.object({
  ...partnerFields,
  /** On an update an empty bakenSlug keeps the current link; unlinkBaken removes it. */
  unlinkBaken: z.boolean().default(false),
  active: z.boolean(),
  updatedAt: z.iso.datetime().describe('updatedAt as last read; a different one means someone else changed it'),
});
export type PartnerUpdate = z.infer<typeof partnerUpdate>;

export const partnerListQuery = z.object({
  kind: z.enum(PARTNER_KINDS).optional(),
  region: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const partnerOutput = z.object({
  id: z.uuid(),
  kind: z.enum(PARTNER_KINDS),
  name: z.string(),
  contactPerson: z.string().nullable(),
  region: z.string().nullable(),
  phone: z.string().nullable(),
  verifiedPhone: z.string().nullable(),
  email: z.string().nullable(),
  notes: z.string().nullable(),
  /** Disclosures to this partner reach it inside Baken. */
  worksInBaken: z.boolean(),
  /** The display name of that police unit; never its id. */
  bakenOrganisationName: z.string().nullable(),
  active: z.boolean(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type PartnerOutput = z.infer<typeof partnerOutput>;

export const partnerListOutput = z.object({
  partners: z.array(partnerOutput),
  /** Every region named in the directory, for the filter. */
  regions: z.array(z.string()),
});

const colleague = z.object({ id: z.uuid(), displayName: z.string(), email: z.string(), active: z.boolean() });

export const organisationContactsOutput = z.object({
  phone247: z.string().nullable(),
  designatedOfficer: colleague.nullable(),
  substitute: colleague.nullable(),
  /** Null until the contact facts are saved for the first time. */
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  /** The police contacts from the directory: community officer, trafficking team, missing persons. */
  policeContacts: z.array(partnerOutput),
});
export type OrganisationContactsOutput = z.infer<typeof organisationContactsOutput>;

export const organisationContactsInput = z.object({
  phone247: phoneNumber,
  designatedOfficerId: z.uuid().nullable(),
  substituteId: z.uuid().nullable(),
  updatedAt: z.iso.datetime().nullable().describe('updatedAt as last read, or null for the first save'),
});
export type OrganisationContactsInput = z.infer<typeof organisationContactsInput>;

export const contactCandidatesOutput = z.object({
  designatedOfficers: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  substitutes: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
});
