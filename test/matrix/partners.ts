// Matrix rows for the partner directory, the organisation's contacts and
// covenants (modules/organisations/partners). Organisation data, not a youth's
// file: reads are audited (checked in partners.int.test.ts) but have no youth
// to count the event against here. Records the calls need are put in the
// target's organisation first, so another organisation's manager gets 404.
import { sql } from 'kysely';
import type { Role } from '../../server/src/platform/authz/roles.js';
import { matrixContext, type Rule, type Target } from './types.js';

/** partners.read: every provider and municipality role except the inspector and the police liaison. */
const READERS: Role[] = ['caseWorker', 'leadProfessional', 'designatedOfficer', 'safetyOfficer', 'qualityOfficer', 'orgAdmin', 'policyOfficer', 'careCoordinator'];
/** partners.manage */
const MANAGERS: Role[] = ['designatedOfficer', 'orgAdmin'];

let counter = 0;

const partnerBody = () => ({ kind: 'communityOfficer', name: `Wijkagent ${++counter}`, phone: '010-000 0001' });

async function seedPartner(t: Target) {
  return matrixContext.platform.database.unsafeSystemQuery
    .insertInto('partners')
    .values({ organisation_id: t.organisationId, kind: 'school', name: `School ${++counter}` })
    .returning(['id', 'updated_at'])
    .executeTakeFirstOrThrow();
}

const covenantBody = () => ({ title: `Convenant ${++counter}`, parties: [{ partnerId: null, name: 'Politie Kust' }], evaluationOn: '2030-01-01' });

async function seedCovenant(t: Target) {
  const covenant = await matrixContext.platform.database.unsafeSystemQuery
    .insertInto('covenants')
    .values({
      organisation_id: t.organisationId,
      title: `Convenant ${++counter}`,
      parties: JSON.stringify([{ partnerId: null, name: 'Politie Kust' }]),
      evaluation_on: '2030-01-01',
      agreements: '{}',
      themes_version: '2026.1',
    })
    .returning(['id', 'updated_at'])
    .executeTakeFirstOrThrow();
  await matrixContext.platform.database.unsafeSystemQuery
    .insertInto('covenant_history')
    .values({ organisation_id: t.organisationId, covenant_id: covenant.id, change: 'created', snapshot: '{}' })
    .execute();
  return covenant;
}

/** The version the organisation's contacts are at now (null before the first save). */
async function contactsVersion(t: Target): Promise<string | null> {
  const { rows } = await sql<{ updated_at: Date }>`SELECT updated_at FROM organisation_contacts WHERE organisation_id = ${t.organisationId}`.execute(
    matrixContext.platform.database.unsafeSystemQuery,
  );
  return rows[0] ? new Date(rows[0].updated_at).toISOString() : null;
}

export const entries: Record<string, Rule> = {
  'GET /api/partners': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/partners?includeInactive=true' }) },
  'POST /api/partners': { kind: 'roles', allowed: MANAGERS, scoped: false, call: () => ({ method: 'POST', path: '/api/partners', body: partnerBody() }) },
  'PUT /api/partners/:id': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => {
      const partner = await seedPartner(t);
      return { method: 'PUT', path: `/api/partners/${partner.id}`, body: { ...partnerBody(), active: true, updatedAt: new Date(partner.updated_at).toISOString() } };
    },
  },
  'GET /api/organisation-contacts': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/organisation-contacts' }) },
  'GET /api/organisation-contacts/candidates': { kind: 'roles', allowed: MANAGERS, scoped: false, call: () => ({ method: 'GET', path: '/api/organisation-contacts/candidates' }) },
  'PUT /api/organisation-contacts': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: false,
    call: async (t) => ({
      method: 'PUT',
      path: '/api/organisation-contacts',
      body: { phone247: '010-000 0247', designatedOfficerId: null, substituteId: null, updatedAt: await contactsVersion(t) },
    }),
  },
  'GET /api/covenants': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/covenants' }) },
  'GET /api/covenants/reminders': { kind: 'roles', allowed: MANAGERS, scoped: false, call: () => ({ method: 'GET', path: '/api/covenants/reminders' }) },
  'POST /api/covenants': { kind: 'roles', allowed: MANAGERS, scoped: false, call: () => ({ method: 'POST', path: '/api/covenants', body: covenantBody() }) },
  'GET /api/covenants/:id': {
    kind: 'roles',
    allowed: READERS,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/covenants/${(await seedCovenant(t)).id}` }),
  },
  'PUT /api/covenants/:id': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => {
      const covenant = await seedCovenant(t);
      return { method: 'PUT', path: `/api/covenants/${covenant.id}`, body: { ...covenantBody(), updatedAt: new Date(covenant.updated_at).toISOString() } };
    },
  },
  'GET /api/covenants/:id/history': {
    kind: 'roles',
    allowed: READERS,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/covenants/${(await seedCovenant(t)).id}/history` }),
  },
};
