// Matrix rows for the regional figures (modules/regionalFigures). Counts of
// the caller's own municipality or region, never a youth's file: not scoped
// (the organisation comes from the session only, so there is no other
// organisation's record to ask for). Provider roles, the police and the
// inspector are refused; reads are audited (checked in
// regionalFigures.int.test.ts).
import type { Role } from '../../server/src/platform/authz/roles.js';
import type { Rule } from './types.js';

/** regionalFigures.read */
const READERS: Role[] = ['policyOfficer', 'careCoordinator'];

export const entries: Record<string, Rule> = {
  'GET /api/regional-figures': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/regional-figures?year=2025' }) },
  'GET /api/regional-figures/export': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/regional-figures/export?year=2025' }) },
  'PUT /api/regional-figures/estimate': {
    kind: 'roles',
    allowed: READERS,
    scoped: false,
    call: () => ({ method: 'PUT', path: '/api/regional-figures/estimate?year=2025', body: { estimate: 100, source: 'Schatting van de matrix' } }),
  },
};
