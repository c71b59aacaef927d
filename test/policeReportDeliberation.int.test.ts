// The deliberation about a police report on a youth's file, through HTTP: the
// case team records it, a lead professional signs it off and then it is
// locked; a changed wish is a new deliberation. The domain rules (non-punishment
// noted where there may be offences, no report by the youth against the
// youth's wish, the date of what was done) answer in Dutch and store nothing;
// outside the case team and outside the organisation nobody reads it; every
// read and change is audited on the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';
import { policeReportDeliberationKind } from '../server/src/modules/policeCooperation/policeReportDeliberation.kind.js';

describe('report deliberation', () => {
  let h: Harness;
  let w: World;
  let worker: ApiClient;
  let lead: ApiClient;
  const path = () => `/api/youths/${w.youthA}/report-deliberations`;
  const body = (overrides: Record<string, unknown> = {}) => ({ ...(policeReportDeliberationKind.example as Record<string, unknown>), ...overrides });
  const stored = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM police_report_deliberations`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
  const events = async (action: string) =>
    (
      await sql<{ outcome: string; youth_id: string | null; record_id: string | null; details: unknown }>`SELECT outcome, youth_id, record_id, details FROM audit_events
        WHERE action = ${action} ORDER BY id`.execute(h.database.unsafeSystemQuery)
    ).rows;

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    worker = await w.signIn('caseWorkerA');
    lead = await w.signIn('leadA');
  });
  afterAll(() => h.close());

  it('records a deliberation where the youth does not want to report and the organisation notifies the police', async () => {
    const r = await worker.post(path(), body());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      youthWish: 'doesNotWant',
      offences: 'possibly',
      nonPunishment: expect.stringContaining('officier van justitie'),
      alternativesDiscussed: ['notification', 'organisationReport'],
      outcome: 'notificationMade',
      outcomeOn: '2026-01-12',
      signedOffAt: null,
      createdByName: 'caseWorkerA',
    });
    expect(await events('policeReportDeliberation.created')).toEqual([expect.objectContaining({ outcome: 'allowed', youth_id: w.youthA, record_id: r.body.id })]);
  });

  it('answers a broken rule field by field, in Dutch, and stores nothing', async () => {
    const before = await stored();
    const noNonPunishment = await worker.post(path(), body({ offences: 'yes', nonPunishment: '' }));
    expect(noNonPunishment.status).toBe(400);
    expect(noNonPunishment.body.fields).toEqual([
      { path: 'nonPunishment', message: expect.stringContaining('non-punishmentbeginsel') },
    ]);

    const againstWish = await worker.post(path(), body({ youthWish: 'unsure', outcome: 'reportMade', outcomeOn: null }));
    expect(againstWish.body.fields).toEqual([
      { path: 'outcome', message: expect.stringContaining('volgens deze afweging wil de jongere dat niet') },
      { path: 'outcomeOn', message: 'Vul de datum in waarop dit is gebeurd.' },
    ]);

    const other = await worker.post(path(), body({ outcome: 'other', outcomeNote: '' }));
    expect(other.body.fields).toEqual([{ path: 'outcomeNote', message: 'Beschrijf de uitkomst.' }]);

    // Nothing about the youth is assumed: a wish that was not chosen is asked for.
    const { youthWish: _omitted, ...withoutWish } = body();
    const noWish = await worker.post(path(), withoutWish);
    expect(noWish.body.fields).toEqual([{ path: 'youthWish', message: 'Kies een van de mogelijkheden.' }]);
    const badAlternative = await worker.post(path(), body({ alternativesDiscussed: ['anonymousTip'] }));
    expect(badAlternative.body.fields).toEqual([{ path: 'alternativesDiscussed.0', message: 'Kies een van de mogelijkheden.' }]);
    expect(await stored()).toBe(before);
  });

  it('is signed off by a lead professional only, and locked after that', async () => {
    const [first] = (await worker.get(path())).body;
    const byWorker = await worker.post(`${path()}/${first.id}/sign-off`, { updatedAt: first.updatedAt });
    expect(byWorker.status).toBe(403);
    const signed = await lead.post(`${path()}/${first.id}/sign-off`, { updatedAt: first.updatedAt });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ signedOffByName: 'leadA', signedOffAt: expect.any(String) });
    const change = await worker.put(`${path()}/${first.id}`, body({ weighing: 'Toch anders.', updatedAt: signed.body.updatedAt }));
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('SIGNED_OFF');
  });

  it('keeps every deliberation as the youth’s wish changes, newest first, with history', async () => {
    const later = await worker.post(
      path(),
      body({ deliberatedOn: '2026-02-20', youthWish: 'wantsToReport', outcome: 'pending', outcomeOn: null, policeIntakeOn: '2026-02-18', policeIntakeOutcome: 'Informatief gesprek bij de politie; ze wil nadenken.' }),
    );
    expect(later.status).toBe(200);
    const list = await worker.get(path());
    expect(list.body.map((d: { youthWish: string }) => d.youthWish)).toEqual(['wantsToReport', 'doesNotWant']);
    const stale = await worker.put(`${path()}/${later.body.id}`, body({ youthWish: 'wantsToReport', outcome: 'pending', updatedAt: '2020-01-01T00:00:00.000Z' }));
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('EDIT_CONFLICT');
    const history = await worker.get(`/api/youths/${w.youthA}/history/${later.body.id}`);
    expect(history.body.map((v: { change: string }) => v.change)).toEqual(['created']);
    expect(await events('policeReportDeliberation.listed')).toEqual(expect.arrayContaining([expect.objectContaining({ youth_id: w.youthA, details: { count: 2 } })]));
  });

  it('is read only by the case team and the designated officer, never by another organisation or the police', async () => {
    expect((await (await w.signIn('designatedA')).get(path())).status).toBe(200);
    for (const [key, status] of [
      ['outsiderA', 403],
      ['safetyA', 403],
      ['qualityA', 403],
      ['adminA', 403],
      // Another organisation, the police unit included, does not even find the file.
      ['liaisonP', 404],
      ['caseWorkerB', 404],
    ] as const) {
      const r = await (await w.signIn(key)).get(path());
      expect(`${key}: ${r.status}`).toBe(`${key}: ${status}`);
    }
    // A file the case worker is not on: refused and audited, nothing written.
    const before = await stored();
    const other = await worker.post(`/api/youths/${w.youthA2}/report-deliberations`, body());
    expect(other.body.code).toBe('NOT_IN_CASE_TEAM');
    expect(await stored()).toBe(before);
    expect(await events('access.denied')).toEqual(expect.arrayContaining([expect.objectContaining({ youth_id: w.youthA2, outcome: 'denied' })]));
  });
});
