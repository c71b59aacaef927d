// Times in the audit trail, to the second and on the Dutch clock: the server
// groups "who looked" by the day in Europe/Amsterdam, so the times beside those
// days must be read on the same clock, whatever the browser's own time zone.
import i18n from '../../i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'nl-NL');
const TIME_ZONE = 'Europe/Amsterdam';

export function formatAuditDateTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'medium', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatAuditTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { timeStyle: 'medium', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) with its weekday: "wo 25 nov 2026". */
export function formatAuditDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}
