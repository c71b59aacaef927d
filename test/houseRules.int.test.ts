// The house rules a residential group shows its visitors, through HTTP: the
// admin writes them per team, the team's colleagues read them, nobody else
// writes them, another organisation's team does not exist, bad input changes
// nothing, and every read, change and refusal is in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';
import { HOUSE_RULES_MAX_LENGTH } from '../server/src/modules/caseFiles/visitors/houseRules.options.js';

describe('house rules for visitors', () => {
  let h: Harness;
  let world: World;
  let admin: ApiClient;
  let worker: ApiClient;
  let teamNoord: string;

  const RULES = 'Bezoek is welkom van 14.00 tot 21.00 uur.\nLaat bij de deur een identiteitsbewijs zien.';

  beforeAll(async () => {
    h = await startHarness();
    world = await buildWorld(h);
    admin = await world.signIn('adminA');
    worker = await world.signIn('caseWorkerA');
    const teams = await admin.get('/api/admin/teams');
    teamNoord = teams.body.find((team: { name: string }) => team.name === 'Team Noord').id;
  });
  afterAll(() => h.close());

  const events = async (userKey: string, action: string) =>
    (
      await sql<{ outcome: string; record_id: string | null; details: unknown }>`SELECT outcome, record_id, details FROM audit_events
        WHERE actor_user_id = ${world.users[userKey]!.id} AND action = ${action} ORDER BY id`.execute(h.database.unsafeSystemQuery)
    ).rows;
  const stored = async () =>
    (await sql<{ team_id: string; rules: string; updated_at: Date }>`SELECT team_id, rules, updated_at FROM team_house_rules ORDER BY team_id`.execute(h.database.unsafeSystemQuery)).rows;

  it('lets the admin write a team’s rules, and a case worker in that team read them', async () => {
    expect((await worker.get('/api/house-rules')).body).toEqual([]);

    const written = await admin.put(`/api/admin/teams/${teamNoord}/house-rules`, { rules: `  ${RULES}  ` });
    expect(written.status).toBe(200);
    expect(written.body).toEqual({ teamId: teamNoord, teamName: 'Team Noord', rules: RULES, updatedAt: expect.any(String) });
    expect(await events('adminA', 'houseRules.updated')).toEqual([{ outcome: 'allowed', record_id: teamNoord, details: null }]);

    const read = await worker.get('/api/house-rules');
    expect(read.status).toBe(200);
    expect(read.body).toEqual([written.body]);
    const reads = await events('caseWorkerA', 'houseRules.read');
    expect(reads).toHaveLength(2);
    expect(reads.at(-1)).toMatchObject({ outcome: 'allowed', details: { teamIds: [teamNoord] } });
  });

  it('changes the rules in place, and shows each colleague only the teams they belong to', async () => {
    const changed = await admin.put(`/api/admin/teams/${teamNoord}/house-rules`, { rules: 'Bezoek tot 20.00 uur.' });
    expect(changed.status).toBe(200);
    const zuid = await admin.post('/api/admin/teams', { name: 'Team Zuid' });
    await admin.put(`/api/admin/teams/${zuid.body.id}/house-rules`, { rules: 'Geen bezoek op de kamer.' });
    expect((await stored()).length).toBe(2);

    const mine = await worker.get('/api/house-rules');
    expect(mine.body.map((r: { teamName: string; rules: string }) => [r.teamName, r.rules])).toEqual([['Team Noord', 'Bezoek tot 20.00 uur.']]);
    // The admin sees every team's rules, to edit them.
    const all = await admin.get('/api/admin/house-rules');
    expect(all.body.map((r: { teamName: string }) => r.teamName)).toEqual(['Team Noord', 'Team Zuid']);
    expect((await events('adminA', 'houseRules.read')).length).toBe(1);
  });

  it('gives a user in no team an empty list, never another organisation’s rules', async () => {
    const outsider = await world.signIn('caseWorkerB');
    const r = await outsider.get('/api/house-rules');
    expect(r.status).toBe(200);
    expect(r.body).toEqual([]);
    expect(await events('caseWorkerB', 'houseRules.read')).toEqual([{ outcome: 'allowed', record_id: null, details: { teamIds: [] } }]);
    const adminB = await world.signIn('adminB');
    expect((await adminB.get('/api/admin/house-rules')).body).toEqual([]);
  });

  it('answers 404 for a team of another organisation, and changes nothing there', async () => {
    const adminB = await world.signIn('adminB');
    const teamB = await adminB.post('/api/admin/teams', { name: 'Woongroep B' });
    const before = await stored();
    const r = await admin.put(`/api/admin/teams/${teamB.body.id}/house-rules`, { rules: 'Overgenomen.' });
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('NOT_FOUND');
    const missing = await admin.put('/api/admin/teams/00000000-0000-4000-8000-000000000000/house-rules', { rules: 'x' });
    expect(missing.status).toBe(404);
    expect(await stored()).toEqual(before);
  });

  it('refuses a case worker who tries to write them, and audits the attempt', async () => {
    const before = await stored();
    const r = await worker.put(`/api/admin/teams/${teamNoord}/house-rules`, { rules: 'Alles mag.' });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual(before);
    expect(await events('caseWorkerA', 'access.denied')).toEqual([{ outcome: 'denied', record_id: null, details: { attempted: 'houseRules.write' } }]);
    // Nor may the admin read them as a team member: the admin role has no case-data access.
    expect((await admin.get('/api/house-rules')).status).toBe(403);
    expect((await worker.get('/api/admin/house-rules')).status).toBe(403);
  });

  it('refuses empty or too long rules with a field error, and changes nothing', async () => {
    const before = await stored();
    const updatesBefore = (await events('adminA', 'houseRules.updated')).length;
    const cases: unknown[] = [{ rules: '' }, { rules: '   \n ' }, { rules: 'x'.repeat(HOUSE_RULES_MAX_LENGTH + 1) }, {}, { rules: 42 }];
    for (const body of cases) {
      const r = await admin.put(`/api/admin/teams/${teamNoord}/house-rules`, body);
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('VALIDATION_FAILED');
      expect(r.body.fields.map((f: { path: string }) => f.path)).toEqual(['rules']);
    }
    const tooLong = await admin.put(`/api/admin/teams/${teamNoord}/house-rules`, { rules: 'x'.repeat(HOUSE_RULES_MAX_LENGTH + 1) });
    expect(tooLong.body.fields[0].message).toBe(`Gebruik hoogstens ${HOUSE_RULES_MAX_LENGTH} tekens.`);
    expect((await admin.put('/api/admin/teams/niet-een-id/house-rules', { rules: 'x' })).status).toBe(400);
    expect(await stored()).toEqual(before);
    expect((await events('adminA', 'houseRules.updated')).length).toBe(updatesBefore);
  });
});
