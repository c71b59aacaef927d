// Closing a file is a write on it: its case team, and the designated officer
// from outside the team; never a break-the-glass reader. Every cell gets a
// fresh youth, opened today, so closing it today is always valid.
import { todayInNetherlands } from '../../server/src/platform/http/schemas.js';
import { CASE_ROLES, type Rule } from './types.js';

export const entries: Record<string, Rule> = {
  'POST /api/youths/:id/close': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    call: (t) => ({
      method: 'POST',
      path: `/api/youths/${t.youthId}/close`,
      body: { closedOn: todayInNetherlands(), reason: 'Hulp afgerond; warme overdracht aan het wijkteam.' },
    }),
  },
};
