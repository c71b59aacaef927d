// The provider directory through HTTP on a fixed, hand-counted set of
// entries: the care coordinator keeps it (version check, history, archive),
// policy officers of any municipality search it with filters and counts, a
// linked provider's quality officer shares the date of its latest closed
// self-assessment, everyone else is refused. No response carries an
// organisation's id, and every read and change is audited in its transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret } from 'otpauth';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, PASSWORD, type World } from './world.js';
import { ApiClient } from './client.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { seedOrganisation, seedUser } from '../server/src/platform/db/seed.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { loadDemoProviderDirectory, SEED_004_DIRECTORY } from '../server/src/modules/providerDirectory/providerDirectory.demo.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The test set. Hand count: open 2 (Fier, Kompaan), secured 2 (Almata, Koppeling), both 1 (Pluryn); national 2 (Fier, Kompaan). */
const ENTRIES = {
  fier: { name: 'Fier (test)', careKind: 'open', targetGroups: ['girls', 'mentalHealth'], programmes: ['Asja'], regions: ['Friesland'], nationalAvailability: true },
  koppeling: { name: 'De Koppeling (test)', careKind: 'secured', targetGroups: ['girls'], programmes: ['PINQ gesloten'], regions: ['Amsterdam'], capacity: 10 },
  pluryn: { name: 'Pluryn (test)', careKind: 'both', targetGroups: ['girls', 'boys'], programmes: ['Fasenmodel'], regions: ['Gelderland'] },
  almata: { name: 'Almata (test)', careKind: 'secured', targetGroups: ['girls', 'lvb'], programmes: ['Behandelplan in jij-vorm'], regions: ['Utrecht', 'Amsterdam'] },
  kompaan: { name: 'Kompaan (test)', careKind: 'open', targetGroups: ['girls'], programmes: ['Veilig Lima'], regions: ['Twente'], nationalAvailability: true, linkedSlug: 'zorg-a' },
} as const;

describe('provider directory', () => {
  let h: Harness;
  let w: World;
  let coordinator: ApiClient;
  let policyM: ApiClient;
  let policyN: ApiClient;
  let qualityA: ApiClient;
  let qualityB: ApiClient;
  let qualityBId: string;
  const ids: Record<string, string> = {};
  /** Every response body, to look for organisation ids at the end. */
  const bodies: unknown[] = [];

  const keep = <T extends { body: unknown }>(reply: T) => {
    bodies.push(reply.body);
    return reply;
  };
  const names = (body: { entries: { name: string }[] }) => body.entries.map((e) => e.name);
  const search = async (client: ApiClient, query: string) => {
    const r = keep(await client.get(`/api/provider-directory${query}`));
    expect(r.status, query).toBe(200);
    return r.body;
  };
  const auditCount = async (action: string, userId: string, outcome = 'allowed') => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND actor_user_id = ${userId} AND outcome = ${outcome}`.execute(
      h.database.unsafeSystemQuery,
    );
    return rows[0]!.n;
  };
  const entryCount = async () => (await h.database.unsafeSystemQuery.selectFrom('provider_directory_entries').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    coordinator = await w.signIn('coordinatorR');
    policyM = await w.signIn('policyM');
    policyN = await w.signIn('policyN');
    qualityA = await w.signIn('qualityA');
    // A quality officer of provider B, whose organisation has no closed self-assessment.
    const totpSecret = new Secret({ size: 20 }).base32;
    qualityBId = await seedUser(h.database, new SecretBox(h.secretKey), {
      organisationId: w.orgB,
      email: 'qualityb@example.org',
      displayName: 'qualityB',
      roles: ['qualityOfficer'],
      password: PASSWORD,
      totpSecret,
    });
    qualityB = new ApiClient(h.baseUrl);
    await qualityB.signIn('qualityb@example.org', PASSWORD, totpSecret);
    // Provider A closed a self-assessment yesterday evening and has one open now.
    const closedAt = new Date(Date.now() - 24 * 3600 * 1000);
    await sql`INSERT INTO self_assessments (organisation_id, title, framework_version, started_on, closed_at, closed_by, created_by)
      VALUES (${w.orgA}, 'Zelfevaluatie vorig jaar', '2026.1', '2025-01-01', ${closedAt.toISOString()}, ${w.users.qualityA!.id}, ${w.users.qualityA!.id})`.execute(h.database.unsafeSystemQuery);
    await h.database.unsafeSystemQuery
      .insertInto('self_assessments')
      .values({ organisation_id: w.orgA, title: 'Zelfevaluatie nu', framework_version: '2026.1', started_on: todayInNetherlands(), created_by: w.users.qualityA!.id })
      .execute();
  }, 120_000);
  afterAll(() => h?.close());

  it('lets the care coordinator add entries, audited, with the provider linked by name only', async () => {
    const before = await auditCount('providerDirectory.created', w.users.coordinatorR!.id);
    for (const [key, body] of Object.entries(ENTRIES)) {
      const r = keep(await coordinator.post('/api/provider-directory', body));
      expect(r.status, key).toBe(200);
      ids[key] = r.body.id;
    }
    expect(await auditCount('providerDirectory.created', w.users.coordinatorR!.id)).toBe(before + 5);
    const kompaan = keep(await coordinator.get(`/api/provider-directory/${ids.kompaan}`)).body;
    expect(kompaan).toMatchObject({
      name: 'Kompaan (test)',
      careKind: 'open',
      regions: ['Twente'],
      nationalAvailability: true,
      qualityFramework: 'unknown',
      linkedOrganisationName: 'Zorgaanbieder A',
      linkedSlug: 'zorg-a',
      selfAssessment: null,
      archived: false,
      updatedByOrganisationName: 'Zorgcoördinatie R',
      updatedByName: 'coordinatorR',
    });
    // A list with an empty line and a repeat is cleaned up.
    const extra = keep(await coordinator.post('/api/provider-directory', { name: 'Oud (test)', careKind: 'open', regions: ['Zeeland', '', 'Zeeland'] }));
    expect(extra.body.regions).toEqual(['Zeeland']);
    ids.old = extra.body.id;
    const archived = keep(await coordinator.post(`/api/provider-directory/${ids.old}/archive`, { updatedAt: extra.body.updatedAt }));
    expect(archived.body.archived).toBe(true);
  });

  it('finds entries by name, sorted by name, with counts over what was found', async () => {
    const all = await search(policyM, '');
    expect(names(all)).toEqual(['Almata (test)', 'De Koppeling (test)', 'Fier (test)', 'Kompaan (test)', 'Pluryn (test)']);
    expect(all.counts).toEqual({ total: 5, open: 2, secured: 2, both: 1, national: 2, sharedSelfAssessment: 0 });
    // Regions of current entries only (Zeeland is archived), each once.
    expect(all.regions).toEqual(['Amsterdam', 'Friesland', 'Gelderland', 'Twente', 'Utrecht']);
  });

  it('filters by kind of care: both kinds count as open and as secured', async () => {
    expect(names(await search(policyM, '?careKind=open'))).toEqual(['Fier (test)', 'Kompaan (test)', 'Pluryn (test)']);
    const secured = await search(policyM, '?careKind=secured');
    expect(names(secured)).toEqual(['Almata (test)', 'De Koppeling (test)', 'Pluryn (test)']);
    expect(secured.counts).toMatchObject({ total: 3, open: 0, secured: 2, both: 1, national: 0 });
    expect(names(await search(policyM, '?careKind=both'))).toEqual(['Pluryn (test)']);
  });

  it('filters by target group, region (any case), national availability and free text, and combines them', async () => {
    expect(names(await search(policyN, '?targetGroup=boys'))).toEqual(['Pluryn (test)']);
    expect(names(await search(policyN, '?targetGroup=lvb'))).toEqual(['Almata (test)']);
    expect(names(await search(policyN, '?targetGroup=girls'))).toHaveLength(5);
    expect(names(await search(policyN, '?targetGroup=mentalHealth'))).toEqual(['Fier (test)']);
    expect(names(await search(policyN, '?region=AMSTERDAM'))).toEqual(['Almata (test)', 'De Koppeling (test)']);
    const national = await search(policyN, '?national=true');
    expect(names(national)).toEqual(['Fier (test)', 'Kompaan (test)']);
    expect(national.counts).toMatchObject({ total: 2, open: 2, national: 2 });
    expect(names(await search(policyN, '?national=false'))).toEqual(['Almata (test)', 'De Koppeling (test)', 'Pluryn (test)']);
    // Free text: a programme, a region, part of a name; % is a literal.
    expect(names(await search(policyN, '?q=asja'))).toEqual(['Fier (test)']);
    expect(names(await search(policyN, '?q=pinq'))).toEqual(['De Koppeling (test)']);
    expect(names(await search(policyN, '?q=amster'))).toEqual(['Almata (test)', 'De Koppeling (test)']);
    expect(names(await search(policyN, '?q=plury'))).toEqual(['Pluryn (test)']);
    expect((await search(policyN, '?q=%25')).counts.total).toBe(0);
    expect(names(await search(policyN, '?careKind=secured&region=amsterdam&targetGroup=lvb'))).toEqual(['Almata (test)']);
    expect(names(await search(policyN, '?careKind=open&national=false'))).toEqual(['Pluryn (test)']);
    // Archived entries only on request.
    const withArchived = await search(coordinator, '?includeArchived=true');
    expect(withArchived.counts.total).toBe(6);
    expect(withArchived.entries.find((e: { name: string }) => e.name === 'Oud (test)').archived).toBe(true);
  });

  it('audits every search with the filters, not the results', async () => {
    const before = await auditCount('providerDirectory.searched', w.users.policyM!.id);
    await search(policyM, '?careKind=secured&q=pinq');
    expect(await auditCount('providerDirectory.searched', w.users.policyM!.id)).toBe(before + 1);
    const { rows } = await sql<{ details: Record<string, unknown> }>`SELECT details FROM audit_events WHERE action = 'providerDirectory.searched'
      AND actor_user_id = ${w.users.policyM!.id} ORDER BY id DESC LIMIT 1`.execute(h.database.unsafeSystemQuery);
    expect(rows[0]!.details).toMatchObject({ count: 1, searched: true, careKind: 'secured', targetGroup: null, region: null, national: null });
  });

  it('gives Dutch field messages for bad input and changes nothing', async () => {
    const count = await entryCount();
    const r = keep(
      await coordinator.request('POST', '/api/provider-directory', { name: ' ', careKind: 'half', email: 'geen-adres', website: 'www.fier', phone: 'bel maar', capacity: -1 }, { 'accept-language': 'nl' }),
    );
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('VALIDATION_FAILED');
    const messages = Object.fromEntries(r.body.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(Object.keys(messages).sort()).toEqual(['capacity', 'careKind', 'email', 'name', 'phone', 'website']);
    expect(messages.email).toMatch(/e-mailadres/);
    expect(messages.website).toMatch(/webadres/);
    expect(messages.careKind).toMatch(/Kies/);
    const unknown = keep(await coordinator.post('/api/provider-directory', { name: 'X', careKind: 'open', linkedSlug: 'politie-p' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toEqual([{ path: 'linkedSlug', message: expect.stringMatching(/korte naam/) }]);
    expect(await entryCount()).toBe(count);
  });

  it('changes an entry only on the version last read, and keeps its history with the organisation by name', async () => {
    const current = keep(await coordinator.get(`/api/provider-directory/${ids.koppeling}`)).body;
    const changed = keep(await coordinator.put(`/api/provider-directory/${ids.koppeling}`, { ...ENTRIES.koppeling, capacity: 12, updatedAt: current.updatedAt }));
    expect(changed.status).toBe(200);
    expect(changed.body.capacity).toBe(12);
    const stale = keep(await coordinator.put(`/api/provider-directory/${ids.koppeling}`, { ...ENTRIES.koppeling, capacity: 14, updatedAt: current.updatedAt }));
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('EDIT_CONFLICT');
    expect(keep(await coordinator.get(`/api/provider-directory/${ids.koppeling}`)).body.capacity).toBe(12);

    const history = keep(await policyM.get(`/api/provider-directory/${ids.koppeling}/history`));
    expect(history.status).toBe(200);
    expect(history.body.map((i: { change: string }) => i.change)).toEqual(['updated', 'created']);
    expect(history.body[0].snapshot).toMatchObject({ capacity: 12, changed: ['capacity'] });
    // The policy officer sees which organisation changed it, not who there.
    expect(history.body[0]).toMatchObject({ changedByOrganisationName: 'Zorgcoördinatie R', changedByName: null });
    const own = keep(await coordinator.get(`/api/provider-directory/${ids.koppeling}/history`)).body;
    expect(own[0].changedByName).toBe('coordinatorR');
    expect(await auditCount('providerDirectory.historyRead', w.users.policyM!.id)).toBe(1);
  });

  it('archives after the version check, refuses changes to an archived entry, and restores it', async () => {
    const current = keep(await coordinator.get(`/api/provider-directory/${ids.pluryn}`)).body;
    const archived = keep(await coordinator.post(`/api/provider-directory/${ids.pluryn}/archive`, { updatedAt: current.updatedAt }));
    expect(archived.body.archived).toBe(true);
    expect(names(await search(policyM, ''))).not.toContain('Pluryn (test)');
    const edit = keep(await coordinator.put(`/api/provider-directory/${ids.pluryn}`, { ...ENTRIES.pluryn, updatedAt: archived.body.updatedAt }));
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('DIRECTORY_ENTRY_ARCHIVED');
    const stale = keep(await coordinator.post(`/api/provider-directory/${ids.pluryn}/restore`, { updatedAt: current.updatedAt }));
    expect(stale.status).toBe(409);
    const restored = keep(await coordinator.post(`/api/provider-directory/${ids.pluryn}/restore`, { updatedAt: archived.body.updatedAt }));
    expect(restored.body.archived).toBe(false);
    const history = keep(await coordinator.get(`/api/provider-directory/${ids.pluryn}/history`)).body;
    expect(history.map((i: { change: string }) => i.change)).toEqual(['restored', 'archived', 'created']);
    // Never deleted: the row is still there.
    expect(await entryCount()).toBe(6);
  });

  it('lets policy officers read but not change, and refuses other roles, audited', async () => {
    const current = keep(await coordinator.get(`/api/provider-directory/${ids.fier}`)).body;
    expect((await policyM.post('/api/provider-directory', { name: 'Nieuw', careKind: 'open' })).status).toBe(403);
    expect((await policyM.put(`/api/provider-directory/${ids.fier}`, { ...ENTRIES.fier, updatedAt: current.updatedAt })).status).toBe(403);
    expect((await policyM.post(`/api/provider-directory/${ids.fier}/archive`, { updatedAt: current.updatedAt })).status).toBe(403);
    expect((await policyM.put(`/api/provider-directory/own/${ids.fier}/self-assessment`, { share: true })).status).toBe(403);
    for (const key of ['caseWorkerA', 'leadA', 'designatedA', 'adminA', 'liaisonP', 'inspectorI', 'qualityA']) {
      const client = await w.signIn(key);
      const before = await auditCount('access.denied', w.users[key]!.id, 'denied');
      const list = await client.get('/api/provider-directory');
      expect(`${key}: ${list.status}`).toBe(`${key}: 403`);
      expect(Object.keys(list.body).sort()).toEqual(['code', 'message']);
      expect((await client.get(`/api/provider-directory/${ids.fier}`)).status).toBe(403);
      expect((await client.get(`/api/provider-directory/${ids.fier}/history`)).status).toBe(403);
      expect((await client.post('/api/provider-directory', { name: 'Nieuw', careKind: 'open' })).status).toBe(403);
      expect(await auditCount('access.denied', w.users[key]!.id, 'denied')).toBe(before + 4);
    }
    expect(await auditCount('providerDirectory.read', w.users.policyM!.id)).toBe(0);
    expect(keep(await policyM.get(`/api/provider-directory/${ids.fier}`)).status).toBe(200);
    expect(await auditCount('providerDirectory.read', w.users.policyM!.id)).toBe(1);
    expect((await policyM.get('/api/provider-directory/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lets only the linked provider’s quality officer share the date of its latest closed self-assessment', async () => {
    const closedOn = todayInNetherlands(new Date(Date.now() - 24 * 3600 * 1000));
    const own = keep(await qualityA.get('/api/provider-directory/own'));
    expect(own.status).toBe(200);
    expect(own.body).toEqual({
      entries: [{ id: ids.kompaan, name: 'Kompaan (test)', careKind: 'open', selfAssessment: null, updatedAt: expect.any(String) }],
      latestClosedSelfAssessment: closedOn,
    });
    // Not linked to provider A: as if it did not exist.
    expect((await qualityA.put(`/api/provider-directory/own/${ids.fier}/self-assessment`, { share: true })).status).toBe(404);
    // Provider B's quality officer: nothing linked, and not this entry.
    expect(keep(await qualityB.get('/api/provider-directory/own')).body).toEqual({ entries: [], latestClosedSelfAssessment: null });
    expect((await qualityB.put(`/api/provider-directory/own/${ids.kompaan}/self-assessment`, { share: true })).status).toBe(404);
    // Other roles of provider A may not share.
    const designated = await w.signIn('designatedA');
    expect((await designated.put(`/api/provider-directory/own/${ids.kompaan}/self-assessment`, { share: true })).status).toBe(403);
    expect((await designated.get('/api/provider-directory/own')).status).toBe(403);

    const version = keep(await coordinator.get(`/api/provider-directory/${ids.kompaan}`)).body.updatedAt;
    const shared = keep(await qualityA.put(`/api/provider-directory/own/${ids.kompaan}/self-assessment`, { share: true }));
    expect(shared.status).toBe(200);
    expect(shared.body.entries[0].selfAssessment).toEqual({ date: closedOn, sharedAt: expect.any(String) });
    expect(await auditCount('providerDirectory.selfAssessmentShared', w.users.qualityA!.id)).toBe(1);
    // Municipalities see the date; the entry's own version is untouched, so the coordinator's edit still fits.
    const seen = keep(await policyN.get(`/api/provider-directory/${ids.kompaan}`)).body;
    expect(seen.selfAssessment.date).toBe(closedOn);
    expect(seen.updatedAt).toBe(version);
    expect((await search(policyN, '')).counts.sharedSelfAssessment).toBe(1);

    const stopped = keep(await qualityA.put(`/api/provider-directory/own/${ids.kompaan}/self-assessment`, { share: false }));
    expect(stopped.body.entries[0].selfAssessment).toBeNull();
    expect(keep(await policyN.get(`/api/provider-directory/${ids.kompaan}`)).body.selfAssessment).toBeNull();
    const history = keep(await policyN.get(`/api/provider-directory/${ids.kompaan}/history`)).body;
    expect(history.slice(0, 2).map((i: { change: string; changedByOrganisationName: string }) => [i.change, i.changedByOrganisationName])).toEqual([
      ['assessmentUnshared', 'Zorgaanbieder A'],
      ['assessmentShared', 'Zorgaanbieder A'],
    ]);
    expect(history[1].snapshot.selfAssessmentDate).toBe(closedOn);
  });

  it('asks a linked provider without a closed self-assessment to close one first', async () => {
    const entry = keep(await coordinator.post('/api/provider-directory', { name: 'Zorgaanbieder B (test)', careKind: 'open', linkedSlug: 'zorg-b' })).body;
    const r = keep(await qualityB.request('PUT', `/api/provider-directory/own/${entry.id}/self-assessment`, { share: true }, { 'accept-language': 'nl' }));
    expect(r.status).toBe(409);
    expect(r.body).toEqual({ code: 'NO_CLOSED_SELF_ASSESSMENT', message: expect.stringMatching(/afgesloten zelfevaluatie/) });
    const archived = keep(await coordinator.post(`/api/provider-directory/${entry.id}/archive`, { updatedAt: entry.updatedAt }));
    expect(archived.status).toBe(200);
    expect(await auditCount('providerDirectory.selfAssessmentShared', qualityBId)).toBe(0);
  });

  it('lets no organisation write in another one’s name, or share for an entry not linked to it (row-level security)', async () => {
    await expect(
      h.database.inOrganisation(w.orgB, (tx) => tx.insertInto('provider_directory_shares').values({ entry_id: ids.kompaan!, organisation_id: w.orgB, self_assessment_on: '2026-01-01' }).execute()),
    ).rejects.toThrow();
    await expect(
      h.database.inOrganisation(w.orgB, (tx) => tx.insertInto('provider_directory_shares').values({ entry_id: ids.kompaan!, organisation_id: w.orgA, self_assessment_on: '2026-01-01' }).execute()),
    ).rejects.toThrow();
    await expect(
      h.database.inOrganisation(w.municipalityM, (tx) => tx.updateTable('provider_directory_entries').set({ notes: 'x', updated_by_organisation_id: w.regionR }).where('id', '=', ids.fier!).execute()),
    ).rejects.toThrow();
    await expect(h.database.inOrganisation(w.regionR, (tx) => tx.deleteFrom('provider_directory_entries').where('id', '=', ids.fier!).execute())).rejects.toThrow();
    await expect(
      h.database.inOrganisation(w.regionR, (tx) => tx.deleteFrom('provider_directory_history').where('entry_id', '=', ids.fier!).execute()),
    ).rejects.toThrow();
  });

  it('never sends an organisation id, nor a user id of another organisation', () => {
    const text = JSON.stringify(bodies);
    for (const organisationId of [w.orgA, w.orgB, w.regionR, w.municipalityM, w.municipalityN, w.policeP, w.inspectorateI]) expect(text).not.toContain(organisationId);
    const entryIds = new Set(Object.values(ids));
    const found = [...new Set(text.match(UUID) ?? [])];
    // The only ids are the entries' own (including the one made for provider B).
    expect(found.filter((id) => !entryIds.has(id))).toHaveLength(1);
    for (const user of Object.values(w.users)) expect(text).not.toContain(user.id);
  });
});

describe('demo provider directory', () => {
  let h: Harness;
  afterAll(() => h?.close());

  it('adds the thirteen providers of seed 004 with only the report’s facts, and De Haven linked by its short name', async () => {
    h = await startHarness();
    const secrets = new SecretBox(h.secretKey);
    const coordination = await seedOrganisation(h.database, { name: 'Zorgcoördinatie Kustregio (demo)', slug: 'kustregio', kind: 'regionalCoordination' });
    await seedOrganisation(h.database, { name: 'Jeugdzorg De Haven (demo)', slug: 'de-haven', kind: 'provider' });
    const coordinatorId = await seedUser(h.database, secrets, {
      organisationId: coordination,
      email: 'zorgcoordinator@kustregio.demo',
      displayName: 'Zorgcoördinator',
      roles: ['careCoordinator'],
      password: PASSWORD,
    });
    const ids = await loadDemoProviderDirectory(h.database, coordination);
    expect(ids).toHaveLength(14);
    expect(SEED_004_DIRECTORY).toHaveLength(13);
    const rows = await h.database.unsafeSystemQuery.selectFrom('provider_directory_entries').selectAll().orderBy('name').execute();
    const studied = rows.filter((r) => !r.name.includes('(demo)'));
    // Seed 004, Bevindingen: seven secured, five open, one both.
    const byKind = (kind: string) => studied.filter((r) => r.care_kind === kind).length;
    expect([byKind('secured'), byKind('open'), byKind('both')]).toEqual([7, 5, 1]);
    // Only Fier and Kompaan en De Bocht are in the national transition arrangement.
    expect(studied.filter((r) => r.national_availability).map((r) => r.name)).toEqual(['Fier', 'Kompaan en De Bocht']);
    // Girls and boys together only at Transferium and Pluryn – De Hoenderloo Groep (11 of 13 girls only).
    expect(studied.filter((r) => r.target_groups.includes('boys')).map((r) => r.name)).toEqual(['Pluryn – De Hoenderloo Groep', 'Transferium']);
    expect(studied.every((r) => r.target_groups.includes('girls'))).toBe(true);
    // Nothing made up: no contact details, capacity or region, and the quality framework unknown.
    for (const r of studied) {
      expect([r.phone, r.email, r.website, r.capacity], r.name).toEqual([null, null, null, null]);
      expect(r.regions, r.name).toEqual([]);
      expect(r.quality_framework).toBe('unknown');
      expect(r.notes).toMatch(/Voorbeeldvermelding/);
    }
    const haven = rows.find((r) => r.name === 'Jeugdzorg De Haven (demo)')!;
    expect(haven.linked_organisation_id).not.toBeNull();
    expect(haven.phone).toBeNull();
    // Made through the services: a history row and an audit event per entry, by the coordinator.
    const { rows: counts } = await sql<{ history: number; audit: number }>`SELECT
      (SELECT count(*)::int FROM provider_directory_history WHERE change = 'created') AS history,
      (SELECT count(*)::int FROM audit_events WHERE action = 'providerDirectory.created' AND actor_user_id = ${coordinatorId}) AS audit`.execute(h.database.unsafeSystemQuery);
    expect(counts[0]).toEqual({ history: 14, audit: 14 });
  }, 120_000);
});
