import { describe, expect, it } from 'vitest';
import { addMonths, currentPhase, daysBetween, nextReviewDue, phasesInOrder, reviewUrgency } from './schedule';

describe('the care plan calendar', () => {
  it('adds months on the calendar, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2026-10-31', 3)).toBe('2027-01-31');
    expect(addMonths('2026-03-31', 3)).toBe('2026-06-30');
  });

  it('counts days between dates, across a change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
  });

  it('takes the next review from the latest review, else from the start of care, else from the file', () => {
    const reviews = [
      { reviewedOn: '2026-01-10', nextReviewOn: '2026-04-10' },
      { reviewedOn: '2026-04-08', nextReviewOn: '2026-07-08' },
    ];
    expect(nextReviewDue({ reviews, careStartedOn: '2025-10-01', fileOpenedOn: '2025-09-01' })).toEqual({ on: '2026-07-08', basis: 'review' });
    expect(nextReviewDue({ reviews: [], careStartedOn: '2025-11-30', fileOpenedOn: '2025-09-01' })).toEqual({ on: '2026-02-28', basis: 'careStart' });
    expect(nextReviewDue({ reviews: [], careStartedOn: null, fileOpenedOn: '2025-09-01' })).toEqual({ on: '2025-12-01', basis: 'fileOpened' });
  });

  it('warns from fourteen days before the review and marks it overdue the day after', () => {
    expect(reviewUrgency('2026-05-01', '2026-04-16')).toEqual({ urgency: 'later', days: 15 });
    expect(reviewUrgency('2026-05-01', '2026-04-17')).toEqual({ urgency: 'soon', days: 14 });
    expect(reviewUrgency('2026-05-01', '2026-05-01')).toEqual({ urgency: 'soon', days: 0 });
    expect(reviewUrgency('2026-05-01', '2026-05-03')).toEqual({ urgency: 'overdue', days: 2 });
  });

  it('finds the phase the youth is in today', () => {
    const phases = [
      { number: 2, startedOn: '2026-03-01', endedOn: null },
      { number: 1, startedOn: '2026-01-05', endedOn: '2026-02-28' },
      { number: 3, startedOn: '2026-09-01', endedOn: null },
    ];
    expect(currentPhase(phases, '2026-02-10')?.number).toBe(1);
    expect(currentPhase(phases, '2026-04-01')?.number).toBe(2);
    expect(currentPhase(phases, '2025-12-01')).toBeUndefined();
    expect(phasesInOrder(phases).map((p) => p.number)).toEqual([1, 2, 3]);
  });
});
