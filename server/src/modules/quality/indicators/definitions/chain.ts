// Working in the chain (quality framework 2.7 and 2.8): aftercare and the
// registration with CoMensha.
import { sql } from 'kysely';
import { OWN_CONSENT_AGE } from '../../../comensha/comensha.options.js';
import { filled, openInCareFor, type IndicatorDefinition } from './definition.js';

/**
 * 2.7 Population: files closed in the last twelve months, and open files whose
 * aftercare plan has been started. Met: the aftercare plan names who takes
 * over: the next provider, the district team or the local police officer.
 */
export const aftercareDocumented: IndicatorDefinition = {
  code: 'aftercareDocumented',
  ref: '2.7-i1',
  unit: 'files',
  graceDays: 0,
  population: (c) => sql<boolean>`((NOT f.active AND f.closed_on > (${c.today} - interval '12 months')::date)
    OR (f.active AND f.id IN (SELECT a.youth_id FROM aftercare_plans a)))`,
  condition: () => sql<boolean>`f.id IN (SELECT a.youth_id FROM aftercare_plans a
    WHERE ${filled('a.next_provider')} OR ${filled('a.district_team')} OR ${filled('a.local_police_officer')})`,
};

/** Full years on a day, as consentRule.ageOn counts them (a 29 February birthday falls on 1 March). */
const ageOn = (dateOfBirth: string, day: string) =>
  sql`(extract(year FROM ${sql.ref(day)})::int - extract(year FROM ${sql.ref(dateOfBirth)})::int
    - CASE WHEN to_char(${sql.ref(day)}, 'MM-DD') < to_char(${sql.ref(dateOfBirth)}, 'MM-DD') THEN 1 ELSE 0 END)`;

/**
 * 2.8 Population: open files with a registration with CoMensha. Met: every
 * registration rests on a consent that was valid on its day by the consent
 * rule (signed by the youth from 16, by the parents or guardian under 16;
 * signed on or before that day; not withdrawn by then) with the signed form
 * stored, and keeps its copy of what was sent.
 */
export const comenshaConsentAndCopy: IndicatorDefinition = {
  code: 'comenshaConsentAndCopy',
  ref: '2.8-i1',
  unit: 'files',
  graceDays: 0,
  population: () => sql<boolean>`(f.active AND f.id IN (SELECT r.youth_id FROM comensha_registrations r))`,
  condition: () => sql<boolean>`f.id NOT IN (
    SELECT r.youth_id FROM (
      SELECT r.youth_id, r.content, (r.registered_at AT TIME ZONE 'Europe/Amsterdam')::date AS registered_on,
        c.id AS consent_id, c.given_by, c.signed_on, c.withdrawn_on, y.date_of_birth
      FROM comensha_registrations r
      JOIN comensha_consents c ON c.id = r.consent_id
      JOIN youths y ON y.id = r.youth_id
    ) r
    WHERE r.content IS NULL
      OR r.signed_on > r.registered_on
      OR (r.withdrawn_on IS NOT NULL AND r.withdrawn_on <= r.registered_on)
      OR (${ageOn('r.date_of_birth', 'r.signed_on')} >= ${sql.lit(OWN_CONSENT_AGE)}) <> (r.given_by = 'youth')
      OR r.consent_id NOT IN (SELECT d.consent_id FROM comensha_consent_documents d))`,
};

/**
 * 2.8 Population: open files a month into care without a registration with
 * CoMensha. Met: the file holds a reasoning why no registration was made.
 */
export const comenshaNoRegistrationReasoned: IndicatorDefinition = {
  code: 'comenshaNoRegistrationReasoned',
  ref: '2.8-i2',
  unit: 'files',
  graceDays: 30,
  population: () => sql<boolean>`(${openInCareFor(30)} AND f.id NOT IN (SELECT r.youth_id FROM comensha_registrations r))`,
  condition: () => sql<boolean>`f.id IN (SELECT n.youth_id FROM comensha_no_registrations n)`,
};
