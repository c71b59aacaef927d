import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../platform/content/content.js';
import { countAnswers, progressOf } from './progress.js';

describe('checklist progress', () => {
  const pack = loadContent().municipalChecklist;

  it('counts answered and each answer, unanswered ones only as questions', () => {
    expect(countAnswers(['yes', 'no', null, 'partly', 'no', 'unknown', null])).toEqual({ questions: 7, answered: 5, yes: 1, partly: 1, no: 2, unknown: 1 });
  });

  it('counts per check and overall over every question of the pack', () => {
    const answers = new Map([
      ['1.1', 'yes' as const],
      ['1.2', 'no' as const],
      ['3.4', 'partly' as const],
    ]);
    const progress = progressOf(pack, answers);
    expect(progress.overall).toEqual({ questions: 24, answered: 3, yes: 1, partly: 1, no: 1, unknown: 0 });
    expect(progress.checks.map((c) => c.ref)).toEqual(['1', '2', '3', '4', '5']);
    expect(progress.checks[0]!.counts).toEqual({ questions: 4, answered: 2, yes: 1, partly: 0, no: 1, unknown: 0 });
    expect(progress.checks[2]!.counts.partly).toBe(1);
    expect(progress.checks.reduce((n, c) => n + c.counts.questions, 0)).toBe(24);
  });
});
