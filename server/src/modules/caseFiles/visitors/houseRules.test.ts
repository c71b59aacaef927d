import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../platform/authz/actor.js';
import { ROLES, type Role } from '../../../platform/authz/roles.js';
import { can, type HouseRulesAction } from './houseRules.policy.js';
import { houseRulesBody } from './houseRules.schemas.js';
import { HOUSE_RULES_MAX_LENGTH } from './houseRules.options.js';

const actor = (...roles: Role[]): Actor => ({ userId: 'u', organisationId: 'o', organisationKind: 'provider', roles, sessionId: 's', ip: null, userAgent: null });

describe('house rules policy', () => {
  // The whole table, so a new role or capability change shows up here as a decision to make.
  const expected: Record<HouseRulesAction, Role[]> = {
    readOwnTeams: ['caseWorker', 'leadProfessional', 'designatedOfficer', 'safetyOfficer'],
    readAllTeams: ['orgAdmin'],
    write: ['orgAdmin'],
  };
  for (const [action, allowed] of Object.entries(expected) as [HouseRulesAction, Role[]][]) {
    it(`${action}: only ${allowed.join(', ')}`, () => {
      expect(ROLES.filter((role) => can(actor(role), action).allowed)).toEqual(allowed);
    });
  }

  it('refuses an action it does not know, and a user without roles', () => {
    expect(can(actor('orgAdmin', 'caseWorker'), 'delete' as HouseRulesAction).allowed).toBe(false);
    expect(can(actor(), 'readOwnTeams').allowed).toBe(false);
  });
});

describe('house rules input', () => {
  it('trims, and refuses empty or too long rules', () => {
    expect(houseRulesBody.parse({ rules: '  Bezoek tot 21.00 uur.  ' })).toEqual({ rules: 'Bezoek tot 21.00 uur.' });
    expect(houseRulesBody.safeParse({ rules: '   ' }).success).toBe(false);
    expect(houseRulesBody.safeParse({ rules: 'x'.repeat(HOUSE_RULES_MAX_LENGTH + 1) }).success).toBe(false);
    expect(houseRulesBody.safeParse({ rules: 'x'.repeat(HOUSE_RULES_MAX_LENGTH) }).success).toBe(true);
  });
});
