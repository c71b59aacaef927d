// The partner directory, the organisation's contacts ("who do I call?") and
// covenants, through HTTP: who may read and keep them, what bad input gets
// (a Dutch field message and no change), version conflicts, the link of a
// police partner to a police unit in Baken (that works for disclosures, and
// never shows the unit's id), and isolation between organisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';
import type { Actor } from '../server/src/platform/authz/actor.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import { loadContent } from '../server/src/platform/content/content.js';
import { onCaseFile } from '../server/src/modules/caseFiles/fileAccess.js';
import { recordDisclosureIn } from '../server/src/modules/disclosures/disclosures.service.js';
import { disclosureInput } from '../server/src/modules/disclosures/disclosures.schemas.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { hashPassword } from '../server/src/platform/auth/passwords.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

const day = (offset: number) => {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

describe('partners, organisation contacts and covenants', () => {
  let h: Harness;
  let w: World;
  let admin: ApiClient;
  let designated: ApiClient;
  let caseWorker: ApiClient;
  let liaison: ApiClient;
  let adminB: ApiClient;
  /** Every uuid a response of org A may carry: org A's users and the ids of its own records. */
  let ownUserIds: Set<string>;

  const partner = (overrides: Record<string, unknown> = {}) => ({
    kind: 'communityOfficer',
    name: 'Wijkagent Centrum',
    contactPerson: 'J. de Wit',
    region: 'Kust-Noord',
    phone: '010-000 0001',
    verifiedPhone: '010-000 0002',
    email: 'Wijkagent.Centrum@politie.example',
    notes: '',
    ...overrides,
  });

  /** No uuid in the JSON but the ones allowed: the records' own ids and users of org A. */
  function expectNoForeignIds(body: unknown, ownIds: string[]) {
    const text = JSON.stringify(body);
    const allowed = new Set([...ownIds, ...ownUserIds]);
    const found = [...new Set(text.match(UUID) ?? [])];
    expect(found.filter((id) => !allowed.has(id))).toEqual([]);
    for (const other of [w.policeP, w.policeQ, w.orgA, w.orgB]) expect(text).not.toContain(other);
  }

  const auditCount = async (action: string, userKey: string, outcome = 'allowed') => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND actor_user_id = ${w.users[userKey]!.id} AND outcome = ${outcome}`.execute(
      h.database.unsafeSystemQuery,
    );
    return rows[0]!.n;
  };
  const partnerCount = async (organisationId: string) =>
    (await h.database.unsafeSystemQuery.selectFrom('partners').select(sql<number>`count(*)::int`.as('n')).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow()).n;

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    admin = await w.signIn('adminA');
    designated = await w.signIn('designatedA');
    caseWorker = await w.signIn('caseWorkerA');
    liaison = await w.signIn('liaisonP');
    adminB = await w.signIn('adminB');
    ownUserIds = new Set(Object.values(w.users).filter((u) => u.organisationId === w.orgA).map((u) => u.id));
  });
  afterAll(() => h.close());

  describe('the partner directory', () => {
    it('is kept by the admin and the designated officer, read by case workers, closed to the police liaison', async () => {
      const created = await admin.post('/api/partners', partner());
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ kind: 'communityOfficer', name: 'Wijkagent Centrum', verifiedPhone: '010-000 0002', email: 'wijkagent.centrum@politie.example', worksInBaken: false, bakenOrganisationName: null, active: true, updatedByName: 'adminA' });
      expect((await designated.post('/api/partners', partner({ kind: 'school', name: 'Kustcollege' }))).status).toBe(200);

      const list = await caseWorker.get('/api/partners');
      expect(list.status).toBe(200);
      expect(list.body.partners.map((p: { name: string }) => p.name)).toEqual(['Wijkagent Centrum', 'Kustcollege']);
      expect(await auditCount('partner.listed', 'caseWorkerA')).toBe(1);

      const before = await auditCount('access.denied', 'caseWorkerA', 'denied');
      const refused = await caseWorker.post('/api/partners', partner({ name: 'Niet toegestaan' }));
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      expect(await auditCount('access.denied', 'caseWorkerA', 'denied')).toBe(before + 1);
      expect((await liaison.get('/api/partners')).status).toBe(403);
      expect(await partnerCount(w.orgA)).toBe(2);
    });

    it('refuses a bad phone number or email with a Dutch message per field, and stores nothing', async () => {
      const count = await partnerCount(w.orgA);
      const r = await admin.post('/api/partners', partner({ phone: 'bel maar', verifiedPhone: '12', email: 'geen-adres', name: '  ' }));
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('VALIDATION_FAILED');
      const messages = Object.fromEntries(r.body.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
      expect(messages).toEqual({
        name: 'Vul dit veld in.',
        phone: expect.stringContaining('Vul een telefoonnummer in'),
        verifiedPhone: expect.stringContaining('Vul een telefoonnummer in'),
        email: 'Vul een e-mailadres in zoals naam@organisatie.nl, of laat het veld leeg.',
      });
      expect(await partnerCount(w.orgA)).toBe(count);
      // International and short service numbers are fine.
      const ok = await admin.post('/api/partners', partner({ kind: 'veiligThuis', name: 'Veilig Thuis Kust', phone: '0800-2000', verifiedPhone: '+31 10 000 0003', email: '' }));
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ phone: '0800-2000', verifiedPhone: '+31 10 000 0003', email: null });
    });

    it('links a police partner to a police unit in Baken by its short name, shows its name and never its id; disclosures then arrive there', async () => {
      const linked = await admin.post('/api/partners', partner({ kind: 'traffickingTeam', name: 'AVIM Kust', bakenSlug: 'Politie-P' }));
      expect(linked.status).toBe(200);
      expect(linked.body).toMatchObject({ worksInBaken: true, bakenOrganisationName: 'Politie eenheid P' });
      expect(linked.body).not.toHaveProperty('linkedOrganisationId');
      expectNoForeignIds(linked.body, [linked.body.id]);
      const stored = await h.database.unsafeSystemQuery.selectFrom('partners').select('linked_organisation_id').where('id', '=', linked.body.id).executeTakeFirstOrThrow();
      expect(stored.linked_organisation_id).toBe(w.policeP);

      // Unknown, not police, not a police partner: refused on the field, nothing stored.
      const count = await partnerCount(w.orgA);
      for (const [body, key] of [
        [partner({ kind: 'traffickingTeam', bakenSlug: 'politie-onbekend' }), 'Er werkt geen politie-eenheid met deze korte naam in Baken'],
        [partner({ kind: 'traffickingTeam', bakenSlug: 'zorg-b' }), 'Er werkt geen politie-eenheid met deze korte naam in Baken'],
        [partner({ kind: 'school', bakenSlug: 'politie-p' }), 'Alleen een politiepartner'],
      ] as const) {
        const r = await admin.post('/api/partners', body);
        expect(r.status).toBe(400);
        expect(r.body.fields).toEqual([{ path: 'bakenSlug', message: expect.stringContaining(key) }]);
      }
      expect(await partnerCount(w.orgA)).toBe(count);

      // A disclosure to the linked partner is delivered to police unit P.
      const actor: Actor = { userId: w.users.leadA!.id, organisationId: w.orgA, organisationKind: 'provider', roles: ['leadProfessional'], sessionId: 't', ip: null, userAgent: null };
      const platform = { database: h.database, config: h.config, content: loadContent() } as unknown as Platform;
      const input = disclosureInput.parse({
        recipientPartnerId: linked.body.id,
        purpose: 'De jongere is vermist; de politie zoekt haar.',
        legalGround: 'vitalInterest',
        secrecyGround: 'conflictOfDuties',
        secrecyReasoning: 'Direct gevaar.',
        categories: [{ category: 'identity', why: 'Om haar te vinden.' }],
        summary: 'Naam en geboortedatum.',
        decidedById: w.users.leadA!.id,
        youthInformed: false,
        youthNotInformedReason: 'Vermist.',
        disclosedAt: '2026-01-10T21:15',
      });
      const out = await onCaseFile(platform, actor, w.youthA, 'update', (tx, access) => recordDisclosureIn(tx, actor, w.youthA, access, input, { source: 'manual' }));
      expect(out).toMatchObject({ delivered: true, recipientName: 'AVIM Kust' });
      const received = await h.database.inOrganisation(w.policeP, (tx) => tx.selectFrom('disclosure_receipts').select('source_organisation_name').execute());
      expect(received).toEqual([{ source_organisation_name: 'Zorgaanbieder A' }]);
    });

    it('never carries another organisation’s id in any partner response', async () => {
      const list = await caseWorker.get('/api/partners?includeInactive=true');
      expect(list.body.partners.some((p: { worksInBaken: boolean }) => p.worksInBaken)).toBe(true);
      expectNoForeignIds(list.body, list.body.partners.map((p: { id: string }) => p.id));
      const contacts = await caseWorker.get('/api/organisation-contacts');
      expectNoForeignIds(contacts.body, contacts.body.policeContacts.map((p: { id: string }) => p.id));
    });

    it('updates with a version check, unlinks, and deactivates instead of deleting', async () => {
      const created = (await admin.post('/api/partners', partner({ kind: 'missingPersonsContact', name: 'Vermissingen Kust', bakenSlug: 'politie-q' }))).body;
      const edit = { ...partner({ kind: 'missingPersonsContact', name: 'Vermissingen eenheid Kust' }), active: true, updatedAt: created.updatedAt };
      const first = await designated.put(`/api/partners/${created.id}`, edit);
      expect(first.status).toBe(200);
      // An empty short name keeps the link.
      expect(first.body).toMatchObject({ name: 'Vermissingen eenheid Kust', worksInBaken: true, bakenOrganisationName: 'Politie eenheid Q', updatedByName: 'designatedA' });

      // The admin still has the old version: refused, and nothing of it stored.
      const stale = await admin.put(`/api/partners/${created.id}`, { ...edit, name: 'Oud formulier' });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('EDIT_CONFLICT');
      const kept = await h.database.unsafeSystemQuery.selectFrom('partners').select('name').where('id', '=', created.id).executeTakeFirstOrThrow();
      expect(kept.name).toBe('Vermissingen eenheid Kust');

      // A linked partner cannot become a school while linked.
      const school = await admin.put(`/api/partners/${created.id}`, { ...edit, kind: 'school', updatedAt: first.body.updatedAt });
      expect(school.status).toBe(400);
      expect(school.body.fields).toEqual([{ path: 'kind', message: expect.stringContaining('Alleen een politiepartner') }]);

      const unlinked = await admin.put(`/api/partners/${created.id}`, { ...edit, unlinkBaken: true, updatedAt: first.body.updatedAt });
      expect(unlinked.body).toMatchObject({ worksInBaken: false, bakenOrganisationName: null });

      const deactivated = await admin.put(`/api/partners/${created.id}`, { ...edit, active: false, updatedAt: unlinked.body.updatedAt });
      expect(deactivated.body.active).toBe(false);
      const names = (await caseWorker.get('/api/partners')).body.partners.map((p: { name: string }) => p.name);
      expect(names).not.toContain('Vermissingen eenheid Kust');
      const all = (await caseWorker.get('/api/partners?includeInactive=true')).body.partners;
      expect(all.find((p: { id: string }) => p.id === created.id)).toMatchObject({ active: false });
      expect(await h.database.unsafeSystemQuery.selectFrom('partners').select('id').where('id', '=', created.id).executeTakeFirst()).toBeDefined();

      const audit = await h.database.unsafeSystemQuery.selectFrom('audit_events').select('details').where('action', '=', 'partner.updated').where('record_id', '=', created.id).orderBy('id').execute();
      expect(audit.map((a) => (a.details as { changed: string[] }).changed)).toEqual([['name'], ['bakenLink'], ['active']]);
    });

    it('filters by kind and region and searches by name or contact person', async () => {
      await admin.post('/api/partners', partner({ kind: 'riec', name: 'RIEC Zeeland', region: 'Zuid', contactPerson: 'M. Bakker' }));
      const byKind = await caseWorker.get('/api/partners?kind=riec');
      expect(byKind.body.partners.map((p: { name: string }) => p.name)).toEqual(['RIEC Zeeland']);
      const byRegion = await caseWorker.get('/api/partners?region=zuid');
      expect(byRegion.body.partners.map((p: { name: string }) => p.name)).toEqual(['RIEC Zeeland']);
      expect(byRegion.body.regions).toEqual(['Kust-Noord', 'Zuid']);
      const bySearch = await caseWorker.get('/api/partners?q=bakk');
      expect(bySearch.body.partners.map((p: { name: string }) => p.name)).toEqual(['RIEC Zeeland']);
      // A search term is text, not a pattern.
      expect((await caseWorker.get('/api/partners?q=%25')).body.partners).toEqual([]);
      expect((await caseWorker.get('/api/partners?kind=spion')).status).toBe(400);
    });

    it('keeps organisations apart', async () => {
      const mine = (await admin.get('/api/partners')).body.partners[0];
      const theirs = await adminB.get('/api/partners');
      expect(theirs.body).toEqual({ partners: [], regions: [] });
      const r = await adminB.put(`/api/partners/${mine.id}`, { ...partner(), active: true, updatedAt: mine.updatedAt });
      expect(r.status).toBe(404);
      expect(Object.keys(r.body).sort()).toEqual(['code', 'message']);
    });
  });

  describe('the organisation contacts', () => {
    const ids = () => ({ designated: w.users.designatedA!.id, lead: w.users.leadA!.id, caseWorker: w.users.caseWorkerA!.id, quality: w.users.qualityA!.id, caseWorkerB: w.users.caseWorkerB!.id });

    it('start empty, are saved by the designated officer and shown to every colleague with the police contacts', async () => {
      const reads = await auditCount('organisationContacts.read', 'caseWorkerA');
      const empty = await caseWorker.get('/api/organisation-contacts');
      expect(empty.body).toMatchObject({ phone247: null, designatedOfficer: null, substitute: null, updatedAt: null });
      const candidates = await designated.get('/api/organisation-contacts/candidates');
      expect(candidates.body.designatedOfficers).toEqual([{ id: ids().designated, displayName: 'designatedA' }]);
      expect(candidates.body.substitutes.map((c: { displayName: string }) => c.displayName)).toEqual(['caseWorkerA', 'designatedA', 'leadA', 'outsiderA', 'safetyA']);
      expect((await caseWorker.get('/api/organisation-contacts/candidates')).status).toBe(403);

      const saved = await designated.put('/api/organisation-contacts', { phone247: '010-000 0247', designatedOfficerId: ids().designated, substituteId: ids().lead, updatedAt: null });
      expect(saved.status).toBe(200);
      const seen = await caseWorker.get('/api/organisation-contacts');
      expect(seen.body).toMatchObject({
        phone247: '010-000 0247',
        designatedOfficer: { id: ids().designated, displayName: 'designatedA', email: 'designateda@example.org', active: true },
        substitute: { id: ids().lead, displayName: 'leadA', active: true },
        updatedByName: 'designatedA',
      });
      expect(seen.body.policeContacts.map((p: { kind: string }) => p.kind)).toEqual(['communityOfficer', 'traffickingTeam']);
      expect(await auditCount('organisationContacts.read', 'caseWorkerA')).toBe(reads + 2);
      expect((await liaison.get('/api/organisation-contacts')).status).toBe(403);
    });

    it('refuses an officer without the role, a substitute without case work or the officer twice, a colleague of another organisation, and a bad number', async () => {
      const current = (await admin.get('/api/organisation-contacts')).body;
      const cases: [Record<string, unknown>, Record<string, string>][] = [
        [{ designatedOfficerId: ids().caseWorker }, { designatedOfficerId: 'Kies een actieve collega met de rol aandachtsfunctionaris.' }],
        [{ designatedOfficerId: ids().caseWorkerB }, { designatedOfficerId: 'Kies een actieve collega met de rol aandachtsfunctionaris.' }],
        [{ substituteId: ids().quality }, { substituteId: 'Kies een actieve collega die met dossiers werkt.' }],
        [{ substituteId: ids().designated }, { substituteId: 'De vervanger moet iemand anders zijn dan de aandachtsfunctionaris.' }],
        [{ phone247: '24/7' }, { phone247: expect.stringContaining('Vul een telefoonnummer in') as unknown as string }],
      ];
      for (const [change, fields] of cases) {
        const r = await admin.put('/api/organisation-contacts', { phone247: '010-000 0247', designatedOfficerId: ids().designated, substituteId: ids().lead, updatedAt: current.updatedAt, ...change });
        expect(r.status).toBe(400);
        expect(Object.fromEntries(r.body.fields.map((f: { path: string; message: string }) => [f.path, f.message]))).toEqual(fields);
      }
      expect((await admin.get('/api/organisation-contacts')).body.updatedAt).toBe(current.updatedAt);
    });

    it('refuses a stale form, and a second first save', async () => {
      const current = (await admin.get('/api/organisation-contacts')).body;
      const body = { phone247: '010-000 0248', designatedOfficerId: ids().designated, substituteId: null };
      expect((await admin.put('/api/organisation-contacts', { ...body, updatedAt: current.updatedAt })).status).toBe(200);
      const stale = await designated.put('/api/organisation-contacts', { ...body, phone247: '010-000 0249', updatedAt: current.updatedAt });
      expect(stale.status).toBe(409);
      expect((await designated.put('/api/organisation-contacts', { ...body, updatedAt: null })).status).toBe(409);
      expect((await caseWorker.get('/api/organisation-contacts')).body).toMatchObject({ phone247: '010-000 0248', substitute: null });
      expect((await caseWorker.put('/api/organisation-contacts', { ...body, updatedAt: null })).status).toBe(403);
      // Another organisation sees its own (empty) facts, never these.
      expect((await adminB.get('/api/organisation-contacts')).body).toMatchObject({ phone247: null, designatedOfficer: null, policeContacts: [] });
    });
  });

  describe('covenants', () => {
    let police: { id: string };
    const covenant = (overrides: Record<string, unknown> = {}) => ({
      title: 'Convenant samenwerking politie Kust',
      parties: [{ partnerId: police.id, name: '' }, { partnerId: null, name: 'Openbaar Ministerie Kust' }],
      signedOn: day(-300),
      validUntil: day(400),
      documentRef: 'DMS 2025-0142',
      evaluationOn: day(10),
      themes: [
        { code: 'contactAndTrust', agreements: 'Elk kwartaal overleg; de wijkagent komt maandelijks langs.' },
        { code: 'dataExchange', agreements: 'Terugbellen op het bekende nummer voor elk verzoek.' },
        { code: 'safety', agreements: '' },
      ],
      notes: '',
      ...overrides,
    });

    beforeAll(async () => {
      police = (await admin.get('/api/partners?kind=traffickingTeam')).body.partners[0];
    });

    it('are recorded by those who keep partners, with every theme shown and the unagreed ones marked, and read by colleagues', async () => {
      const created = await designated.post('/api/covenants', covenant());
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        parties: [
          { partnerId: police.id, name: 'AVIM Kust', kind: 'traffickingTeam' },
          { partnerId: null, name: 'Openbaar Ministerie Kust', kind: null },
        ],
        evaluation: 'due',
        daysToEvaluation: 10,
        themesVersion: '2026.1',
        createdByName: 'designatedA',
      });
      expect(created.body.themes).toEqual([
        { code: 'contactAndTrust', agreements: 'Elk kwartaal overleg; de wijkagent komt maandelijks langs.' },
        { code: 'networkAnalysis', agreements: null },
        { code: 'missing', agreements: null },
        { code: 'safety', agreements: null },
        { code: 'willingnessToReport', agreements: null },
        { code: 'tracingPerpetrators', agreements: null },
        { code: 'dataExchange', agreements: 'Terugbellen op het bekende nummer voor elk verzoek.' },
      ]);
      expectNoForeignIds(created.body, [created.body.id, police.id]);
      const read = await caseWorker.get(`/api/covenants/${created.body.id}`);
      expect(read.status).toBe(200);
      expect(await auditCount('covenant.read', 'caseWorkerA')).toBe(1);
      expect((await caseWorker.get('/api/covenants')).body.map((c: { id: string }) => c.id)).toEqual([created.body.id]);
      expect((await caseWorker.post('/api/covenants', covenant())).status).toBe(403);
      expect((await liaison.get('/api/covenants')).status).toBe(403);
    });

    it('refuses unknown themes and partners, the same party twice, and dates in the wrong order; nothing stored', async () => {
      const before = (await admin.get('/api/covenants')).body.length;
      const otherOrgPartner = (await adminB.post('/api/partners', partner({ name: 'Partner van B' }))).body;
      const r = await admin.post('/api/covenants', covenant({
        parties: [{ partnerId: otherOrgPartner.id, name: '' }, { partnerId: null, name: '' }, { partnerId: police.id, name: '' }, { partnerId: police.id, name: '' }],
        themes: [{ code: 'weather', agreements: 'x' }, { code: 'safety', agreements: 'a' }, { code: 'safety', agreements: 'b' }],
        signedOn: day(0),
        validUntil: day(-1),
        evaluationOn: day(-2),
      }));
      expect(r.status).toBe(400);
      expect(Object.fromEntries(r.body.fields.map((f: { path: string; message: string }) => [f.path, f.message]))).toEqual({
        'parties.0.partnerId': 'Kies een partner uit de lijst van uw organisatie.',
        'parties.1.name': 'Vul dit veld in.',
        'parties.3.partnerId': 'Deze partij staat er al.',
        'themes.0.code': 'Kies een thema uit de lijst.',
        'themes.2.code': 'Dit thema staat er al.',
        validUntil: 'De einddatum ligt voor de begindatum.',
        evaluationOn: 'De evaluatiedatum ligt voor de datum van ondertekening.',
      });
      const empty = await admin.post('/api/covenants', covenant({ parties: [], evaluationOn: '2026-02-30' }));
      expect(empty.status).toBe(400);
      expect(empty.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['evaluationOn', 'parties']);
      expect((await admin.get('/api/covenants')).body.length).toBe(before);
    });

    it('change with a version check and keep their history; a reminder shows for those who keep them', async () => {
      const later = (await admin.post('/api/covenants', covenant({ title: 'Convenant Veilig Thuis', evaluationOn: day(90) }))).body;
      const overdue = (await admin.post('/api/covenants', covenant({ title: 'Convenant scholen', evaluationOn: day(-3), signedOn: null }))).body;
      expect(overdue).toMatchObject({ evaluation: 'overdue', daysToEvaluation: -3 });
      expect(later.evaluation).toBe('later');

      const reminders = await designated.get('/api/covenants/reminders');
      expect(reminders.body.map((c: { title: string; evaluation: string }) => [c.title, c.evaluation])).toEqual([
        ['Convenant scholen', 'overdue'],
        ['Convenant samenwerking politie Kust', 'due'],
      ]);
      expect((await caseWorker.get('/api/covenants/reminders')).status).toBe(403);
      expect((await adminB.get('/api/covenants/reminders')).body).toEqual([]);

      const updated = await admin.put(`/api/covenants/${later.id}`, { ...covenant({ title: 'Convenant Veilig Thuis', evaluationOn: day(20) }), updatedAt: later.updatedAt });
      expect(updated.status).toBe(200);
      expect(updated.body.evaluation).toBe('due');
      const stale = await designated.put(`/api/covenants/${later.id}`, { ...covenant({ title: 'Oud' }), updatedAt: later.updatedAt });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('EDIT_CONFLICT');

      const history = await caseWorker.get(`/api/covenants/${later.id}/history`);
      expect(history.body.map((v: { change: string; snapshot: { evaluationOn: string } }) => [v.change, v.snapshot.evaluationOn])).toEqual([
        ['updated', day(20)],
        ['created', day(90)],
      ]);
      expect(history.body[0].snapshot).not.toHaveProperty('evaluation');

      // Another organisation neither reads nor changes them.
      expect((await adminB.get(`/api/covenants/${later.id}`)).status).toBe(404);
      expect((await adminB.get(`/api/covenants/${later.id}/history`)).status).toBe(404);
      expect((await adminB.put(`/api/covenants/${later.id}`, { ...covenant({ parties: [{ partnerId: null, name: 'X' }] }), updatedAt: updated.body.updatedAt })).status).toBe(404);
      expect((await adminB.get('/api/covenants')).body).toEqual([]);
    });
  });
});

describe('the demo partners', () => {
  let h: Harness;
  afterAll(() => h?.close());

  it('fill the demo provider’s directory, contacts and one covenant due for evaluation, through the services', async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), 'demo wachtwoord 123', await hashPassword('demo wachtwoord 123'));
    const org = async (slug: string) => (await h.database.unsafeSystemQuery.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    const provider = await org('de-haven');

    const partners = await h.database.unsafeSystemQuery.selectFrom('partners').select(['kind', 'linked_organisation_id']).where('organisation_id', '=', provider).execute();
    expect(partners.map((p) => p.kind).sort()).toEqual(
      ['careCoordinator', 'communityOfficer', 'missingPersonsContact', 'prosecutor', 'riec', 'school', 'sexualViolenceCentre', 'traffickingTeam', 'veiligThuis'].sort(),
    );
    expect(partners.filter((p) => p.linked_organisation_id).map((p) => [p.kind, p.linked_organisation_id])).toEqual([['traffickingTeam', await org('politie-kust')]]);
    const contacts = await h.database.unsafeSystemQuery
      .selectFrom('organisation_contacts as c')
      .innerJoin('users as o', 'o.id', 'c.designated_officer_id')
      .innerJoin('users as s', 's.id', 'c.substitute_officer_id')
      .select(['c.phone_24_7', 'o.email as officer', 's.email as substitute'])
      .where('c.organisation_id', '=', provider)
      .execute();
    expect(contacts).toEqual([{ phone_24_7: '010-000 0247', officer: 'aandacht@dehaven.demo', substitute: 'behandelaar@dehaven.demo' }]);
    const covenants = await h.database.unsafeSystemQuery.selectFrom('covenants').select(['agreements', sql<string>`to_char(evaluation_on, 'YYYY-MM-DD')`.as('evaluation_on')]).where('organisation_id', '=', provider).execute();
    expect(covenants).toHaveLength(1);
    expect(covenants[0]!.evaluation_on).toBe(day(14));
    expect(Object.keys(covenants[0]!.agreements as object)).toHaveLength(6);
    const audit = await h.database.unsafeSystemQuery.selectFrom('audit_events').select('action').where('organisation_id', '=', provider).where('action', 'in', ['partner.created', 'organisationContacts.updated', 'covenant.created']).execute();
    expect(audit).toHaveLength(11);
  });
});
