// What a visit's record must make stand out: a visitor who is a risky or
// dangerous person in the network analysis, and an identity document that had
// expired on the day of the visit.
import type { Classification } from './networkModel';

/** The calendar day of a moment in Dutch time: a visit at 00:30 belongs to that day, not to the day before in UTC. */
export function dutchDate(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** An identity document is valid up to and including its expiry date. */
export function idExpiredOnVisit(expiry: string | null | undefined, occurredAt: string): boolean {
  return !!expiry && expiry < dutchDate(occurredAt);
}

export function needsWarning(classification: Classification | undefined): classification is 'risky' | 'dangerous' {
  return classification === 'risky' || classification === 'dangerous';
}
