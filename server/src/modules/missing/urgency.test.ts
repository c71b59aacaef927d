// The urgency rule, by example and by property: urgent if and only if at least
// one criterion holds, never a criterion the professional did not tick, every
// ticked criterion explained, and suggestions from the file (young age, LVB)
// that follow the date of birth and the indication exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LVB_INDICATIONS } from '../caseFiles/caseFiles.options.js';
import { URGENCY_CRITERIA, YOUNG_AGE_SUGGESTED_BELOW, type UrgencyCriterion } from './missing.options.js';
import { ageOn, assessUrgency, suggestCriteria, urgencyProblems, type UrgencyAnswer } from './urgency.js';

const criterion = fc.constantFrom(...URGENCY_CRITERIA);
const explanation = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '   ', '\n\t'));
const answer = fc.record({ criterion, explanation });
const answers = fc.array(answer, { maxLength: 10 });
/** A set of distinct criteria, each with a real explanation: what a completed form sends. */
const completeAnswers = fc
  .uniqueArray(criterion, { maxLength: URGENCY_CRITERIA.length })
  .chain((held) => fc.tuple(fc.constant(held), fc.array(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''), { minLength: held.length, maxLength: held.length })))
  .map(([held, texts]) => held.map((c, i) => ({ criterion: c, explanation: texts[i]! })));

/** A calendar date between 1990 and 2040, as YYYY-MM-DD. */
const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('the urgency rule', () => {
  it('is urgent for the criteria of seed 001 and not without one', () => {
    expect(assessUrgency([])).toEqual({ urgent: false, criteria: [] });
    expect(assessUrgency([{ criterion: 'withCriminals', explanation: 'Gezien in de auto van Mo.' }])).toEqual({ urgent: true, criteria: ['withCriminals'] });
    expect(URGENCY_CRITERIA).toEqual(['honourViolence', 'crimeVictim', 'withCriminals', 'intellectualDisability', 'suicideRisk', 'youngAge']);
  });

  it('property: urgent if and only if at least one criterion holds', () => {
    fc.assert(
      fc.property(answers, (given) => {
        expect(assessUrgency(given).urgent).toBe(given.length > 0);
      }),
    );
  });

  it('property: names exactly the criteria that were ticked, each once, in the fixed order', () => {
    fc.assert(
      fc.property(answers, (given) => {
        const { criteria } = assessUrgency(given);
        expect(new Set(criteria)).toEqual(new Set(given.map((a) => a.criterion)));
        expect(criteria).toEqual(URGENCY_CRITERIA.filter((c) => criteria.includes(c)));
      }),
    );
  });

  it('property: the order of the answers does not change the outcome', () => {
    fc.assert(
      fc.property(answers, (given) => {
        expect(assessUrgency([...given].reverse())).toEqual(assessUrgency(given));
      }),
    );
  });

  it('property: a completed form (distinct criteria, each explained) has no problems', () => {
    fc.assert(
      fc.property(completeAnswers, (given) => {
        expect(urgencyProblems(given)).toEqual([]);
      }),
    );
  });

  it('property: every ticked criterion without an explanation is a problem, at its own place', () => {
    fc.assert(
      fc.property(answers, (given) => {
        const problems = urgencyProblems(given);
        const firstOf = new Map<UrgencyCriterion, number>();
        given.forEach((a, i) => {
          if (!firstOf.has(a.criterion)) firstOf.set(a.criterion, i);
        });
        const expected = given.flatMap((a, index) => {
          if (firstOf.get(a.criterion) !== index) return [{ index, key: 'criterionTwice' }];
          return a.explanation.trim() === '' ? [{ index, key: 'explanationMissing' }] : [];
        });
        expect(problems).toEqual(expected);
      }),
    );
  });

  it('refuses a criterion that is not on the list', () => {
    const forged = [{ criterion: 'runsFast', explanation: 'x' }] as unknown as UrgencyAnswer[];
    expect(urgencyProblems(forged)).toEqual([{ index: 0, key: 'unknownCriterion' }]);
    expect(assessUrgency(forged)).toEqual({ urgent: false, criteria: [] });
  });
});

describe('suggestions from the file', () => {
  it('counts a birthday as reached on the day itself', () => {
    expect(ageOn('2010-04-12', '2026-04-11')).toBe(15);
    expect(ageOn('2010-04-12', '2026-04-12')).toBe(16);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('property: suggests young age exactly below the age limit, with the age', () => {
    fc.assert(
      fc.property(day, day, fc.constantFrom(...LVB_INDICATIONS), (dateOfBirth, today, lvbIndication) => {
        fc.pre(dateOfBirth <= today);
        const age = ageOn(dateOfBirth, today);
        const young = suggestCriteria({ dateOfBirth, lvbIndication }, today).find((s) => s.criterion === 'youngAge');
        expect(young).toEqual(age < YOUNG_AGE_SUGGESTED_BELOW ? { criterion: 'youngAge', age } : undefined);
      }),
    );
  });

  it('property: suggests the LVB criterion for an indication of yes or suspected, and only then', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...LVB_INDICATIONS), (dateOfBirth, lvbIndication) => {
        const lvb = suggestCriteria({ dateOfBirth, lvbIndication }, '2041-01-01').find((s) => s.criterion === 'intellectualDisability');
        expect(lvb).toEqual(lvbIndication === 'yes' || lvbIndication === 'suspected' ? { criterion: 'intellectualDisability', lvbIndication } : undefined);
      }),
    );
  });

  it('property: a suggestion never makes an episode urgent by itself', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...LVB_INDICATIONS), answers, (dateOfBirth, lvbIndication, given) => {
        const suggested = suggestCriteria({ dateOfBirth, lvbIndication }, '2026-11-25');
        expect(suggested.every((s) => URGENCY_CRITERIA.includes(s.criterion))).toBe(true);
        // The outcome depends on the answers alone, whatever the file suggests.
        expect(assessUrgency(given).criteria.every((c) => given.some((a) => a.criterion === c))).toBe(true);
      }),
    );
  });

  it('property: age grows by exactly one on each birthday', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), (dateOfBirth, years) => {
        fc.pre(!dateOfBirth.endsWith('02-29'));
        const birthday = `${Number(dateOfBirth.slice(0, 4)) + years}${dateOfBirth.slice(4)}`;
        const dayBefore = new Date(`${birthday}T12:00:00Z`);
        dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
        expect(ageOn(dateOfBirth, birthday)).toBe(years);
        expect(ageOn(dateOfBirth, dayBefore.toISOString().slice(0, 10))).toBe(years - 1);
      }),
    );
  });
});
