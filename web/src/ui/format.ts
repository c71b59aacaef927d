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

/** "1, 2 en 4" / "1, 2 and 4": a list as a sentence reads it, in the interface language. */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * Option labels stand alone with a capital ("De ouders"); inside a sentence
 * every label after the first starts lower-case ("De jongere en de ouders").
 * Names keep their capitals: a label whose first word carries another capital
 * ("CoMensha") or whose next word is capitalised too ("Veilig Thuis").
 */
export function formatLabelList(labels: string[]): string {
  return formatList(labels.map((label, index) => (index === 0 || isName(label) ? label : label.charAt(0).toLocaleLowerCase(locale()) + label.slice(1))));
}

function isName(label: string): boolean {
  const [first = '', second = ''] = label.split(' ');
  return /\p{Lu}/u.test(first.slice(1)) || /^\p{Lu}/u.test(second);
}
