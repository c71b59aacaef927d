// Matrix rows for the policies register (modules/quality/policies): read by
// all provider staff (policies.read), kept by the quality officer
// (quality.manage). Reads are audited (checked in policies.int.test.ts). A
// policy a call needs is put in the target's organisation first, so another
// organisation gets 404.
import type { Role } from '../../server/src/platform/authz/roles.js';
import { matrixContext, type Rule, type Target } from './types.js';

/** policies.read */
const READERS: Role[] = ['caseWorker', 'leadProfessional', 'designatedOfficer', 'safetyOfficer', 'qualityOfficer', 'orgAdmin'];
/** quality.manage */
const MANAGERS: Role[] = ['qualityOfficer'];

let counter = 0;

const db = () => matrixContext.platform.database.unsafeSystemQuery;

async function seedPolicy(t: Target) {
  const document = await db()
    .insertInto('quality_documents')
    .values({ organisation_id: t.organisationId, content: Buffer.from('%PDF-1.4\n%%EOF\n'), mime_type: 'application/pdf', file_name: 'beleid.pdf', byte_size: 15, uploaded_by: t.leadId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const facts = { version_label: '1.0', owner_id: t.leadId, adopted_on: '2025-01-01', review_on: '2027-01-01', document_id: document.id, reference: null };
  const policy = await db()
    .insertInto('policies')
    .values({ organisation_id: t.organisationId, kind: 'safetyPolicy', title: `Veiligheidsbeleid ${++counter}`, ...facts, created_by: t.leadId, updated_by: t.leadId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const version = await db()
    .insertInto('policy_versions')
    .values({ organisation_id: t.organisationId, policy_id: policy.id, sequence: 1, ...facts, recorded_by: t.leadId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db().updateTable('policies').set({ current_version_id: version.id }).where('id', '=', policy.id).execute();
  await db().insertInto('policy_history').values({ organisation_id: t.organisationId, policy_id: policy.id, change: 'created', snapshot: '{}', changed_by: t.leadId }).execute();
  return { id: policy.id, versionId: version.id };
}

const versionFacts = (t: Target) => ({ versionLabel: `2.${++counter}`, ownerId: t.userId, adoptedOn: '2025-06-01', reviewOn: '2027-06-01', reference: 'Intranet > Beleid' });

export const entries: Record<string, Rule> = {
  'GET /api/policies': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/policies' }) },
  'GET /api/policies/reminders': { kind: 'roles', allowed: MANAGERS, scoped: false, call: () => ({ method: 'GET', path: '/api/policies/reminders' }) },
  'GET /api/policies/owner-candidates': { kind: 'roles', allowed: MANAGERS, scoped: false, call: () => ({ method: 'GET', path: '/api/policies/owner-candidates' }) },
  'POST /api/policies': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: false,
    call: (t) => ({ method: 'POST', path: '/api/policies', body: { kind: 'admissionPolicy', title: `Opnamebeleid ${++counter}`, ...versionFacts(t) } }),
  },
  'GET /api/policies/:id': { kind: 'roles', allowed: READERS, scoped: true, call: async (t) => ({ method: 'GET', path: `/api/policies/${(await seedPolicy(t)).id}` }) },
  'PUT /api/policies/:id': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => ({ method: 'PUT', path: `/api/policies/${(await seedPolicy(t)).id}`, body: { title: 'Veiligheidsbeleid', ownerId: t.userId, reviewOn: '2028-01-01', version: 1 } }),
  },
  'POST /api/policies/:id/versions': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => ({ method: 'POST', path: `/api/policies/${(await seedPolicy(t)).id}/versions`, body: { ...versionFacts(t), version: 1 } }),
  },
  'POST /api/policies/:id/withdraw': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => ({ method: 'POST', path: `/api/policies/${(await seedPolicy(t)).id}/withdraw`, body: { withdrawnOn: '2025-06-01', reason: 'Vervangen.', version: 1 } }),
  },
  'GET /api/policies/:id/versions/:versionId/document': {
    kind: 'roles',
    allowed: READERS,
    scoped: true,
    call: async (t) => {
      const policy = await seedPolicy(t);
      return { method: 'GET', path: `/api/policies/${policy.id}/versions/${policy.versionId}/document` };
    },
  },
  'GET /api/policies/:id/history': { kind: 'roles', allowed: READERS, scoped: true, call: async (t) => ({ method: 'GET', path: `/api/policies/${(await seedPolicy(t)).id}/history` }) },
};
