import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/authz/actor.js';
import { ROLES, type Role } from '../../platform/authz/roles.js';
import { can, type ProviderDirectoryAction } from './providerDirectory.policy.js';
import { careKindsMatching } from './providerDirectory.options.js';

const actor = (role: Role): Actor => ({ userId: 'u', organisationId: 'o', organisationKind: 'provider', roles: [role], sessionId: 's', ip: null, userAgent: null });

describe('provider directory policy', () => {
  it.each<[ProviderDirectoryAction, Role[]]>([
    ['read', ['policyOfficer', 'careCoordinator']],
    ['manage', ['careCoordinator']],
    ['share', ['qualityOfficer']],
  ])('%s is allowed to exactly %j', (action, allowed) => {
    expect(ROLES.filter((role) => can(actor(role), action).allowed)).toEqual(allowed);
  });

  it('finds a provider with both kinds of care under open and under secured', () => {
    expect(careKindsMatching('open')).toEqual(['open', 'both']);
    expect(careKindsMatching('secured')).toEqual(['secured', 'both']);
    expect(careKindsMatching('both')).toEqual(['both']);
  });
});
