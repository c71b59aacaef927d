// The organisation's register of disclosures: filters, the rows, and counts.
import { z } from 'zod';
import { isoDate } from '../../../platform/http/schemas.js';
import { DATA_CATEGORIES, DISCLOSURE_SOURCES, LEGAL_GROUNDS, RECIPIENT_KINDS, SECRECY_GROUNDS } from '../disclosures.options.js';

export const registerQuery = z.object({
  /** Disclosed on or after this day (Dutch time). */
  from: isoDate.optional(),
  /** Disclosed on or before this day. */
  to: isoDate.optional(),
  recipientKind: z.enum(RECIPIENT_KINDS).optional(),
  legalGround: z.enum(LEGAL_GROUNDS).optional(),
  source: z.enum(DISCLOSURE_SOURCES).optional(),
});
export type RegisterQuery = z.infer<typeof registerQuery>;

export const registerRow = z.object({
  id: z.uuid(),
  disclosedAt: z.string(),
  source: z.enum(DISCLOSURE_SOURCES),
  recipientKind: z.enum(RECIPIENT_KINDS),
  recipientName: z.string(),
  purpose: z.string(),
  legalGround: z.enum(LEGAL_GROUNDS),
  secrecyGround: z.enum(SECRECY_GROUNDS),
  categories: z.array(z.enum(DATA_CATEGORIES)),
  decidedByName: z.string().nullable(),
  youthInformed: z.boolean(),
  delivered: z.boolean(),
  /** Only for a file the viewer may open; otherwise null, and the name is not shown either. */
  youthId: z.uuid().nullable(),
  youthName: z.string().nullable(),
});
export type RegisterRow = z.infer<typeof registerRow>;

const count = z.object({ key: z.string(), count: z.number().int() });

export const registerOutput = z.object({
  /** Every disclosure that matches; rows holds at most the newest 500 of them. */
  total: z.number().int(),
  rows: z.array(registerRow),
  byRecipientKind: z.array(count),
  byLegalGround: z.array(count),
});
export type RegisterOutput = z.infer<typeof registerOutput>;
