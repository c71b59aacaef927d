// The regional figures through HTTP, on both engines. The world gets
// municipality codes (M: GM0001, N: GM0002, region R: both) and youths at two
// providers with signals, placements and missing episodes whose counts are
// worked out by hand below. Checked: the counts per quarter and year, small
// counts suppressed ("< 5", with a second cell hidden where one small count
// could be worked out from the year), N sees nothing of M's youths, the region
// sees both, no id in any answer, the estimate with Dutch field messages,
// the CSV, refusals, and an audit event per read.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
type Shown = { kind: 'value'; value: number } | { kind: 'small' } | { kind: 'hidden' };
const text = (s: Shown) => (s.kind === 'value' ? String(s.value) : s.kind === 'small' ? '< 5' : 'x');
const table = (body: { rows: { measure: string; quarters: Shown[]; year: Shown }[] }) =>
  Object.fromEntries(body.rows.map((r) => [r.measure, [...r.quarters.map(text), text(r.year)]]));

describe('regional figures', () => {
  let h: Harness;
  let w: World;
  let policyM: ApiClient;
  let policyN: ApiClient;
  let coordinatorR: ApiClient;

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    const q = h.database.unsafeSystemQuery;
    await sql`UPDATE organisations SET municipality_code = 'GM0001' WHERE id = ${w.municipalityM}`.execute(q);
    await sql`UPDATE organisations SET municipality_code = 'GM0002' WHERE id = ${w.municipalityN}`.execute(q);
    await sql`INSERT INTO regional_figure_region_municipalities (organisation_id, municipality_code) VALUES (${w.regionR}, 'GM0001'), (${w.regionR}, 'GM0002')`.execute(q);
    const youth = async (org: string, code: string | null) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO youths (organisation_id, first_name, last_name, date_of_birth, gender, living_situation, legal_framework, lvb_indication, responsible_municipality)
        VALUES (${org}, 'Test', 'Jongere', '2010-01-01', 'female', 'openResidential', 'voluntary', 'no', ${code}) RETURNING id`.execute(q);
      return rows[0]!.id;
    };
    // M: y[0..6] at provider A, y[7..8] at provider B. N: one youth at B. One youth without a municipality.
    const y: string[] = [];
    for (let i = 0; i < 7; i++) y.push(await youth(w.orgA, 'GM0001'));
    for (let i = 0; i < 2; i++) y.push(await youth(w.orgB, 'GM0001'));
    const n1 = await youth(w.orgB, 'GM0002');
    const none = await youth(w.orgA, null);
    const signal = (org: string, id: string, on: string, form: string) =>
      sql`INSERT INTO signals (organisation_id, youth_id, observed_on, observer_kind, form, signal_list_version, description, status)
          VALUES (${org}, ${id}, ${on}, 'staff', ${form}, '1', 'test', 'new')`.execute(q);
    // Q1: six sexual (y0..y5); Q2: two criminal (y7, y8); Q4: seven 'both' (y0..y6).
    for (let i = 0; i < 6; i++) await signal(w.orgA, y[i]!, '2025-02-10', 'sexual');
    for (const i of [7, 8]) await signal(w.orgB, y[i]!, '2025-05-01', 'criminal');
    for (let i = 0; i < 7; i++) await signal(w.orgA, y[i]!, '2025-11-20', 'both');
    // Not counted for M: N's youth, a youth without a municipality, last year.
    await signal(w.orgB, n1, '2025-02-10', 'sexual');
    await signal(w.orgA, none, '2025-02-10', 'sexual');
    await signal(w.orgA, y[0]!, '2024-12-31', 'sexual');
    const placement = (org: string, id: string, on: string, group: string) =>
      sql`INSERT INTO placements (youth_id, organisation_id, care_started_on, group_composition, reasoning, gender_sensitive_approach)
          VALUES (${id}, ${org}, ${on}, ${group}, 'test', 'test')`.execute(q);
    // Three residential placements in Q3; one not residential (not counted).
    for (const i of [0, 1, 2]) await placement(w.orgA, y[i]!, '2025-08-01', i === 2 ? 'mixed' : 'homogeneous');
    await placement(w.orgA, y[3]!, '2025-08-01', 'notResidential');
    // Five missing episodes in Q1 (in Dutch time: 31 March 23:30 UTC is 1 April, Q2... so kept mid-quarter), one in 2024.
    for (let i = 0; i < 5; i++)
      await sql`INSERT INTO missing_episodes (organisation_id, youth_id, last_seen_at, last_seen_place) VALUES (${w.orgA}, ${y[i]!}, '2025-03-01T12:00:00Z', 'station')`.execute(q);
    await sql`INSERT INTO missing_episodes (organisation_id, youth_id, last_seen_at, last_seen_place) VALUES (${w.orgA}, ${y[5]!}, '2024-06-01T12:00:00Z', 'station')`.execute(q);
    // Case conferences: the region held one in Q2 with six pseudonymous cases, M one in Q1 with one case;
    // one of the region's is still to come (not counted).
    const conference = async (org: string, at: string, cases: number) => {
      const { rows } = await sql<{ id: string }>`INSERT INTO case_conferences (title, starts_at, convening_organisation_id, convening_organisation_name)
        VALUES ('Zorgtafel', ${at}, ${org}, 'Organisatie') RETURNING id`.execute(q);
      for (let i = 0; i < cases; i++)
        await sql`INSERT INTO case_conference_cases (conference_id, position, organisation_id, organisation_name, kind, initials, age, region, summary, brought_by_name)
          VALUES (${rows[0]!.id}, ${i + 1}, ${w.orgA}, 'A', 'pseudonymous', 'X.Y.', 15, 'Kust', 'Casus', 'Iemand')`.execute(q);
    };
    await conference(w.regionR, '2025-05-12T10:00:00Z', 6);
    await conference(w.municipalityM, '2025-02-03T10:00:00Z', 1);
    await conference(w.regionR, '2099-05-12T10:00:00Z', 3);
    policyM = await w.signIn('policyM');
    policyN = await w.signIn('policyN');
    coordinatorR = await w.signIn('coordinatorR');
  }, 120_000);
  afterAll(() => h.close());

  it("counts the municipality's youths across providers, per quarter and year, with small counts suppressed", async () => {
    const r = await policyM.get('/api/regional-figures?year=2025');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.municipalityCodes).toEqual(['GM0001']);
    expect(table(r.body)).toEqual({
      // 6, 2, 0, 7 = 15: the lone 2 could be worked out from 15, so the 0 beside it is hidden too.
      signals: ['6', '< 5', '< 5', '7', '15'],
      // Youths y0..y5 in Q1, y0..y6 in Q4: 7 different youths in the year.
      exploitationSexual: ['6', '0', '0', '7', '7'],
      // y7, y8 in Q2, y0..y6 in Q4: 9 youths; the 2 is protected by hiding a 0.
      exploitationCriminal: ['< 5', '< 5', '0', '7', '9'],
      comenshaRegistrations: ['0', '0', '0', '0', '0'],
      // Three youths: the year is under 5, so every quarter is hidden.
      specialisedCare: ['< 5', '< 5', '< 5', '< 5', '< 5'],
      missingEpisodes: ['5', '0', '0', '0', '5'],
      // One case at M's own conference in Q1.
      caseConferenceCases: ['< 5', '< 5', '< 5', '< 5', '< 5'],
    });
    expect(r.body.funnel).toEqual({ estimate: null, comenshaRegistrations: { kind: 'value', value: 0 }, specialisedCare: { kind: 'small' } });
    expect(JSON.stringify(r.body)).not.toMatch(UUID);
  });

  it('another municipality sees only its own youths; the region sees both', async () => {
    const n = await policyN.get('/api/regional-figures?year=2025');
    expect(n.status).toBe(200);
    expect(table(n.body).signals).toEqual(['< 5', '< 5', '< 5', '< 5', '< 5']);
    expect(table(n.body).missingEpisodes).toEqual(['0', '0', '0', '0', '0']);
    const r = await coordinatorR.get('/api/regional-figures?year=2025');
    expect(r.status).toBe(200);
    expect(r.body.municipalityCodes).toEqual(['GM0001', 'GM0002']);
    // 7, 2, 0, 7 = 16.
    expect(table(r.body).signals).toEqual(['7', '< 5', '< 5', '7', '16']);
    // The region's own conference: six cases in Q2 (M's conference is not the region's).
    expect(table(r.body).caseConferenceCases).toEqual(['0', '6', '0', '0', '6']);
    expect(JSON.stringify(r.body)).not.toMatch(UUID);
  });

  it('another year counts nothing of 2025', async () => {
    const r = await policyM.get('/api/regional-figures?year=2024');
    expect(table(r.body).signals).toEqual(['< 5', '< 5', '< 5', '< 5', '< 5']);
    expect(table(r.body).missingEpisodes).toEqual(['< 5', '< 5', '< 5', '< 5', '< 5']);
  });

  it('keeps the estimate per organisation and year; bad input gets Dutch field messages and changes nothing', async () => {
    const bad = await policyM.put('/api/regional-figures/estimate?year=2025', { estimate: -3, source: '   ' });
    expect(bad.status).toBe(400);
    const paths = bad.body.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['estimate', 'source']);
    expect(bad.body.fields.every((f: { message: string }) => typeof f.message === 'string' && f.message.length > 0)).toBe(true);
    expect((await policyM.get('/api/regional-figures?year=2025')).body.funnel.estimate).toBeNull();
    const ok = await policyM.put('/api/regional-figures/estimate?year=2025', { estimate: 120, source: 'Nationaal Rapporteur, schatting 2025' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.funnel.estimate).toMatchObject({ value: 120, source: 'Nationaal Rapporteur, schatting 2025' });
    // N has its own estimate (none).
    expect((await policyN.get('/api/regional-figures?year=2025')).body.funnel.estimate).toBeNull();
  });

  it('exports the same suppressed table as CSV', async () => {
    const r = await fetch(`${h.baseUrl}/api/regional-figures/export?year=2025`, { headers: { cookie: policyM.cookieHeader() } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    const lines = (await r.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Maat;K1;K2;K3;K4;Jaar 2025');
    expect(lines).toContain('Nieuwe signalen;6;< 5;< 5;7;15');
    expect(lines).toContain('Jongeren nieuw in gespecialiseerde zorg;< 5;< 5;< 5;< 5;< 5');
  });

  it('refuses providers, the police and the inspectorate, audited', async () => {
    for (const key of ['caseWorkerA', 'designatedA', 'adminA', 'liaisonP', 'inspectorI']) {
      const c = await w.signIn(key);
      expect((await c.get('/api/regional-figures?year=2025')).status, key).toBe(403);
      expect((await c.put('/api/regional-figures/estimate?year=2025', { estimate: 1, source: 'x' })).status, key).toBe(403);
    }
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND record_type = 'regionalFigures'`.execute(h.database.unsafeSystemQuery);
    expect(rows[0]!.n).toBe(10);
  });

  it('writes an audit event for every read, export and change', async () => {
    const count = async (action: string, user: string) =>
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND actor_user_id = ${w.users[user]!.id}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
    const before = await count('regionalFigures.read', 'policyM');
    await policyM.get('/api/regional-figures?year=2025');
    expect(await count('regionalFigures.read', 'policyM')).toBe(before + 1);
    expect(await count('regionalFigures.exported', 'policyM')).toBe(1);
    expect(await count('regionalFigures.estimateSaved', 'policyM')).toBe(1);
  });

  it("records the responsible municipality on the youth's details, with a Dutch message for a wrong code", async () => {
    const worker = await w.signIn('caseWorkerA');
    const body = { firstName: 'Nieuw', lastName: 'Dossier', dateOfBirth: '2011-03-04', gender: 'unknown', livingSituation: 'atHome', legalFramework: 'voluntary', lvbIndication: 'unknown' };
    const bad = await worker.post('/api/youths', { ...body, responsibleMunicipality: 'GM12' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ path: 'responsibleMunicipality', message: 'Vul de CBS-code van de gemeente in, zoals GM0363.' })]);
    const created = await worker.post('/api/youths', { ...body, responsibleMunicipality: ' gm0001 ' });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const id = created.body.id ?? created.body.youth?.id;
    const read = await worker.get(`/api/youths/${id}`);
    expect(JSON.stringify(read.body)).toContain('"responsibleMunicipality":"GM0001"');
    // Without a municipality the file is as before.
    const plain = await worker.post('/api/youths', body);
    expect(plain.status).toBe(200);
  });

  it("never opens a youth's file for a policy officer", async () => {
    expect([403, 404]).toContain((await policyM.get(`/api/youths/${w.youthA}`)).status);
  });
});
