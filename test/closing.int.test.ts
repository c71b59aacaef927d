// Closing a file at the end of care, through HTTP: who may close it, what the
// closing date and reason must be, the retention date, the audit event, and
// that a closed file refuses every change while its case team can still read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { seedYouth } from '../server/src/platform/db/seed.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { RETENTION_YEARS } from '../server/src/modules/caseFiles/caseFiles.options.js';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';

const dayBefore = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
};

/** The same calendar day RETENTION_YEARS later; 29 February becomes 28 February in a common year. */
function retentionFor(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + RETENTION_YEARS;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

describe('closing a case file', () => {
  let h: Harness;
  let world: World;
  let worker: ApiClient;
  let lead: ApiClient;
  let outsider: ApiClient;
  const today = todayInNetherlands();
  const reason = 'Hulp afgerond; warme overdracht aan Ambulant team Zuid.';

  beforeAll(async () => {
    h = await startHarness();
    world = await buildWorld(h);
    worker = await world.signIn('caseWorkerA');
    lead = await world.signIn('leadA');
    outsider = await world.signIn('outsiderA');
  });
  afterAll(() => h.close());

  const closedColumns = (youthId: string) =>
    h.database.unsafeSystemQuery
      .selectFrom('youths')
      .select(['closed_on', 'closure_reason', 'closed_by', 'retention_until'])
      .where('id', '=', youthId)
      .executeTakeFirstOrThrow();

  const closedEvents = async (youthId: string) =>
    (
      await sql<{ actor_user_id: string; outcome: string; purpose: string | null; details: Record<string, unknown> | null }>`
        SELECT actor_user_id, outcome, purpose, details FROM audit_events
        WHERE youth_id = ${youthId} AND action = 'caseFile.closed'`.execute(h.database.unsafeSystemQuery)
    ).rows.map((r) => ({ ...r, details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details }));

  const open = { closed_on: null, closure_reason: null, closed_by: null, retention_until: null };

  it('refuses a closing date in the future or before the file was opened, and an empty or too long reason, changing nothing', async () => {
    const path = `/api/youths/${world.youthA}/close`;
    const future = await worker.post(path, { closedOn: '2999-01-01', reason });
    expect(future.status).toBe(400);
    expect(future.body.fields.map((f: { path: string }) => f.path)).toEqual(['closedOn']);
    const empty = await worker.post(path, { closedOn: today, reason: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.fields).toEqual([{ path: 'reason', message: 'Vul dit veld in.' }]);
    const missing = await worker.post(path, { closedOn: today });
    expect(missing.body.fields.map((f: { path: string }) => f.path)).toEqual(['reason']);
    const long = await worker.post(path, { closedOn: today, reason: 'x'.repeat(2001) });
    expect(long.body.fields.map((f: { path: string }) => f.path)).toEqual(['reason']);
    const notADate = await worker.post(path, { closedOn: '2026-02-30', reason });
    expect(notADate.body.fields.map((f: { path: string }) => f.path)).toEqual(['closedOn']);
    // youthA was opened today: yesterday lies before the file existed.
    const beforeOpened = await worker.post(path, { closedOn: dayBefore(today), reason });
    expect(beforeOpened.status).toBe(400);
    expect(beforeOpened.body.fields.map((f: { path: string }) => f.path)).toEqual(['closedOn']);
    expect(await closedColumns(world.youthA)).toEqual(open);
    expect(await closedEvents(world.youthA)).toEqual([]);
  });

  it('refuses a colleague outside the case team, also with break-the-glass access, and audits the attempt', async () => {
    const path = `/api/youths/${world.youthA}/close`;
    const refused = await outsider.post(path, { closedOn: today, reason });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('NOT_IN_CASE_TEAM');
    const glass = await outsider.post(`/api/youths/${world.youthA}/break-glass`, { reason: 'Spoed: de jongere is vermist sinds vanavond.' });
    expect(glass.status).toBe(200);
    const withGlass = await outsider.post(path, { closedOn: today, reason });
    expect(withGlass.status).toBe(403);
    expect(withGlass.body.code).toBe('NOT_IN_CASE_TEAM');
    const denied = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events
      WHERE youth_id = ${world.youthA} AND action = 'access.denied' AND actor_user_id = ${world.users.outsiderA!.id}
        AND details->>'attempted' = 'update'`.execute(h.database.unsafeSystemQuery);
    expect(denied.rows[0]!.n).toBe(2);
    const admin = await world.signIn('adminA');
    expect((await admin.post(path, { closedOn: today, reason })).status).toBe(403);
    const otherOrganisation = await world.signIn('caseWorkerB');
    expect((await otherOrganisation.post(path, { closedOn: today, reason })).status).toBe(404);
    expect(await closedColumns(world.youthA)).toEqual(open);
  });

  it('closes the file for a case-team member: closing fields, retention twenty years on, one audit event', async () => {
    const closed = await worker.post(`/api/youths/${world.youthA}/close`, { closedOn: today, reason: `  ${reason}  ` });
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual({ closedOn: today, closureReason: reason, retentionUntil: retentionFor(today) });
    expect(await closedColumns(world.youthA)).toEqual({
      closed_on: today,
      closure_reason: reason,
      closed_by: world.users.caseWorkerA!.id,
      retention_until: retentionFor(today),
    });
    const events = await closedEvents(world.youthA);
    expect(events).toEqual([
      { actor_user_id: world.users.caseWorkerA!.id, outcome: 'allowed', purpose: 'caseTeam', details: { closedOn: today, retentionUntil: retentionFor(today) } },
    ]);
    // The reason is about the youth: it stays in the file, out of the trail.
    expect(JSON.stringify(events)).not.toContain('Ambulant');

    const overview = await lead.get(`/api/youths/${world.youthA}`);
    expect(overview.body.youth).toMatchObject({ closedOn: today, closureReason: reason, retentionUntil: retentionFor(today) });
    expect(overview.body.access.canUpdate).toBe(false);
  });

  it('answers FILE_CLOSED to a second closing and to every change afterwards, and keeps the file readable for its team', async () => {
    const base = `/api/youths/${world.youthA}`;
    const again = await lead.post(`${base}/close`, { closedOn: today, reason: 'Nog een keer.' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('FILE_CLOSED');

    const journal = await worker.post(`${base}/journal`, { category: 'contact', occurredOn: today, body: 'Na het sluiten.' });
    expect([journal.status, journal.body.code]).toEqual([409, 'FILE_CLOSED']);
    const signal = await worker.post(`${base}/signals`, { observedOn: today, observerKind: 'school', form: 'sexual', description: 'Na het sluiten.' });
    expect([signal.status, signal.body.code]).toEqual([409, 'FILE_CLOSED']);
    const team = await lead.post(`${base}/team`, { userId: world.users.outsiderA!.id });
    expect([team.status, team.body.code]).toEqual([409, 'FILE_CLOSED']);
    const plan = await worker.put(`${base}/aftercare`, { plan: 'Later nog iets.', updatedAt: null });
    expect([plan.status, plan.body.code]).toEqual([409, 'FILE_CLOSED']);

    const counts = await sql<{ journal: number; signals: number; team: number }>`SELECT
        (SELECT count(*)::int FROM journal_entries WHERE youth_id = ${world.youthA}) AS journal,
        (SELECT count(*)::int FROM signals WHERE youth_id = ${world.youthA}) AS signals,
        (SELECT count(*)::int FROM case_team_members WHERE youth_id = ${world.youthA}) AS team`.execute(h.database.unsafeSystemQuery);
    expect(counts.rows[0]).toEqual({ journal: 0, signals: 0, team: 2 });
    // The first closing stands: the second changed nothing.
    expect((await closedColumns(world.youthA)).closure_reason).toBe(reason);
    expect(await closedEvents(world.youthA)).toHaveLength(1);

    for (const client of [worker, lead]) {
      expect((await client.get(base)).status).toBe(200);
      expect((await client.get(`${base}/signals`)).status).toBe(200);
      expect((await client.get(`${base}/journal`)).status).toBe(200);
    }
    // The break-the-glass grant from before still reads it and still changes nothing; the
    // refusal is the same as on an open file, since noodtoegang never writes.
    expect((await outsider.get(`${base}/signals`)).status).toBe(200);
    const glassWrite = await outsider.post(`${base}/journal`, { category: 'contact', occurredOn: today, body: 'Via noodtoegang.' });
    expect([glassWrite.status, glassWrite.body.code]).toEqual([403, 'NOT_IN_CASE_TEAM']);
  });

  it('computes the retention date on the calendar, and accepts a closing on the day the file was opened', async () => {
    const youthId = await seedYouth(h.database, {
      organisationId: world.orgA,
      firstName: 'Fleur',
      lastName: 'Smit',
      dateOfBirth: '2009-03-03',
      caseTeam: [{ userId: world.users.leadA!.id, teamRole: 'lead' }],
    });
    // Opened at 00:30 on 29 February 2024 Dutch time, which is still the 28th in UTC:
    // the day the professionals saw counts.
    await sql`UPDATE youths SET created_at = '2024-02-28T23:30:00Z' WHERE id = ${youthId}`.execute(h.database.unsafeSystemQuery);
    const early = await lead.post(`/api/youths/${youthId}/close`, { closedOn: '2024-02-28', reason });
    expect(early.body.fields.map((f: { path: string }) => f.path)).toEqual(['closedOn']);
    const leapDay = await lead.post(`/api/youths/${youthId}/close`, { closedOn: '2024-02-29', reason });
    expect(leapDay.status).toBe(200);
    expect(leapDay.body.retentionUntil).toBe(retentionFor('2024-02-29'));
    expect(leapDay.body.retentionUntil).toBe('2044-02-29');
  });
});
