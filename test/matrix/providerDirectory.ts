// Matrix rows for the provider directory (modules/providerDirectory). Not a
// youth's file and shared across organisations, so no row is scoped: the
// directory is the same for every organisation. Reads are audited (checked in
// providerDirectory.int.test.ts). Sharing the self-assessment date needs an
// entry linked to the caller's organisation and a closed self-assessment
// there; the rows prepare both.
import { sql } from 'kysely';
import type { Role } from '../../server/src/platform/authz/roles.js';
import { matrixContext, type Rule, type Target } from './types.js';

/** providerDirectory.read */
const READERS: Role[] = ['policyOfficer', 'careCoordinator'];
/** providerDirectory.manage */
const KEEPERS: Role[] = ['careCoordinator'];
/** quality.manage, for the own linked entry */
const SHARERS: Role[] = ['qualityOfficer'];

let counter = 0;

/** An entry as the care coordinator of the target's organisation made it, optionally linked to that organisation. */
async function seedEntry(t: Target, linked = false) {
  const q = matrixContext.platform.database.unsafeSystemQuery;
  const entry = await q
    .insertInto('provider_directory_entries')
    .values({
      name: `Aanbieder ${++counter}`,
      care_kind: 'open',
      linked_organisation_id: linked ? t.organisationId : null,
      created_by_organisation_id: t.organisationId,
      updated_by_organisation_id: t.organisationId,
    })
    .returning(['id', 'updated_at'])
    .executeTakeFirstOrThrow();
  await q
    .insertInto('provider_directory_history')
    .values({ entry_id: entry.id, change: 'created', snapshot: '{}', changed_by_organisation_id: t.organisationId })
    .execute();
  return { id: entry.id, updatedAt: new Date(entry.updated_at).toISOString() };
}

/** A closed self-assessment in the target's organisation, so there is a date to share. */
async function seedClosedSelfAssessment(t: Target) {
  // closed_at is never written on insert by the services (closing is its own step); here it is.
  await sql`INSERT INTO self_assessments (organisation_id, title, framework_version, started_on, closed_at, closed_by)
    VALUES (${t.organisationId}, ${`Zelfevaluatie ${++counter}`}, 'matrix', '2025-01-01', now(), ${t.leadId})`.execute(matrixContext.platform.database.unsafeSystemQuery);
}

const entryBody = () => ({ name: `Nieuwe aanbieder ${++counter}`, careKind: 'secured', targetGroups: ['girls'] });

export const entries: Record<string, Rule> = {
  'GET /api/provider-directory': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/provider-directory?careKind=open' }) },
  'POST /api/provider-directory': { kind: 'roles', allowed: KEEPERS, scoped: false, call: () => ({ method: 'POST', path: '/api/provider-directory', body: entryBody() }) },
  'GET /api/provider-directory/:id': {
    kind: 'roles',
    allowed: READERS,
    scoped: false,
    call: async (t) => ({ method: 'GET', path: `/api/provider-directory/${(await seedEntry(t)).id}` }),
  },
  'PUT /api/provider-directory/:id': {
    kind: 'roles',
    allowed: KEEPERS,
    scoped: false,
    call: async (t) => {
      const entry = await seedEntry(t);
      return { method: 'PUT', path: `/api/provider-directory/${entry.id}`, body: { ...entryBody(), updatedAt: entry.updatedAt } };
    },
  },
  'POST /api/provider-directory/:id/archive': {
    kind: 'roles',
    allowed: KEEPERS,
    scoped: false,
    call: async (t) => {
      const entry = await seedEntry(t);
      return { method: 'POST', path: `/api/provider-directory/${entry.id}/archive`, body: { updatedAt: entry.updatedAt } };
    },
  },
  'POST /api/provider-directory/:id/restore': {
    kind: 'roles',
    allowed: KEEPERS,
    scoped: false,
    call: async (t) => {
      const entry = await seedEntry(t);
      return { method: 'POST', path: `/api/provider-directory/${entry.id}/restore`, body: { updatedAt: entry.updatedAt } };
    },
  },
  'GET /api/provider-directory/:id/history': {
    kind: 'roles',
    allowed: READERS,
    scoped: false,
    call: async (t) => ({ method: 'GET', path: `/api/provider-directory/${(await seedEntry(t)).id}/history` }),
  },
  'GET /api/provider-directory/own': { kind: 'roles', allowed: SHARERS, scoped: false, call: () => ({ method: 'GET', path: '/api/provider-directory/own' }) },
  'PUT /api/provider-directory/own/:id/self-assessment': {
    kind: 'roles',
    allowed: SHARERS,
    scoped: false,
    call: async (t) => {
      const entry = await seedEntry(t, true);
      await seedClosedSelfAssessment(t);
      return { method: 'PUT', path: `/api/provider-directory/own/${entry.id}/self-assessment`, body: { share: true } };
    },
  },
};
