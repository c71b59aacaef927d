// The urgency rule of a missing episode, as pure functions the server and the
// client share. A missing youth is urgent when at least one criterion holds;
// the professional must be able to tell the police what shows it, so every
// criterion that holds carries an explanation. Suggestions from the file (a
// young age, an LVB indication) are offered, never ticked on anyone's behalf.
import { LVB_SUGGESTING, URGENCY_CRITERIA, YOUNG_AGE_SUGGESTED_BELOW, type UrgencyCriterion } from './missing.options.js';

export interface UrgencyAnswer {
  criterion: UrgencyCriterion;
  /** "Waar blijkt dat uit?": what the professional tells the police. */
  explanation: string;
}

export type UrgencyProblem = { index: number; key: 'explanationMissing' | 'criterionTwice' | 'unknownCriterion' };

export interface Urgency {
  urgent: boolean;
  /** The criteria that hold, in the order of URGENCY_CRITERIA. */
  criteria: UrgencyCriterion[];
}

export const isCriterion = (value: string): value is UrgencyCriterion => (URGENCY_CRITERIA as readonly string[]).includes(value);

/** Urgent if and only if at least one criterion holds. */
export function assessUrgency(answers: readonly UrgencyAnswer[]): Urgency {
  const held = new Set(answers.map((a) => a.criterion).filter(isCriterion));
  const criteria = URGENCY_CRITERIA.filter((c) => held.has(c));
  return { urgent: criteria.length > 0, criteria };
}

/** What is wrong with the answers, every problem at once: a criterion without explanation, one named twice. */
export function urgencyProblems(answers: readonly UrgencyAnswer[]): UrgencyProblem[] {
  const problems: UrgencyProblem[] = [];
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    if (!isCriterion(answer.criterion)) problems.push({ index, key: 'unknownCriterion' });
    else if (seen.has(answer.criterion)) problems.push({ index, key: 'criterionTwice' });
    else if (answer.explanation.trim() === '') problems.push({ index, key: 'explanationMissing' });
    seen.add(answer.criterion);
  });
  return problems;
}

/** Whole years between a date of birth and a day, both YYYY-MM-DD; no time zone in play. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export type Suggestion = { criterion: 'youngAge'; age: number } | { criterion: 'intellectualDisability'; lvbIndication: (typeof LVB_SUGGESTING)[number] };

/**
 * Criteria the file suggests the professional considers: a youth under
 * YOUNG_AGE_SUGGESTED_BELOW on the day, and an LVB indication of yes or
 * suspected. The form shows them beside the checkbox; ticking stays a choice.
 */
export function suggestCriteria(youth: { dateOfBirth: string; lvbIndication: string }, day: string): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const age = ageOn(youth.dateOfBirth, day);
  if (age < YOUNG_AGE_SUGGESTED_BELOW) suggestions.push({ criterion: 'youngAge', age });
  const lvb = LVB_SUGGESTING.find((value) => value === youth.lvbIndication);
  if (lvb) suggestions.push({ criterion: 'intellectualDisability', lvbIndication: lvb });
  return suggestions;
}
