// Dates and times as Dutch professionals read them, in the interface language.
// The Intl API does the work; dates of birth and note dates are calendar dates
// (YYYY-MM-DD) and are never shifted by time zones.
import i18n from '../i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'nl-NL');

export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { timeStyle: 'short' }).format(new Date(iso));
}
