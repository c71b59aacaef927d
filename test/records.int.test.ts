// The records kept in a case file, through HTTP: each kind's domain rules, the
// version check that keeps one person from overwriting another, sign-off and
// what it locks, the safety plan's versions, history, and that bad input
// changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';

describe('case records', () => {
  let h: Harness;
  let world: World;
  let lead: ApiClient;
  let worker: ApiClient;
  let base: string;

  beforeAll(async () => {
    h = await startHarness();
    world = await buildWorld(h);
    lead = await world.signIn('leadA');
    worker = await world.signIn('caseWorkerA');
    base = `/api/youths/${world.youthA}`;
  });
  afterAll(() => h.close());

  const count = async (table: string) =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;

  it('records signals from the signal list, refuses unknown codes, and keeps the pack version', async () => {
    const before = await count('signals');
    const bad = await worker.post(`${base}/signals`, { observedOn: '2026-01-10', observerKind: 'school', form: 'sexual', signalCode: 'nietBestaand', description: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([{ path: 'signalCode', message: expect.stringMatching(/signaal uit de lijst/) }]);
    const future = await worker.post(`${base}/signals`, { observedOn: '2999-01-01', observerKind: 'school', form: 'sexual', description: 'x' });
    expect(future.body.fields.map((f: { path: string }) => f.path)).toEqual(['observedOn']);
    expect(await count('signals')).toBe(before);

    const created = await worker.post(`${base}/signals`, { observedOn: '2026-01-10', observerKind: 'parents', form: 'criminal', signalCode: 'moneyMule', description: 'Moeder zag een vreemde bankpas.' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ signalCode: 'moneyMule', status: 'new', signalListVersion: expect.stringMatching(/^\d{4}\.\d+$/), createdByName: 'caseWorkerA' });
    const listed = await lead.get(`${base}/signals`);
    expect(listed.body.map((s: { id: string }) => s.id)).toContain(created.body.id);
  });

  it('refuses an update made on a stale version, and keeps the history of every change', async () => {
    const created = await worker.post(`${base}/signals`, { observedOn: '2026-01-11', observerKind: 'staff', form: 'unclear', description: 'Laat thuis.' });
    const first = await worker.put(`${base}/signals/${created.body.id}`, { ...created.body, status: 'discussed', updatedAt: created.body.updatedAt });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('discussed');
    // A second person still holding the old version cannot overwrite the first.
    const stale = await lead.put(`${base}/signals/${created.body.id}`, { ...created.body, status: 'actedUpon', updatedAt: created.body.updatedAt });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('EDIT_CONFLICT');
    const history = await lead.get(`${base}/history/${created.body.id}`);
    expect(history.body.map((e: { change: string }) => e.change)).toEqual(['updated', 'created']);
    expect(history.body[0].snapshot.status).toBe('discussed');
    expect(history.body[1].snapshot.status).toBe('new');
  });

  it('checks a screening instrument against the age of the youth on that day', async () => {
    // youthA was born 2010-04-12: 13 on 2023-06-01, too young for the SCIL (14+).
    const young = await worker.post(`${base}/screenings`, { instrument: 'scil', administeredOn: '2023-06-01', administeredBy: 'Orthopedagoog', indication: 'none', outcome: 'x' });
    expect(young.status).toBe(400);
    expect(young.body.fields[0]).toEqual({ path: 'instrument', message: 'Dit instrument is voor jongeren vanaf 14 jaar. De jongere was op die dag 13 jaar.' });
    const unknown = await worker.post(`${base}/screenings`, { instrument: 'iq', administeredOn: '2026-01-01', administeredBy: 'x', indication: 'none', outcome: 'x' });
    expect(unknown.body.fields[0].path).toBe('instrument');
    const ok = await worker.post(`${base}/screenings`, { instrument: 'kjts', administeredOn: '2026-01-15', administeredBy: 'Orthopedagoog', indication: 'possible', outcome: 'Verhoogde score herbeleving.' });
    expect(ok.body).toMatchObject({ ageAtScreening: 15, instrumentsVersion: expect.any(String) });
  });

  it('lets only a lead professional sign off a risk assessment, which then stays as it was', async () => {
    const body = {
      instrument: 'risL',
      assessedOn: '2026-01-20',
      participants: ['Mentor', 'Gedragswetenschapper'],
      riskFactors: 'Oudere vriend.',
      protectiveFactors: 'Oma.',
      level: 'high',
      conclusion: 'Veiligheidsplan maken.',
      isInitial: true,
    };
    const first = await worker.post(`${base}/risk-assessments`, body);
    expect(first.status).toBe(200);
    const second = await worker.post(`${base}/risk-assessments`, { ...body, assessedOn: '2026-01-21' });
    expect(second.body.fields).toEqual([{ path: 'isInitial', message: expect.stringMatching(/al een risicotaxatie/) }]);

    const byWorker = await worker.post(`${base}/risk-assessments/${first.body.id}/sign-off`, { updatedAt: first.body.updatedAt });
    expect(byWorker.status).toBe(403);
    expect(byWorker.body.code).toBe('FORBIDDEN');
    const signed = await lead.post(`${base}/risk-assessments/${first.body.id}/sign-off`, { updatedAt: first.body.updatedAt });
    expect(signed.body).toMatchObject({ signedOffByName: 'leadA', signedOffAt: expect.any(String) });
    const changed = await lead.put(`${base}/risk-assessments/${first.body.id}`, { ...body, level: 'low', updatedAt: signed.body.updatedAt });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('SIGNED_OFF');
  });

  it('versions the safety plan: one draft at a time, signed-off versions kept', async () => {
    const plan = { reviewOn: '2026-04-01', riskyNetwork: 'Mo vermijden.', agreementsYouth: 'Jij bent om 22.00 uur thuis.' };
    const v1 = await worker.post(`${base}/safety-plans`, plan);
    expect(v1.body).toMatchObject({ version: 1, signedOffAt: null, internetUse: '' });
    const again = await worker.post(`${base}/safety-plans`, plan);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DRAFT_EXISTS');
    const signed = await lead.post(`${base}/safety-plans/${v1.body.id}/sign-off`, { updatedAt: v1.body.updatedAt });
    expect(signed.status).toBe(200);
    const v2 = await worker.post(`${base}/safety-plans`, { ...plan, internetUse: 'Telefoon ’s avonds bij de leiding.' });
    expect(v2.body.version).toBe(2);
    const list = await worker.get(`${base}/safety-plans`);
    expect(list.body.map((p: { version: number; signedOffAt: string | null }) => [p.version, !!p.signedOffAt])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('asks each reporting-code step for what it must record', async () => {
    const weigh = await worker.post(`${base}/reporting-code-steps`, { step: 4, occurredOn: '2026-01-22', participants: 'Team', outcome: 'Afgewogen.' });
    expect(weigh.status).toBe(400);
    expect(weigh.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['details.helpPossible', 'details.reportingNeeded']);
    const ok = await worker.post(`${base}/reporting-code-steps`, {
      step: 4,
      occurredOn: '2026-01-22',
      participants: 'Team',
      outcome: 'Melden is nodig; hulp blijft.',
      details: { reportingNeeded: 'yes', helpPossible: 'yes' },
    });
    expect(ok.body.details).toEqual({ reportingNeeded: 'yes', helpPossible: 'yes' });
  });

  it('links visits and accounts only to persons of the same youth, and asks why a visitor was refused', async () => {
    const person = await worker.post(`${base}/network/persons`, { name: 'Mo', relation: 'Vriend', classification: 'dangerous', phones: ['06-1', ''], vehicles: [{ plate: 'AB-123-C', description: 'Scooter' }] });
    expect(person.body).toMatchObject({ phones: ['06-1'], vehicles: [{ plate: 'AB-123-C', description: 'Scooter' }], removed: false });
    const otherYouth = await lead.post(`/api/youths/${world.youthA2}/network/accounts`, { platform: 'Snapchat', handle: 'mo', personId: person.body.id, classification: 'risky' });
    expect(otherYouth.body.fields).toEqual([{ path: 'personId', message: expect.stringMatching(/netwerkanalyse van deze jongere/) }]);

    const visit = { occurredAt: '2026-01-21T18:30', visitorName: 'Mo', personId: person.body.id, purpose: 'pickUp', policeCheck: 'refused', admitted: false };
    const noReason = await worker.post(`${base}/visits`, visit);
    expect(noReason.body.fields).toEqual([{ path: 'refusalReason', message: 'Schrijf op waarom de bezoeker is geweigerd.' }]);
    const refused = await worker.post(`${base}/visits`, { ...visit, refusalReason: 'Gevaarlijk volgens netwerkanalyse; geen toestemming politiecheck.' });
    // 18:30 Dutch winter time is 17:30 UTC.
    expect(new Date(refused.body.occurredAt as string).toISOString()).toBe('2026-01-21T17:30:00.000Z');
  });

  it('saves a singleton once, then only with the version last read', async () => {
    const analysis = { madeWithYouth: true, explainedToYouth: true, lastReviewedOn: '2026-01-20', notes: '' };
    expect((await worker.get(`${base}/network/analysis`)).body).toBeNull();
    const first = await worker.put(`${base}/network/analysis`, { ...analysis, updatedAt: null });
    expect(first.status).toBe(200);
    const duplicate = await lead.put(`${base}/network/analysis`, { ...analysis, updatedAt: null });
    expect(duplicate.status).toBe(409);
    const next = await lead.put(`${base}/network/analysis`, { ...analysis, notes: 'Samen bijgewerkt.', updatedAt: first.body.updatedAt });
    expect(next.body.notes).toBe('Samen bijgewerkt.');
  });

  it('keeps phase numbers unique and progress reports on the youth’s own goals', async () => {
    const phase = { number: 1, name: 'Veilig landen', rules: 'Veel structuur.', startedOn: '2026-01-25' };
    expect((await worker.post(`${base}/care-plan/phases`, phase)).status).toBe(200);
    const again = await worker.post(`${base}/care-plan/phases`, { ...phase, name: 'Nog een' });
    expect(again.body.fields).toEqual([{ path: 'number', message: 'Er is al een fase met dit nummer.' }]);
    const goal = await lead.post(`/api/youths/${world.youthA2}/care-plan/goals`, { domain: 'education', description: 'School.', youthText: 'Jij gaat naar school.', startedOn: '2026-01-25' });
    const progress = await worker.post(`${base}/care-plan/progress`, { goalId: goal.body.id, reportedOn: '2026-02-01', assessment: 'progress', report: 'x' });
    expect(progress.body.fields[0].path).toBe('goalId');
  });

  it('puts the milestones of the work on the overview timeline, dates at their day', async () => {
    const overview = await worker.get(base);
    const timeline = overview.body.timeline as { kind: string; at: string; label: string; category: string | null }[];
    expect(timeline).toContainEqual({ kind: 'signal', at: '2026-01-10T11:00:00.000Z', label: 'Moeder zag een vreemde bankpas.', category: 'criminal' });
    expect(timeline).toContainEqual({ kind: 'riskAssessment', at: '2026-01-20T11:00:00.000Z', label: 'high', category: 'initial' });
    expect(timeline.some((i) => i.kind === 'safetyPlanSignedOff' && i.label === '1')).toBe(true);
    // Newest first.
    const times = timeline.map((i) => i.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('lets a break-the-glass reader see the records but not add to them', async () => {
    const outsider = await world.signIn('outsiderA');
    await outsider.post(`${base}/break-glass`, { reason: 'Vermist; de politie vraagt om de netwerkanalyse.' });
    expect((await outsider.get(`${base}/network/persons`)).status).toBe(200);
    const write = await outsider.post(`${base}/signals`, { observedOn: '2026-01-10', observerKind: 'staff', form: 'unclear', description: 'x' });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('NOT_IN_CASE_TEAM');
  });
});
