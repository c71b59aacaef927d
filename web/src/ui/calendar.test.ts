import { describe, expect, it } from 'vitest';
import { ageOn } from './calendar';

describe('ageOn', () => {
  it('counts a birthday only from the day itself', () => {
    expect(ageOn('2010-03-14', new Date(2026, 2, 13))).toBe(15);
    expect(ageOn('2010-03-14', new Date(2026, 2, 14))).toBe(16);
    expect(ageOn('2008-02-29', new Date(2026, 1, 28))).toBe(17);
    expect(ageOn('2008-02-29', new Date(2026, 2, 1))).toBe(18);
  });
});
