// Matrix rows for CoMensha (modules/comensha). Reading a youth's CoMensha work,
// the signed form or the printed copy reads the file (its case team, or the
// designated officer from outside it) and leaves one audit event; recording a
// consent, a withdrawal, a registration or the reasoning changes the file
// (never through break-the-glass). The register is the designated officer's.
// Consents and registrations the calls need are made first through the
// services, as the file's lead professional.
import { recordConsent, uploadConsentDocument } from '../../server/src/modules/comensha/consents.service.js';
import { registerWithComensha } from '../../server/src/modules/comensha/registrations.service.js';
import { registrationInput } from '../../server/src/modules/comensha/comensha.schemas.js';
import { nowInNetherlands, todayInNetherlands } from '../../server/src/platform/http/schemas.js';
import { CASE_ROLES, leadActor, matrixContext, type Rule, type Target } from './types.js';

const SIGNED_FORM = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const READ: Pick<Extract<Rule, { kind: 'caseFile' }>, 'inTeam' | 'outOfTeam'> = { inTeam: CASE_ROLES, outOfTeam: ['designatedOfficer'] };
const WRITE = READ;

/** The matrix's youth is born 2010-01-01: 16 or older from 2026, so the youth signs. */
const consentBody = () => ({ givenBy: 'youth' as const, signerName: 'Test Persoon', signedOn: todayInNetherlands(), scopeNote: '' });

async function consent(t: Target, withForm: boolean): Promise<string> {
  const { id } = await recordConsent(matrixContext.platform, leadActor(t), t.youthId, consentBody());
  if (withForm) await uploadConsentDocument(matrixContext.platform, leadActor(t), t.youthId, id, SIGNED_FORM);
  return id;
}

const registrationBody = (t: Target, consentId: string) => ({
  consentId,
  registeredAt: nowInNetherlands(),
  form: 'sexual',
  period: 'Afgelopen zomer',
  place: 'Zeestad',
  recruitment: ['online'],
  work: 'Afspraken met mannen in hotels.',
  signals: 'Laat thuis, nieuwe telefoon.',
  policeReport: 'considered',
  careGiven: 'Opvang op een meidengroep.',
  currentStay: 'Open groep',
  decidedById: t.leadId,
});

export const entries: Record<string, Rule> = {
  'GET /api/youths/:id/comensha': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'comensha.read',
    call: (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/comensha` }),
  },
  'POST /api/youths/:id/comensha/consents': {
    kind: 'caseFile',
    ...WRITE,
    call: (t) => ({ method: 'POST', path: `/api/youths/${t.youthId}/comensha/consents`, body: consentBody() }),
  },
  'PUT /api/youths/:id/comensha/consents/:consentId/document': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => ({
      method: 'PUT',
      path: `/api/youths/${t.youthId}/comensha/consents/${await consent(t, false)}/document`,
      body: new Blob([new Uint8Array(SIGNED_FORM)], { type: 'application/pdf' }),
    }),
  },
  'GET /api/youths/:id/comensha/consents/:consentId/document': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'comenshaConsent.documentRead',
    call: async (t) => ({ method: 'GET', path: `/api/youths/${t.youthId}/comensha/consents/${await consent(t, true)}/document` }),
  },
  'POST /api/youths/:id/comensha/consents/:consentId/withdraw': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => ({
      method: 'POST',
      path: `/api/youths/${t.youthId}/comensha/consents/${await consent(t, false)}/withdraw`,
      body: { withdrawnOn: todayInNetherlands(), withdrawnBy: 'Test Persoon', note: '' },
    }),
  },
  'POST /api/youths/:id/comensha/registrations': {
    kind: 'caseFile',
    ...WRITE,
    call: async (t) => ({ method: 'POST', path: `/api/youths/${t.youthId}/comensha/registrations`, body: registrationBody(t, await consent(t, true)) }),
  },
  'GET /api/youths/:id/comensha/registrations/:registrationId/pdf': {
    kind: 'caseFile',
    ...READ,
    auditedRead: 'comenshaRegistration.printed',
    call: async (t) => {
      const registration = await registerWithComensha(matrixContext.platform, leadActor(t), t.youthId, registrationInput.parse(registrationBody(t, await consent(t, true))));
      return { method: 'GET', path: `/api/youths/${t.youthId}/comensha/registrations/${registration.id}/pdf` };
    },
  },
  'POST /api/youths/:id/comensha/no-registrations': {
    kind: 'caseFile',
    ...WRITE,
    call: (t) => ({ method: 'POST', path: `/api/youths/${t.youthId}/comensha/no-registrations`, body: { reason: 'notYetAsked', explanation: '', decidedOn: todayInNetherlands() } }),
  },
  'GET /api/comensha/register': { kind: 'roles', allowed: ['designatedOfficer'], scoped: false, call: () => ({ method: 'GET', path: '/api/comensha/register' }) },
};
