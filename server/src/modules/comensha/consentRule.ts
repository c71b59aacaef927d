// The consent rule for a CoMensha registration, as a pure function: the
// server, the file page and the property tests all ask this one place.
//
// Reading of the sources: the quality framework (seed 003, 2.8) and the
// inspectorate's report (seed 004, footnote 5) allow a registration only with
// the explicit consent "of the youth (16+) or parents/guardian". We read that
// as the issue states it: from 16 the youth consents themself, and parents or
// a guardian cannot do it in their place; under 16 the parents or the guardian
// consent. Age is taken on the day the consent was signed.
//
// Dates are calendar days as YYYY-MM-DD, compared as strings (four-digit years).
import { OWN_CONSENT_AGE, type ConsentGiver, type ConsentProblem } from './comensha.options.js';

export interface ConsentFacts {
  givenBy: ConsentGiver;
  signedOn: string;
  withdrawnOn: string | null;
  hasDocument: boolean;
}

/**
 * Full years on a day. Someone born on 29 February has their birthday on
 * 1 March in other years: the later of the two readings, so a parent's
 * signature is asked for one day too long rather than one day too short.
 */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5, 10) >= dateOfBirth.slice(5, 10) ? years : years - 1;
}

/** Who must sign for a youth of this age. */
export function requiredSigners(age: number): readonly ConsentGiver[] {
  return age >= OWN_CONSENT_AGE ? ['youth'] : ['parents', 'guardian'];
}

export interface ConsentCheck {
  /** Empty when the consent carries a registration on that day. */
  problems: ConsentProblem[];
  /** The youth's age when the consent was signed; null without a consent. */
  ageAtSigning: number | null;
}

/**
 * Whether a consent carries a registration made on `registeredOn`, and if not,
 * every reason why (the message names them all, so nothing is fixed one at a time).
 */
export function checkConsent(consent: ConsentFacts | null, dateOfBirth: string, registeredOn: string): ConsentCheck {
  if (!consent) return { problems: ['noConsent'], ageAtSigning: null };
  const problems: ConsentProblem[] = [];
  const ageAtSigning = ageOn(dateOfBirth, consent.signedOn);
  if (consent.withdrawnOn !== null && consent.withdrawnOn <= registeredOn) problems.push('withdrawn');
  if (!requiredSigners(ageAtSigning).includes(consent.givenBy)) problems.push(ageAtSigning >= OWN_CONSENT_AGE ? 'signerMustBeYouth' : 'signerMustBeParents');
  if (!consent.hasDocument) problems.push('noDocument');
  if (consent.signedOn > registeredOn) problems.push('signedAfter');
  return { problems, ageAtSigning };
}

export function isValidForRegistration(consent: ConsentFacts | null, dateOfBirth: string, registeredOn: string): boolean {
  return checkConsent(consent, dateOfBirth, registeredOn).problems.length === 0;
}
