// The policies register through HTTP (issue 6): policies and protocols with
// kind, owner, adoption and review date and document; new versions that
// supersede the current one and stay readable; review reminders (dates
// computed by hand from today); withdrawal that keeps the policy and its
// history on record; the expected kinds still missing; version conflicts; who
// may read and change; and isolation between organisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Secret } from 'otpauth';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, PASSWORD, type World } from './world.js';
import { ApiClient } from './client.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { seedUser } from '../server/src/platform/db/seed.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { POLICY_KINDS, POLICY_KIND_SOURCES } from '../server/src/modules/quality/policies/policies.options.js';

const day = (offset: number) => {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

const pdf = (text: string) => new Blob([Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`)], { type: 'application/pdf' });
const PNG = new Blob([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], { type: 'image/png' });

/** The kinds the frameworks expect, in the register's order. */
const EXPECTED = POLICY_KINDS.filter((k) => POLICY_KIND_SOURCES[k].expected);

describe('policies register', () => {
  let h: Harness;
  let w: World;
  let quality: ApiClient;
  let caseWorker: ApiClient;
  let safety: ApiClient;
  let liaison: ApiClient;
  let qualityB: ApiClient;
  const ids: Record<string, string> = {};

  const uid = (key: string) => w.users[key]!.id;
  const auditCount = async (action: string, userId: string, outcome = 'allowed') => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND actor_user_id = ${userId} AND outcome = ${outcome}`.execute(
      h.database.unsafeSystemQuery,
    );
    return rows[0]!.n;
  };
  const rows = async (table: 'policies' | 'policy_versions' | 'policy_history') =>
    (await h.database.unsafeSystemQuery.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
  const messages = (body: { fields: { path: string; message: string }[] }) => Object.fromEntries(body.fields.map((f) => [f.path, f.message]));

  const policy = (overrides: Record<string, unknown> = {}) => ({
    kind: 'admissionPolicy',
    title: 'Opnamebeleid woongroepen',
    versionLabel: '1.0',
    ownerId: uid('qualityA'),
    adoptedOn: day(-300),
    reviewOn: day(30),
    reference: 'Intranet > Beleid > Opname',
    changeNote: '',
    ...overrides,
  });

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    const secrets = new SecretBox(h.secretKey);
    const secret = new Secret({ size: 20 }).base32;
    await seedUser(h.database, secrets, { organisationId: w.orgB, email: 'qualityb@example.org', displayName: 'qualityB', roles: ['qualityOfficer'], password: PASSWORD, passwordHash: await hashPassword(PASSWORD), totpSecret: secret });
    quality = await w.signIn('qualityA');
    caseWorker = await w.signIn('caseWorkerA');
    safety = await w.signIn('safetyA');
    liaison = await w.signIn('liaisonP');
    qualityB = new ApiClient(h.baseUrl);
    await qualityB.signIn('qualityb@example.org', PASSWORD, secret);
  });
  afterAll(() => h.close());

  it('starts empty with every expected kind missing', async () => {
    const r = await caseWorker.get('/api/policies');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ today: todayInNetherlands(), policies: [], missingKinds: EXPECTED });
    // Twelve expected kinds; visitor rules and "other" are only recommended.
    expect(EXPECTED).toHaveLength(12);
    expect(await auditCount('policy.listed', uid('caseWorkerA'))).toBe(1);
  });

  it('is kept by the quality officer and read by all staff; the police cannot read it', async () => {
    const created = await quality.post('/api/policies', policy());
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({
      kind: 'admissionPolicy',
      status: 'current',
      versionLabel: '1.0',
      owner: { id: uid('qualityA'), name: 'qualityA' },
      adoptedOn: day(-300),
      reviewOn: day(30),
      review: 'dueSoon',
      daysToReview: 30,
      document: null,
      reference: 'Intranet > Beleid > Opname',
      version: 1,
      updatedByName: 'qualityA',
    });
    expect(created.body.versions).toHaveLength(1);
    expect(created.body.versions[0]).toMatchObject({ sequence: 1, current: true, supersededAt: null, ownerName: 'qualityA' });
    ids.admission = created.body.id;
    expect(await auditCount('policy.created', uid('qualityA'))).toBe(1);

    const list = await safety.get('/api/policies');
    expect(list.body.policies.map((p: { title: string }) => p.title)).toEqual(['Opnamebeleid woongroepen']);
    expect(list.body.missingKinds).toEqual(EXPECTED.filter((k) => k !== 'admissionPolicy'));
    expect(list.body.missingKinds).toHaveLength(11);
    expect((await caseWorker.get(`/api/policies/${ids.admission}`)).status).toBe(200);
    expect(await auditCount('policy.read', uid('caseWorkerA'))).toBe(1);

    const before = await rows('policies');
    const denied = await auditCount('access.denied', uid('caseWorkerA'), 'denied');
    const refused = await caseWorker.post('/api/policies', policy({ title: 'Niet toegestaan' }));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect(await auditCount('access.denied', uid('caseWorkerA'), 'denied')).toBe(denied + 1);
    expect((await caseWorker.put(`/api/policies/${ids.admission}`, { title: 'x', ownerId: uid('caseWorkerA'), reviewOn: day(100), version: 1 })).status).toBe(403);
    expect((await caseWorker.get('/api/policies/reminders')).status).toBe(403);
    expect((await caseWorker.get('/api/policies/owner-candidates')).status).toBe(403);
    expect((await caseWorker.post('/api/quality/documents?purpose=policy', pdf('x'))).status).toBe(403);
    expect((await liaison.get('/api/policies')).status).toBe(403);
    expect(await rows('policies')).toBe(before);
  });

  it('refuses bad input with a Dutch message per field and stores nothing', async () => {
    const counts = [await rows('policies'), await rows('policy_versions'), await rows('policy_history')];
    const r = await quality.post('/api/policies', policy({ kind: 'missingPersonProtocol', ownerId: uid('caseWorkerB'), adoptedOn: day(5), reviewOn: day(1), reference: '' }));
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('VALIDATION_FAILED');
    expect(messages(r.body)).toEqual({
      ownerId: 'Kies een actieve collega van uw organisatie.',
      reviewOn: 'De evaluatiedatum ligt voor de datum van vaststelling.',
      adoptedOn: 'Deze datum ligt in de toekomst.',
      reference: 'Voeg het document toe (pdf) of vul in waar het te vinden is.',
    });
    expect(JSON.stringify(r.body)).not.toContain(uid('caseWorkerB'));
    const schema = await quality.post('/api/policies', policy({ kind: 'onbekend', title: '', versionLabel: '' }));
    expect(schema.status).toBe(400);
    expect(messages(schema.body)).toMatchObject({ title: 'Vul dit veld in.', versionLabel: 'Vul dit veld in.' });
    expect(Object.keys(messages(schema.body))).toContain('kind');
    // A policy document is a PDF: a photo is refused at upload.
    const png = await quality.post('/api/quality/documents?purpose=policy&name=scan.png', PNG);
    expect(png.status).toBe(415);
    expect([await rows('policies'), await rows('policy_versions'), await rows('policy_history')]).toEqual(counts);
    expect(await auditCount('policy.created', uid('qualityA'))).toBe(1);
  });

  it('adds a new version with its PDF; the earlier version stays readable; the history says what happened', async () => {
    const upload = await quality.post('/api/quality/documents?purpose=policy&name=Opnamebeleid%202.0.pdf', pdf('versie 2'));
    expect(upload.status).toBe(200);
    const path = `/api/policies/${ids.admission}/versions`;
    const version = { versionLabel: '2.0', ownerId: uid('designatedA'), adoptedOn: day(-10), reviewOn: day(355), documentId: upload.body.id, reference: '', changeNote: 'Aangepast aan het kwaliteitskader.', version: 1 };

    const bad = await quality.post(path, { ...version, versionLabel: '1.0', adoptedOn: day(-301) });
    expect(bad.status).toBe(400);
    expect(messages(bad.body)).toEqual({
      adoptedOn: 'Een nieuwe versie kan niet eerder zijn vastgesteld dan de huidige versie.',
      versionLabel: 'Geef de nieuwe versie een ander versienummer dan de huidige.',
    });

    const added = await quality.post(path, version);
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body).toMatchObject({ versionLabel: '2.0', owner: { name: 'designatedA' }, adoptedOn: day(-10), reviewOn: day(355), review: 'later', daysToReview: 355, document: { fileName: 'Opnamebeleid 2.0.pdf' }, reference: null, version: 2 });
    expect(added.body.versions.map((v: { sequence: number; versionLabel: string; current: boolean; changeNote: string }) => [v.sequence, v.versionLabel, v.current, v.changeNote])).toEqual([
      [2, '2.0', true, 'Aangepast aan het kwaliteitskader.'],
      [1, '1.0', false, ''],
    ]);
    expect(added.body.versions[1].supersededAt).not.toBeNull();
    expect(added.body.versions[1]).toMatchObject({ reviewOn: day(30), reference: 'Intranet > Beleid > Opname', document: null });
    ids.admissionV2 = added.body.versions[0].id;
    ids.admissionV1 = added.body.versions[1].id;

    // The same upload cannot be linked twice.
    const again = await quality.post(path, { ...version, versionLabel: '3.0', version: 2 });
    expect(messages(again.body)).toEqual({ documentId: 'Dit document hoort al bij iets anders in het register. Voeg het opnieuw toe.' });

    // Stale form: someone else added a version in the meantime.
    const stale = await quality.post(path, { ...version, versionLabel: '2.1', documentId: null, reference: 'elders', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('EDIT_CONFLICT');

    // Everyone reads the document of the current version; the first version has none.
    const doc = await caseWorker.get(`/api/policies/${ids.admission}/versions/${ids.admissionV2}/document`);
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toContain('application/pdf');
    expect(doc.headers.get('content-disposition')).toContain('Opnamebeleid 2.0.pdf');
    expect(String(doc.body)).toContain('versie 2');
    expect(await auditCount('policy.documentRead', uid('caseWorkerA'))).toBe(1);
    expect((await caseWorker.get(`/api/policies/${ids.admission}/versions/${ids.admissionV1}/document`)).status).toBe(404);

    // A review that changed nothing: a new review date without a new version.
    const reviewed = await quality.put(`/api/policies/${ids.admission}`, { title: 'Opnamebeleid', ownerId: uid('designatedA'), reviewOn: day(700), version: 2 });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ title: 'Opnamebeleid', reviewOn: day(700), version: 3, versionLabel: '2.0' });
    expect(reviewed.body.versions[0].reviewOn).toBe(day(700));
    const early = await quality.put(`/api/policies/${ids.admission}`, { title: 'Opnamebeleid', ownerId: uid('designatedA'), reviewOn: day(-11), version: 3 });
    expect(messages(early.body)).toEqual({ reviewOn: 'De evaluatiedatum ligt voor de datum van vaststelling.' });

    const history = await caseWorker.get(`/api/policies/${ids.admission}/history`);
    expect(history.status).toBe(200);
    expect(history.body.map((x: { change: string; changedByName: string }) => [x.change, x.changedByName])).toEqual([
      ['updated', 'qualityA'],
      ['newVersion', 'qualityA'],
      ['created', 'qualityA'],
    ]);
    expect(history.body[2].snapshot).toMatchObject({ versionLabel: '1.0', title: 'Opnamebeleid woongroepen' });
    expect(await auditCount('policy.historyRead', uid('caseWorkerA'))).toBe(1);
  });

  it('reminds of reviews due within 60 days and overdue ones, soonest first', async () => {
    const make = async (key: string, kind: string, title: string, reviewOn: string) => {
      const r = await quality.post('/api/policies', policy({ kind, title, reviewOn, adoptedOn: day(-400) }));
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      ids[key] = r.body.id;
      return r.body;
    };
    expect(await make('missing', 'missingPersonProtocol', 'Vermissingsprotocol', day(-1))).toMatchObject({ review: 'overdue', daysToReview: -1 });
    expect(await make('safety', 'safetyPolicy', 'Veiligheidsbeleid', day(60))).toMatchObject({ review: 'dueSoon', daysToReview: 60 });
    expect(await make('vision', 'careVision', 'Visie op zorg', day(61))).toMatchObject({ review: 'later', daysToReview: 61 });
    expect(await make('report', 'policeReportProtocol', 'Protocol aangifte', day(0))).toMatchObject({ review: 'dueSoon', daysToReview: 0 });

    const r = await quality.get('/api/policies/reminders');
    expect(r.status).toBe(200);
    // Overdue yesterday, due today, due in 60 days. Not: the vision (61 days), the admission policy (700 days).
    expect(r.body.map((x: { title: string; daysToReview: number; review: string; reviewOn: string }) => [x.title, x.daysToReview, x.review, x.reviewOn])).toEqual([
      ['Vermissingsprotocol', -1, 'overdue', day(-1)],
      ['Protocol aangifte', 0, 'dueSoon', day(0)],
      ['Veiligheidsbeleid', 60, 'dueSoon', day(60)],
    ]);
    expect(await auditCount('policy.remindersRead', uid('qualityA'))).toBe(1);
    const owners = await quality.get('/api/policies/owner-candidates');
    expect(owners.body.map((o: { displayName: string }) => o.displayName)).toEqual(['adminA', 'caseWorkerA', 'designatedA', 'leadA', 'outsiderA', 'qualityA', 'safetyA']);
  });

  it('withdraws a policy: it stays in the register and its history, leaves the reminders, and its kind is missing again', async () => {
    const path = `/api/policies/${ids.missing}`;
    const future = await quality.post(`${path}/withdraw`, { withdrawnOn: day(1), reason: 'Vervangen.', version: 1 });
    expect(messages(future.body)).toEqual({ withdrawnOn: 'Deze datum ligt in de toekomst.' });
    const beforeAdopted = await quality.post(`${path}/withdraw`, { withdrawnOn: day(-401), reason: 'Vervangen.', version: 1 });
    expect(messages(beforeAdopted.body)).toEqual({ withdrawnOn: 'Het beleidsstuk kan niet zijn ingetrokken voor de datum waarop het is vastgesteld.' });

    const withdrawn = await quality.post(`${path}/withdraw`, { withdrawnOn: day(0), reason: 'Opgegaan in het veiligheidsbeleid.', version: 1 });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', review: null, withdrawnOn: day(0), withdrawnReason: 'Opgegaan in het veiligheidsbeleid.', version: 2 });

    const again = await quality.put(path, { title: 'x', ownerId: uid('qualityA'), reviewOn: day(100), version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('POLICY_WITHDRAWN');

    const register = await caseWorker.get('/api/policies');
    expect(register.body.policies.find((p: { id: string }) => p.id === ids.missing)).toMatchObject({ status: 'withdrawn', title: 'Vermissingsprotocol' });
    // Present: admission, police report, safety, vision. Missing: the other 8 expected kinds, the missing-person protocol among them.
    expect(register.body.missingKinds).toEqual(EXPECTED.filter((k) => !['admissionPolicy', 'policeReportProtocol', 'safetyPolicy', 'careVision'].includes(k)));
    expect(register.body.missingKinds).toHaveLength(8);
    expect(register.body.missingKinds).toContain('missingPersonProtocol');
    expect((await quality.get('/api/policies/reminders')).body.map((x: { title: string }) => x.title)).toEqual(['Protocol aangifte', 'Veiligheidsbeleid']);
    const history = await caseWorker.get(`${path}/history`);
    expect(history.body.map((x: { change: string }) => x.change)).toEqual(['withdrawn', 'created']);
    expect(history.body[0].snapshot).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Opgegaan in het veiligheidsbeleid.' });
    expect(await auditCount('policy.withdrawn', uid('qualityA'))).toBe(1);
  });

  it('shows another organisation nothing: 404 for every policy of this one, and an empty register of its own', async () => {
    const own = await qualityB.get('/api/policies');
    expect(own.body.policies).toEqual([]);
    expect(own.body.missingKinds).toEqual(EXPECTED);
    expect(await qualityB.get('/api/policies/reminders').then((r) => r.body)).toEqual([]);
    expect((await qualityB.get('/api/policies/owner-candidates')).body.map((o: { displayName: string }) => o.displayName)).toEqual(['adminB', 'caseWorkerB', 'qualityB']);
    for (const path of [`/api/policies/${ids.admission}`, `/api/policies/${ids.admission}/history`, `/api/policies/${ids.admission}/versions/${ids.admissionV2}/document`]) {
      const r = await qualityB.get(path);
      expect(`${path} ${r.status}`).toBe(`${path} 404`);
      expect(Object.keys(r.body).sort()).toEqual(['code', 'message']);
    }
    const changes = [
      await qualityB.put(`/api/policies/${ids.safety}`, { title: 'Overgenomen', ownerId: uid('qualityA'), reviewOn: day(100), version: 1 }),
      await qualityB.post(`/api/policies/${ids.safety}/versions`, { versionLabel: '9', ownerId: uid('qualityA'), adoptedOn: day(0), reviewOn: day(100), reference: 'x', version: 1 }),
      await qualityB.post(`/api/policies/${ids.safety}/withdraw`, { withdrawnOn: day(0), reason: 'x', version: 1 }),
    ];
    expect(changes.map((r) => r.status)).toEqual([404, 404, 404]);
    // An owner from another organisation is refused, without naming them.
    const foreignOwner = await qualityB.post('/api/policies', policy({ ownerId: uid('qualityA') }));
    expect(messages(foreignOwner.body)).toEqual({ ownerId: 'Kies een actieve collega van uw organisatie.' });
    const unchanged = await quality.get(`/api/policies/${ids.safety}`);
    expect(unchanged.body).toMatchObject({ title: 'Veiligheidsbeleid', version: 1, status: 'current' });
  });
});
