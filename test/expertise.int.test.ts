// The staff expertise register through HTTP (issue 6, inspection expectations
// 5.2.1 and 5.2.2): trainings with accreditation and certificate, SKJ/BIG
// registrations with expiry, the ratio of registered to unregistered staff per
// team (counted by hand below), reminders before expiry (dates computed by
// hand from today), the CSV, version conflicts, who may read and change what,
// a staff member's own entries, and isolation between organisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, PASSWORD, type World } from './world.js';
import { ApiClient } from './client.js';
import { Secret } from 'otpauth';
import { SecretBox } from '../server/src/platform/crypto.js';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { seedTeam, seedUser } from '../server/src/platform/db/seed.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';

const day = (offset: number) => {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

const PDF = new Blob([Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')], { type: 'application/pdf' });

describe('staff expertise register', () => {
  let h: Harness;
  let w: World;
  let quality: ApiClient;
  let caseWorker: ApiClient;
  let lead: ApiClient;
  let outsider: ApiClient;
  let admin: ApiClient;
  let qualityB: ApiClient;
  let lonerId: string;
  let teamZuid: string;
  const ids: Record<string, string> = {};

  const uid = (key: string) => w.users[key]!.id;
  const auditCount = async (action: string, userId: string, outcome = 'allowed') => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND actor_user_id = ${userId} AND outcome = ${outcome}`.execute(
      h.database.unsafeSystemQuery,
    );
    return rows[0]!.n;
  };
  const count = async (table: 'staff_trainings' | 'professional_registrations') =>
    (await h.database.unsafeSystemQuery.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
  const messages = (body: { fields: { path: string; message: string }[] }) => Object.fromEntries(body.fields.map((f) => [f.path, f.message]));

  const registration = (userId: string, overrides: Record<string, unknown> = {}) => ({
    userId,
    register: 'skj',
    registrationNumber: '100012345',
    registeredFrom: day(-365),
    expiresOn: day(400),
    ...overrides,
  });
  const training = (userId: string, overrides: Record<string, unknown> = {}) => ({
    userId,
    title: 'Signalen van uitbuiting herkennen',
    provider: 'Kennisinstituut Kust',
    completedOn: day(-30),
    accredited: true,
    accreditationBody: 'SKJ',
    accreditationPoints: 4,
    topics: ['exploitationSignals', 'conversationSkills'],
    ...overrides,
  });

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    const secrets = new SecretBox(h.secretKey);
    const passwordHash = await hashPassword(PASSWORD);
    // A second team with outsiderA in it as well (counts in both), and a case worker in no team.
    teamZuid = await seedTeam(h.database, w.orgA, 'Team Zuid');
    await h.database.unsafeSystemQuery.insertInto('team_members').values({ team_id: teamZuid, user_id: uid('outsiderA'), organisation_id: w.orgA }).execute();
    lonerId = await seedUser(h.database, secrets, { organisationId: w.orgA, email: 'loner@example.org', displayName: 'lonerA', roles: ['caseWorker'], password: PASSWORD, passwordHash });
    const qualityBSecret = new Secret({ size: 20 }).base32;
    await seedUser(h.database, secrets, { organisationId: w.orgB, email: 'qualityb@example.org', displayName: 'qualityB', roles: ['qualityOfficer'], password: PASSWORD, passwordHash, totpSecret: qualityBSecret });
    quality = await w.signIn('qualityA');
    caseWorker = await w.signIn('caseWorkerA');
    lead = await w.signIn('leadA');
    outsider = await w.signIn('outsiderA');
    admin = await w.signIn('adminA');
    qualityB = new ApiClient(h.baseUrl);
    await qualityB.signIn('qualityb@example.org', PASSWORD, qualityBSecret);
  });
  afterAll(() => h.close());

  it('starts with every case worker unregistered, per team, in no team, and for the whole organisation', async () => {
    const r = await quality.get('/api/expertise');
    expect(r.status).toBe(200);
    expect(r.body.today).toBe(todayInNetherlands());
    // Case roles in org A: caseWorkerA, leadA, outsiderA, designatedA, safetyA (Team Noord), lonerA (no team).
    // qualityA and adminA do not work in case files and are not counted.
    expect(r.body.staff.map((s: { displayName: string }) => s.displayName).sort()).toEqual(['caseWorkerA', 'designatedA', 'leadA', 'lonerA', 'outsiderA', 'safetyA']);
    expect(r.body.ratios.map((x: { scope: string; teamName: string | null; staff: number; registered: number; unregistered: number; registeredPercent: number | null }) => [x.scope, x.teamName, x.staff, x.registered, x.unregistered, x.registeredPercent])).toEqual([
      ['team', 'Team Noord', 5, 0, 5, 0],
      ['team', 'Team Zuid', 1, 0, 1, 0],
      ['noTeam', null, 1, 0, 1, 0],
      ['organisation', null, 6, 0, 6, 0],
    ]);
    expect(r.body.reminders).toEqual([]);
    expect(await auditCount('expertise.read', uid('qualityA'))).toBe(1);
  });

  it('records registrations, counts who is registered today and reminds of those expiring within 60 days or expired', async () => {
    const record = async (key: string, userId: string, overrides: Record<string, unknown>) => {
      const r = await quality.post('/api/expertise/registrations', registration(userId, overrides));
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      ids[key] = r.body.id;
      return r.body;
    };
    const valid = await record('caseWorker', uid('caseWorkerA'), {});
    expect(valid).toMatchObject({ register: 'skj', state: 'valid', daysToExpiry: 400, version: 1, updatedByName: 'qualityA', withdrawn: null });
    expect(await record('lead', uid('leadA'), { expiresOn: day(30) })).toMatchObject({ state: 'expiresSoon', daysToExpiry: 30 });
    expect(await record('outsider', uid('outsiderA'), { registeredFrom: day(-1000), expiresOn: day(-1) })).toMatchObject({ state: 'expired', daysToExpiry: -1 });
    expect(await record('designated', uid('designatedA'), { registeredFrom: day(10), expiresOn: day(1000), register: 'big' })).toMatchObject({ state: 'notYetValid' });
    expect(await record('safety', uid('safetyA'), { expiresOn: day(61) })).toMatchObject({ state: 'valid', daysToExpiry: 61 });
    expect(await record('loner', lonerId, { expiresOn: day(60), register: 'other', registerName: 'Register Vaktherapie' })).toMatchObject({ state: 'expiresSoon', registerName: 'Register Vaktherapie' });
    expect(await auditCount('professionalRegistration.recorded', uid('qualityA'))).toBe(6);

    const r = await quality.get('/api/expertise');
    // Registered today: caseWorkerA (valid), leadA (expires in 30 days, still valid), safetyA (61), lonerA (60).
    // Not: outsiderA (expired yesterday), designatedA (starts in 10 days).
    // Team Noord 3 of 5 = 60%; Team Zuid 0 of 1; no team 1 of 1; organisation 4 of 6 = 66.7% → 67.
    expect(r.body.ratios.map((x: { staff: number; registered: number; unregistered: number; registeredPercent: number | null }) => [x.staff, x.registered, x.unregistered, x.registeredPercent])).toEqual([
      [5, 3, 2, 60],
      [1, 0, 1, 0],
      [1, 1, 0, 100],
      [6, 4, 2, 67],
    ]);
    // The reminders, soonest expiry first: yesterday, in 30 days, in 60 days (the last day of the window). 61 days is not yet.
    expect(r.body.reminders.map((x: { displayName: string; daysToExpiry: number; state: string; expiresOn: string }) => [x.displayName, x.daysToExpiry, x.state, x.expiresOn])).toEqual([
      ['outsiderA', -1, 'expired', day(-1)],
      ['leadA', 30, 'expiresSoon', day(30)],
      ['lonerA', 60, 'expiresSoon', day(60)],
    ]);
    const reminders = await quality.get('/api/expertise/reminders');
    expect(reminders.status).toBe(200);
    expect(reminders.body).toEqual(r.body.reminders);
    expect(await auditCount('expertise.remindersRead', uid('qualityA'))).toBe(1);
    const designatedRow = r.body.staff.find((s: { displayName: string }) => s.displayName === 'designatedA');
    expect(designatedRow).toMatchObject({ registeredToday: false, registration: { register: 'big', state: 'notYetValid' } });
  });

  it('ends the reminder when a renewal is recorded, and counts the renewed person as registered', async () => {
    const renewed = await quality.post('/api/expertise/registrations', registration(uid('outsiderA'), { registeredFrom: day(0), expiresOn: day(5 * 365) }));
    expect(renewed.status).toBe(200);
    ids.outsiderRenewal = renewed.body.id;
    const r = await quality.get('/api/expertise');
    expect(r.body.reminders.map((x: { displayName: string }) => x.displayName)).toEqual(['leadA', 'lonerA']);
    // Team Noord 4 of 5 = 80%, Team Zuid 1 of 1, organisation 5 of 6 = 83%.
    expect(r.body.ratios.map((x: { registered: number; registeredPercent: number }) => [x.registered, x.registeredPercent])).toEqual([
      [4, 80],
      [1, 100],
      [1, 100],
      [5, 83],
    ]);
    // The overview shows the valid registration, not the expired one.
    expect(r.body.staff.find((s: { displayName: string }) => s.displayName === 'outsiderA').registration).toMatchObject({ id: ids.outsiderRenewal, state: 'valid' });
  });

  it('refuses bad input with a Dutch message per field and changes nothing', async () => {
    const trainings = await count('staff_trainings');
    const registrations = await count('professional_registrations');

    const schema = await quality.post('/api/expertise/trainings', training(uid('caseWorkerA'), { title: '  ', completedOn: '31-12-2025' }));
    expect(schema.status).toBe(400);
    expect(schema.body.code).toBe('VALIDATION_FAILED');
    expect(messages(schema.body)).toMatchObject({ title: 'Vul dit veld in.' });
    expect(Object.keys(messages(schema.body))).toContain('completedOn');

    const rules = await quality.post('/api/expertise/trainings', training(uid('qualityA'), { completedOn: day(3), accreditationBody: '' }));
    expect(rules.status).toBe(400);
    expect(messages(rules.body)).toEqual({
      userId: 'Kies een actieve collega die met dossiers werkt.',
      completedOn: 'Deze datum ligt in de toekomst.',
      accreditationBody: 'Vul in wie de scholing heeft geaccrediteerd, of zet geaccrediteerd uit.',
    });
    const points = await quality.post('/api/expertise/trainings', training(uid('caseWorkerA'), { accredited: false, accreditationPoints: 2 }));
    expect(messages(points.body)).toEqual({ accreditationPoints: 'Punten horen bij een geaccrediteerde scholing. Zet geaccrediteerd aan of laat de punten leeg.' });

    const reg = await quality.post('/api/expertise/registrations', registration(uid('caseWorkerB'), { register: 'other', registerName: '', registeredFrom: day(0), expiresOn: day(0) }));
    expect(reg.status).toBe(400);
    expect(messages(reg.body)).toEqual({
      userId: 'Kies een actieve collega die met dossiers werkt.',
      registerName: 'Vul de naam van het register in.',
      expiresOn: 'De einddatum van de registratie moet na de begindatum liggen.',
    });
    // Another organisation's id never appears in the answer.
    expect(JSON.stringify(reg.body)).not.toContain(uid('caseWorkerB'));

    expect(await count('staff_trainings')).toBe(trainings);
    expect(await count('professional_registrations')).toBe(registrations);
    expect(await auditCount('staffTraining.recorded', uid('qualityA'))).toBe(0);
  });

  it('records trainings with a certificate; relevant training counts per team; the certificate is read by the quality officer and its owner only', async () => {
    const refusedType = await quality.post('/api/quality/documents?purpose=certificate&name=cert.txt', new Blob(['gewoon tekst'], { type: 'application/pdf' }));
    expect(refusedType.status).toBe(415);
    expect(refusedType.body.code).toBe('UNSUPPORTED_QUALITY_DOCUMENT');

    const upload = await quality.post('/api/quality/documents?purpose=certificate&name=certificaat%20Eva.pdf', PDF);
    expect(upload.status, JSON.stringify(upload.body)).toBe(200);
    expect(upload.body).toMatchObject({ fileName: 'certificaat Eva.pdf', mimeType: 'application/pdf' });

    const created = await quality.post('/api/expertise/trainings', training(uid('caseWorkerA'), { certificateId: upload.body.id }));
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({ relevant: true, accredited: true, accreditationPoints: 4, certificateId: upload.body.id, certificate: { fileName: 'certificaat Eva.pdf', mimeType: 'application/pdf' }, version: 1 });
    ids.training = created.body.id;

    // The same certificate cannot be linked to a second training.
    const reused = await quality.post('/api/expertise/trainings', training(uid('leadA'), { certificateId: upload.body.id }));
    expect(messages(reused.body)).toEqual({ certificateId: 'Dit document hoort al bij iets anders in het register. Voeg het opnieuw toe.' });

    // No topic: on record, but not relevant training.
    const general = await quality.post('/api/expertise/trainings', training(uid('leadA'), { title: 'BHV herhaling', topics: [], accredited: false, accreditationBody: '', accreditationPoints: null }));
    expect(general.body).toMatchObject({ relevant: false, accredited: false, accreditationBody: null });

    const r = await quality.get('/api/expertise');
    // Relevant training: only caseWorkerA. Team Noord 1 of 5 = 20%; Team Zuid 0; no team 0; organisation 1 of 6 = 17%.
    expect(r.body.ratios.map((x: { withRelevantTraining: number; trainingPercent: number }) => [x.withRelevantTraining, x.trainingPercent])).toEqual([
      [1, 20],
      [0, 0],
      [0, 0],
      [1, 17],
    ]);
    expect(r.body.staff.find((s: { displayName: string }) => s.displayName === 'leadA')).toMatchObject({ trainings: 1, relevantTrainings: 0, accreditedTrainings: 0 });

    const path = `/api/expertise/trainings/${ids.training}/certificate`;
    const byQuality = await quality.get(path);
    expect(byQuality.status).toBe(200);
    expect(byQuality.headers.get('content-type')).toContain('application/pdf');
    expect(byQuality.headers.get('content-disposition')).toContain('certificaat Eva.pdf');
    expect(String(byQuality.body)).toMatch(/^%PDF-/);
    expect((await caseWorker.get(path)).status).toBe(200);
    expect(await auditCount('staffTraining.certificateRead', uid('caseWorkerA'))).toBe(1);
    const denied = await auditCount('access.denied', uid('outsiderA'), 'denied');
    expect((await outsider.get(path)).status).toBe(403);
    expect(await auditCount('access.denied', uid('outsiderA'), 'denied')).toBe(denied + 1);
  });

  it('updates with a version check, withdraws with a reason, keeps the history, and refuses changes to a withdrawn entry', async () => {
    const path = `/api/expertise/trainings/${ids.training}`;
    const edit = { ...training(uid('caseWorkerA')), title: 'Signalen van uitbuiting herkennen (verdieping)', version: 1 } as Record<string, unknown>;
    delete edit.userId;
    const first = await quality.put(path, edit);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    // Without the certificate's id the edit unlinks it (the page sends it back to keep it).
    expect(first.body).toMatchObject({ version: 2, title: 'Signalen van uitbuiting herkennen (verdieping)', certificateId: null, certificate: null });
    const stale = await quality.put(path, { ...edit, title: 'Iets anders' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('EDIT_CONFLICT');

    const noReason = await quality.post(`${path}/withdraw`, { version: 2, reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(messages(noReason.body)).toEqual({ reason: 'Vul dit veld in.' });
    const withdrawn = await quality.post(`${path}/withdraw`, { version: 2, reason: 'Bij de verkeerde medewerker vastgelegd.' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.withdrawn).toMatchObject({ reason: 'Bij de verkeerde medewerker vastgelegd.' });
    expect((await quality.put(path, { ...edit, version: 3 })).body.code).toBe('ENTRY_WITHDRAWN');

    // Out of every count: nobody has relevant training now.
    const r = await quality.get('/api/expertise');
    expect(r.body.ratios.map((x: { withRelevantTraining: number }) => x.withRelevantTraining)).toEqual([0, 0, 0, 0]);
    // On record: still in the person's list, and in the history, newest first.
    const person = await quality.get(`/api/expertise/people/${uid('caseWorkerA')}`);
    expect(person.body.trainings.find((t: { id: string }) => t.id === ids.training).withdrawn).not.toBeNull();
    const history = await quality.get(`/api/expertise/history/${ids.training}`);
    expect(history.status).toBe(200);
    expect(history.body.map((x: { change: string; changedByName: string }) => [x.change, x.changedByName])).toEqual([
      ['withdrawn', 'qualityA'],
      ['updated', 'qualityA'],
      ['created', 'qualityA'],
    ]);
    expect(history.body[2].snapshot).toMatchObject({ title: 'Signalen van uitbuiting herkennen', version: 1 });
    expect(await auditCount('expertise.historyRead', uid('qualityA'))).toBe(1);

    // A registration corrected, then struck off.
    const reg = `/api/expertise/registrations/${ids.lead}`;
    const renewed = await quality.put(reg, { register: 'skj', registrationNumber: '100012345', registeredFrom: day(-365), expiresOn: day(4 * 365), version: 1 });
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ state: 'valid', version: 2 });
    expect((await quality.get('/api/expertise/reminders')).body.map((x: { displayName: string }) => x.displayName)).toEqual(['lonerA']);
    const struck = await quality.post(`${reg}/withdraw`, { version: 2, reason: 'Doorgehaald in het register.' });
    expect(struck.body).toMatchObject({ state: 'withdrawn' });
    const after = await quality.get('/api/expertise');
    // leadA no longer counts: Team Noord 3 of 5, organisation 4 of 6.
    expect(after.body.ratios.map((x: { registered: number }) => x.registered)).toEqual([3, 1, 1, 4]);
    expect((await quality.get(`/api/expertise/history/${ids.lead}`)).body.map((x: { change: string }) => x.change)).toEqual(['withdrawn', 'updated', 'created']);
  });

  it('lets case workers read only their own entries, with a reminder of their own expiry, and never change them', async () => {
    const mine = await lead.get('/api/expertise/mine');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ userId: uid('leadA'), displayName: 'leadA', caseRole: true, registeredToday: false, teams: [{ name: 'Team Noord' }] });
    expect(mine.body.trainings.map((t: { title: string }) => t.title)).toEqual(['BHV herhaling']);
    expect(mine.body.reminders).toEqual([]);

    const own = await caseWorker.get('/api/expertise/mine');
    expect(own.body.registrations.map((r: { id: string; state: string }) => [r.id, r.state])).toEqual([[ids.caseWorker, 'valid']]);
    expect(await auditCount('expertise.personRead', uid('caseWorkerA'))).toBe(1);
    expect((await caseWorker.get(`/api/expertise/people/${uid('caseWorkerA')}`)).status).toBe(200);

    for (const path of ['/api/expertise', '/api/expertise/reminders', '/api/expertise/ratios.csv', `/api/expertise/people/${uid('leadA')}`, `/api/expertise/history/${ids.caseWorker}`]) {
      expect(`${path} ${(await caseWorker.get(path)).status}`).toBe(`${path} 403`);
    }
    const before = await count('professional_registrations');
    expect((await caseWorker.post('/api/expertise/registrations', registration(uid('caseWorkerA')))).status).toBe(403);
    expect((await caseWorker.put(`/api/expertise/registrations/${ids.caseWorker}`, { ...registration(uid('caseWorkerA')), userId: undefined, version: 1 })).status).toBe(403);
    expect((await caseWorker.post('/api/quality/documents?purpose=certificate', PDF)).status).toBe(403);
    expect(await count('professional_registrations')).toBe(before);

    // Those who read the organisation's quality work read the register, and change nothing.
    expect((await admin.get('/api/expertise')).status).toBe(200);
    expect((await admin.get('/api/expertise/reminders')).status).toBe(403);
    expect((await admin.post('/api/expertise/trainings', training(uid('caseWorkerA')))).status).toBe(403);
  });

  it('a staff member whose registration expires soon sees their own reminder', async () => {
    // lonerA's SKJ-like registration expires in 60 days; give lonerA a second factor and sign in.
    const secret = new Secret({ size: 20 }).base32;
    const secrets = new SecretBox(h.secretKey);
    await h.database.unsafeSystemQuery.updateTable('users').set({ totp_secret_sealed: secrets.seal(secret), totp_enabled: true }).where('id', '=', lonerId).execute();
    const loner = new ApiClient(h.baseUrl);
    await loner.signIn('loner@example.org', PASSWORD, secret);
    const mine = await loner.get('/api/expertise/mine');
    expect(mine.body.reminders).toEqual([expect.objectContaining({ registrationId: ids.loner, daysToExpiry: 60, state: 'expiresSoon', expiresOn: day(60) })]);
    expect(mine.body.teams).toEqual([]);
  });

  it('exports the ratios as CSV with formulas neutralised', async () => {
    await seedTeam(h.database, w.orgA, '=HYPERLINK("http://x")');
    const r = await quality.get('/api/expertise/ratios.csv');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.headers.get('content-disposition')).toContain(`deskundigheid-per-team-${todayInNetherlands()}.csv`);
    const lines = String(r.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual([
      'Team;Medewerkers;Geregistreerd;Niet geregistreerd;Percentage geregistreerd;Met relevante scholing;Percentage met relevante scholing',
      `"'=HYPERLINK(""http://x"")";0;0;0;;0;`,
      'Team Noord;5;3;2;60;0;0',
      'Team Zuid;1;1;0;100;0;0',
      'Zonder team;1;1;0;100;0;0',
      'Hele organisatie;6;4;2;67;0;0',
    ]);
    expect(await auditCount('expertise.exported', uid('qualityA'))).toBe(1);
    const english = await quality.request('GET', '/api/expertise/ratios.csv', undefined, { 'accept-language': 'en' });
    expect(String(english.body)).toContain('Whole organisation;6;4;2;67;0;0');
  });

  it('shows another organisation nothing: its quality officer gets 404 for every record of this one', async () => {
    const overview = await qualityB.get('/api/expertise');
    expect(overview.status).toBe(200);
    expect(overview.body.staff.map((s: { displayName: string }) => s.displayName)).toEqual(['caseWorkerB']);
    const text = JSON.stringify(overview.body);
    for (const id of [w.orgA, uid('caseWorkerA'), ids.caseWorker]) expect(text).not.toContain(id);

    expect((await qualityB.get(`/api/expertise/people/${uid('caseWorkerA')}`)).status).toBe(404);
    expect((await qualityB.get(`/api/expertise/history/${ids.training}`)).status).toBe(404);
    expect((await qualityB.get(`/api/expertise/trainings/${ids.training}/certificate`)).status).toBe(404);
    const reg = await qualityB.put(`/api/expertise/registrations/${ids.caseWorker}`, { register: 'skj', registrationNumber: '1', registeredFrom: day(-1), expiresOn: day(100), version: 1 });
    expect(reg.status).toBe(404);
    expect(Object.keys(reg.body).sort()).toEqual(['code', 'message']);
    expect((await qualityB.post(`/api/expertise/registrations/${ids.caseWorker}/withdraw`, { version: 1, reason: 'x' })).status).toBe(404);
    expect((await qualityB.post('/api/expertise/registrations', registration(uid('caseWorkerA')))).body.fields).toEqual([{ path: 'userId', message: 'Kies een actieve collega die met dossiers werkt.' }]);
    const unchanged = await quality.get(`/api/expertise/people/${uid('caseWorkerA')}`);
    expect(unchanged.body.registrations[0]).toMatchObject({ id: ids.caseWorker, version: 1 });
  });
});
