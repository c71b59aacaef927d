// Schemas shared by every module: the error shape and common field types.
import { z } from 'zod';
import { fieldKey } from '../i18n/fieldMessages.js';

export const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
  429: errorSchema,
};

export const idParam = z.object({ id: z.uuid() });
export const okSchema = z.object({ ok: z.literal(true) });

/** A calendar date as YYYY-MM-DD that really exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, fieldKey('dateFormat'))
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, fieldKey('dateDoesNotExist'));

export const trimmed = (min: number, max: number) => z.string().trim().min(min).max(max);

/**
 * Today's date where the professionals work. "Today" in UTC would reject a
 * note written just after midnight Dutch time as being in the future.
 */
export function todayInNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * A local Dutch date and time as a form sends it (YYYY-MM-DDTHH:mm). Store it
 * as a point in time with `localDateTimeSql`; a form's time is Dutch time.
 */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, fieldKey('dateFormat'))
  .refine((v) => isoDate.safeParse(v.slice(0, 10)).success && Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60, fieldKey('dateDoesNotExist'));

/** The same local time, now, in Dutch time: for "not in the future" checks on localDateTime values. */
export function nowInNetherlands(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
