// When a registration counts, and when it is a reminder. Pure, so the rule can
// be tested around its boundaries without a database; the SQL in
// staffCoverage.ts and expertise.service.ts says the same thing.
import { EXPIRY_REMINDER_DAYS, type RegistrationState } from './expertise.options.js';

const DAY = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * A registration is valid from its first day up to and including its expiry
 * day. It is a reminder from EXPIRY_REMINDER_DAYS before expiry (inclusive),
 * and expired from the day after.
 */
export function registrationState(registration: { registeredFrom: string; expiresOn: string; withdrawn: boolean }, today: string): RegistrationState {
  if (registration.withdrawn) return 'withdrawn';
  if (registration.registeredFrom > today) return 'notYetValid';
  const days = daysBetween(today, registration.expiresOn);
  if (days < 0) return 'expired';
  return days <= EXPIRY_REMINDER_DAYS ? 'expiresSoon' : 'valid';
}

/** Registered on the day: the state counts as a registration that holds today. */
export const countsAsRegistered = (state: RegistrationState) => state === 'valid' || state === 'expiresSoon';
