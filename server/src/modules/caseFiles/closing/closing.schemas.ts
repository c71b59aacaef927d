import { z } from 'zod';
import { isoDate, todayInNetherlands } from '../../../platform/http/schemas.js';
import { fieldKey } from '../../../platform/i18n/fieldMessages.js';

export const closeInput = z.object({
  // Dutch time, like every other "not in the future" rule: a file closed just after midnight is closed today.
  closedOn: isoDate.refine((v) => v <= todayInNetherlands(), fieldKey('dateInFuture')),
  reason: z.string().trim().min(1).max(2000).describe('Why care ends: where the youth goes next, or why the file closes'),
});
export type CloseInput = z.infer<typeof closeInput>;

/** The closing fields as the overview shows them. */
export const closedSchema = z.object({
  closedOn: z.string(),
  closureReason: z.string(),
  retentionUntil: z.string(),
});
