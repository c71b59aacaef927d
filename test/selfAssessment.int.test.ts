// The self-assessment through HTTP: the quality officer starts one, answers
// criteria with evidence (an upload or a policy from the register), owner and
// due date, and self-assessed indicators; bad input gets a Dutch message per
// field and changes nothing; saves check the version; every change leaves
// history; reads and refusals are audited; the PDF; a new assessment closes
// the earlier and starts from its answers; and nothing crosses organisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';
import { EVIDENCE_DOCUMENT_MAX_BYTES } from '../server/src/modules/quality/selfAssessment/selfAssessment.options.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

type Criterion = { ref: string; status: string | null; updatedAt: string; document: { id: string } | null; policy: { id: string } | null; owner: { id: string; name: string } | null };

describe('self-assessment', () => {
  let h: Harness;
  let w: World;
  let quality: ApiClient;
  let designated: ApiClient;
  let admin: ApiClient;
  let caseWorker: ApiClient;
  let adminB: ApiClient;
  let assessmentId: string;

  const auditCount = async (action: string, userKey: string, outcome = 'allowed') => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND actor_user_id = ${w.users[userKey]!.id} AND outcome = ${outcome}`.execute(
      h.database.unsafeSystemQuery,
    );
    return rows[0]!.n;
  };
  const historyCount = async (ref: string) => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM self_assessment_history WHERE assessment_id = ${assessmentId} AND item_ref = ${ref}`.execute(h.database.unsafeSystemQuery);
    return rows[0]!.n;
  };
  const criterion = async (ref: string, client = quality): Promise<Criterion> => (await client.get(`/api/self-assessments/${assessmentId}`)).body.criteria.find((c: Criterion) => c.ref === ref);
  const upload = (client: ApiClient, bytes: Buffer, type: string, name = 'Opnamebeleid.pdf', id = assessmentId) =>
    client.request('POST', `/api/self-assessments/${id}/documents?name=${encodeURIComponent(name)}`, new Blob([new Uint8Array(bytes)], { type }));
  const fields = (body: { fields: { path: string; message: string }[] }) => Object.fromEntries(body.fields.map((f) => [f.path, f.message]));

  async function seedPolicy(organisationId: string, ownerId: string, title: string, status: 'current' | 'withdrawn' = 'current') {
    const db = h.database.unsafeSystemQuery;
    const { id } = await db
      .insertInto('policies')
      .values({
        organisation_id: organisationId,
        kind: 'admissionPolicy',
        title,
        version_label: '2.0',
        owner_id: ownerId,
        adopted_on: '2025-01-01',
        review_on: '2027-01-01',
        reference: 'Intranet > Beleid',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A policy is only ever withdrawn after it was adopted, as in the register.
    if (status === 'withdrawn') {
      await db.updateTable('policies').set({ status: 'withdrawn', withdrawn_on: '2025-06-01', withdrawn_reason: 'Vervangen' }).where('id', '=', id).execute();
    }
    return id;
  }

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    quality = await w.signIn('qualityA');
    designated = await w.signIn('designatedA');
    admin = await w.signIn('adminA');
    caseWorker = await w.signIn('caseWorkerA');
    adminB = await w.signIn('adminB');
  });
  afterAll(() => h.close());

  it('is started by the quality officer with every criterion of the framework, not assessed yet, and the indicators to answer', async () => {
    expect((await quality.get('/api/self-assessments')).body).toEqual([]);
    const r = await quality.post('/api/self-assessments', { title: 'Zelfevaluatie 2026' });
    expect(r.status).toBe(200);
    assessmentId = r.body.id;
    expect(r.body).toMatchObject({ title: 'Zelfevaluatie 2026', frameworkVersion: '2015.1', open: true, closedAt: null, createdByName: 'qualityA', carriedOverFrom: null });
    expect(r.body.criteria).toHaveLength(32);
    expect(r.body.criteria.slice(0, 3).map((c: Criterion) => c.ref)).toEqual(['1.1-c1', '1.1-c2', '1.2-c1']);
    expect(r.body.criteria.every((c: Criterion) => c.status === null)).toBe(true);
    // Only the indicators the files cannot answer are asked here.
    expect(r.body.indicators.map((i: { ref: string }) => i.ref)).toEqual(['2.1-i5', '2.2-i1', '2.2-i2']);
    expect(r.body.summary.overall).toEqual({
      criteria: { total: 32, notAssessed: 32, notArranged: 0, beingArranged: 0, onPaper: 0, inPractice: 0, overdue: 0 },
      indicators: { computed: 22, selfAssessed: 3, answered: 0 },
    });
    expect(await auditCount('selfAssessment.started', 'qualityA')).toBe(1);
  });

  it('refuses a status without what it needs, with a Dutch message per field, and changes nothing', async () => {
    const before = await criterion('1.1-c1');
    const arranging = await quality.put(`/api/self-assessments/${assessmentId}/criteria/1.1-c1`, { status: 'beingArranged', updatedAt: before.updatedAt });
    expect(arranging.status).toBe(400);
    expect(fields(arranging.body)).toEqual({
      ownerId: 'Kies wie dit regelt: bij "wordt geregeld" hoort een eigenaar.',
      dueOn: 'Vul in wanneer dit geregeld moet zijn: bij "wordt geregeld" hoort een streefdatum.',
    });
    const paper = await quality.put(`/api/self-assessments/${assessmentId}/criteria/1.1-c1`, { status: 'onPaper', updatedAt: before.updatedAt });
    expect(fields(paper.body)).toEqual({ evidence: expect.stringContaining('kies een protocol uit het register of voeg een document toe') });
    const shape = await quality.put(`/api/self-assessments/${assessmentId}/criteria/1.1-c1`, { status: 'klaar', dueOn: '2026-02-30', comments: 'x'.repeat(4001), updatedAt: before.updatedAt });
    expect(shape.status).toBe(400);
    expect(fields(shape.body)).toEqual({ status: 'Kies een van de mogelijkheden.', dueOn: 'Deze datum bestaat niet.', comments: 'Gebruik hoogstens 4000 tekens.' });
    const english = await quality.request('PUT', `/api/self-assessments/${assessmentId}/criteria/1.1-c1`, { status: 'onPaper', updatedAt: before.updatedAt }, { 'accept-language': 'en' });
    expect(fields(english.body)).toEqual({ evidence: expect.stringContaining('need evidence') });
    // A colleague of another organisation, a policy of another organisation, a document nobody uploaded here.
    const policyB = await seedPolicy(w.orgB, w.users.adminB!.id, 'Opnamebeleid B');
    const foreign = await quality.put(`/api/self-assessments/${assessmentId}/criteria/1.1-c1`, {
      status: 'onPaper',
      ownerId: w.users.adminB!.id,
      policyId: policyB,
      documentId: '00000000-0000-4000-8000-000000000000',
      updatedAt: before.updatedAt,
    });
    expect(Object.keys(fields(foreign.body)).sort()).toEqual(['documentId', 'ownerId', 'policyId']);
    expect(await criterion('1.1-c1')).toEqual(before);
    expect(await historyCount('1.1-c1')).toBe(0);
  });

  it('takes an uploaded document as evidence with an owner and a due date, keeps history, and checks the version', async () => {
    const uploaded = await upload(quality, PDF, 'application/pdf', 'C:\\beleid\\Opnamebeleid 2026.pdf');
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({ fileName: 'Opnamebeleid 2026.pdf', mimeType: 'application/pdf', bytes: PDF.length });
    const before = await criterion('1.1-c1');
    const saved = await quality.put(`/api/self-assessments/${assessmentId}/criteria/1.1-c1`, {
      status: 'onPaper',
      documentId: uploaded.body.id,
      ownerId: w.users.designatedA!.id,
      dueOn: '2026-12-01',
      comments: 'Vastgesteld door de directie; invoering op de groepen volgt.',
      updatedAt: before.updatedAt,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ref: '1.1-c1', status: 'onPaper', document: { id: uploaded.body.id, fileName: 'Opnamebeleid 2026.pdf' }, owner: { name: 'designatedA' }, dueOn: '2026-12-01', updatedByName: 'qualityA' });
    expect(await historyCount('1.1-c1')).toBe(1);
    expect(await auditCount('selfAssessment.criterionUpdated', 'qualityA')).toBe(1);

    // Someone with the form from before: refused, nothing stored.
    const stale = await quality.put(`/api/self-assessments/${assessmentId}/criteria/1.1-c1`, { status: 'notArranged', updatedAt: before.updatedAt });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('EDIT_CONFLICT');
    expect((await criterion('1.1-c1')).status).toBe('onPaper');

    const history = await designated.get(`/api/self-assessments/${assessmentId}/items/1.1-c1/history`);
    expect(history.status).toBe(200);
    expect(history.body).toEqual([{ change: 'updated', changedAt: expect.any(String), changedByName: 'qualityA', snapshot: expect.objectContaining({ status: 'onPaper', dueOn: '2026-12-01' }) }]);
    expect(await auditCount('selfAssessment.historyRead', 'designatedA')).toBe(1);

    const download = await designated.get(`/api/self-assessments/${assessmentId}/documents/${uploaded.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain('attachment; filename="Opnamebeleid 2026.pdf"');
    expect(await auditCount('selfAssessment.documentRead', 'designatedA')).toBe(1);
  });

  it('takes a current policy of the register as evidence; a withdrawn one only if it was already chosen', async () => {
    const policy = await seedPolicy(w.orgA, w.users.qualityA!.id, 'Veiligheidsbeleid');
    const withdrawn = await seedPolicy(w.orgA, w.users.qualityA!.id, 'Oud veiligheidsbeleid', 'withdrawn');
    const before = await criterion('2.1-c2');
    const refused = await quality.put(`/api/self-assessments/${assessmentId}/criteria/2.1-c2`, { status: 'inPractice', policyId: withdrawn, updatedAt: before.updatedAt });
    expect(fields(refused.body)).toEqual({ policyId: 'Kies een protocol of beleidsstuk uit het register van uw organisatie.' });
    const saved = await quality.put(`/api/self-assessments/${assessmentId}/criteria/2.1-c2`, { status: 'inPractice', policyId: policy, updatedAt: before.updatedAt });
    expect(saved.status).toBe(200);
    expect(saved.body.policy).toEqual({ id: policy, title: 'Veiligheidsbeleid', versionLabel: '2.0', withdrawn: false });
    // Withdrawn after it was chosen: still shown, marked, and the answer can still be saved.
    await h.database.unsafeSystemQuery.updateTable('policies').set({ status: 'withdrawn', withdrawn_on: '2026-01-01', withdrawn_reason: 'Herzien' }).where('id', '=', policy).execute();
    const again = await quality.put(`/api/self-assessments/${assessmentId}/criteria/2.1-c2`, { status: 'inPractice', policyId: policy, comments: 'Herziening loopt.', updatedAt: saved.body.updatedAt });
    expect(again.status).toBe(200);
    expect(again.body.policy.withdrawn).toBe(true);
  });

  it('answers a self-assessed indicator; a computed one cannot be answered here', async () => {
    const assessment = (await quality.get(`/api/self-assessments/${assessmentId}`)).body;
    const climate = assessment.indicators.find((i: { ref: string }) => i.ref === '2.2-i2');
    const saved = await quality.put(`/api/self-assessments/${assessmentId}/indicators/2.2-i2`, { answer: 'partlyMet', comments: 'Leefklimaatmeting op twee van de drie groepen.', updatedAt: climate.updatedAt });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ref: '2.2-i2', answer: 'partlyMet', updatedByName: 'qualityA' });
    const computed = await quality.put(`/api/self-assessments/${assessmentId}/indicators/2.1-i1`, { answer: 'met', updatedAt: climate.updatedAt });
    expect(computed.status).toBe(404);
    const stale = await quality.put(`/api/self-assessments/${assessmentId}/indicators/2.2-i2`, { answer: 'met', updatedAt: climate.updatedAt });
    expect(stale.body.code).toBe('EDIT_CONFLICT');
    const summary = (await quality.get(`/api/self-assessments/${assessmentId}`)).body.summary;
    expect(summary.overall.indicators.answered).toBe(1);
    expect(summary.elements.find((e: { ref: string }) => e.ref === '1.1').criteria).toMatchObject({ total: 2, onPaper: 1, notAssessed: 1 });
    expect(summary.elements.find((e: { ref: string }) => e.ref === '2.1').criteria).toMatchObject({ total: 2, inPractice: 1, notAssessed: 1 });
  });

  it('refuses uploads that are not a PDF, JPEG or PNG, or are too large', async () => {
    const docx = await upload(quality, Buffer.from('PK\u0003\u0004 word/document.xml'), 'application/pdf', 'beleid.docx');
    expect(docx.status).toBe(415);
    expect(docx.body.code).toBe('UNSUPPORTED_EVIDENCE');
    const text = await upload(quality, Buffer.from('gewoon tekst'), 'text/plain', 'beleid.txt');
    expect(text.status).toBe(415);
    const big = Buffer.alloc(EVIDENCE_DOCUMENT_MAX_BYTES + 1, 0x20);
    PDF.copy(big);
    const tooLarge = await upload(quality, big, 'application/pdf');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('PAYLOAD_TOO_LARGE');
    // A PNG named .pdf is kept as what it is.
    const png = await upload(quality, PNG, 'image/png', 'foto-van-beleid.pdf');
    expect(png.body).toMatchObject({ mimeType: 'image/png', fileName: 'foto-van-beleid.png' });
  });

  it('is read by the designated officer and the admin, kept only by the quality officer, closed to case workers; refusals are audited', async () => {
    expect((await designated.get(`/api/self-assessments/${assessmentId}`)).status).toBe(200);
    expect((await admin.get('/api/self-assessments')).status).toBe(200);
    expect(await auditCount('selfAssessment.read', 'designatedA')).toBeGreaterThan(0);
    const before = await auditCount('access.denied', 'caseWorkerA', 'denied');
    expect((await caseWorker.get(`/api/self-assessments/${assessmentId}`)).status).toBe(403);
    expect((await caseWorker.get('/api/self-assessments')).status).toBe(403);
    expect(await auditCount('access.denied', 'caseWorkerA', 'denied')).toBe(before + 2);
    const c = await criterion('1.2-c1');
    expect((await designated.put(`/api/self-assessments/${assessmentId}/criteria/1.2-c1`, { status: 'notArranged', updatedAt: c.updatedAt })).status).toBe(403);
    expect((await admin.post('/api/self-assessments', { title: 'Van de beheerder' })).status).toBe(403);
    expect((await designated.get('/api/self-assessments/owners')).status).toBe(403);
  });

  it('offers the active colleagues of the organisation as owners, no one else', async () => {
    const owners = await quality.get('/api/self-assessments/owners');
    expect(owners.status).toBe(200);
    const names = owners.body.map((o: { name: string }) => o.name);
    expect(names).toEqual(expect.arrayContaining(['qualityA', 'designatedA', 'caseWorkerA']));
    expect(names).not.toContain('adminB');
    expect(names).not.toContain('caseWorkerB');
  });

  it('prints the whole assessment as a PDF, audited', async () => {
    const r = await admin.get(`/api/self-assessments/${assessmentId}/pdf`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.headers.get('content-disposition')).toMatch(/zelfevaluatie-\d{4}-\d{2}-\d{2}\.pdf/);
    expect(String(r.body).startsWith('%PDF-')).toBe(true);
    expect(await auditCount('selfAssessment.printed', 'adminA')).toBe(1);
  });

  it('keeps another organisation out: no list, no assessment, no document, no foreign ids', async () => {
    expect((await adminB.get('/api/self-assessments')).body).toEqual([]);
    expect((await adminB.get(`/api/self-assessments/${assessmentId}`)).status).toBe(404);
    expect((await adminB.get(`/api/self-assessments/${assessmentId}/pdf`)).status).toBe(404);
    const c = await criterion('1.1-c1');
    expect((await adminB.get(`/api/self-assessments/${assessmentId}/documents/${c.document!.id}`)).status).toBe(404);
    const body = (await quality.get(`/api/self-assessments/${assessmentId}`)).body;
    const allowed = new Set([assessmentId, ...Object.values(w.users).filter((u) => u.organisationId === w.orgA).map((u) => u.id), ...body.criteria.flatMap((x: Criterion) => [x.document?.id, x.policy?.id])]);
    expect([...new Set(JSON.stringify(body).match(UUID) ?? [])].filter((id) => !allowed.has(id))).toEqual([]);
  });

  it('a new assessment closes the earlier one, starts from its answers, and the earlier stays readable but fixed', async () => {
    const earlier = assessmentId;
    const document = (await criterion('1.1-c1')).document!;
    const next = await quality.post('/api/self-assessments', { title: 'Zelfevaluatie 2027', carryOver: true });
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ open: true, carriedOverFrom: 'Zelfevaluatie 2026' });
    const carried = next.body.criteria.find((c: Criterion) => c.ref === '1.1-c1');
    expect(carried).toMatchObject({ status: 'onPaper', owner: { name: 'designatedA' }, dueOn: '2026-12-01', updatedByName: null, document: { id: document.id } });
    expect(next.body.indicators.find((i: { ref: string }) => i.ref === '2.2-i2')).toMatchObject({ answer: 'partlyMet' });

    const old = (await quality.get(`/api/self-assessments/${earlier}`)).body;
    expect(old).toMatchObject({ open: false, closedByName: 'qualityA' });
    const closed = await quality.put(`/api/self-assessments/${earlier}/criteria/1.2-c1`, { status: 'notArranged', updatedAt: old.criteria.find((c: Criterion) => c.ref === '1.2-c1').updatedAt });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('ASSESSMENT_CLOSED');
    expect((await upload(quality, PDF, 'application/pdf', 'laat.pdf', earlier)).body.code).toBe('ASSESSMENT_CLOSED');

    // Evidence carried over is read through the new assessment too.
    expect((await quality.get(`/api/self-assessments/${next.body.id}/documents/${document.id}`)).status).toBe(200);

    const list = (await designated.get('/api/self-assessments')).body;
    expect(list.map((a: { title: string; open: boolean }) => [a.title, a.open])).toEqual([
      ['Zelfevaluatie 2027', true],
      ['Zelfevaluatie 2026', false],
    ]);
    expect(list[1].criteria).toMatchObject({ total: 32, onPaper: 1, inPractice: 1, notAssessed: 30 });

    // Starting afresh: nothing carried over.
    const fresh = await quality.post('/api/self-assessments', { title: 'Nulmeting', carryOver: false });
    expect(fresh.body.criteria.every((c: Criterion) => c.status === null)).toBe(true);
    expect(fresh.body.carriedOverFrom).toBeNull();
    const closing = await quality.post(`/api/self-assessments/${fresh.body.id}/close`);
    expect(closing.status).toBe(200);
    expect(closing.body.open).toBe(false);
    expect((await quality.post(`/api/self-assessments/${fresh.body.id}/close`)).body.code).toBe('ASSESSMENT_CLOSED');
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM self_assessments WHERE organisation_id = ${w.orgA} AND closed_at IS NULL`.execute(h.database.unsafeSystemQuery);
    expect(rows[0]!.n).toBe(0);
  });
});
