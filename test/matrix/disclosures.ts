// Matrix rows for disclosures. On a youth's file: reading them (and police
// requests) is reading the file, with one audit event; recording one, calling
// back or closing a request is changing it (never through break-the-glass).
// The register is the designated officer's alone. What a police unit received
// is the police liaison's alone, and nobody else's in any organisation: these
// rows hold that the liaison gets nothing but their disclosures (the rows of
// every other route, generated and declared, hold that they get 403 there).
import type { Kysely } from 'kysely';
import type { DB } from '../../server/src/platform/db/schema.js';
import { uploadPhoto } from '../../server/src/modules/caseFiles/safetyPlan/photo.service.js';
import { fileDisclosureInput } from '../../server/src/modules/disclosures/disclosures.schemas.js';
import { recordFileDisclosure } from '../../server/src/modules/disclosures/fileDisclosures.service.js';
import { recordPoliceRequest } from '../../server/src/modules/disclosures/policeRequests/policeRequests.service.js';
import { CASE_ROLES, leadActor, matrixContext, type Rule, type Target } from './types.js';

const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNwaDgAAAKEAYEml6crAAAAAElFTkSuQmCC', 'base64');

const READ = { inTeam: CASE_ROLES, outOfTeam: ['designatedOfficer'] } satisfies Pick<Extract<Rule, { kind: 'caseFile' }>, 'inTeam' | 'outOfTeam'>;
const WRITE = READ;

const system = () => matrixContext.platform.database.unsafeSystemQuery as Kysely<DB>;

const disclosure = (t: Target, overrides: Record<string, unknown> = {}) => ({
  recipientKind: 'school',
  recipientName: 'Mentor op school',
  purpose: 'De school weet wie de jongere ophaalt.',
  legalGround: 'consent',
  secrecyGround: 'consent',
  categories: [{ category: 'identity', why: 'Om de jongere te herkennen.' }],
  summary: 'Naam en klas.',
  decidedById: t.leadId,
  youthInformed: true,
  disclosedAt: '2026-01-10T10:00',
  ...overrides,
});

const recorded = (t: Target, overrides: Record<string, unknown> = {}) =>
  recordFileDisclosure(matrixContext.platform, leadActor(t), t.youthId, fileDisclosureInput.parse(disclosure(t, overrides)));

const request = (t: Target) =>
  recordPoliceRequest(matrixContext.platform, leadActor(t), t.youthId, {
    receivedAt: '2026-01-10T09:00',
    callerName: 'J. de Boer',
    callerUnit: 'AVIM',
    callerPhone: '06-12345678',
    question: 'Is de jongere bij u?',
  });

const partnerWithNumber = async (t: Target) =>
  (
    await system()
      .insertInto('partners')
      .values({ organisation_id: t.organisationId, kind: 'police', name: 'Wijkagent', phone: '010-5556677' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

/** A receipt in the target's organisation, as a provider's disclosure would have delivered it. */
const receipt = async (t: Target, withPhoto = false) =>
  (
    await system()
      .insertInto('disclosure_receipts')
      .values({
        organisation_id: t.organisationId,
        // The matrix reads the receipt, not its source: any organisation will do as the discloser.
        source_organisation_id: t.organisationId,
        source_organisation_name: 'Zorgaanbieder',
        kind: 'manual',
        purpose: 'Zoeken naar een vermiste jongere.',
        legal_ground: 'vitalInterest',
        categories: JSON.stringify([{ category: 'identity', why: 'Om te zoeken.' }]),
        decided_by_name: 'Behandelaar',
        disclosed_at: '2026-01-10T20:00:00Z',
        subject_name: 'Test Persoon',
        content: JSON.stringify({ title: 'Vermissing', sections: [{ heading: 'Jongere', lines: [{ label: 'Naam', text: 'Test Persoon' }] }] }),
        photo: withPhoto ? TINY_PNG : null,
        photo_mime_type: withPhoto ? 'image/png' : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

export const entries: Record<string, Rule> = {
  'GET /api/youths/:id/disclosures': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'disclosure.listed',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/disclosures` }),
  },
  'POST /api/youths/:id/disclosures': {
    kind: 'caseFile',
    ...WRITE,
    call: (t) => ({ method: 'POST', path: `/api/youths/${t.youthId}/disclosures`, body: disclosure(t) }),
  },
  'GET /api/youths/:id/disclosure-options': {
    kind: 'caseFile',
    ...WRITE,
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/disclosure-options` }),
  },
  'GET /api/youths/:id/disclosures/:disclosureId': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'disclosure.read',
    call: async (t) => {
      const d = await recorded(t);
      return { method: 'GET', path: `/api/youths/${t.youthId}/disclosures/${d.id}` };
    },
  },
  'GET /api/youths/:id/disclosures/:disclosureId/photo': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'photo.read',
    call: async (t) => {
      await uploadPhoto(matrixContext.platform, leadActor(t), t.youthId, TINY_PNG, null);
      const d = await recorded(t, { attachPhoto: true, categories: [{ category: 'photo', why: 'Om de jongere te herkennen.' }] });
      return { method: 'GET', path: `/api/youths/${t.youthId}/disclosures/${d.id}/photo` };
    },
  },
  'GET /api/youths/:id/police-requests': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'policeRequest.listed',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/police-requests` }),
  },
  'POST /api/youths/:id/police-requests': {
    kind: 'caseFile',
    ...WRITE,
    call: (t) => ({
      method: 'POST',
      path: `/api/youths/${t.youthId}/police-requests`,
      body: { receivedAt: '2026-01-10T09:00', callerName: 'J. de Boer', callerUnit: 'AVIM', callerPhone: '06-12345678', question: 'Is de jongere bij u?' },
    }),
  },
  'POST /api/youths/:id/police-requests/:requestId/callbacks': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => {
      const r = await request(t);
      return { method: 'POST', path: `/api/youths/${t.youthId}/police-requests/${r.id}/callbacks`, body: { partnerId: await partnerWithNumber(t), confirmed: true, calledAt: '2026-01-10T09:10' } };
    },
  },
  'POST /api/youths/:id/police-requests/:requestId/close': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => {
      const r = await request(t);
      return { method: 'POST', path: `/api/youths/${t.youthId}/police-requests/${r.id}/close`, body: { outcome: 'refused', reason: 'Geen gevaar; de politie kan een vordering doen.' } };
    },
  },

  'GET /api/disclosures': {
    kind: 'roles',
    allowed: ['designatedOfficer'],
    scoped: false,
    call: () => ({ method: 'GET', path: '/api/disclosures?from=2026-01-01' }),
  },
  'GET /api/disclosures/export': {
    kind: 'roles',
    allowed: ['designatedOfficer'],
    scoped: false,
    call: () => ({ method: 'GET', path: '/api/disclosures/export' }),
  },

  'GET /api/received-disclosures': {
    kind: 'roles',
    allowed: ['policeLiaison'],
    scoped: false,
    call: () => ({ method: 'GET', path: '/api/received-disclosures' }),
  },
  'GET /api/received-disclosures/:id': {
    kind: 'roles',
    allowed: ['policeLiaison'],
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/received-disclosures/${await receipt(t)}` }),
  },
  'GET /api/received-disclosures/:id/photo': {
    kind: 'roles',
    allowed: ['policeLiaison'],
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/received-disclosures/${await receipt(t, true)}/photo` }),
  },
  'GET /api/received-disclosures/:id/pdf': {
    kind: 'roles',
    allowed: ['policeLiaison'],
    scoped: true,
    call: async (t) => ({ method: 'GET', path: `/api/received-disclosures/${await receipt(t)}/pdf` }),
  },
};
