// The registration rule around its boundaries, and the ratios per team counted
// by hand: someone in two teams counts in both, once for the organisation, and
// people in no team get a row of their own.
import { describe, expect, it } from 'vitest';
import { countsAsRegistered, daysBetween, registrationState } from './expiry.js';
import { teamRatios } from './teamRatios.js';
import type { StaffCoverageRow } from './staffCoverage.js';

const today = '2026-03-01';
const state = (registeredFrom: string, expiresOn: string, withdrawn = false) => registrationState({ registeredFrom, expiresOn, withdrawn }, today);

describe('registration state', () => {
  it('counts days across a leap-free February and a year end', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it('is valid up to and including the expiry day, a reminder from 60 days before, expired the day after', () => {
    // 1 March + 60 days = 30 April; + 61 = 1 May.
    expect(state('2025-01-01', '2026-05-01')).toBe('valid');
    expect(state('2025-01-01', '2026-04-30')).toBe('expiresSoon');
    expect(state('2025-01-01', '2026-03-01')).toBe('expiresSoon');
    expect(state('2025-01-01', '2026-02-28')).toBe('expired');
    expect(state('2026-03-02', '2030-01-01')).toBe('notYetValid');
    expect(state('2026-03-01', '2030-01-01')).toBe('valid');
    expect(state('2025-01-01', '2030-01-01', true)).toBe('withdrawn');
    expect(['valid', 'expiresSoon', 'expired', 'notYetValid', 'withdrawn'].filter((s) => countsAsRegistered(s as never))).toEqual(['valid', 'expiresSoon']);
  });
});

describe('team ratios', () => {
  const person = (userId: string, teamIds: string[], registeredOn: boolean, hasRelevantTraining: boolean): StaffCoverageRow => ({
    userId,
    displayName: userId,
    teamIds,
    registeredOn,
    hasRelevantTraining,
    hasAccreditedRelevantTraining: false,
  });

  it('counts per team, in no team and for the organisation', () => {
    const staff = [person('a', ['n'], true, true), person('b', ['n', 'z'], true, false), person('c', ['z'], false, true), person('d', [], false, false), person('e', ['gone'], true, true)];
    const rows = teamRatios(staff, [
      { id: 'n', name: 'Noord' },
      { id: 'z', name: 'Zuid' },
      { id: 'leeg', name: 'Leeg' },
    ]);
    // Noord a, b: 2 of 2 registered, 1 trained. Zuid b, c: 1 of 2, 1 trained. Leeg: nobody.
    // No (known) team: d, e → 1 of 2 registered, 1 trained. Organisation: a..e → 3 of 5 = 60%, 3 trained.
    expect(rows.map((r) => [r.scope, r.teamName, r.staff, r.registered, r.unregistered, r.registeredPercent, r.withRelevantTraining, r.trainingPercent])).toEqual([
      ['team', 'Noord', 2, 2, 0, 100, 1, 50],
      ['team', 'Zuid', 2, 1, 1, 50, 1, 50],
      ['team', 'Leeg', 0, 0, 0, null, 0, null],
      ['noTeam', null, 2, 1, 1, 50, 1, 50],
      ['organisation', null, 5, 3, 2, 60, 3, 60],
    ]);
  });

  it('leaves out the no-team row when everyone is in a team', () => {
    expect(teamRatios([person('a', ['n'], true, true)], [{ id: 'n', name: 'Noord' }]).map((r) => r.scope)).toEqual(['team', 'organisation']);
  });
});
