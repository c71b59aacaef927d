// Elapsed time in hours and minutes, and form times in Dutch time whatever
// the device's zone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import i18n from '../../i18n';
import { dutchLocalInput, elapsedText, minutesBetween, splitMinutes } from './time';

describe('time on a missing episode', () => {
  const t = i18n.getFixedT('nl');
  const from = '2026-11-25T08:00:00.000Z';
  const at = (minutes: number) => new Date(from).getTime() + minutes * 60_000;

  it('says how long in hours and minutes, in words', () => {
    expect(elapsedText(t, from, at(0))).toBe('0 minuten');
    expect(elapsedText(t, from, at(1))).toBe('1 minuut');
    expect(elapsedText(t, from, at(45))).toBe('45 minuten');
    expect(elapsedText(t, from, at(60))).toBe('1 uur');
    expect(elapsedText(t, from, at(192))).toBe('3 uur en 12 minuten');
    expect(elapsedText(t, from, at(27 * 60 + 5))).toBe('27 uur en 5 minuten');
    expect(elapsedText(i18n.getFixedT('en'), from, at(61))).toBe('1 hour and 1 minute');
  });

  it('never counts backwards, and only whole minutes', () => {
    expect(minutesBetween(from, at(-3))).toBe(0);
    expect(minutesBetween(from, at(2) - 1)).toBe(1);
  });

  it('property: hours and minutes add up to the minutes elapsed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * 24 * 60 }), (total) => {
        const { hours, minutes } = splitMinutes(total);
        expect(hours * 60 + minutes).toBe(total);
        expect(minutes).toBeGreaterThanOrEqual(0);
        expect(minutes).toBeLessThan(60);
      }),
    );
  });

  it('gives the Dutch local time for a form, in winter and in summer', () => {
    expect(dutchLocalInput('2026-11-25T08:05:00Z')).toBe('2026-11-25T09:05');
    expect(dutchLocalInput('2026-07-01T22:30:00Z')).toBe('2026-07-02T00:30');
  });
});
