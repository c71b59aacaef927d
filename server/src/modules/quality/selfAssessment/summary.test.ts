import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../platform/content/content.js';
import { CRITERION_STATUSES, INDICATOR_ANSWERS } from './selfAssessment.options.js';
import { frameworkCriteria, isOverdue, selfAssessedIndicators, summarise } from './summary.js';

const framework = loadContent().qualityFramework;
const criterionRefs = frameworkCriteria(framework).map(({ criterion }) => criterion.ref);
const indicatorRefs = selfAssessedIndicators(framework).map(({ indicator }) => indicator.ref);
const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

describe('self-assessment summary', () => {
  it('counts an overdue criterion only when its date passed and it is not in practice', () => {
    expect(isOverdue({ status: 'beingArranged', dueOn: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ status: 'beingArranged', dueOn: '2026-01-02' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ status: 'inPractice', dueOn: '2025-01-01' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ status: null, dueOn: '2025-01-01' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ status: 'onPaper', dueOn: null }, '2026-01-02')).toBe(false);
  });

  it('gives every criterion of the framework exactly one status; elements add up to the whole', () => {
    const answers = fc.array(
      fc.record({ ref: fc.constantFrom(...criterionRefs, '9.9-c1'), status: fc.option(fc.constantFrom(...CRITERION_STATUSES), { nil: null }), dueOn: fc.option(day, { nil: null }) }),
      { maxLength: 60 },
    );
    const indicators = fc.array(fc.record({ ref: fc.constantFrom(...indicatorRefs, '2.1-i1'), answer: fc.option(fc.constantFrom(...INDICATOR_ANSWERS), { nil: null }) }), { maxLength: 10 });
    fc.assert(
      fc.property(answers, indicators, day, (criteria, given, today) => {
        const summary = summarise(framework, criteria, given, today);
        const { overall } = summary;
        expect(overall.criteria.total).toBe(criterionRefs.length);
        expect(overall.criteria.notAssessed + overall.criteria.notArranged + overall.criteria.beingArranged + overall.criteria.onPaper + overall.criteria.inPractice).toBe(overall.criteria.total);
        for (const key of ['total', 'notAssessed', 'notArranged', 'beingArranged', 'onPaper', 'inPractice', 'overdue'] as const) {
          expect(summary.elements.reduce((sum, e) => sum + e.criteria[key], 0)).toBe(overall.criteria[key]);
        }
        expect(overall.indicators.selfAssessed).toBe(indicatorRefs.length);
        expect(overall.indicators.answered).toBeLessThanOrEqual(overall.indicators.selfAssessed);
        expect(overall.indicators.computed + overall.indicators.selfAssessed).toBe(framework.coreElements.flatMap((e) => e.indicators).length);
        // The last answer given for a ref counts, as a map of rows by ref would keep it.
        const last = new Map(criteria.map((c) => [c.ref, c]));
        const inPractice = criterionRefs.filter((ref) => last.get(ref)?.status === 'inPractice').length;
        expect(overall.criteria.inPractice).toBe(inPractice);
      }),
      { numRuns: 200 },
    );
  });

  it('summarises a fresh assessment as all not assessed', () => {
    const summary = summarise(framework, [], [], '2026-03-01');
    expect(summary.elements).toHaveLength(16);
    expect(summary.overall.criteria.notAssessed).toBe(summary.overall.criteria.total);
    expect(summary.elements.find((e) => e.ref === '2.6')!.criteria.total).toBe(4);
    expect(summary.elements.find((e) => e.ref === '2.2')!.indicators).toEqual({ computed: 0, selfAssessed: 2, answered: 0 });
  });
});
