// The care plan's calendar: when the next review is due, how urgent that is,
// which phase is current. Pure functions on YYYY-MM-DD dates, so the rules are
// unit-tested without a browser and no time zone can shift a day.

/** Reviews every three months (quality framework 2.4). */
export const REVIEW_INTERVAL_MONTHS = 3;
/** From this many days before the due date the page warns. */
export const REVIEW_WARNING_DAYS = 14;

const parts = (date: string) => date.slice(0, 10).split('-').map(Number) as [number, number, number];
const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/**
 * The same day some months later, on the calendar: 30 November plus three
 * months is 28 (or 29) February, never 2 March as Date overflow would have it.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d, lastDay));
}

/** Whole days from one date to another (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

/** The calendar date of a timestamp where the browser is. */
export function localDate(timestamp: string): string {
  const d = new Date(timestamp);
  return iso(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export type DueBasis = 'review' | 'careStart' | 'fileOpened';

export interface ReviewDue {
  on: string;
  basis: DueBasis;
}

/**
 * When the plan is next to be reviewed: as agreed at the latest review; before
 * any review, three months after care started, or failing that three months
 * after the file was opened.
 */
export function nextReviewDue(input: {
  reviews: readonly { reviewedOn: string; nextReviewOn: string }[];
  careStartedOn?: string | null | undefined;
  fileOpenedOn: string;
}): ReviewDue {
  const latest = [...input.reviews].sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn))[0];
  if (latest) return { on: latest.nextReviewOn, basis: 'review' };
  if (input.careStartedOn) return { on: addMonths(input.careStartedOn, REVIEW_INTERVAL_MONTHS), basis: 'careStart' };
  return { on: addMonths(input.fileOpenedOn, REVIEW_INTERVAL_MONTHS), basis: 'fileOpened' };
}

export type Urgency = 'later' | 'soon' | 'overdue';

export function reviewUrgency(due: string, today: string): { urgency: Urgency; days: number } {
  const days = daysBetween(today, due);
  if (days < 0) return { urgency: 'overdue', days: -days };
  return { urgency: days <= REVIEW_WARNING_DAYS ? 'soon' : 'later', days };
}

export interface PhaseLike {
  number: number;
  startedOn: string;
  endedOn: string | null;
}

/**
 * The phase the youth is in today: started, not yet ended; of several, the one
 * started last. A phase that starts later is not current yet.
 */
export function currentPhase<T extends PhaseLike>(phases: readonly T[], today: string): T | undefined {
  return phases
    .filter((p) => p.startedOn <= today && (!p.endedOn || p.endedOn >= today))
    .sort((a, b) => b.startedOn.localeCompare(a.startedOn) || b.number - a.number)[0];
}

/** The phases in the order the youth went through them. */
export function phasesInOrder<T extends PhaseLike>(phases: readonly T[]): T[] {
  return [...phases].sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.number - b.number);
}
