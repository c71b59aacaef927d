import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressRow, shownText, type Shown } from './suppression.js';

// An independent reader: every assignment of the hidden cells that agrees with
// what is shown, found by brute force (not by the interval formula the scheme uses).
function possibleValues(quarters: Shown[], year: Shown): Map<number, Set<number>> {
  const range = (s: Shown, cap: number): number[] => {
    if (s.kind === 'value') return [s.value];
    const [lo, hi] = s.kind === 'small' ? [0, 4] : [5, cap];
    return Array.from({ length: Math.max(0, hi - lo + 1) }, (_, k) => lo + k);
  };
  const cap = 60;
  const years = year.kind === 'value' ? [year.value] : year.kind === 'small' ? [1, 2, 3, 4] : null;
  const found = new Map<number, Set<number>>();
  quarters.forEach((q, i) => q.kind !== 'value' && found.set(i, new Set()));
  const pick: number[] = [];
  const walk = (i: number, sum: number): void => {
    if (i === quarters.length) {
      // A year of 0 is always shown as 0, so a hidden year is never 0 either.
      const fits = years === null ? sum >= 5 : years.includes(sum);
      if (fits) found.forEach((set, k) => set.add(pick[k]!));
      return;
    }
    for (const v of range(quarters[i]!, cap)) {
      if (years !== null && sum + v > Math.max(...years)) break;
      pick[i] = v;
      walk(i + 1, sum + v);
    }
  };
  walk(0, 0);
  return found;
}

const count = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 6 }), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 15 }), weight: 1 });

describe('small-cell suppression', () => {
  it('shows 1 to 4 as "< 5", keeps 0 and larger counts', () => {
    const row = suppressRow([0, 3, 12, 7], 22);
    expect(row.quarters.map(shownText)).toEqual(['< 5', '< 5', '12', '7']);
    expect(shownText(row.year)).toBe('22');
  });

  it('hides the smallest other count as x when no 0 can protect a lone small count', () => {
    const row = suppressRow([2, 9, 6, 11], 28);
    expect(row.quarters.map(shownText)).toEqual(['< 5', '9', 'x', '11']);
  });

  it('hides every quarter when the year is under 5', () => {
    expect(suppressRow([0, 1, 0, 2], 3).quarters.map(shownText)).toEqual(['< 5', '< 5', '< 5', '< 5']);
    expect(shownText(suppressRow([0, 1, 0, 2], 3).year)).toBe('< 5');
  });

  it('two fours with a shown year would give each other away', () => {
    const row = suppressRow([4, 4, 10, 10], 28);
    expect(row.quarters.filter((q) => q.kind !== 'value').length).toBeGreaterThan(2);
  });

  it('no hidden cell of any row can be worked out from the shown cells and the year', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 4, maxLength: 4 }), (quarters) => {
        const year = quarters.reduce((a, b) => a + b, 0);
        const row = suppressRow(quarters, year);
        // Honest: a shown value is the count, "< 5" is under 5, x is 5 or more.
        row.quarters.forEach((s, i) => {
          if (s.kind === 'value') expect(s.value).toBe(quarters[i]);
          else if (s.kind === 'small') expect(quarters[i]).toBeLessThan(5);
          else expect(quarters[i]).toBeGreaterThanOrEqual(5);
          if (quarters[i]! >= 1 && quarters[i]! <= 4) expect(s.kind).toBe('small');
        });
        if (row.year.kind === 'value') expect(row.year.value).toBe(year);
        if (year >= 1 && year <= 4) expect(row.year.kind).toBe('small');
        for (const [i, values] of possibleValues(row.quarters, row.year)) {
          expect(values.has(quarters[i]!)).toBe(true);
          expect(values.size, `cell ${i} of ${quarters.join(',')}`).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
