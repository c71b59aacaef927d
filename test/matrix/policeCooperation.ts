// Matrix rows for staff and client safety incidents (modules/policeCooperation).
// The report deliberation is a case record: its rows come from the kind.
// Incidents are organisation data, not a youth's file: every provider role may
// report and list (its own); reading one that someone else reported, and the
// follow-up, are the safety officer's. Each call that needs an incident gets a
// fresh one, reported by the target organisation's lead professional, so no
// role in the matrix reads its own report. Audit of reads is checked in
// test/incidents.int.test.ts (no youth to count the event against here).
import type { Role } from '../../server/src/platform/authz/roles.js';
import { reportIncident } from '../../server/src/modules/policeCooperation/incidents.service.js';
import { incidentReportInput } from '../../server/src/modules/policeCooperation/incidents.schemas.js';
import { leadActor, matrixContext, type Rule, type Target } from './types.js';

const REPORTERS: Role[] = ['caseWorker', 'leadProfessional', 'designatedOfficer', 'safetyOfficer', 'qualityOfficer', 'orgAdmin'];

const report = {
  kind: 'threat',
  occurredAt: '2026-03-01T21:30',
  location: 'Woongroep Noord',
  description: 'Een bezoeker dreigde een collega bij de deur.',
  policeInvolvement: 'notInformed',
  suspects: [{ appearance: 'Man, ongeveer 30', licencePlate: 'XX-12-YY' }],
};

const seedIncident = (t: Target) => reportIncident(matrixContext.platform, leadActor(t), incidentReportInput.parse(report));

export const entries: Record<string, Rule> = {
  'POST /api/incidents': { kind: 'roles', allowed: REPORTERS, scoped: false, call: () => ({ method: 'POST', path: '/api/incidents', body: report }) },
  'GET /api/incidents': { kind: 'roles', allowed: REPORTERS, scoped: false, call: () => ({ method: 'GET', path: '/api/incidents' }) },
  'GET /api/incidents/:id': {
    kind: 'roles',
    allowed: ['safetyOfficer'],
    // Another organisation's incident does not exist for its safety officer.
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/incidents/${(await seedIncident(t)).id}` }),
  },
  'PUT /api/incidents/:id/follow-up': {
    kind: 'roles',
    allowed: ['safetyOfficer'],
    scoped: true,
    call: async (t) => {
      const incident = await seedIncident(t);
      return {
        method: 'PUT',
        path: `/api/incidents/${incident.id}/follow-up`,
        body: { updatedAt: incident.updatedAt, status: 'inProgress', followUpActions: 'Gesprek met de collega gepland.', policeInvolvement: 'notInformed', suspects: incident.suspects },
      };
    },
  },
};
