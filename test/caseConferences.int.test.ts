// Case conferences (zorgtafels) through HTTP: the care coordinator of region R
// convenes one with provider A and police unit P; people of invited
// organisations join; provider A brings in a pseudonymous and a named case
// (the named one only with a disclosure decided by a lead professional); the
// police liaison sees what was brought in and never the youth's id or file.
// Only participants see a conference, and every view is audited in the
// viewer's own organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';
import { loadDemoCaseConferences } from '../server/src/modules/caseConferences/caseConferences.demo.js';

describe('case conferences', () => {
  let h: Harness;
  let w: World;
  let coordinator: ApiClient;
  let designatedA: ApiClient;
  let caseWorkerA: ApiClient;
  let liaisonP: ApiClient;
  let caseWorkerB: ApiClient;
  let id: string;
  const bodies: unknown[] = [];
  const keep = <T extends { body: unknown }>(reply: T) => {
    bodies.push(reply.body);
    return reply;
  };

  const auditCount = async (action: string, userId: string, organisationId: string, outcome = 'allowed') => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events
      WHERE action = ${action} AND actor_user_id = ${userId} AND organisation_id = ${organisationId} AND outcome = ${outcome}`.execute(h.database.unsafeSystemQuery);
    return rows[0]!.n;
  };
  const count = async (table: string) =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;

  const named = (overrides: Record<string, unknown> = {}) => ({
    kind: 'named',
    youthId: w.youthA,
    summary: 'Jongere is drie keer weggelopen; vermoedelijk contact met een ronselaar in de stad.',
    purpose: 'Afstemmen van bescherming en opsporing aan de zorgtafel',
    legalGround: 'vitalInterest',
    secrecyGround: 'conflictOfDuties',
    secrecyReasoning: 'Acuut gevaar voor uitbuiting weegt zwaarder dan het beroepsgeheim.',
    categories: [
      { category: 'identity', why: 'Politie moet weten om wie het gaat.' },
      { category: 'exploitation', why: 'De signalen zijn de reden van bespreking.' },
    ],
    decidedById: w.users.leadA!.id,
    youthInformed: false,
    youthNotInformedReason: 'Informeren brengt de jongere nu in gevaar.',
    ...overrides,
  });

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    coordinator = await w.signIn('coordinatorR');
    designatedA = await w.signIn('designatedA');
    caseWorkerA = await w.signIn('caseWorkerA');
    liaisonP = await w.signIn('liaisonP');
    caseWorkerB = await w.signIn('caseWorkerB');
  }, 120_000);
  afterAll(() => h?.close());

  it('refuses a bad conference with Dutch field messages, and nothing is stored', async () => {
    const before = await count('case_conferences');
    const r = await coordinator.post('/api/case-conferences', { title: 'Zorgtafel', startsAt: '2026-12-01T10:00', online: false, place: '', organisations: ['bestaat-niet'] });
    expect(r.status).toBe(400);
    const fields = Object.fromEntries((r.body.fields as { path: string; message: string }[]).map((f) => [f.path, f.message]));
    expect(fields.place).toBe('Vul de plaats in, of kies voor online.');
    expect(fields['organisations.0']).toMatch(/geen organisatie met deze korte naam/);
    expect(await count('case_conferences')).toBe(before);
    const noTitle = await coordinator.post('/api/case-conferences', { title: '', startsAt: '2026-13-01T10:00', online: true });
    expect(noTitle.status).toBe(400);
  });

  it('lets the care coordinator convene with other organisations by short name', async () => {
    const r = keep(
      await coordinator.post('/api/case-conferences', {
        title: 'Zorgtafel Kustregio december',
        startsAt: '2026-12-01T10:00',
        online: false,
        place: 'Stadhuis, zaal 2',
        organisations: ['zorg-a', 'politie-p'],
      }),
    );
    expect(r.status).toBe(200);
    id = r.body.id;
    expect(r.body.status).toBe('planned');
    expect(r.body.organisations.map((o: { name: string }) => o.name)).toEqual(['Zorgcoördinatie R', 'Politie eenheid P', 'Zorgaanbieder A']);
    expect(r.body.participants).toEqual([expect.objectContaining({ name: 'coordinatorR', organisationName: 'Zorgcoördinatie R', isMe: true })]);
    expect(r.body.may.manage).toBe(true);
    expect(await auditCount('caseConference.convened', w.users.coordinatorR!.id, w.regionR)).toBe(1);
  });

  it('refuses roles without a part in conferences, and hides a conference from non-participants', async () => {
    for (const key of ['policyM', 'inspectorI', 'qualityA']) {
      const client = await w.signIn(key);
      expect((await client.get('/api/case-conferences')).status, key).toBe(403);
      expect((await client.get(`/api/case-conferences/${id}`)).status, key).toBe(403);
      expect((await client.post('/api/case-conferences', { title: 'x', startsAt: '2026-12-01T10:00', online: true })).status, key).toBe(403);
    }
    // Organisation B is not invited: nothing at all.
    expect((await caseWorkerB.get(`/api/case-conferences/${id}`)).status).toBe(404);
    expect((await caseWorkerB.get('/api/case-conferences')).body).toMatchObject({ conferences: [], invitations: [] });
    expect((await caseWorkerB.post(`/api/case-conferences/${id}/participants`, { userId: w.users.caseWorkerB!.id })).status).toBe(404);
    expect(await auditCount('access.denied', w.users.caseWorkerB!.id, w.orgB, 'denied')).toBe(2);
    // Provider A is invited, the designated officer does not take part yet: the invitation only.
    expect((await designatedA.get(`/api/case-conferences/${id}`)).status).toBe(404);
    const list = keep(await designatedA.get('/api/case-conferences')).body;
    expect(list.conferences).toEqual([]);
    expect(list.invitations).toEqual([expect.objectContaining({ id, title: 'Zorgtafel Kustregio december', conveningOrganisationName: 'Zorgcoördinatie R' })]);
    expect(Object.keys(list.invitations[0]).sort()).toEqual(['conveningOrganisationName', 'id', 'startsAt', 'status', 'title']);
  });

  it('lets each organisation name its own participants', async () => {
    // A case worker may join but not name colleagues.
    expect((await caseWorkerA.post(`/api/case-conferences/${id}/participants`, { userId: w.users.leadA!.id })).status).toBe(403);
    expect((await designatedA.post(`/api/case-conferences/${id}/participants`, { userId: w.users.designatedA!.id })).status).toBe(200);
    const lead = await designatedA.post(`/api/case-conferences/${id}/participants`, { userId: w.users.leadA!.id });
    expect(lead.status).toBe(200);
    // Someone of another organisation cannot be named: the users of other organisations are not there to find.
    const other = await designatedA.post(`/api/case-conferences/${id}/participants`, { userId: w.users.caseWorkerB!.id });
    expect(other.status).toBe(400);
    expect(other.body.fields[0]).toMatchObject({ path: 'userId', message: 'Kies een collega die aan zorgtafels mag deelnemen.' });
    const twice = await designatedA.post(`/api/case-conferences/${id}/participants`, { userId: w.users.leadA!.id });
    expect(twice.status).toBe(400);
    expect((await liaisonP.post(`/api/case-conferences/${id}/participants`, { userId: w.users.liaisonP!.id })).status).toBe(200);
    const r = keep(await coordinator.get(`/api/case-conferences/${id}`));
    expect(r.body.participants.map((p: { name: string; organisationName: string }) => `${p.organisationName}: ${p.name}`).sort()).toEqual(
      [
        'Politie eenheid P: liaisonP',
        'Zorgaanbieder A: designatedA',
        'Zorgaanbieder A: leadA',
        'Zorgcoördinatie R: coordinatorR',
      ].sort(),
    );
  });

  it('takes a pseudonymous case without identity', async () => {
    const bad = await designatedA.post(`/api/case-conferences/${id}/cases`, { kind: 'pseudonymous', initials: '', age: 40, region: 'Kust', summary: '' });
    expect(bad.status).toBe(400);
    expect((bad.body.fields as { path: string }[]).map((f) => f.path).sort()).toEqual(['age', 'initials', 'summary']);
    const r = keep(
      await designatedA.post(`/api/case-conferences/${id}/cases`, {
        kind: 'pseudonymous',
        initials: 'm.k.',
        age: 15,
        region: 'Kustregio',
        summary: 'Meisje met een oudere vriend die cadeaus geeft; school meldt verzuim.',
      }),
    );
    expect(r.status).toBe(200);
    expect(r.body.cases).toEqual([
      expect.objectContaining({ position: 1, kind: 'pseudonymous', initials: 'M.K.', age: 15, region: 'Kustregio', subjectName: null, disclosed: null, ownYouthId: null }),
    ]);
  });

  it('takes a named case only with a disclosure decided by a lead professional, in one transaction', async () => {
    const disclosuresBefore = await count('disclosures');
    const casesBefore = await count('case_conference_cases');
    const noIdentity = await designatedA.post(`/api/case-conferences/${id}/cases`, named({ categories: [{ category: 'exploitation', why: 'signalen' }] }));
    expect(noIdentity.status).toBe(400);
    expect(noIdentity.body.fields[0].message).toMatch(/identiteit/);
    const notLead = await designatedA.post(`/api/case-conferences/${id}/cases`, named({ decidedById: w.users.caseWorkerA!.id }));
    expect(notLead.status).toBe(400);
    expect(notLead.body.fields.map((f: { path: string }) => f.path)).toContain('decidedById');
    const noGround = await designatedA.post(`/api/case-conferences/${id}/cases`, named({ legalGround: undefined, categories: [{ category: 'identity', why: '' }] }));
    expect(noGround.status).toBe(400);
    expect(await count('disclosures')).toBe(disclosuresBefore);
    expect(await count('case_conference_cases')).toBe(casesBefore);
    // Organisation B's youth is not a file of A: not found, nothing stored.
    expect((await designatedA.post(`/api/case-conferences/${id}/cases`, named({ youthId: w.youthB }))).status).toBe(404);

    const r = keep(await designatedA.post(`/api/case-conferences/${id}/cases`, named()));
    expect(r.status).toBe(200);
    const namedCase = r.body.cases[1];
    expect(namedCase).toMatchObject({ position: 2, kind: 'named', subjectName: expect.any(String), ownYouthId: w.youthA, initials: null });
    expect(namedCase.disclosed).toMatchObject({ legalGround: 'vitalInterest', decidedByName: 'leadA' });
    expect(namedCase.disclosed.categories.map((c: { category: string }) => c.category)).toEqual(['identity', 'exploitation']);
    const { rows } = await sql<{ organisation_id: string; youth_id: string; source: string; recipient_kind: string; recipient_name: string; legal_ground: string; source_id: string }>`
      SELECT organisation_id, youth_id, source, recipient_kind, recipient_name, legal_ground, source_id FROM disclosures WHERE source = 'caseConference'`.execute(h.database.unsafeSystemQuery);
    // The title already names it a zorgtafel, so the register does not say it twice.
    expect(rows).toEqual([
      { organisation_id: w.orgA, youth_id: w.youthA, source: 'caseConference', recipient_kind: 'caseConference', recipient_name: 'Zorgtafel Kustregio december', legal_ground: 'vitalInterest', source_id: namedCase.id },
    ]);
    const audit = await sql<{ youth_id: string }>`SELECT youth_id FROM audit_events WHERE action = 'caseConference.caseBroughtIn' AND details->>'kind' = 'named'`.execute(
      h.database.unsafeSystemQuery,
    );
    expect(audit.rows).toEqual([{ youth_id: w.youthA }]);
  });

  it('shows the police liaison what was brought in, never the youth id or file', async () => {
    const before = await auditCount('caseConference.read', w.users.liaisonP!.id, w.policeP);
    const r = keep(await liaisonP.get(`/api/case-conferences/${id}`));
    expect(r.status).toBe(200);
    expect(await auditCount('caseConference.read', w.users.liaisonP!.id, w.policeP)).toBe(before + 1);
    await liaisonP.get(`/api/case-conferences/${id}`);
    expect(await auditCount('caseConference.read', w.users.liaisonP!.id, w.policeP)).toBe(before + 2);
    const text = JSON.stringify(r.body);
    expect(text).not.toContain(w.youthA);
    expect(r.body.cases.map((c: { ownYouthId: string | null }) => c.ownYouthId)).toEqual([null, null]);
    expect(r.body.cases[1].summary).toMatch(/drie keer weggelopen/);
    expect(r.body.cases[1].disclosed.purpose).toMatch(/Afstemmen/);
    expect((await liaisonP.get(`/api/youths/${w.youthA}/case-conferences`)).status).toBeGreaterThanOrEqual(403);
    expect((await liaisonP.get(`/api/youths/${w.youthA}`)).status).toBeGreaterThanOrEqual(403);
    // The bringing organisation sees the link on the file, audited there.
    const file = await designatedA.get(`/api/youths/${w.youthA}/case-conferences`);
    expect(file.status).toBe(200);
    expect(file.body.cases).toEqual([expect.objectContaining({ conferenceId: id, conferenceTitle: 'Zorgtafel Kustregio december' })]);
    expect(await auditCount('caseConference.fileCasesRead', w.users.designatedA!.id, w.orgA)).toBe(1);
  });

  it('records contributions, decisions and actions with a participant as owner', async () => {
    const conference = (await coordinator.get(`/api/case-conferences/${id}`)).body;
    const [pseudo, namedCase] = conference.cases;
    const liaisonSeat = conference.participants.find((p: { organisationName: string }) => p.organisationName === 'Politie eenheid P').id;
    expect(
      (await liaisonP.post(`/api/case-conferences/${id}/cases/${namedCase.id}/entries`, { kind: 'contribution', text: 'Bekend bij de recherche in een lopend onderzoek.' })).status,
    ).toBe(200);
    expect((await coordinator.post(`/api/case-conferences/${id}/cases/${namedCase.id}/entries`, { kind: 'decision', text: 'Gezamenlijk veiligheidsplan.' })).status).toBe(200);
    expect((await coordinator.post(`/api/case-conferences/${id}/cases/${namedCase.id}/entries`, { kind: 'decision', text: '' })).status).toBe(400);
    const wrongOwner = await coordinator.post(`/api/case-conferences/${id}/cases/${namedCase.id}/actions`, { description: 'x', ownerParticipantId: w.users.liaisonP!.id, dueOn: '2026-12-15' });
    expect(wrongOwner.status).toBe(400);
    expect(wrongOwner.body.fields[0].path).toBe('ownerParticipantId');
    const action = await coordinator.post(`/api/case-conferences/${id}/cases/${namedCase.id}/actions`, {
      description: 'Navragen bij de wijkagent',
      ownerParticipantId: liaisonSeat,
      dueOn: '2026-12-15',
    });
    expect(action.status).toBe(200);
    const made = action.body.cases[1].actions[0];
    expect(made).toMatchObject({ ownerName: 'liaisonP', ownerOrganisationName: 'Politie eenheid P', dueOn: '2026-12-15', status: 'open' });
    const done = await liaisonP.put(`/api/case-conferences/${id}/actions/${made.id}`, { status: 'done' });
    expect(done.status).toBe(200);
    expect(done.body.cases[1].actions[0].status).toBe('done');
    expect(done.body.cases[1].entries.map((e: { kind: string; organisationName: string }) => `${e.kind}:${e.organisationName}`)).toEqual([
      'contribution:Politie eenheid P',
      'decision:Zorgcoördinatie R',
    ]);
    // Non-participants change nothing.
    expect((await caseWorkerB.post(`/api/case-conferences/${id}/cases/${pseudo.id}/entries`, { kind: 'contribution', text: 'x' })).status).toBe(404);
    expect((await caseWorkerA.post(`/api/case-conferences/${id}/cases/${pseudo.id}/entries`, { kind: 'contribution', text: 'x' })).status).toBe(404);
    // Only the convener orders the agenda, with every case once.
    expect((await designatedA.put(`/api/case-conferences/${id}/agenda`, { caseIds: [namedCase.id, pseudo.id] })).status).toBe(403);
    expect((await coordinator.put(`/api/case-conferences/${id}/agenda`, { caseIds: [namedCase.id] })).status).toBe(400);
    const ordered = await coordinator.put(`/api/case-conferences/${id}/agenda`, { caseIds: [namedCase.id, pseudo.id] });
    expect(ordered.body.cases.map((c: { id: string }) => c.id)).toEqual([namedCase.id, pseudo.id]);
  });

  it('closes after confirmation, and then takes nothing more', async () => {
    expect((await coordinator.post(`/api/case-conferences/${id}/close`, {})).status).toBe(400);
    expect((await liaisonP.post(`/api/case-conferences/${id}/close`, { confirm: true })).status).toBe(403);
    const closed = await coordinator.post(`/api/case-conferences/${id}/close`, { confirm: true });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.history[0]).toMatchObject({ change: 'closed', organisationName: 'Zorgcoördinatie R' });
    const late = await liaisonP.post(`/api/case-conferences/${id}/cases/${closed.body.cases[0].id}/entries`, { kind: 'contribution', text: 'Nog iets' });
    expect(late.status).toBe(400);
  });

  it('never sends another organisation id', async () => {
    // The answers kept by the tests above; without them this would check nothing.
    expect(bodies.length).toBe(6);
    const text = JSON.stringify(bodies);
    for (const org of [w.orgA, w.orgB, w.policeP, w.regionR]) expect(text).not.toContain(org);
  });

  it('loads the demo conferences through the services', async () => {
    const before = await count('case_conferences');
    await loadDemoCaseConferences(h.database, { regionId: w.regionR, providerId: w.orgA, policeId: w.policeP });
    expect(await count('case_conferences')).toBe(before + 2);
    const { rows } = await sql<{ status: string; kinds: string[]; actions: number }>`
      SELECT c.status, array(SELECT k.kind FROM case_conference_cases k WHERE k.conference_id = c.id ORDER BY k.position) AS kinds,
        (SELECT count(*)::int FROM case_conference_actions a WHERE a.conference_id = c.id) AS actions
      FROM case_conferences c WHERE c.title LIKE 'Zorgtafel Kustregio (demo)%' ORDER BY c.starts_at`.execute(h.database.unsafeSystemQuery);
    expect(rows.map((r) => r.status)).toEqual(['held', 'planned']);
    expect(rows[0]!.kinds).toEqual(['pseudonymous', 'named']);
    expect(rows[0]!.actions).toBe(2);
  });
});
