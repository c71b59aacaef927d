// Rows for the case-work overview routes: the steps of one file and the work list.
import { CASE_ROLES, type Rule } from './types.js';

export const entries: Record<string, Rule> = {
  'GET /api/youths/:id/steps': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    auditedRead: 'caseSteps.read',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/steps` }),
  },
  'GET /api/work-list': { kind: 'roles', allowed: CASE_ROLES, scoped: false, call: () => ({ method: 'GET', path: '/api/work-list' }) },
};
