// Matrix rows for the self-assessment (modules/quality/selfAssessment). The
// organisation's own quality work, not a youth's file: reads are audited
// (checked in selfAssessment.int.test.ts) but have no youth to count against
// here. The quality officer keeps it (quality.manage); the quality officer,
// the designated officer and the organisation admin read it (quality.read).
// Each call gets a fresh open assessment in the target's organisation, made
// through the service as that organisation's quality officer, so another
// organisation's reader gets 404.
import type { Role } from '../../server/src/platform/authz/roles.js';
import type { Actor } from '../../server/src/platform/authz/actor.js';
import { startAssessment } from '../../server/src/modules/quality/selfAssessment/selfAssessment.service.js';
import { uploadEvidence } from '../../server/src/modules/quality/selfAssessment/evidence.service.js';
import { matrixContext, type Rule, type Target } from './types.js';

/** quality.read */
const READERS: Role[] = ['designatedOfficer', 'qualityOfficer', 'orgAdmin'];
/** quality.manage */
const KEEPERS: Role[] = ['qualityOfficer'];

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let counter = 0;

/** The target organisation's quality officer, as the service sees one (the lead's user id stands in). */
const qualityActor = (t: Target): Actor => ({
  userId: t.leadId,
  organisationId: t.organisationId,
  organisationKind: 'provider',
  roles: ['qualityOfficer'],
  sessionId: 'matrix',
  ip: null,
  userAgent: null,
});

/** A new open assessment (the one open before is closed by starting it). */
const seedAssessment = (t: Target) => startAssessment(matrixContext.platform, qualityActor(t), { title: `Zelfevaluatie ${++counter}`, carryOver: false });

export const entries: Record<string, Rule> = {
  'GET /api/self-assessments': { kind: 'roles', allowed: READERS, scoped: false, call: () => ({ method: 'GET', path: '/api/self-assessments' }) },
  'POST /api/self-assessments': {
    kind: 'roles',
    allowed: KEEPERS,
    scoped: false,
    call: () => ({ method: 'POST', path: '/api/self-assessments', body: { title: `Zelfevaluatie ${++counter}`, carryOver: true } }),
  },
  'GET /api/self-assessments/owners': { kind: 'roles', allowed: KEEPERS, scoped: false, call: () => ({ method: 'GET', path: '/api/self-assessments/owners' }) },
  'GET /api/self-assessments/:id': {
    kind: 'roles',
    allowed: READERS,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/self-assessments/${(await seedAssessment(t)).id}` }),
  },
  'POST /api/self-assessments/:id/close': {
    kind: 'roles',
    allowed: KEEPERS,
    scoped: true,
    call: async (t) => ({ method: 'POST', path: `/api/self-assessments/${(await seedAssessment(t)).id}/close` }),
  },
  'PUT /api/self-assessments/:id/criteria/:ref': {
    kind: 'roles',
    allowed: KEEPERS,
    scoped: true,
    call: async (t) => {
      const assessment = await seedAssessment(t);
      const criterion = assessment.criteria.find((c) => c.ref === '1.1-c1')!;
      return {
        method: 'PUT',
        path: `/api/self-assessments/${assessment.id}/criteria/1.1-c1`,
        body: { status: 'notArranged', comments: 'Nog niet besproken.', updatedAt: criterion.updatedAt },
      };
    },
  },
  'PUT /api/self-assessments/:id/indicators/:ref': {
    kind: 'roles',
    allowed: KEEPERS,
    scoped: true,
    call: async (t) => {
      const assessment = await seedAssessment(t);
      const indicator = assessment.indicators[0]!;
      return { method: 'PUT', path: `/api/self-assessments/${assessment.id}/indicators/${indicator.ref}`, body: { answer: 'partlyMet', updatedAt: indicator.updatedAt } };
    },
  },
  'GET /api/self-assessments/:id/items/:ref/history': {
    kind: 'roles',
    allowed: READERS,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/self-assessments/${(await seedAssessment(t)).id}/items/1.1-c1/history` }),
  },
  'POST /api/self-assessments/:id/documents': {
    kind: 'roles',
    allowed: KEEPERS,
    scoped: true,
    call: async (t) => ({
      method: 'POST',
      path: `/api/self-assessments/${(await seedAssessment(t)).id}/documents?name=Opnamebeleid.pdf`,
      body: new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }),
    }),
  },
  'GET /api/self-assessments/:id/documents/:documentId': {
    kind: 'roles',
    allowed: READERS,
    scoped: true,
    call: async (t) => {
      const assessment = await seedAssessment(t);
      const document = await uploadEvidence(matrixContext.platform, qualityActor(t), assessment.id, PDF, 'Opnamebeleid.pdf');
      return { method: 'GET', path: `/api/self-assessments/${assessment.id}/documents/${document.id}` };
    },
  },
  'GET /api/self-assessments/:id/pdf': {
    kind: 'roles',
    allowed: READERS,
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/self-assessments/${(await seedAssessment(t)).id}/pdf` }),
  },
};
