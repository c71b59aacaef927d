import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidBsn, isYoungEnough, youthInput } from './caseFiles.schemas.js';
import { todayInNetherlands } from '../../platform/http/schemas.js';
import { fieldKey } from '../../platform/i18n/fieldMessages.js';
import { can } from './caseFiles.policy.js';
import type { Actor } from '../../platform/authz/actor.js';
import type { Role } from '../../platform/authz/roles.js';

const actor = (...roles: Role[]): Actor => ({
  userId: 'u',
  organisationId: 'o',
  organisationKind: 'provider',
  roles,
  sessionId: 's',
  ip: null,
  userAgent: null,
});

describe('BSN eleven test', () => {
  it('accepts numbers whose weighted sum is divisible by 11', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), (first8) => {
        const weighted = first8.reduce((acc, d, i) => acc + d * (9 - i), 0);
        const last = weighted % 11;
        const bsn = [...first8, last].join('');
        if (last > 9 || bsn === '000000000') return;
        expect(isValidBsn(bsn)).toBe(true);
      }),
    );
  });

  it('rejects a number with one digit changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const valid = '111222333';
        const digits = [...valid].map(Number);
        digits[position] = (digits[position]! + delta) % 10;
        expect(isValidBsn(digits.join(''))).toBe(false);
      }),
    );
  });

  it('rejects wrong lengths and non-digits', () => {
    for (const value of ['', '12345678', '1234567890', '11122233a', '000000000']) expect(isValidBsn(value)).toBe(false);
  });

  it('normalises spaces and dots, and names the eleven-test message', () => {
    const base = { firstName: 'A', lastName: 'B', dateOfBirth: '2010-01-01', gender: 'female', livingSituation: 'atHome', legalFramework: 'voluntary', lvbIndication: 'no' };
    expect(youthInput.parse({ ...base, bsn: '111.222.333' }).bsn).toBe('111222333');
    const failed = youthInput.safeParse({ ...base, bsn: '123456789' });
    expect(failed.success).toBe(false);
    expect(failed.error!.issues[0]!.message).toBe(fieldKey('bsnInvalid'));
  });
});

describe('case-file policy', () => {
  const inTeam = { inCaseTeam: true, breakGlassId: null };
  const outside = { inCaseTeam: false, breakGlassId: null };
  const withGrant = { inCaseTeam: false, breakGlassId: 'g' };

  it.each([
    ['caseWorker', 'read', inTeam, true],
    ['caseWorker', 'read', outside, false],
    ['caseWorker', 'read', withGrant, true],
    ['caseWorker', 'update', withGrant, false],
    ['caseWorker', 'manageCaseTeam', withGrant, false],
    ['caseWorker', 'breakGlass', outside, true],
    ['caseWorker', 'breakGlass', inTeam, false],
    ['designatedOfficer', 'read', outside, true],
    ['designatedOfficer', 'breakGlass', outside, false],
    ['orgAdmin', 'read', inTeam, false],
    ['orgAdmin', 'breakGlass', outside, false],
    ['qualityOfficer', 'read', inTeam, false],
    ['policeLiaison', 'read', withGrant, false],
    ['safetyOfficer', 'create', undefined, false],
    ['leadProfessional', 'create', undefined, true],
  ] as const)('%s may %s (%o): %s', (role, action, facts, allowed) => {
    expect(can(actor(role), action, facts).allowed).toBe(allowed);
  });

  it('denies an action it does not know', () => {
    expect(can(actor('designatedOfficer'), 'deleteEverything' as never, inTeam).allowed).toBe(false);
  });
});

describe('dates', () => {
  it('counts today in Dutch time, not UTC', () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time).
    expect(todayInNetherlands(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(todayInNetherlands(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15');
  });

  it('accepts youths up to and including 27', () => {
    expect(isYoungEnough('1998-11-26', '2026-11-25')).toBe(true); // 27, turning 28 tomorrow
    expect(isYoungEnough('1998-11-25', '2026-11-25')).toBe(false); // 28 today
  });
});
