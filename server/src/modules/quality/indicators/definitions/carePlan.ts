// The care plan and the life around it (quality framework 2.3–2.6): phases,
// the analysis and its reviews, the network and the parents, education,
// leisure and housing.
import { sql } from 'kysely';
import { filled, goalIn, goalWithProgress, openInCareFor, type IndicatorDefinition } from './definition.js';

const RISKY = sql`('risky', 'dangerous')`;

/** 2.3 Population: open files a month into care. Met: a phase of the care plan is running today. */
export const phasedPlanning: IndicatorDefinition = {
  code: 'phasedPlanning',
  ref: '2.3-i1',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: (c) => sql<boolean>`f.id IN (SELECT ph.youth_id FROM care_phases ph
    WHERE ph.started_on <= ${c.today} AND (ph.ended_on IS NULL OR ph.ended_on >= ${c.today}))`,
};

/**
 * 2.4 Population: open files a month into care. Met: the latest analysis a
 * lead professional signed off fills in problems, risks, needs and strengths,
 * and the exploitation itself, the behaviour on the surface and what lies
 * beneath (trauma, attachment).
 */
export const carePlanAnalysis: IndicatorDefinition = {
  code: 'carePlanAnalysis',
  ref: '2.4-i1',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => sql<boolean>`f.id IN (SELECT a.youth_id FROM (
      SELECT DISTINCT ON (a.youth_id) a.* FROM care_plan_analyses a
      WHERE a.signed_off_at IS NOT NULL ORDER BY a.youth_id, a.analysed_on DESC, a.created_at DESC
    ) a
    WHERE ${filled('a.problems')} AND ${filled('a.risks')} AND ${filled('a.needs')} AND ${filled('a.strengths')}
      AND ${filled('a.exploitation')} AND ${filled('a.surface_behaviour')} AND ${filled('a.underlying_problems')})`,
};

/**
 * 2.4 Population: open files whose care started at least three months ago
 * (before then no review is due). Met: from the start of care through every
 * review up to today, no stretch is longer than three months, and the next
 * review the latest one agreed is not overdue (the work list's rule).
 */
export const reviewsWithinThreeMonths: IndicatorDefinition = {
  code: 'reviewsWithinThreeMonths',
  ref: '2.4-i2',
  unit: 'files',
  // Three calendar months; the population says it in months, this is for the dashboard's words.
  graceDays: 91,
  population: (c) => sql<boolean>`(f.active AND (f.care_start + interval '3 months')::date <= ${c.today})`,
  // Each review after the start of care against the one before it (or the start), and the last one against
  // today; a file without reviews is only within three months at its first day in the population.
  condition: (c) => sql<boolean>`((f.id IN (
      SELECT g.youth_id FROM (
        SELECT r.youth_id, max(r.reviewed_on) AS last_on,
          bool_and(r.reviewed_on <= (coalesce(r.prev_on, r.care_start) + interval '3 months')::date) AS gaps_ok
        FROM (
          SELECT r.youth_id, r.reviewed_on, f3.care_start,
            lag(r.reviewed_on) OVER (PARTITION BY r.youth_id ORDER BY r.reviewed_on) AS prev_on
          FROM care_reviews r JOIN f f3 ON f3.id = r.youth_id
          WHERE r.reviewed_on > f3.care_start AND r.reviewed_on <= ${c.today}
        ) r
        GROUP BY r.youth_id
      ) g
      WHERE g.gaps_ok AND (g.last_on + interval '3 months')::date >= ${c.today}
    ) OR (f.care_start + interval '3 months')::date >= ${c.today})
    AND f.id NOT IN (SELECT r.youth_id FROM (
      SELECT DISTINCT ON (r.youth_id) r.youth_id, r.next_review_on FROM care_reviews r ORDER BY r.youth_id, r.reviewed_on DESC, r.created_at DESC
    ) r WHERE r.next_review_on < ${c.today}))`,
};

/**
 * 2.5 Population: open files a month into care. Met: the network analysis is
 * recorded, and the network names at least one risky or dangerous person,
 * place or account (the risks) and at least one supportive person or place
 * (the strengths).
 */
export const networkAnalysisRisksStrengths: IndicatorDefinition = {
  code: 'networkAnalysisRisksStrengths',
  ref: '2.5-i1',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => sql<boolean>`(f.id IN (SELECT n.youth_id FROM network_analyses n)
    AND f.id IN (
      SELECT p.youth_id FROM network_persons p WHERE NOT p.removed AND p.classification IN ${RISKY}
      UNION ALL SELECT p.youth_id FROM network_places p WHERE NOT p.removed AND p.classification IN ${RISKY}
      UNION ALL SELECT a.youth_id FROM network_accounts a WHERE NOT a.removed AND a.classification IN ${RISKY})
    AND f.id IN (
      SELECT p.youth_id FROM network_persons p WHERE NOT p.removed AND p.classification = 'supportive'
      UNION ALL SELECT p.youth_id FROM network_places p WHERE NOT p.removed AND p.classification = 'supportive'))`,
};

/** 2.5 Population: open files a month into care. Met: a goal on parents and network with at least one progress report. */
export const parentsGoals: IndicatorDefinition = {
  code: 'parentsGoals',
  ref: '2.5-i2',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => goalWithProgress('parentsNetwork'),
};

/**
 * 2.6 Population: open files a month into care. Met: an education goal that
 * started before the first phase ended (while phase 1 runs, or without
 * phases, any education goal).
 */
export const educationGoalFirstPhase: IndicatorDefinition = {
  code: 'educationGoalFirstPhase',
  ref: '2.6-i1',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => sql<boolean>`f.id IN (SELECT g.youth_id FROM care_goals g
    LEFT JOIN care_phases ph ON ph.youth_id = g.youth_id AND ph.number = 1
    WHERE g.domain = 'education' AND (ph.ended_on IS NULL OR g.started_on <= ph.ended_on))`,
};

/** 2.6 Population: open files a month into care. Met: a goal on leisure and a goal on housing (going home or a new place to live). */
export const leisureAndHousingGoals: IndicatorDefinition = {
  code: 'leisureAndHousingGoals',
  ref: '2.6-i2',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => sql<boolean>`(${goalIn('leisure')} AND ${goalIn('housing')})`,
};
