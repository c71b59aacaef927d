// What a police unit received: its own copy of a disclosure. Ids are the
// receiving organisation's own rows; nothing in here names a row or an id of
// the provider that disclosed.
import { z } from 'zod';
import { DATA_CATEGORIES, DISCLOSURE_SOURCES, LEGAL_GROUNDS } from '../disclosures.options.js';
import { disclosedContent } from '../disclosures.schemas.js';

export const receivedDisclosure = z.object({
  id: z.uuid(),
  sourceOrganisationName: z.string(),
  /** The discloser's number that is answered day and night. */
  sourcePhone247: z.string().nullable(),
  kind: z.enum(DISCLOSURE_SOURCES),
  purpose: z.string(),
  legalGround: z.enum(LEGAL_GROUNDS),
  categories: z.array(z.object({ category: z.enum(DATA_CATEGORIES), why: z.string() })),
  decidedByName: z.string(),
  subjectName: z.string(),
  disclosedAt: z.string(),
  receivedAt: z.string(),
  firstViewedAt: z.string().nullable(),
  hasPhoto: z.boolean(),
});
export type ReceivedDisclosure = z.infer<typeof receivedDisclosure>;

export const receivedDisclosureDetail = receivedDisclosure.extend({ content: disclosedContent });
export type ReceivedDisclosureDetail = z.infer<typeof receivedDisclosureDetail>;
