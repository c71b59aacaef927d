// Matrix rows for the staff expertise register (modules/quality/expertise).
// Personal data of staff: the register is read with quality.read and kept with
// quality.manage; everyone reads their own entries (/mine). Reads are audited
// (checked in expertise.int.test.ts). Records a call needs are put in the
// target's organisation for the target's case-working colleague first, so
// another organisation gets 404.
import type { Role } from '../../server/src/platform/authz/roles.js';
import { matrixContext, type Rule, type Target } from './types.js';

/** quality.read */
const READERS: Role[] = ['designatedOfficer', 'qualityOfficer', 'orgAdmin'];
/** quality.manage */
const MANAGERS: Role[] = ['qualityOfficer'];

const PDF = () => new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' });

const trainingBody = () => ({ title: 'Signalen van uitbuiting', provider: 'Kennisinstituut', completedOn: '2025-06-01', topics: ['exploitationSignals'] });
const registrationBody = () => ({ register: 'skj', registrationNumber: '100099999', registeredFrom: '2025-01-01', expiresOn: '2030-01-01' });

const db = () => matrixContext.platform.database.unsafeSystemQuery;

async function seedTraining(t: Target, withCertificate = false) {
  const certificate = withCertificate
    ? await db()
        .insertInto('quality_documents')
        .values({ organisation_id: t.organisationId, content: Buffer.from('%PDF-1.4\n%%EOF\n'), mime_type: 'application/pdf', file_name: 'certificaat.pdf', byte_size: 15, uploaded_by: t.leadId })
        .returning('id')
        .executeTakeFirstOrThrow()
    : null;
  const training = await db()
    .insertInto('staff_trainings')
    .values({ organisation_id: t.organisationId, user_id: t.userId, title: 'Scholing', provider: 'Intern', completed_on: '2025-06-01', accredited: false, accreditation_body: null, accreditation_points: null, topics: ['safetyAndRisk'], certificate_id: certificate?.id ?? null, created_by: t.leadId, updated_by: t.leadId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db().insertInto('expertise_history').values({ organisation_id: t.organisationId, subject_type: 'training', subject_id: training.id, change: 'created', snapshot: '{}', changed_by: t.leadId }).execute();
  return training.id;
}

async function seedRegistration(t: Target) {
  const row = await db()
    .insertInto('professional_registrations')
    .values({ organisation_id: t.organisationId, user_id: t.userId, register: 'skj', register_name: null, registration_number: '100012345', registered_from: '2025-01-01', expires_on: '2030-01-01', created_by: t.leadId, updated_by: t.leadId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const entries: Record<string, Rule> = {
  'GET /api/expertise': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/expertise' }) },
  'GET /api/expertise/ratios.csv': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/expertise/ratios.csv' }) },
  'GET /api/expertise/reminders': { kind: 'roles', allowed: MANAGERS, scoped: false, call: () => ({ method: 'GET', path: '/api/expertise/reminders' }) },
  // Everyone's own entries (their right of access); nobody else's.
  'GET /api/expertise/mine': { kind: 'anySignedIn', scoped: false, call: () => ({ method: 'GET', path: '/api/expertise/mine' }) },
  'GET /api/expertise/people/:id': { kind: 'roles', allowed: READERS, scoped: true, call: (t) => ({ method: 'GET', path: `/api/expertise/people/${t.userId}` }) },
  'GET /api/expertise/history/:id': { kind: 'roles', allowed: READERS, scoped: true, call: async (t) => ({ method: 'GET', path: `/api/expertise/history/${await seedTraining(t)}` }) },
  'POST /api/expertise/trainings': { kind: 'roles', allowed: MANAGERS, scoped: false, call: (t) => ({ method: 'POST', path: '/api/expertise/trainings', body: { userId: t.userId, ...trainingBody() } }) },
  'PUT /api/expertise/trainings/:id': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => ({ method: 'PUT', path: `/api/expertise/trainings/${await seedTraining(t)}`, body: { ...trainingBody(), version: 1 } }),
  },
  'POST /api/expertise/trainings/:id/withdraw': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => ({ method: 'POST', path: `/api/expertise/trainings/${await seedTraining(t)}/withdraw`, body: { version: 1, reason: 'Vergissing.' } }),
  },
  // Not the actor's own certificate: those who read the register only.
  'GET /api/expertise/trainings/:id/certificate': {
    kind: 'roles',
    allowed: READERS,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/expertise/trainings/${await seedTraining(t, true)}/certificate` }),
  },
  'POST /api/expertise/registrations': { kind: 'roles', allowed: MANAGERS, scoped: false, call: (t) => ({ method: 'POST', path: '/api/expertise/registrations', body: { userId: t.userId, ...registrationBody() } }) },
  'PUT /api/expertise/registrations/:id': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => ({ method: 'PUT', path: `/api/expertise/registrations/${await seedRegistration(t)}`, body: { ...registrationBody(), version: 1 } }),
  },
  'POST /api/expertise/registrations/:id/withdraw': {
    kind: 'roles',
    allowed: MANAGERS,
    scoped: true,
    call: async (t) => ({ method: 'POST', path: `/api/expertise/registrations/${await seedRegistration(t)}/withdraw`, body: { version: 1, reason: 'Doorgehaald.' } }),
  },
  'POST /api/quality/documents': { kind: 'roles', allowed: MANAGERS, scoped: false, call: () => ({ method: 'POST', path: '/api/quality/documents?purpose=certificate&name=certificaat.pdf', body: PDF() }) },
};
