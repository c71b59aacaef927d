// The specific core elements (quality framework 3.1–3.4): medical care at the
// start and after going missing, trauma, self-esteem, healthy relationships.
import { sql } from 'kysely';
import { goalWithProgress, openInCareFor, type IndicatorDefinition } from './definition.js';

/** Days a team has after a youth came back from going missing to record the medical decision. */
export const MEDICAL_AFTER_RETURN_DAYS = 7;

/**
 * 3.1 Population: open files two weeks into care. Met: a medical decision at
 * the start of care, and for every missing episode that ended more than a
 * week ago, a medical decision after the return (the one the return form
 * recorded, or one "after going missing" dated within a week of the return).
 */
export const medicalDecisionsStartAndMissing: IndicatorDefinition = {
  code: 'medicalDecisionsStartAndMissing',
  ref: '3.1-i1',
  unit: 'files',
  graceDays: 14,
  population: () => openInCareFor(14),
  condition: (c) => sql<boolean>`(f.id IN (SELECT d.youth_id FROM medical_decisions d WHERE d.moment = 'startOfCare')
    AND f.id NOT IN (
      SELECT e.youth_id FROM (
        SELECT e.youth_id, e.medical_decision_id, (e.returned_at AT TIME ZONE 'Europe/Amsterdam')::date AS returned_on
        FROM missing_episodes e WHERE e.status = 'returned'
      ) e
      WHERE e.returned_on <= ${c.today} - ${sql.lit(MEDICAL_AFTER_RETURN_DAYS)}
        AND e.medical_decision_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM medical_decisions d WHERE d.youth_id = e.youth_id AND d.moment = 'afterMissing'
          AND d.decided_on BETWEEN e.returned_on AND e.returned_on + ${sql.lit(MEDICAL_AFTER_RETURN_DAYS)})))`,
};

/** 3.2 Population: open files a month into care. Met: a goal on processing trauma with at least one progress report. */
export const traumaGoalsProgress: IndicatorDefinition = {
  code: 'traumaGoalsProgress',
  ref: '3.2-i1',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => goalWithProgress('traumaProcessing'),
};

/** 3.3 Population: open files a month into care. Met: a goal on self-esteem and self-determination with at least one progress report. */
export const selfEsteemGoalsProgress: IndicatorDefinition = {
  code: 'selfEsteemGoalsProgress',
  ref: '3.3-i1',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => goalWithProgress('selfEsteem'),
};

/** 3.4 Population: open files a month into care. Met: a goal on healthy relationships, sexuality and intimacy with at least one progress report. */
export const relationshipGoalsProgress: IndicatorDefinition = {
  code: 'relationshipGoalsProgress',
  ref: '3.4-i1',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => goalWithProgress('healthyRelationships'),
};
