// Matrix rows for case conferences (modules/caseConferences). Each row
// prepares a conference convened in the target's organisation, with everyone
// there as a participant except the candidate colleague; a caller of the
// other organisation is not invited and gets "not found". Only the roles that
// take part get in at all: the policy officer, inspector, quality officer and
// the rest are refused. The convener's own steps (status, close, invite,
// agenda, naming a colleague) belong to the roles that may convene.
import { sql } from 'kysely';
import type { Role } from '../../server/src/platform/authz/roles.js';
import { CASE_ROLES, matrixContext, type Rule, type Target } from './types.js';

/** caseConference.participate (and convene). */
const PARTICIPANTS: Role[] = ['caseWorker', 'leadProfessional', 'designatedOfficer', 'careCoordinator', 'policeLiaison'];
/** caseConference.convene */
const CONVENERS: Role[] = ['designatedOfficer', 'careCoordinator'];

interface Seeded {
  id: string;
  caseId: string;
  actionId: string;
  leadSeat: string;
}

async function seedConference(t: Target): Promise<Seeded> {
  const q = matrixContext.platform.database.unsafeSystemQuery;
  const id = (
    await sql<{ id: string }>`INSERT INTO case_conferences (title, starts_at, online, convening_organisation_id, convening_organisation_name)
      VALUES ('Matrix-zorgtafel', now(), true, ${t.organisationId}, 'Org') RETURNING id`.execute(q)
  ).rows[0]!.id;
  await sql`INSERT INTO case_conference_organisations (conference_id, organisation_id, organisation_name, organisation_slug) VALUES (${id}, ${t.organisationId}, 'Org', 'org')`.execute(q);
  await sql`INSERT INTO case_conference_participants (conference_id, organisation_id, organisation_name, user_id, display_name)
    SELECT ${id}, organisation_id, 'Org', id, display_name FROM users WHERE organisation_id = ${t.organisationId} AND id <> ${t.candidateId}`.execute(q);
  const leadSeat = (await sql<{ id: string }>`SELECT id FROM case_conference_participants WHERE conference_id = ${id} AND user_id = ${t.leadId}`.execute(q)).rows[0]!.id;
  const caseId = (
    await sql<{ id: string }>`INSERT INTO case_conference_cases (conference_id, position, organisation_id, organisation_name, kind, initials, age, region, summary, brought_by_name)
      VALUES (${id}, 1, ${t.organisationId}, 'Org', 'pseudonymous', 'A.B.', 15, 'Regio', 'Samenvatting', 'Iemand') RETURNING id`.execute(q)
  ).rows[0]!.id;
  const actionId = (
    await sql<{ id: string }>`INSERT INTO case_conference_actions (conference_id, case_id, description, owner_participant_id, due_on, organisation_id, created_by_name, updated_by_organisation_id)
      VALUES (${id}, ${caseId}, 'Actie', ${leadSeat}, '2030-01-01', ${t.organisationId}, 'Iemand', ${t.organisationId}) RETURNING id`.execute(q)
  ).rows[0]!.id;
  return { id, caseId, actionId, leadSeat };
}

const onSeeded = (allowed: Role[], method: string, path: (s: Seeded, t: Target) => string, body?: (s: Seeded, t: Target) => unknown): Rule => ({
  kind: 'roles',
  allowed,
  scoped: true,
  call: async (t) => {
    const s = await seedConference(t);
    return { method, path: path(s, t), body: body?.(s, t) };
  },
});

export const entries: Record<string, Rule> = {
  'GET /api/case-conferences': { kind: 'roles', allowed: PARTICIPANTS, scoped: false, call: () => ({ method: 'GET', path: '/api/case-conferences' }) },
  'POST /api/case-conferences': {
    kind: 'roles',
    allowed: CONVENERS,
    scoped: false,
    call: () => ({ method: 'POST', path: '/api/case-conferences', body: { title: 'Nieuwe zorgtafel', startsAt: '2030-01-01T10:00', online: true } }),
  },
  'GET /api/case-conferences/:id': onSeeded(PARTICIPANTS, 'GET', (s) => `/api/case-conferences/${s.id}`),
  'PUT /api/case-conferences/:id/status': onSeeded(CONVENERS, 'PUT', (s) => `/api/case-conferences/${s.id}/status`, () => ({ status: 'held' })),
  'POST /api/case-conferences/:id/close': onSeeded(CONVENERS, 'POST', (s) => `/api/case-conferences/${s.id}/close`, () => ({ confirm: true })),
  'POST /api/case-conferences/:id/organisations': onSeeded(CONVENERS, 'POST', (s) => `/api/case-conferences/${s.id}/organisations`, () => ({ slug: 'b' })),
  'GET /api/case-conferences/:id/colleagues': onSeeded(PARTICIPANTS, 'GET', (s) => `/api/case-conferences/${s.id}/colleagues`),
  'POST /api/case-conferences/:id/participants': onSeeded(CONVENERS, 'POST', (s) => `/api/case-conferences/${s.id}/participants`, (_s, t) => ({ userId: t.candidateId })),
  'POST /api/case-conferences/:id/cases': onSeeded(PARTICIPANTS, 'POST', (s) => `/api/case-conferences/${s.id}/cases`, () => ({
    kind: 'pseudonymous',
    initials: 'C.D.',
    age: 16,
    region: 'Regio',
    summary: 'Zorgen over een oudere vriend.',
  })),
  'PUT /api/case-conferences/:id/agenda': onSeeded(CONVENERS, 'PUT', (s) => `/api/case-conferences/${s.id}/agenda`, (s) => ({ caseIds: [s.caseId] })),
  'POST /api/case-conferences/:id/cases/:caseId/entries': onSeeded(PARTICIPANTS, 'POST', (s) => `/api/case-conferences/${s.id}/cases/${s.caseId}/entries`, () => ({
    kind: 'contribution',
    text: 'Inbreng',
  })),
  'POST /api/case-conferences/:id/cases/:caseId/actions': onSeeded(PARTICIPANTS, 'POST', (s) => `/api/case-conferences/${s.id}/cases/${s.caseId}/actions`, (s) => ({
    description: 'Nieuwe actie',
    ownerParticipantId: s.leadSeat,
    dueOn: '2030-02-01',
  })),
  'PUT /api/case-conferences/:id/actions/:actionId': onSeeded(PARTICIPANTS, 'PUT', (s) => `/api/case-conferences/${s.id}/actions/${s.actionId}`, () => ({ status: 'done' })),
  'GET /api/youths/:id/case-conferences': {
    kind: 'caseFile',
    inTeam: CASE_ROLES,
    outOfTeam: ['designatedOfficer'],
    auditedRead: 'caseConference.fileCasesRead',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/case-conferences` }),
  },
};
