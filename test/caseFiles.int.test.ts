// The core case file through real HTTP: who may open it, break-the-glass, the
// case team, the journal, validation, and organisation isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';

const validYouth = {
  firstName: 'Mila',
  lastName: 'Vos',
  dateOfBirth: '2010-06-15',
  gender: 'female',
  bsn: '111222333',
  phone: '06 12345678',
  email: '',
  address: 'Dorpsstraat 1, Zeestad',
  livingSituation: 'openResidential',
  legalFramework: 'voluntary',
  lvbIndication: 'suspected',
  language: 'Nederlands',
};

describe('case files', () => {
  let h: Harness;
  let world: World;
  beforeAll(async () => {
    h = await startHarness();
    world = await buildWorld(h);
  });
  afterAll(() => h.close());

  const count = async (table: 'youths' | 'journal_entries' | 'case_team_members' | 'break_glass_grants') => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(h.database.unsafeSystemQuery);
    return rows[0]!.n;
  };

  it('creates a youth with the creator on the case team, and validates in Dutch', async () => {
    const worker = await world.signIn('caseWorkerA');
    const before = await count('youths');
    const bad = await worker.post('/api/youths', { ...validYouth, bsn: '123456789', dateOfBirth: '2010-02-30', livingSituation: 'elders' });
    expect(bad.status).toBe(400);
    const paths = bad.body.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['bsn', 'dateOfBirth', 'livingSituation']);
    expect(bad.body.fields.find((f: { path: string }) => f.path === 'bsn').message).toMatch(/elfproef/);
    expect(await count('youths')).toBe(before);

    const created = await worker.post('/api/youths', validYouth);
    expect(created.status).toBe(200);
    const overview = await worker.get(`/api/youths/${created.body.id}`);
    expect(overview.status).toBe(200);
    expect(overview.body.youth).toMatchObject({ firstName: 'Mila', bsn: '111222333', email: null, dateOfBirth: '2010-06-15' });
    expect(overview.body.access).toMatchObject({ via: 'caseTeam', canUpdate: true });
    expect(overview.body.caseTeam.map((m: { displayName: string }) => m.displayName)).toEqual(['caseWorkerA']);
    expect(overview.body.timeline.map((t: { kind: string }) => t.kind)).toContain('fileCreated');
  });

  it('lists only the files the user may open, with search by name and date of birth', async () => {
    const worker = await world.signIn('caseWorkerA');
    const list = await worker.get('/api/youths');
    const names = list.body.map((y: { firstName: string }) => y.firstName);
    expect(names).toContain('Sanne');
    expect(names).not.toContain('Noor'); // youthA2: not on that case team
    expect(names).not.toContain('Lisa'); // another organisation
    expect((await worker.get('/api/youths?q=sAN')).body).toHaveLength(1);
    expect((await worker.get('/api/youths?q=de%20v')).body).toHaveLength(1);
    expect((await worker.get('/api/youths?dateOfBirth=2010-04-12')).body).toHaveLength(1);
    expect((await worker.get('/api/youths?q=%25')).body).toHaveLength(0);
    const designated = await world.signIn('designatedA');
    const all = (await designated.get('/api/youths')).body.map((y: { firstName: string }) => y.firstName);
    expect(all).toEqual(expect.arrayContaining(['Sanne', 'Noor']));
    expect(all).not.toContain('Lisa');
  });

  it('keeps the organisation admin out of case files', async () => {
    const admin = await world.signIn('adminA');
    expect((await admin.get('/api/youths')).status).toBe(403);
    const refused = await admin.get(`/api/youths/${world.youthA}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect((await admin.post(`/api/youths/${world.youthA}/break-glass`, { reason: 'Ik wil graag even meekijken in dit dossier.' })).status).toBe(403);
  });

  it('answers 404 for a file of another organisation, whatever the role', async () => {
    for (const key of ['caseWorkerA', 'designatedA', 'adminA']) {
      const c = await world.signIn(key);
      const r = await c.get(`/api/youths/${world.youthB}`);
      expect(r.status).toBe(404);
      expect(JSON.stringify(r.body)).not.toContain(world.orgB);
      expect((await c.post(`/api/youths/${world.youthB}/break-glass`, { reason: 'Spoed: jongere is vermist en wij zoeken contacten.' })).status).toBe(404);
    }
  });

  it('refuses a colleague outside the case team, allows break-the-glass, alerts and logs it', async () => {
    const outsider = await world.signIn('outsiderA');
    const refused = await outsider.get(`/api/youths/${world.youthA2}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('NOT_IN_CASE_TEAM');

    const found = await outsider.get('/api/youths/break-glass-search?q=noor&dateOfBirth=2009-09-01');
    expect(found.body).toEqual([{ id: world.youthA2, firstName: 'Noor', lastName: 'Bakker', dateOfBirth: '2009-09-01' }]);

    const tooShort = await outsider.post(`/api/youths/${world.youthA2}/break-glass`, { reason: 'nodig' });
    expect(tooShort.status).toBe(400);
    const grant = await outsider.post(`/api/youths/${world.youthA2}/break-glass`, {
      reason: 'Jongere is vanavond vermist; ik heb de contactgegevens nodig voor de politie.',
    });
    expect(grant.status).toBe(200);
    const opened = await outsider.get(`/api/youths/${world.youthA2}`);
    expect(opened.status).toBe(200);
    expect(opened.body.access).toMatchObject({ via: 'breakGlass', canUpdate: false });
    expect(opened.body.access.breakGlassExpiresAt).toBe(grant.body.expiresAt);
    // Reading, yes; writing in or reshaping the file, no.
    expect((await outsider.get(`/api/youths/${world.youthA2}/team/candidates`)).status).toBe(403);
    const note = await outsider.post(`/api/youths/${world.youthA2}/journal`, { category: 'other', occurredOn: '2026-01-01', body: 'Notitie' });
    expect(note.status).toBe(403);
    expect(note.body.code).toBe('NOT_IN_CASE_TEAM');
    expect((await outsider.post(`/api/youths/${world.youthA2}/break-glass`, { reason: 'Nog een keer, want het is spoed.' })).body.code).toBe(
      'ALREADY_HAS_ACCESS',
    );

    const lead = await world.signIn('leadA');
    const log = (await lead.get(`/api/youths/${world.youthA2}/access-log`)).body.items as { actorName: string; action: string; purpose: string; viaBreakGlass: boolean; outcome: string }[];
    const byOutsider = log.filter((e) => e.actorName === 'outsiderA');
    expect(byOutsider.map((e) => e.action)).toEqual(expect.arrayContaining(['access.denied', 'breakGlass.granted', 'youth.read']));
    expect(byOutsider.find((e) => e.action === 'breakGlass.granted')!.purpose).toMatch(/vermist/);
    expect(byOutsider.find((e) => e.action === 'youth.read')!.viaBreakGlass).toBe(true);
    expect(log[0]!.action).toBe('accessLog.read');

    const designated = await world.signIn('designatedA');
    const reviews = await designated.get('/api/break-glass');
    expect(reviews.body).toHaveLength(1);
    expect(reviews.body[0]).toMatchObject({ youthId: world.youthA2, userName: 'outsiderA', reviewedAt: null });
    expect((await designated.post(`/api/break-glass/${reviews.body[0].id}/review`, { verdict: 'justified', note: 'Terecht bij vermissing.' })).status).toBe(200);
    expect((await designated.get('/api/break-glass')).body).toHaveLength(0);
    expect((await designated.get('/api/break-glass?status=all')).body[0]).toMatchObject({ reviewVerdict: 'justified', reviewerName: 'designatedA' });
    expect((await outsider.get('/api/break-glass')).status).toBe(403);

    // The organisation admin sees that break-the-glass happened, not the reason nor whose file.
    const admin = await world.signIn('adminA');
    const trail = (await admin.get('/api/audit-events?action=breakGlass.granted')).body as { purpose: string; youthName: string | null }[];
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ purpose: 'breakGlass', youthName: null });
    expect(JSON.stringify(await admin.get('/api/audit-events'))).not.toMatch(/vermist/);
    const officerTrail = (await designated.get('/api/audit-events?action=breakGlass.granted')).body as { purpose: string }[];
    expect(officerTrail[0]!.purpose).toMatch(/vermist/);

    // When the grant expires, access ends.
    await h.database.unsafeSystemQuery.updateTable('break_glass_grants').set({ expires_at: sql<Date>`now() - interval '1 second'` }).execute();
    expect((await outsider.get(`/api/youths/${world.youthA2}`)).status).toBe(403);
  });

  it('manages the case team: add, refuse duplicates and non-case roles, never remove the last member', async () => {
    const lead = await world.signIn('leadA');
    const candidates = (await lead.get(`/api/youths/${world.youthA2}/team/candidates`)).body.map((c: { displayName: string }) => c.displayName);
    expect(candidates).toEqual(expect.arrayContaining(['caseWorkerA', 'outsiderA', 'designatedA', 'safetyA']));
    expect(candidates).not.toContain('adminA');
    expect(candidates).not.toContain('leadA');
    expect((await lead.post(`/api/youths/${world.youthA2}/team`, { userId: world.users.adminA!.id })).body.code).toBe('NOT_A_CASE_ROLE');
    expect((await lead.post(`/api/youths/${world.youthA2}/team`, { userId: world.users.caseWorkerB!.id })).status).toBe(404);
    expect((await lead.post(`/api/youths/${world.youthA2}/team`, { userId: world.users.safetyA!.id, teamRole: 'member' })).status).toBe(200);
    expect((await lead.post(`/api/youths/${world.youthA2}/team`, { userId: world.users.safetyA!.id })).body.code).toBe('ALREADY_IN_TEAM');
    const safety = await world.signIn('safetyA');
    expect((await safety.get(`/api/youths/${world.youthA2}`)).status).toBe(200);
    expect((await lead.delete(`/api/youths/${world.youthA2}/team/${world.users.safetyA!.id}`)).status).toBe(200);
    expect((await safety.get(`/api/youths/${world.youthA2}`)).status).toBe(403);
    const last = await lead.delete(`/api/youths/${world.youthA2}/team/${world.users.leadA!.id}`);
    expect(last.body.code).toBe('LAST_TEAM_MEMBER');
    expect((await lead.get(`/api/youths/${world.youthA2}/team`)).body).toHaveLength(1);
  });

  it('keeps a journal of dated notes with categories', async () => {
    const worker = await world.signIn('caseWorkerA');
    const future = new Date(Date.now() + 3 * 86400_000).toISOString().slice(0, 10);
    expect((await worker.post(`/api/youths/${world.youthA}/journal`, { category: 'contact', occurredOn: future, body: 'x' })).status).toBe(400);
    expect((await worker.post(`/api/youths/${world.youthA}/journal`, { category: 'roddel', occurredOn: '2026-01-01', body: 'x' })).status).toBe(400);
    const added = await worker.post(`/api/youths/${world.youthA}/journal`, {
      category: 'observation',
      occurredOn: '2026-11-20',
      body: 'Jongere had een nieuwe telefoon en wilde niet zeggen van wie.',
    });
    expect(added.status).toBe(200);
    const journal = await worker.get(`/api/youths/${world.youthA}/journal`);
    expect(journal.body[0]).toMatchObject({ category: 'observation', occurredOn: '2026-11-20', authorName: 'caseWorkerA' });
    const overview = await worker.get(`/api/youths/${world.youthA}`);
    // On the timeline the note stands at the day it is about (noon, Dutch time), not when it was typed.
    expect(overview.body.timeline).toContainEqual({ kind: 'journalEntry', at: '2026-11-20T11:00:00.000Z', label: 'Jongere had een nieuwe telefoon en wilde niet zeggen van wie.', category: 'observation' });
  });

  it('updates youth data and records which fields changed, not their values', async () => {
    const worker = await world.signIn('caseWorkerA');
    const overview = (await worker.get(`/api/youths/${world.youthA}`)).body.youth;
    const { id: _id, createdAt: _c, updatedAt: _u, ...current } = overview;
    expect((await worker.put(`/api/youths/${world.youthA}`, { ...current, phone: '0612345678', bsn: '1234' })).status).toBe(400);
    expect((await worker.put(`/api/youths/${world.youthA}`, { ...current, phone: '0612345678' })).status).toBe(200);
    const event = await h.database.unsafeSystemQuery
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'youth.updated')
      .where('youth_id', '=', world.youthA)
      .executeTakeFirstOrThrow();
    expect(event.details).toEqual({ changed: ['phone'] });
    expect(JSON.stringify(event.details)).not.toContain('0612345678');
  });

  it('keeps an optional field the update leaves out, and clears it only when asked', async () => {
    const worker = await world.signIn('caseWorkerA');
    const created = await worker.post('/api/youths', { ...validYouth, firstName: 'Isa', responsibleMunicipality: 'GM0363' });
    const { id: _id, createdAt: _c, updatedAt: _u, closedOn: _co, closureReason: _cr, retentionUntil: _r, ...current } = (await worker.get(`/api/youths/${created.body.id}`)).body.youth;
    const { responsibleMunicipality: _m, language: _l, ...withoutOptional } = current;
    expect((await worker.put(`/api/youths/${created.body.id}`, { ...withoutOptional, phone: '0611111111' })).status).toBe(200);
    let youth = (await worker.get(`/api/youths/${created.body.id}`)).body.youth;
    expect(youth).toMatchObject({ responsibleMunicipality: 'GM0363', language: 'Nederlands', phone: '0611111111' });
    expect((await worker.put(`/api/youths/${created.body.id}`, { ...current, responsibleMunicipality: '' })).status).toBe(200);
    youth = (await worker.get(`/api/youths/${created.body.id}`)).body.youth;
    expect(youth.responsibleMunicipality).toBeNull();
  });

  it('enforces organisation isolation in the database too (row-level security)', async () => {
    // Even a query that forgets the organisation filter sees only its own rows.
    const seen = await h.database.inOrganisation(world.orgA, (tx) => tx.selectFrom('youths').select('organisation_id').execute());
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((r) => r.organisation_id))).toEqual(new Set([world.orgA]));
    await expect(
      h.database.inOrganisation(world.orgA, (tx) =>
        tx
          .insertInto('journal_entries')
          .values({ organisation_id: world.orgB, youth_id: world.youthB, category: 'other', occurred_on: '2026-01-01', body: 'x', author_id: world.users.caseWorkerB!.id })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await h.database.inOrganisation(world.orgA, (tx) =>
      tx.updateTable('youths').set({ language: 'gehackt' }).where('id', '=', world.youthB).executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
  });
});
