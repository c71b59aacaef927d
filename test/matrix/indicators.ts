// Matrix rows for the indicator dashboard (modules/quality/indicators): the
// organisation's figures for whoever holds quality.read. Which file names a
// reader sees, and that each read is audited, are checked in
// qualityIndicators.int.test.ts (the read is not about one youth, so it has no
// youth to count the event against here).
import type { Role } from '../../server/src/platform/authz/roles.js';
import type { Rule } from './types.js';

/** quality.read */
const READERS: Role[] = ['designatedOfficer', 'qualityOfficer', 'orgAdmin'];

export const entries: Record<string, Rule> = {
  'GET /api/quality/indicators': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/quality/indicators' }) },
  'GET /api/quality/indicators/export': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/quality/indicators/export' }) },
};
