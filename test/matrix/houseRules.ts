// Matrix rows for the house rules visitors are shown (modules/caseFiles/visitors).
// Not case data of a youth: reading them is audited (houseRules.read, checked in
// houseRules.int.test.ts) but has no youth to count the event against here.
import { seedTeam } from '../../server/src/platform/db/seed.js';
import { CASE_ROLES, matrixContext, type Rule } from './types.js';

let teamCounter = 0;

export const entries: Record<string, Rule> = {
  'GET /api/house-rules': { kind: 'roles', allowed: CASE_ROLES, scoped: false, call: () => ({ method: 'GET', path: '/api/house-rules' }) },
  'GET /api/admin/house-rules': { kind: 'roles', allowed: ['orgAdmin'], scoped: false, call: () => ({ method: 'GET', path: '/api/admin/house-rules' }) },
  'PUT /api/admin/teams/:id/house-rules': {
    kind: 'roles',
    allowed: ['orgAdmin'],
    // A team of the target's organisation: the other organisation's must be 404 for its admin.
    scoped: true,
    call: async (t) => {
      const teamId = await seedTeam(matrixContext.platform.database, t.organisationId, `Woongroep ${++teamCounter}`);
      return { method: 'PUT', path: `/api/admin/teams/${teamId}/house-rules`, body: { rules: 'Bezoek is welkom tot 21.00 uur.' } };
    },
  },
};
