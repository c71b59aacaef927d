// Safety first (quality framework 2.1): the risk assessment at the start of
// care, the safety plan's sections, the estimate for staff and other youths,
// and the sign-off by a qualified professional.
import { sql } from 'kysely';
import { filled, openInCareFor, planInForce, type IndicatorDefinition } from './definition.js';

/**
 * Population: open files two weeks into care. Met: the file holds the risk
 * assessment marked as the one at the start of care, made with an instrument
 * the instruments pack calls structured.
 */
export const structuredRiskAssessmentAtStart: IndicatorDefinition = {
  code: 'structuredRiskAssessmentAtStart',
  ref: '2.1-i1',
  unit: 'files',
  graceDays: 14,
  population: () => openInCareFor(14),
  condition: (c) => sql<boolean>`f.id IN (SELECT r.youth_id FROM risk_assessments r WHERE r.is_initial AND r.instrument = ANY (${[...c.structuredInstruments]}::text[]))`,
};

/**
 * Population: open files a month into care. Met: the safety plan in force (the
 * latest signed-off version) fills in the risky network, internet and social
 * media, absconding, contact with parents and cooperation with the police.
 */
export const safetyPlanSections: IndicatorDefinition = {
  code: 'safetyPlanSections',
  ref: '2.1-i2',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => sql<boolean>`f.id IN (SELECT p.youth_id FROM ${planInForce} p
    WHERE ${filled('p.risky_network')} AND ${filled('p.internet_use')} AND ${filled('p.absconding_risk')}
      AND ${filled('p.parent_contact')} AND ${filled('p.police_cooperation')})`,
};

/**
 * Population: open files a month into care. Met: the safety plan in force
 * says what the situation means for the safety of staff and other youths.
 */
export const staffSafetyEstimate: IndicatorDefinition = {
  code: 'staffSafetyEstimate',
  ref: '2.1-i3',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => sql<boolean>`f.id IN (SELECT p.youth_id FROM ${planInForce} p WHERE ${filled('p.staff_safety')})`,
};

/**
 * Population: open files a month into care. Met: a risk assessment and a
 * version of the safety plan have been signed off; only a lead professional
 * (caseFile.signOff) can sign off, and a signed-off record is locked.
 */
export const safetySignedOffByLead: IndicatorDefinition = {
  code: 'safetySignedOffByLead',
  ref: '2.1-i4',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => sql<boolean>`(f.id IN (SELECT r.youth_id FROM risk_assessments r WHERE r.signed_off_at IS NOT NULL)
    AND f.id IN (SELECT p.youth_id FROM safety_plans p WHERE p.signed_off_at IS NOT NULL))`,
};
