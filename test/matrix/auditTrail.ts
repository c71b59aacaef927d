// Matrix rows for the audit trail's views: the file's "who looked" grouped per
// person per day (a read of the file, audited like the list of events), and the
// people the organisation's log can be narrowed to (the log's own readers).
// The log's youth-name filter is a query parameter on a route already in the
// matrix; who may use it is checked role by role in accessLog.int.test.ts.
import { CASE_ROLES, type Rule } from './types.js';

export const entries: Record<string, Rule> = {
  'GET /api/youths/:id/access-log/days': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    auditedRead: 'accessLog.read',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/access-log/days` }),
  },
  'GET /api/audit-events/actors': {
    kind: 'roles',
    allowed: ['designatedOfficer', 'orgAdmin'],
    scoped: false,
    call: () => ({ method: 'GET', path: '/api/audit-events/actors' }),
  },
};
