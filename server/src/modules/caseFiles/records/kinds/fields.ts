// Field schemas the kinds share. Messages are catalog keys (fieldMessages.ts).
import { z } from 'zod';
import { isoDate, todayInNetherlands } from '../../../../platform/http/schemas.js';
import { fieldKey } from '../../../../platform/i18n/fieldMessages.js';

/** A date on which something happened: not in the future (Dutch time). */
export const pastDate = isoDate.refine((v) => v <= todayInNetherlands(), fieldKey('dateInFuture'));
export const anyDate = isoDate;
export const optionalDate = isoDate.nullable().default(null);
/** Required text, trimmed. */
export const required = (max: number) => z.string().trim().min(1).max(max);
/** Text that may be left empty. */
export const optional = (max: number) => z.string().trim().max(max).default('');
/** A list of short texts (names, phone numbers), empty entries dropped. */
export const list = (maxItems: number, maxLength: number) =>
  z
    .array(z.string().trim().max(maxLength))
    .max(maxItems)
    .transform((items) => items.filter((item) => item !== ''))
    .default([]);
