// Improvement plans, good practices and the printed reports through HTTP, on
// both engines. The inspector of inspectorate I sets points (with the
// expectations they are about) for two providers in a round: Zorgaanbieder A,
// which works in Baken and is linked (orgA), and Aanbieder Zee, which is not.
// The linked provider's quality officer fills in its own actions with an
// owner from its own staff, a date, status and progress; the inspector
// follows up each action; history, the overview counts (counted by hand
// below) and the CSV (formula-safe). Bad input gets Dutch field messages and
// changes nothing; orgB and inspectorate J see nothing (404, no ids); every
// read and change writes one audit event. The PDFs are read with pdftotext.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

describe('improvement plans, good practices and reports', () => {
  let h: Harness;
  let w: World;
  let inspector: ApiClient;
  let inspectorJ: ApiClient;
  let quality: ApiClient;
  let caseWorker: ApiClient;
  let adminB: ApiClient;
  let roundId: string;
  let linkedId: string;
  let zeeId: string;
  let pointA1: string;
  let pointA2: string;
  let pointZee: string;
  let actionA1: { id: string; updatedAt: string };
  let actionZee: string;

  const base = () => `/api/inspection/rounds/${roundId}`;
  const count = async (table: string) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
  const audits = async (action: string, userKey?: string) =>
    (
      await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} ${userKey ? sql`AND actor_user_id = ${w.users[userKey]!.id}` : sql``}`.execute(
        h.database.unsafeSystemQuery,
      )
    ).rows[0]!.n;
  const fieldMap = (body: { fields?: { path: string; message: string }[] }) => Object.fromEntries((body.fields ?? []).map((f) => [f.path, f.message]));
  const download = async (client: ApiClient, path: string) => {
    const r = await fetch(`${h.baseUrl}${path}`, { headers: { cookie: client.cookieHeader() } });
    return { status: r.status, headers: r.headers, bytes: Buffer.from(await r.arrayBuffer()) };
  };
  const pdfText = (name: string, bytes: Buffer) => {
    const file = `/tmp/h25-${name}-${process.env.TEST_DATABASE ?? 'pglite'}.pdf`;
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-layout', file, '-']).toString();
  };
  const noForeignIds = (body: unknown) => {
    const ids = JSON.stringify(body).match(UUID) ?? [];
    for (const id of [w.inspectorateI, w.inspectorateJ, w.orgA, w.orgB]) expect(ids).not.toContain(id);
  };

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    inspector = await w.signIn('inspectorI');
    inspectorJ = await w.signIn('inspectorJ');
    quality = await w.signIn('qualityA');
    caseWorker = await w.signIn('caseWorkerA');
    adminB = await w.signIn('adminB');
    const round = await inspector.post('/api/inspection/rounds', { title: 'Hulp aan slachtoffers 2026', kind: 'thematic', periodStart: '2026-03-01', periodEnd: '2026-06-30' });
    expect(round.status).toBe(200);
    roundId = round.body.id;
    const a = await inspector.post(`${base()}/providers`, { name: 'Zorgaanbieder A', location: 'Utrecht', careKind: 'secured', bakenSlug: 'zorg-a' });
    expect(a.status).toBe(200);
    linkedId = a.body.id;
    const zee = await inspector.post(`${base()}/providers`, { name: 'Aanbieder Zee', careKind: 'open' });
    zeeId = zee.body.id;
    const judged = await inspector.put(`${base()}/providers/${linkedId}/judgments`, {
      judgments: [
        { ref: '2.1.1', judgment: 'sufficient', findings: 'Elke jongere heeft een actueel veiligheidsbeeld.', updatedAt: null },
        { ref: '5.2.1', judgment: 'insufficient', findings: 'Op de groep werken te weinig geregistreerde medewerkers.', updatedAt: null },
        { ref: '5.2.2', judgment: 'insufficient', findings: 'Scholing over deze doelgroep ontbreekt bij een deel van het team.', updatedAt: null },
      ],
    });
    expect(judged.status).toBe(200);
    const zeeJudged = await inspector.put(`${base()}/providers/${zeeId}/judgments`, { judgments: [{ ref: '5.2.1', judgment: 'insufficient', findings: 'Geen geregistreerde medewerkers op de groep.', updatedAt: null }] });
    expect(zeeJudged.status).toBe(200);
  });
  afterAll(() => h.close());

  describe('points', () => {
    it('refuses a point without expectations, with a ref that does not apply or twice, or without words, in Dutch, and adds nothing', async () => {
      const before = await count('improvement_points');
      const none = await inspector.post(`${base()}/providers/${linkedId}/improvement/points`, { expectationRefs: [], description: ' ' });
      expect(none.status).toBe(400);
      expect(fieldMap(none.body)).toMatchObject({ description: expect.any(String) });
      const refs = await inspector.post(`${base()}/providers/${linkedId}/improvement/points`, { expectationRefs: [], description: 'Meer geregistreerde medewerkers' });
      expect(fieldMap(refs.body)).toEqual({ expectationRefs: 'Kies minstens één verwachting waar dit verbeterpunt over gaat.' });
      // 1-s1 is about restrictive measures: only secured care is judged on it.
      const open = await inspector.post(`${base()}/providers/${zeeId}/improvement/points`, { expectationRefs: ['1-s1', '9.9.9'], description: 'x' });
      expect(fieldMap(open.body)).toEqual({
        'expectationRefs.0': 'Kies een verwachting uit het toetsingskader die geldt voor het soort hulp van deze aanbieder.',
        'expectationRefs.1': 'Kies een verwachting uit het toetsingskader die geldt voor het soort hulp van deze aanbieder.',
      });
      const twice = await inspector.post(`${base()}/providers/${linkedId}/improvement/points`, { expectationRefs: ['5.2.1', '5.2.1'], description: 'x' });
      expect(fieldMap(twice.body)).toEqual({ 'expectationRefs.1': 'Deze verwachting staat er al.' });
      expect(await count('improvement_points')).toBe(before);
      expect(await audits('improvementPoint.created')).toBe(0);
    });

    it('adds points with their expectations, one audit event each', async () => {
      const r = await inspector.post(`${base()}/providers/${linkedId}/improvement/points`, {
        expectationRefs: ['5.2.1'],
        description: 'Zet op elke groep geregistreerde pedagogisch medewerkers in en onderbouw de verhouding.',
        dueOn: '2026-12-31',
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ expectationRefs: ['5.2.1'], dueOn: '2026-12-31', createdByName: 'inspectorI', actions: [] });
      pointA1 = r.body.id;
      const r2 = await inspector.post(`${base()}/providers/${linkedId}/improvement/points`, { expectationRefs: ['5.2.2', '2.1.1'], description: 'Schoal het team in werken met deze doelgroep.' });
      pointA2 = r2.body.id;
      const r3 = await inspector.post(`${base()}/providers/${zeeId}/improvement/points`, { expectationRefs: ['5.2.1'], description: '=HYPERLINK("x") meer geregistreerde medewerkers' });
      pointZee = r3.body.id;
      expect(await audits('improvementPoint.created', 'inspectorI')).toBe(3);
      // The inspector corrects a typo; a stale version is refused.
      const fixed = await inspector.put(`/api/inspection/improvement/points/${pointA2}`, { expectationRefs: ['5.2.2'], description: 'School het team in werken met deze doelgroep.', updatedAt: r2.body.updatedAt });
      expect(fixed.status).toBe(200);
      expect(fixed.body.expectationRefs).toEqual(['5.2.2']);
      const stale = await inspector.put(`/api/inspection/improvement/points/${pointA2}`, { expectationRefs: ['5.2.2'], description: 'Anders', updatedAt: r2.body.updatedAt });
      expect(stale.status).toBe(409);
      expect(await audits('improvementPoint.updated')).toBe(1);
    });
  });

  describe("the linked provider's own view", () => {
    it('lists only its own inspection, with its judgments, the points and good practices; no ids of the inspectorate', async () => {
      const list = await quality.get('/api/own-inspections');
      expect(list.status).toBe(200);
      expect(list.body).toEqual([
        expect.objectContaining({ id: linkedId, roundTitle: 'Hulp aan slachtoffers 2026', name: 'Zorgaanbieder A', careKind: 'secured', sufficient: 1, insufficient: 2, points: 2, actions: 0 }),
      ]);
      const one = await quality.get(`/api/own-inspections/${linkedId}`);
      expect(one.status).toBe(200);
      expect(one.body.judgments.map((j: { ref: string; judgment: string }) => `${j.ref}:${j.judgment}`)).toEqual(['2.1.1:sufficient', '5.2.1:insufficient', '5.2.2:insufficient']);
      expect(one.body.points.map((p: { id: string }) => p.id)).toEqual([pointA1, pointA2]);
      noForeignIds(one.body);
      expect(await audits('ownInspection.listed', 'qualityA')).toBe(1);
      expect(await audits('ownInspection.read', 'qualityA')).toBe(1);
      // The unlinked provider's entry does not exist for orgA.
      expect((await quality.get(`/api/own-inspections/${zeeId}`)).status).toBe(404);
    });

    it('adds an action with a colleague as owner; bad input gets Dutch messages and adds nothing', async () => {
      const owners = await quality.get('/api/own-inspections/owners');
      expect(owners.status).toBe(200);
      const qualityOwner = owners.body.find((o: { name: string }) => o.name === 'qualityA');
      expect(qualityOwner).toBeTruthy();
      const before = await count('improvement_actions');
      const bad = await quality.post(`/api/own-inspections/${linkedId}/points/${pointA1}/actions`, { what: '', dueOn: '2026-02-30' });
      expect(bad.status).toBe(400);
      expect(Object.keys(fieldMap(bad.body)).sort()).toEqual(['dueOn', 'what']);
      const noOwner = await quality.post(`/api/own-inspections/${linkedId}/points/${pointA1}/actions`, { what: 'Twee vacatures voor geregistreerde medewerkers', dueOn: '2027-03-01' });
      expect(fieldMap(noOwner.body)).toEqual({ ownerName: 'Vul in wie deze actie uitvoert.' });
      const stranger = await quality.post(`/api/own-inspections/${linkedId}/points/${pointA1}/actions`, { what: 'x', dueOn: '2027-03-01', ownerUserId: w.users.adminB!.id });
      expect(fieldMap(stranger.body)).toEqual({ ownerUserId: 'Kies een actieve collega van uw organisatie, of vul een naam in.' });
      expect(await count('improvement_actions')).toBe(before);

      const r = await quality.post(`/api/own-inspections/${linkedId}/points/${pointA1}/actions`, {
        what: 'Twee vacatures voor geregistreerde medewerkers',
        ownerUserId: qualityOwner.id,
        dueOn: '2027-03-01',
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ ownerName: 'qualityA', ownerUserId: qualityOwner.id, status: 'open', followUps: [], latestVerdict: null });
      actionA1 = { id: r.body.id, updatedAt: r.body.updatedAt };
      // A second action, due in the past and not done: overdue.
      const late = await quality.post(`/api/own-inspections/${linkedId}/points/${pointA2}/actions`, { what: 'Training mensenhandel voor het hele team', ownerName: 'Teamleider Noord', dueOn: '2025-01-15' });
      expect(late.body.overdue).toBe(true);
      expect(await audits('improvementAction.created', 'qualityA')).toBe(2);
      // A point of the unlinked provider is not its to act on.
      expect((await quality.post(`/api/own-inspections/${linkedId}/points/${pointZee}/actions`, { what: 'x', ownerName: 'y', dueOn: '2027-03-01' })).status).toBe(404);
      expect((await quality.post(`/api/own-inspections/${zeeId}/points/${pointZee}/actions`, { what: 'x', ownerName: 'y', dueOn: '2027-03-01' })).status).toBe(404);
    });

    it('updates status and progress with the version it read; a stale one is refused', async () => {
      const r = await quality.put(`/api/own-inspections/${linkedId}/actions/${actionA1.id}`, {
        what: 'Twee vacatures voor geregistreerde medewerkers',
        ownerName: 'qualityA',
        dueOn: '2027-03-01',
        status: 'inProgress',
        progressNote: 'Eén vacature vervuld per 1 september.',
        updatedAt: actionA1.updatedAt,
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'inProgress', progressNote: 'Eén vacature vervuld per 1 september.', ownerUserId: null });
      const stale = await quality.put(`/api/own-inspections/${linkedId}/actions/${actionA1.id}`, { what: 'x', ownerName: 'y', dueOn: '2027-03-01', updatedAt: actionA1.updatedAt });
      expect(stale.status).toBe(409);
      actionA1.updatedAt = r.body.updatedAt;
      expect(await audits('improvementAction.updated', 'qualityA')).toBe(1);
    });

    it('a case worker cannot change actions (quality.manage), and roles without quality.read see nothing', async () => {
      expect((await caseWorker.get('/api/own-inspections')).status).toBe(403);
      const admin = await w.signIn('adminA');
      expect((await admin.get('/api/own-inspections')).status).toBe(200);
      expect((await admin.post(`/api/own-inspections/${linkedId}/points/${pointA1}/actions`, { what: 'x', ownerName: 'y', dueOn: '2027-03-01' })).status).toBe(403);
      expect(await audits('access.denied', 'caseWorkerA')).toBe(1);
    });
  });

  describe("the inspector's follow-up", () => {
    it('leaves a linked provider its own actions, and records them for one that is not linked', async () => {
      const kept = await inspector.post(`/api/inspection/improvement/points/${pointA1}/actions`, { what: 'x', ownerName: 'y', dueOn: '2027-03-01' });
      expect(kept.status).toBe(409);
      const r = await inspector.post(`/api/inspection/improvement/points/${pointZee}/actions`, { what: 'Werving geregistreerde medewerkers', ownerName: 'Directeur Zee', dueOn: '2026-11-01', status: 'done' });
      expect(r.status).toBe(200);
      expect(r.body).not.toHaveProperty('ownerUserId');
      actionZee = r.body.id;
      const owner = await inspector.post(`/api/inspection/improvement/points/${pointZee}/actions`, { what: 'x', ownerUserId: w.users.inspectorI!.id, dueOn: '2026-11-01' });
      expect(fieldMap(owner.body)).toEqual({ ownerUserId: 'Kies een actieve collega van uw organisatie, of vul een naam in.' });
    });

    it('follows up each action; "not yet sufficient" needs words, a date in the future is refused', async () => {
      const before = await count('improvement_follow_ups');
      const words = await inspector.post(`/api/inspection/improvement/actions/${actionA1.id}/follow-ups`, { verdict: 'notYetSufficient', followedUpOn: '2026-01-10' });
      expect(fieldMap(words.body)).toEqual({ note: 'Schrijf op wat er nog ontbreekt: dat leest de aanbieder.' });
      const future = await inspector.post(`/api/inspection/improvement/actions/${actionA1.id}/follow-ups`, { verdict: 'accepted', followedUpOn: '2099-01-01' });
      expect(fieldMap(future.body)).toEqual({ followedUpOn: 'Deze datum ligt in de toekomst.' });
      expect(await count('improvement_follow_ups')).toBe(before);
      const r = await inspector.post(`/api/inspection/improvement/actions/${actionA1.id}/follow-ups`, { verdict: 'notYetSufficient', note: 'De tweede vacature staat nog open.', followedUpOn: '2026-01-10' });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ verdict: 'notYetSufficient', recordedByName: 'inspectorI' });
      await inspector.post(`/api/inspection/improvement/actions/${actionZee}/follow-ups`, { verdict: 'accepted', followedUpOn: '2026-01-11' });
      expect(await audits('improvementFollowUp.recorded', 'inspectorI')).toBe(2);
      // The provider sees the follow-up on its own action.
      const own = await quality.get(`/api/own-inspections/${linkedId}`);
      expect(own.body.points[0].actions[0]).toMatchObject({ latestVerdict: 'notYetSufficient', followUps: [expect.objectContaining({ note: 'De tweede vacature staat nog open.' })] });
    });

    it('shows the plan with the provider keeping it, the history newest first, and counts per provider', async () => {
      const plan = await inspector.get(`${base()}/providers/${linkedId}/improvement`);
      expect(plan.status).toBe(200);
      expect(plan.body.keptByProvider).toBe(true);
      expect(plan.body.points[0].actions[0]).not.toHaveProperty('ownerUserId');
      noForeignIds(plan.body);
      const history = await inspector.get(`${base()}/providers/${linkedId}/improvement/history`);
      expect(history.status).toBe(200);
      // Two points created, one updated; two actions created, one updated; one follow-up.
      expect(history.body.map((x: { recordType: string; change: string }) => `${x.recordType}.${x.change}`).sort()).toEqual(
        ['action.created', 'action.created', 'action.updated', 'followUp.created', 'point.created', 'point.created', 'point.updated'].sort(),
      );
      expect(history.body[0].recordType).toBe('followUp');
      const overview = await inspector.get(`${base()}/improvement`);
      expect(overview.status).toBe(200);
      // Aanbieder Zee comes before Zorgaanbieder A by name.
      expect(overview.body).toEqual([
        { roundProviderId: zeeId, providerName: 'Aanbieder Zee', points: 1, actions: 1, open: 0, inProgress: 0, done: 1, overdue: 0, accepted: 1, notYetSufficient: 0, closed: 0, awaitingFollowUp: 0 },
        { roundProviderId: linkedId, providerName: 'Zorgaanbieder A', points: 2, actions: 2, open: 1, inProgress: 1, done: 0, overdue: 1, accepted: 0, notYetSufficient: 1, closed: 0, awaitingFollowUp: 1 },
      ]);
      expect(await audits('improvementPlan.overviewRead', 'inspectorI')).toBe(1);
    });

    it('exports every action as CSV, formula-safe', async () => {
      const r = await download(inspector, `${base()}/improvement/export`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/csv');
      const text = r.bytes.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('Aanbieder;Soort hulp;Verbeterpunt;Verwachtingen;Punt gereed vóór;Actie;Eigenaar;Actie gereed vóór;Stand;Over de datum;Voortgang;Laatste opvolging;Opvolging op;Toelichting inspectie');
      expect(lines).toHaveLength(4);
      expect(lines[1]).toContain(`"'=HYPERLINK(""x"") meer geregistreerde medewerkers"`);
      expect(lines[1]).toContain('Gereed');
      expect(lines[2]).toContain('Nog niet voldoende;2026-01-10;De tweede vacature staat nog open.');
      expect(await audits('improvementPlan.exported', 'inspectorI')).toBe(1);
    });
  });

  describe('nothing crosses organisations', () => {
    it('orgB and inspectorate J get 404 without ids, and change nothing', async () => {
      expect((await adminB.get('/api/own-inspections')).body).toEqual([]);
      for (const path of [`/api/own-inspections/${linkedId}`, `/api/own-inspections/${linkedId}/report.pdf`]) {
        const r = await adminB.get(path);
        expect(r.status).toBe(404);
        expect(JSON.stringify(r.body).match(UUID)).toBeNull();
      }
      const bPut = await adminB.put(`/api/own-inspections/${linkedId}/actions/${actionA1.id}`, { what: 'x', ownerName: 'y', dueOn: '2027-03-01', updatedAt: actionA1.updatedAt });
      expect(bPut.status).toBe(403);
      for (const path of [
        `${base()}/improvement`,
        `${base()}/improvement/export`,
        `${base()}/providers/${linkedId}/improvement`,
        `${base()}/providers/${linkedId}/improvement/history`,
        `${base()}/providers/${linkedId}/good-practices`,
        `${base()}/report.pdf`,
        `${base()}/providers/${linkedId}/report.pdf`,
      ]) {
        const r = await inspectorJ.get(path);
        expect(`${path} ${r.status}`).toBe(`${path} 404`);
        expect(JSON.stringify(r.body).match(UUID)).toBeNull();
      }
      const before = await count('improvement_follow_ups');
      expect((await inspectorJ.post(`/api/inspection/improvement/actions/${actionA1.id}/follow-ups`, { verdict: 'accepted', followedUpOn: '2026-01-10' })).status).toBe(404);
      expect((await inspectorJ.put(`/api/inspection/improvement/points/${pointA1}`, { expectationRefs: ['5.2.1'], description: 'x', updatedAt: new Date().toISOString() })).status).toBe(404);
      expect((await inspectorJ.post(`${base()}/providers/${linkedId}/improvement/points`, { expectationRefs: ['5.2.1'], description: 'x' })).status).toBe(404);
      expect(await count('improvement_follow_ups')).toBe(before);
      expect((await inspectorJ.get('/api/inspection/good-practices')).body).toEqual([]);
    });
  });

  describe('good practices', () => {
    let practiceId: string;
    let practiceVersion: string;

    it('refuses one without a title or with a ref outside the framework, and adds nothing', async () => {
      const before = await count('good_practices');
      const r = await inspector.post(`${base()}/providers/${linkedId}/good-practices`, { title: '', description: 'x', ref: '7.7.7' });
      expect(r.status).toBe(400);
      expect(Object.keys(fieldMap(r.body))).toEqual(['title']);
      const ref = await inspector.post(`${base()}/providers/${linkedId}/good-practices`, { title: 'Yoga', description: 'x', ref: '7.7.7' });
      expect(fieldMap(ref.body)).toEqual({ ref: 'Kies een thema of verwachting uit het toetsingskader, of laat dit leeg.' });
      expect(await count('good_practices')).toBe(before);
    });

    it('lists, adds and changes practices per provider, one audit event each', async () => {
      const r = await inspector.post(`${base()}/providers/${linkedId}/good-practices`, {
        title: 'Complimentenboekje',
        description: 'Medewerkers, de jongere en haar ouders schrijven dagelijks iets positiefs op.',
        ref: '3',
      });
      expect(r.status).toBe(200);
      practiceId = r.body.id;
      const zee = await inspector.post(`${base()}/providers/${zeeId}/good-practices`, { title: '@Oefenen buiten', description: 'Met de mentor oefenen in een winkelcentrum.', ref: '2.2.1' });
      expect(zee.status).toBe(200);
      const changed = await inspector.put(`/api/inspection/good-practices/${practiceId}`, { title: 'Complimentenboekje', description: 'Iedere dag iets positiefs opgeschreven.', ref: '3', updatedAt: r.body.updatedAt });
      expect(changed.status).toBe(200);
      practiceVersion = changed.body.updatedAt;
      expect((await inspector.put(`/api/inspection/good-practices/${practiceId}`, { title: 'x', description: 'y', updatedAt: r.body.updatedAt })).status).toBe(409);
      const list = await inspector.get(`${base()}/providers/${linkedId}/good-practices`);
      expect(list.body.map((p: { title: string; ref: string }) => [p.title, p.ref])).toEqual([['Complimentenboekje', '3']]);
      expect(await audits('goodPractice.created', 'inspectorI')).toBe(2);
      expect(await audits('goodPractice.updated', 'inspectorI')).toBe(1);
      // The provider reads its own, not the other's.
      const own = await quality.get(`/api/own-inspections/${linkedId}`);
      expect(own.body.goodPractices.map((p: { title: string }) => p.title)).toEqual(['Complimentenboekje']);
      expect(practiceVersion).toBeTruthy();
    });

    it('keeps a register across rounds with filters and a formula-safe CSV', async () => {
      const all = await inspector.get('/api/inspection/good-practices');
      expect(all.body).toHaveLength(2);
      const theme2 = await inspector.get('/api/inspection/good-practices?theme=2');
      expect(theme2.body.map((p: { providerName: string }) => p.providerName)).toEqual(['Aanbieder Zee']);
      const csv = await download(inspector, `/api/inspection/good-practices/export?roundId=${roundId}`);
      expect(csv.status).toBe(200);
      const lines = csv.bytes.toString('utf8').slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('Ronde;Aanbieder;Soort hulp;Titel;Beschrijving;Thema of verwachting;Vastgelegd door;Vastgelegd op');
      expect(lines).toHaveLength(3);
      expect(csv.bytes.toString('utf8')).toContain("'@Oefenen buiten");
      expect(await audits('goodPractice.exported', 'inspectorI')).toBe(1);
    });
  });

  describe('reports', () => {
    it('prints the round report with the numbers per theme and expectation, good practices and method', async () => {
      const r = await download(inspector, `${base()}/report.pdf`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/pdf');
      expect(r.headers.get('content-disposition')).toBe('inline; filename="inspectieronde-hulp-aan-slachtoffers-2026.pdf"');
      const text = pdfText('round', r.bytes);
      for (const words of ['Rapport van de inspectieronde', 'Hulp aan slachtoffers 2026', 'Oordelen per thema', 'Oordelen per verwachting', 'Scores per aanbieder', 'Goede praktijkvoorbeelden per aanbieder', 'Complimentenboekje', 'Werkwijze', 'Toetsingskader, verwachting 5.2.1', 'Pagina 1 van', 'Vertrouwelijk']) {
        expect(text, words).toContain(words);
      }
      // 5.2.1: both providers insufficient; 2.1.1: one sufficient (A); counted by hand.
      expect(text).toMatch(/5\.2\.1\s+.*\s+2\s+0\s+2\s+0/);
      expect(text).toMatch(/2\.1\.1\s+.*\s+2\s+1\s+0\s+1/);
      expect(text).toContain('De meeste onvoldoendes vielen op verwachting 5.2.1 (2×).');
      expect(await audits('inspectionRoundReport.printed', 'inspectorI')).toBe(1);
    });

    it("prints a provider's report with judgments per theme, findings, scores, points and actions", async () => {
      const r = await download(inspector, `${base()}/providers/${linkedId}/report.pdf`);
      expect(r.status).toBe(200);
      const text = pdfText('provider', r.bytes);
      for (const words of ['Inspectierapport', 'Zorgaanbieder A', 'Oordelen per thema', 'Bevindingen', 'Op de groep werken te weinig geregistreerde medewerkers.', 'Verbeterpunt 1', 'Twee vacatures voor geregistreerde medewerkers', 'Nog niet voldoende op 10 januari 2026', 'Gesloten jeugdhulp', 'Bronnen']) {
        expect(text, words).toContain(words);
      }
      expect(text).not.toContain('Aanbieder Zee');
      expect(await audits('inspectionReport.printed', 'inspectorI')).toBe(1);
    });

    it("gives the provider its own copy, and nobody else's", async () => {
      const r = await download(quality, `/api/own-inspections/${linkedId}/report.pdf`);
      expect(r.status).toBe(200);
      const text = pdfText('own', r.bytes);
      expect(text).toContain('Vertrouwelijk — voor de inspectie en de aanbieder');
      expect(text).toContain('Complimentenboekje');
      expect(text).not.toContain('Oefenen buiten');
      expect((await download(quality, `/api/own-inspections/${zeeId}/report.pdf`)).status).toBe(404);
      expect(await audits('ownInspection.printed', 'qualityA')).toBe(1);
    });
  });
});
