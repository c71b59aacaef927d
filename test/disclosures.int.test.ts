// Disclosures through HTTP: police requests by phone that give nothing before
// a confirmed call back to a known number, disclosures typed in on the file
// with a reason per kind of data, the organisation's register, and the police
// liaison who sees what went to their own unit and nothing else. Every read is
// audited in the organisation that did the reading.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNwaDgAAAKEAYEml6crAAAAAElFTkSuQmCC', 'base64');

describe('disclosures, police requests and what the police receive', () => {
  let h: Harness;
  let w: World;
  let worker: ApiClient;
  let lead: ApiClient;
  let designated: ApiClient;
  let liaisonP: ApiClient;
  let liaisonQ: ApiClient;
  let avim: string;
  let wijkagent: string;
  let noNumber: string;
  let partnerOfB: string;
  let base: string;

  const disclosureBody = (overrides: Record<string, unknown> = {}) => ({
    recipientPartnerId: avim,
    purpose: 'De politie zoekt de jongere die sinds vanavond vermist is.',
    legalGround: 'vitalInterest',
    secrecyGround: 'conflictOfDuties',
    secrecyReasoning: 'Direct gevaar; zonder deze gegevens kan de politie haar niet vinden.',
    categories: [
      { category: 'identity', why: 'Om de juiste jongere te zoeken.' },
      { category: 'description', why: 'Om haar te herkennen op straat.' },
    ],
    summary: 'Naam, geboortedatum en signalement: lang donker haar, grijze jas.',
    decidedById: w.users.leadA!.id,
    youthInformed: false,
    youthNotInformedReason: 'De jongere is vermist.',
    disclosedAt: '2026-01-10T21:15',
    ...overrides,
  });
  const requestBody = { receivedAt: '2026-01-10T20:40', callerName: 'J. de Boer', callerUnit: 'AVIM eenheid P', callerPhone: '06-12345678', question: 'Waar verblijft de jongere nu?' };
  const count = async (table: string, where = sql`true`) =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${where}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
  const events = async (action: string) =>
    (
      await sql<{ organisation_id: string; actor_user_id: string; youth_id: string | null; record_id: string | null; outcome: string; details: unknown }>`
        SELECT organisation_id, actor_user_id, youth_id, record_id, outcome, details FROM audit_events WHERE action = ${action} ORDER BY id`.execute(h.database.unsafeSystemQuery)
    ).rows.map((r) => ({ ...r, details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details }));
  const download = async (client: ApiClient, path: string) => {
    const r = await fetch(`${h.baseUrl}${path}`, { headers: { cookie: client.cookieHeader() } });
    return { status: r.status, headers: r.headers, bytes: Buffer.from(await r.arrayBuffer()) };
  };

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    const partner = (organisationId: string, name: string, values: Record<string, string | null>) =>
      h.database.inOrganisation(organisationId, (tx) =>
        tx
          .insertInto('partners')
          .values({ organisation_id: organisationId, kind: 'traffickingTeam', name, phone: null, verified_phone: null, linked_organisation_id: null, ...values })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
    avim = (await partner(w.orgA, 'AVIM eenheid P', { verified_phone: '088-1112233', phone: '0900-8844', linked_organisation_id: w.policeP })).id;
    wijkagent = (await partner(w.orgA, 'Wijkagent Noord', { phone: '010-5556677' })).id;
    noNumber = (await partner(w.orgA, 'Zedenpolitie zonder nummer', {})).id;
    partnerOfB = (await partner(w.orgB, 'AVIM van B', { verified_phone: '088-9990000' })).id;
    await h.database.inOrganisation(w.orgA, (tx) => tx.insertInto('organisation_contacts').values({ organisation_id: w.orgA, phone_24_7: '020-2424247' }).execute());
    worker = await w.signIn('caseWorkerA');
    lead = await w.signIn('leadA');
    designated = await w.signIn('designatedA');
    liaisonP = await w.signIn('liaisonP');
    liaisonQ = await w.signIn('liaisonQ');
    base = `/api/youths/${w.youthA}`;
  });
  afterAll(() => h.close());

  describe('a police request by phone', () => {
    let requestId: string;

    it('is recorded as the caller put it', async () => {
      const r = await worker.post(`${base}/police-requests`, requestBody);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ ...requestBody, receivedAt: '2026-01-10T19:40:00.000Z', verified: false, outcome: null, callbacks: [], recordedByName: 'caseWorkerA' });
      requestId = r.body.id;
      expect((await events('policeRequest.recorded')).map((e) => [e.youth_id, e.record_id])).toEqual([[w.youthA, requestId]]);
    });

    it('refuses a request in the future or with a number that is no number, field by field', async () => {
      const r = await worker.post(`${base}/police-requests`, { ...requestBody, receivedAt: '2099-01-01T10:00' });
      expect(r.status).toBe(400);
      expect(r.body.fields).toEqual([{ path: 'receivedAt', message: 'Deze datum ligt in de toekomst.' }]);
      const phone = await worker.post(`${base}/police-requests`, { ...requestBody, callerPhone: 'bel me' });
      expect(phone.body.fields).toEqual([{ path: 'callerPhone', message: 'Vul een geldig telefoonnummer in.' }]);
      expect(await count('police_requests')).toBe(1);
    });

    it('gives nothing before a call back, and nothing leaves', async () => {
      const r = await worker.post(`${base}/disclosures`, disclosureBody({ policeRequestId: requestId }));
      expect(r.status).toBe(409);
      expect(r.body.code).toBe('CALLBACK_REQUIRED');
      expect(await count('disclosures')).toBe(0);
      expect(await count('disclosure_receipts')).toBe(0);
    });

    it('calls back only on a number the organisation knew', async () => {
      const other = await worker.post(`${base}/police-requests/${requestId}/callbacks`, { partnerId: partnerOfB, confirmed: true, calledAt: '2026-01-10T20:45' });
      expect(other.status).toBe(400);
      expect(other.body.fields).toEqual([{ path: 'partnerId', message: 'Kies een partner uit de lijst van uw organisatie.' }]);
      const none = await worker.post(`${base}/police-requests/${requestId}/callbacks`, { partnerId: noNumber, confirmed: true, calledAt: '2026-01-10T20:45' });
      expect(none.body.fields).toEqual([{ path: 'partnerId', message: 'Van deze partner is geen telefoonnummer bekend. Kies een partner met een bekend nummer.' }]);
      // A number typed in is not a known number: the schema has no place for one.
      const typed = await worker.post(`${base}/police-requests/${requestId}/callbacks`, { phone: '06-12345678', confirmed: true, calledAt: '2026-01-10T20:45' });
      expect(typed.status).toBe(400);
      expect(await count('police_request_callbacks')).toBe(0);
    });

    it('stays closed to information after a call back that did not confirm the caller', async () => {
      const r = await worker.post(`${base}/police-requests/${requestId}/callbacks`, { partnerId: wijkagent, confirmed: false, note: 'Kent de beller niet.', calledAt: '2026-01-10T20:45' });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ verified: false, callbacks: [{ partnerName: 'Wijkagent Noord', phone: '010-5556677', confirmed: false, note: 'Kent de beller niet.', calledByName: 'caseWorkerA' }] });
      const refused = await worker.post(`${base}/disclosures`, disclosureBody({ policeRequestId: requestId }));
      expect(refused.body.code).toBe('CALLBACK_REQUIRED');
    });

    it('gives information after a confirmed call back, as a disclosure linked to the request', async () => {
      const callback = await worker.post(`${base}/police-requests/${requestId}/callbacks`, { partnerId: avim, confirmed: true, calledAt: '2026-01-10T20:55' });
      // The verified number, not the general one, and never the number the caller gave.
      expect(callback.body).toMatchObject({ verified: true, callbacks: [{ confirmed: false }, { partnerName: 'AVIM eenheid P', phone: '088-1112233', confirmed: true }] });
      const r = await worker.post(`${base}/disclosures`, disclosureBody({ policeRequestId: requestId }));
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ source: 'policeRequest', sourceId: requestId, delivered: true, recipientName: 'AVIM eenheid P', decidedByName: 'leadA', recordedByName: 'caseWorkerA' });
      const list = await worker.get(`${base}/police-requests`);
      expect(list.body).toEqual([expect.objectContaining({ id: requestId, outcome: 'informationGiven', disclosureId: r.body.id, outcomeByName: 'caseWorkerA' })]);
      expect((await events('policeRequest.callbackRecorded')).map((e) => e.details.confirmed)).toEqual([false, true]);
      expect((await events('disclosure.recorded')).map((e) => e.details)).toEqual([expect.objectContaining({ source: 'policeRequest', delivered: true })]);
    });

    it('is answered once: no second disclosure, no other outcome', async () => {
      const again = await worker.post(`${base}/disclosures`, disclosureBody({ policeRequestId: requestId }));
      expect(again.body.code).toBe('REQUEST_CLOSED');
      const close = await worker.post(`${base}/police-requests/${requestId}/close`, { outcome: 'nothingGiven' });
      expect(close.body.code).toBe('REQUEST_CLOSED');
      const callback = await worker.post(`${base}/police-requests/${requestId}/callbacks`, { partnerId: avim, confirmed: true, calledAt: '2026-01-10T21:00' });
      expect(callback.body.code).toBe('REQUEST_CLOSED');
      expect(await count('disclosures')).toBe(1);
    });

    it('ends without information: refused needs the reason, nothing given does not', async () => {
      const second = (await worker.post(`${base}/police-requests`, requestBody)).body.id as string;
      const third = (await worker.post(`${base}/police-requests`, requestBody)).body.id as string;
      const noReason = await worker.post(`${base}/police-requests/${second}/close`, { outcome: 'refused', reason: '  ' });
      expect(noReason.body.fields).toEqual([{ path: 'reason', message: 'Schrijf op waarom u de vraag hebt geweigerd.' }]);
      const refused = await worker.post(`${base}/police-requests/${second}/close`, { outcome: 'refused', reason: 'Geen gevaar; de politie kan een vordering doen.' });
      expect(refused.body).toMatchObject({ outcome: 'refused', outcomeReason: 'Geen gevaar; de politie kan een vordering doen.', disclosureId: null });
      // "Information given" is never an outcome on its own: only with the disclosure.
      const given = await worker.post(`${base}/police-requests/${third}/close`, { outcome: 'informationGiven' });
      expect(given.status).toBe(400);
      const nothing = await worker.post(`${base}/police-requests/${third}/close`, { outcome: 'nothingGiven' });
      expect(nothing.body.outcome).toBe('nothingGiven');
      expect((await events('policeRequest.closed')).map((e) => e.details.outcome)).toEqual(['refused', 'nothingGiven']);
    });

    it('holds the rule in the database too, and is never deleted', async () => {
      const open = (await worker.post(`${base}/police-requests`, requestBody)).body.id as string;
      const skipCallBack = h.database.inOrganisation(w.orgA, (tx) =>
        tx.updateTable('police_requests').set({ outcome: 'informationGiven', disclosure_id: null, outcome_at: sql<string>`now()`, outcome_by: w.users.leadA!.id }).where('id', '=', open).execute(),
      );
      await expect(skipCallBack).rejects.toThrow();
      await expect(h.database.inOrganisation(w.orgA, (tx) => tx.deleteFrom('police_requests').where('id', '=', open).execute())).rejects.toThrow(/permission denied/);
      expect(h.routes.filter((r) => r.method === 'DELETE' && /police-requests|disclosures/.test(r.url))).toEqual([]);
    });

    it('is on the file only for those who may open it', async () => {
      const outsider = await w.signIn('outsiderA');
      expect((await outsider.get(`${base}/police-requests`)).status).toBe(403);
      expect((await outsider.post(`${base}/police-requests`, requestBody)).status).toBe(403);
      const other = await w.signIn('caseWorkerB');
      expect((await other.get(`${base}/police-requests`)).status).toBe(404);
    });
  });

  describe('a disclosure typed in on the file', () => {
    it('asks why each kind of data is needed, and changes nothing without it', async () => {
      const before = await count('disclosures');
      const r = await worker.post(
        `${base}/disclosures`,
        disclosureBody({ recipientPartnerId: wijkagent, categories: [{ category: 'identity', why: 'Om te zoeken.' }, { category: 'networkPersons', why: ' ' }] }),
      );
      expect(r.status).toBe(400);
      expect(r.body.fields).toEqual([{ path: 'categories.1.why', message: 'Schrijf op waarom deze gegevens nodig zijn voor het doel.' }]);
      const none = await worker.post(`${base}/disclosures`, disclosureBody({ categories: [] }));
      expect(none.body.fields).toEqual([{ path: 'categories', message: 'Kies welke soorten gegevens u verstrekt.' }]);
      expect(await count('disclosures')).toBe(before);
    });

    it('sends a photo only when "photo" is one of the kinds of data, and only a photo there is', async () => {
      const noPhoto = await worker.post(`${base}/disclosures`, disclosureBody({ attachPhoto: true, decidedById: w.users.caseWorkerA!.id }));
      expect(noPhoto.body.fields.map((f: { path: string; message: string }) => f.path).sort()).toEqual(['attachPhoto', 'attachPhoto', 'decidedById']);
      expect((await worker.request('PUT', `${base}/photo`, new Blob([new Uint8Array(PNG)], { type: 'image/png' }))).status).toBe(200);
      const notTicked = await worker.post(`${base}/disclosures`, disclosureBody({ attachPhoto: true }));
      expect(notTicked.body.fields).toEqual([{ path: 'attachPhoto', message: 'Kies ook "Foto" bij de soorten gegevens en schrijf op waarom die nodig is, of stuur geen foto mee.' }]);
      const withPhoto = await worker.post(
        `${base}/disclosures`,
        disclosureBody({ attachPhoto: true, categories: [{ category: 'photo', why: 'Om haar te herkennen.' }], youthInformed: true, youthNotInformedReason: '' }),
      );
      expect(withPhoto.status).toBe(200);
      expect(withPhoto.body).toMatchObject({ source: 'manual', hasPhoto: true, delivered: true, youthInformed: true });
      const photo = await download(lead, `${base}/disclosures/${withPhoto.body.id}/photo`);
      expect(photo.status).toBe(200);
      expect(photo.headers.get('cache-control')).toBe('no-store');
      expect(photo.bytes.equals(PNG)).toBe(true);
    });

    it('lists every disclosure of the file and shows one with what was shared, each read audited', async () => {
      const list = await lead.get(`${base}/disclosures`);
      expect(list.status).toBe(200);
      expect(list.body.map((d: { source: string }) => d.source).sort()).toEqual(['manual', 'policeRequest']);
      const one = list.body.find((d: { source: string }) => d.source === 'policeRequest');
      const detail = await lead.get(`${base}/disclosures/${one.id}`);
      expect(detail.body).toMatchObject({ summary: 'Naam, geboortedatum en signalement: lang donker haar, grijze jas.', content: null, categories: disclosureBody().categories });
      expect((await events('disclosure.listed')).at(-1)).toMatchObject({ youth_id: w.youthA, actor_user_id: w.users.leadA!.id, details: { count: 2 } });
      expect((await events('disclosure.read')).at(-1)).toMatchObject({ youth_id: w.youthA, record_id: one.id });
      expect((await lead.get(`/api/youths/${w.youthA2}/disclosures/${one.id}`)).status).toBe(404);
    });

    it('offers the partners without saying which organisation they are in Baken, and only deciders to decide', async () => {
      const r = await worker.get(`${base}/disclosure-options`);
      expect(r.status).toBe(200);
      expect(r.body.partners).toEqual([
        { id: avim, kind: 'traffickingTeam', name: 'AVIM eenheid P', contactPerson: null, region: null, knownPhone: '088-1112233', worksInBaken: true },
        { id: wijkagent, kind: 'traffickingTeam', name: 'Wijkagent Noord', contactPerson: null, region: null, knownPhone: '010-5556677', worksInBaken: false },
        { id: noNumber, kind: 'traffickingTeam', name: 'Zedenpolitie zonder nummer', contactPerson: null, region: null, knownPhone: null, worksInBaken: false },
      ]);
      expect(JSON.stringify(r.body)).not.toContain(w.policeP);
      expect(r.body.deciders.map((d: { name: string }) => d.name)).toEqual(['designatedA', 'leadA']);
      expect(r.body.hasPhoto).toBe(true);
      // Break-the-glass and outsiders may not disclose, so they get no form.
      expect((await (await w.signIn('outsiderA')).get(`${base}/disclosure-options`)).status).toBe(403);
    });
  });

  describe("the organisation's register", () => {
    it('shows the designated officer every disclosure with counts, and the filters narrow it', async () => {
      await lead.post(`/api/youths/${w.youthA2}/disclosures`, disclosureBody({ recipientPartnerId: null, recipientKind: 'school', recipientName: '=HYPERLINK("http://x")', legalGround: 'consent', secrecyGround: 'consent', disclosedAt: '2026-02-03T10:00' }));
      const r = await designated.get('/api/disclosures');
      expect(r.status).toBe(200);
      expect(r.body.total).toBe(3);
      expect(r.body.byRecipientKind).toEqual([
        { key: 'police', count: 2 },
        { key: 'school', count: 1 },
      ]);
      expect(r.body.byLegalGround).toEqual([
        { key: 'vitalInterest', count: 2 },
        { key: 'consent', count: 1 },
      ]);
      expect(r.body.rows[0]).toMatchObject({ recipientKind: 'school', youthId: w.youthA2, youthName: 'Noor Bakker', categories: ['identity', 'description'] });
      const february = await designated.get('/api/disclosures?from=2026-02-01&to=2026-02-28');
      expect(february.body.rows.map((d: { recipientKind: string }) => d.recipientKind)).toEqual(['school']);
      const bySource = await designated.get('/api/disclosures?source=policeRequest&legalGround=vitalInterest&recipientKind=police');
      expect(bySource.body.total).toBe(1);
      const reversed = await designated.get('/api/disclosures?from=2026-02-01&to=2026-01-01');
      expect(reversed.body.fields).toEqual([{ path: 'to', message: 'De einddatum ligt voor de begindatum.' }]);
      expect((await events('disclosure.registerRead')).map((e) => [e.actor_user_id, e.youth_id, e.details.total])).toEqual([
        [w.users.designatedA!.id, null, 3],
        [w.users.designatedA!.id, null, 1],
        [w.users.designatedA!.id, null, 1],
      ]);
    });

    it('exports CSV that a spreadsheet cannot run as a formula', async () => {
      const csv = await download(designated, '/api/disclosures/export?recipientKind=school');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const text = csv.bytes.toString('utf8');
      expect(text.startsWith('\uFEFFVerstrekt op;Bron;Soort ontvanger;Ontvanger;')).toBe(true);
      expect(text).toContain(`;School;"'=HYPERLINK(""http://x"")";`);
      expect(text).toContain(';Toestemming;');
      expect(text).toContain(';Noor Bakker\r\n');
      expect((await events('disclosure.registerRead')).at(-1)!.details).toMatchObject({ format: 'csv', shown: 1 });
    });

    it('is closed to everyone without the capability, and the refusal is on record', async () => {
      for (const client of [worker, lead, liaisonP]) {
        expect((await client.get('/api/disclosures')).status).toBe(403);
        expect((await client.get('/api/disclosures/export')).status).toBe(403);
      }
      expect((await events('access.denied')).filter((e) => e.details.attempted === 'disclosure.readOrganisation').length).toBeGreaterThanOrEqual(6);
    });
  });

  describe('the police liaison', () => {
    let receiptId: string;
    let photoReceiptId: string;

    it('sees what went to their unit, newest first, with no id of the provider in it', async () => {
      const r = await liaisonP.get('/api/received-disclosures');
      expect(r.status).toBe(200);
      expect(r.body).toHaveLength(2);
      expect(r.body[0]).toMatchObject({
        sourceOrganisationName: 'Zorgaanbieder A',
        sourcePhone247: '020-2424247',
        kind: 'manual',
        subjectName: 'Sanne de Vries',
        decidedByName: 'leadA',
        legalGround: 'vitalInterest',
        firstViewedAt: null,
      });
      expect(r.body.map((d: { kind: string; hasPhoto: boolean }) => [d.kind, d.hasPhoto]).sort()).toEqual([
        ['manual', true],
        ['policeRequest', false],
      ]);
      receiptId = r.body.find((d: { kind: string }) => d.kind === 'policeRequest').id;
      photoReceiptId = r.body.find((d: { kind: string }) => d.kind === 'manual').id;
      const text = JSON.stringify(r.body);
      const providerIds = [w.orgA, w.youthA, ...(await h.database.unsafeSystemQuery.selectFrom('disclosures').select('id').execute()).map((d) => d.id)];
      for (const id of providerIds) expect(text).not.toContain(id);
      expect((await events('disclosureReceipt.listed')).map((e) => [e.organisation_id, e.actor_user_id, e.details.count])).toEqual([[w.policeP, w.users.liaisonP!.id, 2]]);
    });

    it('opens one exactly as disclosed, and the first view is kept', async () => {
      const first = await liaisonP.get(`/api/received-disclosures/${receiptId}`);
      expect(first.status).toBe(200);
      expect(first.body.content).toEqual({
        title: 'De politie zoekt de jongere die sinds vanavond vermist is.',
        sections: [{ heading: '', lines: [{ label: null, text: 'Naam, geboortedatum en signalement: lang donker haar, grijze jas.' }] }],
      });
      expect(first.body.categories).toEqual(disclosureBody().categories);
      expect(first.body.firstViewedAt).toEqual(expect.any(String));
      const second = await liaisonP.get(`/api/received-disclosures/${receiptId}`);
      expect(second.body.firstViewedAt).toBe(first.body.firstViewedAt);
      expect((await events('disclosureReceipt.read')).map((e) => [e.organisation_id, e.record_id])).toEqual([
        [w.policeP, receiptId],
        [w.policeP, receiptId],
      ]);
    });

    it('gets the photo that came with it, never cached, and none where none came', async () => {
      const photo = await download(liaisonP, `/api/received-disclosures/${photoReceiptId}/photo`);
      expect(photo.status).toBe(200);
      expect(photo.headers.get('content-type')).toBe('image/png');
      expect(photo.headers.get('cache-control')).toBe('no-store');
      expect(photo.bytes.equals(PNG)).toBe(true);
      expect((await download(liaisonP, `/api/received-disclosures/${receiptId}/photo`)).status).toBe(404);
      expect((await events('disclosureReceipt.photoRead')).map((e) => [e.organisation_id, e.record_id])).toEqual([[w.policeP, photoReceiptId]]);
    });

    it('prints it as a PDF for the desk, with the words as disclosed and no name in the file name', async () => {
      const pdf = await download(liaisonP, `/api/received-disclosures/${photoReceiptId}/pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toBe('inline; filename="ontvangen-gegevens-2026-01-10.pdf"');
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const file = `/tmp/disclosures-receipt-${process.env.TEST_DATABASE ?? 'pglite'}.pdf`;
      writeFileSync(file, pdf.bytes);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      for (const words of ['Ontvangen gegevens', 'Sanne de Vries', 'Zorgaanbieder A', '020-2424247', 'Vitaal belang', 'Foto', 'Om haar te herkennen.', 'Vertrouwelijk']) expect(text).toContain(words);
      expect((await events('disclosureReceipt.printed')).map((e) => [e.organisation_id, e.details.photo])).toEqual([[w.policeP, true]]);
    });

    it('of another unit sees nothing of it', async () => {
      expect((await liaisonQ.get('/api/received-disclosures')).body).toEqual([]);
      for (const path of [receiptId, `${receiptId}/photo`, `${photoReceiptId}/photo`, `${receiptId}/pdf`]) expect((await liaisonQ.get(`/api/received-disclosures/${path}`)).status).toBe(404);
      // Row-level security holds it below the query too.
      const rows = await h.database.inOrganisation(w.policeQ, (tx) => tx.selectFrom('disclosure_receipts').select('id').execute());
      expect(rows).toEqual([]);
      const first = await h.database.unsafeSystemQuery.selectFrom('disclosure_receipts').select('first_viewed_at').where('id', '=', photoReceiptId).executeTakeFirstOrThrow();
      expect(first.first_viewed_at).toBeNull();
    });

    it('cannot open anything of a youth, nor the register, nor the partners', async () => {
      const someId = '00000000-0000-4000-8000-000000000000';
      const youthRoutes = h.routes.filter((r) => r.url.startsWith('/api/youths'));
      expect(youthRoutes.length).toBeGreaterThan(20);
      for (const route of youthRoutes) {
        // Search parameters that a search route would accept, so only access can be the answer.
        const path = `${route.url.replace(':id', w.youthA).replace(/:[a-zA-Z]+/g, someId)}${route.method === 'GET' ? '?q=Sanne&dateOfBirth=2010-04-12' : ''}`;
        const r = await liaisonP.request(route.method, path, route.method === 'GET' ? undefined : {});
        // A read is refused outright; a change may already fail on its (empty) body, which changes nothing either.
        expect(`${route.method} ${route.url} → ${r.status}`).toMatch(route.method === 'GET' ? /→ (403|404)$/ : /→ (400|403|404|415)$/);
      }
      expect((await liaisonP.get('/api/youths')).status).toBe(403);
      // A file of another organisation is not found, whatever the role.
      expect((await liaisonP.get(`${base}/disclosures`)).status).toBe(404);
      expect((await liaisonP.get(`${base}/police-requests`)).status).toBe(404);
      // The partner directory is the provider's, not the police unit's (its routes come from its own module).
      for (const route of h.routes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/partners'))) {
        expect(`${route.url} → ${(await liaisonP.get(route.url.replace(/:[a-zA-Z]+/g, someId))).status}`).toMatch(/→ (403|404)$/);
      }
    });

    it('is the only one who reads the receipts', async () => {
      for (const client of [worker, lead, designated]) {
        expect((await client.get('/api/received-disclosures')).status).toBe(403);
        expect((await client.get(`/api/received-disclosures/${receiptId}`)).status).toBe(403);
      }
    });
  });
});
