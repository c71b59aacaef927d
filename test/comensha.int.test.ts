// CoMensha through HTTP: a registration is refused without valid consent with
// a Dutch message naming what is missing, and nothing changes; a consent with
// its signed form carries one; the registration is recorded as a disclosure to
// CoMensha in the same transaction, its copy prints as PDF, reading the form and
// the copy is audited; the reasoning when none was made; the register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, PASSWORD, type World } from './world.js';
import type { ApiClient } from './client.js';
import { seedUser, seedYouth } from '../server/src/platform/db/seed.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';

/** A day relative to today (Dutch time), as YYYY-MM-DD. */
function day(offset: number): string {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}
/** Today minus whole years (a date of birth of that age today, birthday a month ago). */
const bornYearsAgo = (years: number) => `${Number(day(-30).slice(0, 4)) - years}${day(-30).slice(4)}`;

const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNwaDgAAAKEAYEml6crAAAAAElFTkSuQmCC', 'base64');
const pdfBlob = (bytes: Buffer = SMALL_PDF, type = 'application/pdf') => new Blob([new Uint8Array(bytes)], { type });

describe('CoMensha consents and registrations', () => {
  let h: Harness;
  let w: World;
  let mentor: ApiClient;
  let lead: ApiClient;
  let designated: ApiClient;
  let outsider: ApiClient;
  /** 17 today, on mentor's and lead's case team. */
  let older: string;
  /** 13 today, on mentor's and lead's case team. */
  let young: string;

  const registration = (overrides: Record<string, unknown> = {}) => ({
    consentId: null,
    registeredAt: `${day(-1)}T10:30`,
    form: 'sexual',
    period: 'Van de zomer tot de herfst van dit jaar',
    place: 'Zeestad',
    recruitment: ['online', 'loverboy'],
    recruitmentNote: 'Contact via een chatapp, daarna cadeaus.',
    work: 'Moest met mannen afspreken in hotels.',
    signals: 'Laat terugkomen, nieuwe telefoon, cadeaus van onbekenden.',
    policeReport: 'considered',
    policeReportNote: 'De jongere wil nu nog geen aangifte doen.',
    careGiven: 'Opgenomen op een meidengroep; traumabehandeling gestart.',
    currentStay: 'Open groep De Haven',
    remarks: '',
    decidedById: w.users.leadA!.id,
    ...overrides,
  });
  const consentBody = (overrides: Record<string, unknown> = {}) => ({ givenBy: 'youth', signerName: 'Sanne de Vries', signedOn: day(-10), scopeNote: 'Melding bij CoMensha', ...overrides });
  const fileOf = async (youthId: string) => (await mentor.get(`/api/youths/${youthId}/comensha`)).body;
  const count = async (table: string, youthId: string) => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE youth_id = ${youthId}`.execute(h.database.unsafeSystemQuery);
    return rows[0]!.n;
  };
  const auditCount = async (action: string, youthId: string) => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND youth_id = ${youthId}`.execute(h.database.unsafeSystemQuery);
    return rows[0]!.n;
  };
  /** A consent with its signed form, as the mentor records it. */
  async function consentWithDocument(youthId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const created = await mentor.post(`/api/youths/${youthId}/comensha/consents`, consentBody(overrides));
    expect(created.status).toBe(200);
    const uploaded = await mentor.put(`/api/youths/${youthId}/comensha/consents/${created.body.id}/document`, pdfBlob());
    expect(uploaded.status).toBe(200);
    return created.body.id as string;
  }

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    const team = [{ userId: w.users.caseWorkerA!.id, teamRole: 'lead' as const }, { userId: w.users.leadA!.id }];
    older = await seedYouth(h.database, { organisationId: w.orgA, firstName: 'Sanne', lastName: 'Visser', dateOfBirth: bornYearsAgo(17), caseTeam: team });
    young = await seedYouth(h.database, { organisationId: w.orgA, firstName: 'Fenna', lastName: 'Bos', dateOfBirth: bornYearsAgo(13), caseTeam: team });
    [mentor, lead, designated, outsider] = await Promise.all([w.signIn('caseWorkerA'), w.signIn('leadA'), w.signIn('designatedA'), w.signIn('outsiderA')]);
  });
  afterAll(() => h.close());

  it('refuses a registration without consent, says so in Dutch, and changes nothing', async () => {
    const r = await mentor.post(`/api/youths/${older}/comensha/registrations`, registration());
    expect(r.status).toBe(400);
    expect(r.body.fields).toEqual([{ path: 'consentId', message: expect.stringContaining('Zonder uitdrukkelijke toestemming kan er niet bij CoMensha worden gemeld') }]);
    expect(await count('comensha_registrations', older)).toBe(0);
    expect(await count('disclosures', older)).toBe(0);
    expect((await fileOf(older)).status).toEqual({ state: 'nothingRecorded' });
  });

  it('refuses a consent without its signed form, then accepts it once the form is added', async () => {
    const consent = await mentor.post(`/api/youths/${older}/comensha/consents`, consentBody());
    expect(consent.status).toBe(200);
    const before = await fileOf(older);
    expect(before.consents).toEqual([expect.objectContaining({ id: consent.body.id, givenBy: 'youth', ageAtSigning: 17, document: null, withdrawal: null, problemsToday: ['noDocument'] })]);
    const refused = await mentor.post(`/api/youths/${older}/comensha/registrations`, registration({ consentId: consent.body.id }));
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ path: 'consentId', message: 'De getekende toestemmingsverklaring ontbreekt. Voeg het getekende document toe aan de toestemming.' }]);
    expect(await count('disclosures', older)).toBe(0);

    // The signed form: sniffed by its bytes, not by what the request says it is.
    const gif = await mentor.put(`/api/youths/${older}/comensha/consents/${consent.body.id}/document`, pdfBlob(Buffer.from('GIF89a....'), 'image/gif'));
    expect(gif.status).toBe(415);
    expect(gif.body.code).toBe('UNSUPPORTED_DOCUMENT');
    const fakePdf = await mentor.put(`/api/youths/${older}/comensha/consents/${consent.body.id}/document`, pdfBlob(Buffer.from('not really a pdf at all')));
    expect(fakePdf.status).toBe(415);
    const tooLarge = await mentor.put(`/api/youths/${older}/comensha/consents/${consent.body.id}/document`, pdfBlob(Buffer.concat([SMALL_PDF, Buffer.alloc(5 * 1024 * 1024)])));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await count('comensha_consent_documents', older)).toBe(0);
    const uploaded = await mentor.put(`/api/youths/${older}/comensha/consents/${consent.body.id}/document`, pdfBlob());
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toEqual({ mimeType: 'application/pdf', bytes: SMALL_PDF.length });

    const reads = await auditCount('comenshaConsent.documentRead', older);
    const download = await lead.get(`/api/youths/${older}/comensha/consents/${consent.body.id}/document`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="toestemmingsverklaring.pdf"');
    expect(await auditCount('comenshaConsent.documentRead', older)).toBe(reads + 1);

    const accepted = await mentor.post(`/api/youths/${older}/comensha/registrations`, registration({ consentId: consent.body.id }));
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ consentId: consent.body.id, form: 'sexual', recipientName: 'CoMensha', decidedByName: 'leadA', recordedByName: 'caseWorkerA' });
  });

  it('records the registration as a disclosure to CoMensha on consent, in the same transaction, with the copy kept', async () => {
    const [registrationRow] = (
      await sql<{ id: string; disclosure_id: string; content: { title: string; sections: { heading: string }[] } }>`SELECT id, disclosure_id, content FROM comensha_registrations WHERE youth_id = ${older}`.execute(
        h.database.unsafeSystemQuery,
      )
    ).rows;
    const disclosure = await h.database.unsafeSystemQuery.selectFrom('disclosures').selectAll().where('id', '=', registrationRow!.disclosure_id).executeTakeFirstOrThrow();
    expect(disclosure).toMatchObject({
      source: 'comenshaRegistration',
      source_id: registrationRow!.id,
      recipient_kind: 'comensha',
      recipient_name: 'CoMensha',
      legal_ground: 'consent',
      secrecy_ground: 'consent',
      youth_informed: true,
      decided_by: w.users.leadA!.id,
    });
    expect((disclosure.categories as { category: string }[]).map((c) => c.category)).toEqual(['identity', 'exploitation', 'healthCare']);
    expect(registrationRow!.content.title).toBe('Melding bij CoMensha');
    expect(registrationRow!.content.sections.map((s) => s.heading)).toEqual(['De jongere', 'Toestemming', 'De uitbuiting', 'Politie', 'Hulp', 'Melder']);
    expect(disclosure.content).toEqual(registrationRow!.content);
    expect(await auditCount('comenshaRegistration.recorded', older)).toBe(1);
    expect(await auditCount('disclosure.recorded', older)).toBe(1);

    const file = await fileOf(older);
    expect(file.status).toEqual({ state: 'registered', registeredAt: expect.any(String), form: 'sexual' });
    expect(file.consents[0].problemsToday).toEqual([]);
  });

  it('prints the copy as a PDF and audits the printing', async () => {
    const file = await fileOf(older);
    const before = await auditCount('comenshaRegistration.printed', older);
    const r = await fetch(`${h.baseUrl}/api/youths/${older}/comensha/registrations/${file.registrations[0].id}/pdf`, { headers: { cookie: lead.cookieHeader() } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.headers.get('content-disposition')).toMatch(/^inline; filename="melding-comensha-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await auditCount('comenshaRegistration.printed', older)).toBe(before + 1);
  });

  it('asks the parents or guardian under 16 and the youth from 16, naming the age', async () => {
    const byYouth = await consentWithDocument(young, { givenBy: 'youth', signerName: 'Fenna Bos' });
    const refused = await mentor.post(`/api/youths/${young}/comensha/registrations`, registration({ consentId: byYouth }));
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ path: 'consentId', message: 'De jongere was 13 jaar toen er getekend werd. Onder de 16 jaar geven de ouders of de voogd toestemming.' }]);

    const byParentsFor17 = await consentWithDocument(older, { givenBy: 'parents', signerName: 'Ouders Visser' });
    const refusedOlder = await mentor.post(`/api/youths/${older}/comensha/registrations`, registration({ consentId: byParentsFor17 }));
    expect(refusedOlder.status).toBe(400);
    expect(refusedOlder.body.fields[0].message).toBe('De jongere was 17 jaar toen er getekend werd. Vanaf 16 jaar geeft de jongere zelf toestemming, niet de ouders of de voogd.');

    const byGuardian = await consentWithDocument(young, { givenBy: 'guardian', signerName: 'J. Voogd' });
    const accepted = await mentor.post(`/api/youths/${young}/comensha/registrations`, registration({ consentId: byGuardian, form: 'criminal' }));
    expect(accepted.status).toBe(200);
    const disclosure = await h.database.unsafeSystemQuery.selectFrom('disclosures').select('categories').where('id', '=', accepted.body.disclosureId).executeTakeFirstOrThrow();
    expect((disclosure.categories as { category: string }[]).map((c) => c.category)).toEqual(['identity', 'exploitation', 'offences', 'healthCare']);
  });

  it('refuses a registration dated before the consent was signed, and one whose decider may not decide', async () => {
    const consent = await consentWithDocument(older, { signedOn: day(-3) });
    const early = await mentor.post(`/api/youths/${older}/comensha/registrations`, registration({ consentId: consent, registeredAt: `${day(-4)}T09:00` }));
    expect(early.status).toBe(400);
    expect(early.body.fields).toEqual([{ path: 'consentId', message: 'De toestemming is getekend na de datum van de melding. Melden kan pas als er toestemming is.' }]);
    const notLead = await mentor.post(`/api/youths/${older}/comensha/registrations`, registration({ consentId: consent, decidedById: w.users.caseWorkerA!.id }));
    expect(notLead.status).toBe(400);
    expect(notLead.body.fields).toEqual([{ path: 'decidedById', message: expect.stringContaining('behandelcoördinator of aandachtsfunctionaris') }]);
    const otherYouths = await mentor.post(`/api/youths/${young}/comensha/registrations`, registration({ consentId: consent }));
    expect(otherYouths.body.fields).toEqual([{ path: 'consentId', message: 'Deze toestemming hoort niet bij deze jongere.' }]);
    const future = await mentor.post(`/api/youths/${older}/comensha/registrations`, registration({ consentId: consent, registeredAt: `${day(2)}T09:00` }));
    expect(future.body.fields).toEqual([{ path: 'registeredAt', message: 'Deze datum ligt in de toekomst.' }]);
  });

  it('keeps a withdrawn consent on record and refuses registrations on or after the withdrawal', async () => {
    const consent = await consentWithDocument(young, { givenBy: 'parents', signerName: 'Ouders Bos', signedOn: day(-20) });
    const early = await mentor.post(`/api/youths/${young}/comensha/consents/${consent}/withdraw`, { withdrawnOn: day(-21), withdrawnBy: 'Moeder', note: '' });
    expect(early.status).toBe(400);
    expect(early.body.fields).toEqual([{ path: 'withdrawnOn', message: 'De intrekking ligt vóór de dag waarop de toestemming is getekend.' }]);
    const withdrawn = await mentor.post(`/api/youths/${young}/comensha/consents/${consent}/withdraw`, { withdrawnOn: day(-5), withdrawnBy: 'Moeder', note: 'Wil eerst met de familie praten.' });
    expect(withdrawn.status).toBe(200);
    const again = await mentor.post(`/api/youths/${young}/comensha/consents/${consent}/withdraw`, { withdrawnOn: day(-4), withdrawnBy: 'Vader', note: '' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_WITHDRAWN');

    const after = await mentor.post(`/api/youths/${young}/comensha/registrations`, registration({ consentId: consent, registeredAt: `${day(-5)}T08:00` }));
    expect(after.body.fields).toEqual([{ path: 'consentId', message: 'Deze toestemming is ingetrokken op of vóór de datum van de melding.' }]);
    // Made before the withdrawal, a registration rests on it.
    const before = await mentor.post(`/api/youths/${young}/comensha/registrations`, registration({ consentId: consent, registeredAt: `${day(-6)}T08:00` }));
    expect(before.status).toBe(200);
    const file = await fileOf(young);
    expect(file.consents.find((c: { id: string }) => c.id === consent)).toMatchObject({
      withdrawal: { withdrawnOn: day(-5), withdrawnBy: 'Moeder', note: 'Wil eerst met de familie praten.', recordedByName: 'caseWorkerA' },
      problemsToday: ['withdrawn'],
    });
    expect(file.withdrawnAfterRegistration).toBe(true);
  });

  it('sends the registration to the organisation’s own CoMensha partner when it keeps one', async () => {
    await h.database.inOrganisation(w.orgA, (tx) => tx.insertInto('partners').values({ organisation_id: w.orgA, kind: 'comensha', name: 'CoMensha (landelijk)' }).execute());
    const consent = await consentWithDocument(older);
    const r = await lead.post(`/api/youths/${older}/comensha/registrations`, registration({ consentId: consent }));
    expect(r.status).toBe(200);
    expect(r.body.recipientName).toBe('CoMensha (landelijk)');
    expect((await fileOf(older)).recipientName).toBe('CoMensha (landelijk)');
  });

  it('holds the reasoning when no registration was made', async () => {
    const other = await mentor.post(`/api/youths/${w.youthA}/comensha/no-registrations`, { reason: 'other', explanation: '', decidedOn: day(0) });
    expect(other.status).toBe(400);
    expect(other.body.fields).toEqual([{ path: 'explanation', message: 'Leg uit waarom er niet bij CoMensha is gemeld.' }]);
    expect(await count('comensha_no_registrations', w.youthA)).toBe(0);
    const refused = await mentor.post(`/api/youths/${w.youthA}/comensha/no-registrations`, { reason: 'youthRefused', explanation: 'Sanne wil niet dat haar gegevens ergens anders komen.', decidedOn: day(-2) });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ reason: 'youthRefused', decidedOn: day(-2), recordedByName: 'caseWorkerA' });
    expect((await fileOf(w.youthA)).status).toEqual({ state: 'notRegistered', reason: 'youthRefused', decidedOn: day(-2) });
  });

  it('shows on the file’s steps whether it was registered, not registered with a reasoning, or neither', async () => {
    expect((await mentor.get(`/api/youths/${older}/steps`)).body.comensha).toEqual({ registeredAt: (await fileOf(older)).registrations[0].registeredAt, notRegisteredOn: null });
    expect((await mentor.get(`/api/youths/${w.youthA}/steps`)).body.comensha).toEqual({ registeredAt: null, notRegisteredOn: day(-2) });
    expect((await lead.get(`/api/youths/${w.youthA2}/steps`)).body.comensha).toEqual({ registeredAt: null, notRegisteredOn: null });
  });

  it('lets only the case team and the designated officer change the file, never break-the-glass, and audits the refusal', async () => {
    const denied = await auditCount('access.denied', older);
    const r = await outsider.post(`/api/youths/${older}/comensha/consents`, consentBody());
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('NOT_IN_CASE_TEAM');
    expect(await auditCount('access.denied', older)).toBe(denied + 1);
    const read = await outsider.get(`/api/youths/${older}/comensha`);
    expect(read.status).toBe(403);
    const glass = await outsider.post(`/api/youths/${older}/break-glass`, { reason: 'Spoed: politie belt over een vermissing vannacht.' });
    expect(glass.status).toBe(200);
    expect((await outsider.get(`/api/youths/${older}/comensha`)).status).toBe(200);
    expect((await outsider.post(`/api/youths/${older}/comensha/no-registrations`, { reason: 'notYetAsked', explanation: '', decidedOn: day(0) })).status).toBe(403);
    expect((await designated.post(`/api/youths/${older}/comensha/no-registrations`, { reason: 'notYetAsked', explanation: '', decidedOn: day(0) })).status).toBe(200);
    const other = await (await w.signIn('caseWorkerB')).get(`/api/youths/${older}/comensha`);
    expect(other.status).toBe(404);
  });

  it('keeps the organisation’s register with counts by year and form, for the designated officer only', async () => {
    expect((await mentor.get('/api/comensha/register')).status).toBe(403);
    expect((await lead.get('/api/comensha/register')).status).toBe(403);

    // A registration in another organisation never shows here.
    const secrets = new SecretBox(h.secretKey);
    const leadB = await seedUser(h.database, secrets, { organisationId: w.orgB, email: 'leadb@example.org', displayName: 'leadB', roles: ['leadProfessional'], password: PASSWORD, passwordHash: await hashPassword(PASSWORD) });
    const youthB = await seedYouth(h.database, { organisationId: w.orgB, firstName: 'Lisa', lastName: 'Jansen', dateOfBirth: bornYearsAgo(17), caseTeam: [{ userId: w.users.caseWorkerB!.id }, { userId: leadB }] });
    const clientB = await w.signIn('caseWorkerB');
    const consentB = await clientB.post(`/api/youths/${youthB}/comensha/consents`, consentBody({ signerName: 'Lisa Jansen' }));
    await clientB.put(`/api/youths/${youthB}/comensha/consents/${consentB.body.id}/document`, new Blob([new Uint8Array(TINY_PNG)], { type: 'image/png' }));
    expect((await clientB.post(`/api/youths/${youthB}/comensha/registrations`, registration({ consentId: consentB.body.id, decidedById: leadB }))).status).toBe(200);

    const register = await designated.get('/api/comensha/register');
    expect(register.status).toBe(200);
    const year = Number(day(-1).slice(0, 4));
    const total = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM comensha_registrations WHERE organisation_id = ${w.orgA}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
    expect(register.body.registrations).toHaveLength(total);
    expect(register.body.registrations.map((r: { youthName: string }) => r.youthName)).not.toContain('Lisa Jansen');
    const forms = register.body.registrations.map((r: { form: string }) => r.form);
    expect(register.body.countsByYear).toContainEqual({
      year,
      sexual: forms.filter((f: string) => f === 'sexual').length,
      criminal: forms.filter((f: string) => f === 'criminal').length,
      both: 0,
      total,
    });
    // The designated officer opens every file: every name links.
    expect(register.body.registrations.every((r: { youthId: string | null }) => r.youthId !== null)).toBe(true);
    expect(register.body.notRegistered).toEqual([{ youthId: w.youthA, youthName: 'Sanne de Vries', reason: 'youthRefused', decidedOn: day(-2) }]);
    const audited = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = 'comensha.registerRead' AND actor_user_id = ${w.users.designatedA!.id}`.execute(h.database.unsafeSystemQuery);
    expect(audited.rows[0]!.n).toBe(1);
  });
});
