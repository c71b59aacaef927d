import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DELIBERATION_OUTCOMES, OFFENCES_WHILE_EXPLOITED, OUTCOMES_WITH_DATE, YOUTH_WISHES } from './policeCooperation.options.js';
import { deliberationProblems, policeReportDeliberationInput, policeReportDeliberationKind } from './policeReportDeliberation.kind.js';

const example = policeReportDeliberationKind.example as Record<string, unknown>;
const valid = () => policeReportDeliberationInput.parse(example);

describe('report deliberation input', () => {
  it('accepts the example and leaves no answer about the youth filled in beforehand', () => {
    expect(deliberationProblems(valid())).toEqual([]);
    const { youthWish, offences, vulnerability, outcome, ...rest } = example;
    void [youthWish, offences, vulnerability, outcome];
    const missing = policeReportDeliberationInput.safeParse(rest);
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['offences', 'outcome', 'vulnerability', 'youthWish']);
  });

  it('needs participants and the weighing itself', () => {
    expect(policeReportDeliberationInput.safeParse({ ...example, participants: [' '] }).success).toBe(false);
    expect(policeReportDeliberationInput.safeParse({ ...example, weighing: '  ' }).success).toBe(false);
  });

  it('refuses a lawyer meeting or police intake in the future', () => {
    expect(policeReportDeliberationInput.safeParse({ ...example, lawyerConsultedOn: '2999-01-01' }).success).toBe(false);
    expect(policeReportDeliberationInput.safeParse({ ...example, policeIntakeOn: '2999-01-01' }).success).toBe(false);
    // A follow-up date is meant to lie ahead.
    expect(policeReportDeliberationInput.safeParse({ ...example, followUpOn: '2999-01-01' }).success).toBe(true);
  });
});

describe('report deliberation rules', () => {
  it('asks for the non-punishment principle exactly when there may have been offences', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OFFENCES_WHILE_EXPLOITED), fc.boolean(), (offences, noted) => {
        const problems = deliberationProblems({ ...valid(), offences, nonPunishment: noted ? 'Besproken met de advocaat.' : '' });
        const asked = problems.some((p) => p.path === 'nonPunishment');
        expect(asked).toBe(!noted && (offences === 'possibly' || offences === 'yes'));
      }),
    );
  });

  it('never records a report by the youth against the youth’s recorded wish', () => {
    fc.assert(
      fc.property(fc.constantFrom(...YOUTH_WISHES), (youthWish) => {
        const problems = deliberationProblems({ ...valid(), youthWish, outcome: 'reportMade', outcomeOn: '2026-01-12' });
        expect(problems.some((p) => p.key === 'reportAgainstWish')).toBe(youthWish !== 'wantsToReport');
      }),
    );
  });

  it('asks for the date of what was done, and words for "other"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DELIBERATION_OUTCOMES), (outcome) => {
        const problems = deliberationProblems({ ...valid(), youthWish: 'wantsToReport', outcome, outcomeOn: null, outcomeNote: '' });
        expect(problems.some((p) => p.key === 'outcomeDateMissing')).toBe(OUTCOMES_WITH_DATE.includes(outcome));
        expect(problems.some((p) => p.key === 'outcomeNoteMissing')).toBe(outcome === 'other');
      }),
    );
  });
});
