// "Who looked" on a file and the organisation's log through real HTTP: the
// grouping per person per day (Europe/Amsterdam) against hand-counted events,
// paging of both views, and the log's filters on person and youth with the
// same exposure of youths' names as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ROLES, type Role } from '../server/src/platform/authz/roles.js';
import { seedYouth } from '../server/src/platform/db/seed.js';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';

interface Day {
  day: string;
  actorName: string;
  actorRoles: string[];
  firstAt: string;
  lastAt: string;
  events: number;
  denied: number;
  actions: string[];
  access: string[];
  breakGlassReasons: string[];
}
interface Event {
  at: string;
  actorName: string;
  action: string;
  outcome: string;
  purpose: string | null;
  viaBreakGlass: boolean;
}
interface Page<T> {
  items: T[];
  nextCursor: number | null;
}

const REASON = 'Jongere is vannacht vermist; de politie vraagt om een recente foto.';

describe('who looked at a file, and the organisation log', () => {
  let h: Harness;
  let world: World;
  let youth: string;
  let grantId: string;

  /** An event as the trail holds it, at a chosen moment, so days are known. */
  async function event(at: string, userKey: string, action: string, extra: { outcome?: string; purpose?: string | null; breakGlassId?: string | null; youthId?: string } = {}) {
    const user = world.users[userKey]!;
    await sql`INSERT INTO audit_events (occurred_at, organisation_id, actor_user_id, actor_roles, action, outcome, record_type, record_id, youth_id, purpose, break_glass_id)
      VALUES (${at}::timestamptz, ${user.organisationId}::uuid, ${user.id}::uuid, ${user.roles}::text[], ${action}, ${extra.outcome ?? 'allowed'}, 'youth',
        ${extra.youthId ?? youth}::uuid, ${extra.youthId ?? youth}::uuid, ${extra.purpose === undefined ? 'caseTeam' : extra.purpose}, ${extra.breakGlassId ?? null}::uuid)`.execute(
      h.database.unsafeSystemQuery,
    );
  }

  beforeAll(async () => {
    h = await startHarness();
    world = await buildWorld(h);
    youth = await seedYouth(h.database, {
      organisationId: world.orgA,
      firstName: 'Sara',
      lastName: 'Telmans',
      dateOfBirth: '2011-03-04',
      caseTeam: [{ userId: world.users.leadA!.id, teamRole: 'lead' }, { userId: world.users.caseWorkerA!.id }],
    });
    const grant = await h.database.unsafeSystemQuery
      .insertInto('break_glass_grants')
      .values({ organisation_id: world.orgA, youth_id: youth, user_id: world.users.outsiderA!.id, reason: REASON, expires_at: sql<Date>`'2026-01-11T10:00:00Z'::timestamptz` })
      .returning('id')
      .executeTakeFirstOrThrow();
    grantId = grant.id;
    // X (caseWorkerA): three times on 10 January in Amsterdam, the last at 23:59:59
    // there (22:59:59 UTC); then 00:30 on 11 January there, still the 10th in UTC.
    await event('2026-01-10T08:00:00Z', 'caseWorkerA', 'youth.read');
    await event('2026-01-10T11:00:00Z', 'caseWorkerA', 'journal.read');
    await event('2026-01-10T22:59:59Z', 'caseWorkerA', 'youth.read');
    await event('2026-01-10T23:30:00Z', 'caseWorkerA', 'youth.read');
    // Y (outsiderA) on 11 January: refused, breaks the glass, reads twice.
    await event('2026-01-11T09:00:00Z', 'outsiderA', 'access.denied', { outcome: 'denied', purpose: null });
    await event('2026-01-11T09:01:00Z', 'outsiderA', 'breakGlass.granted', { purpose: REASON, breakGlassId: grantId });
    await event('2026-01-11T09:02:00Z', 'outsiderA', 'youth.read', { purpose: 'breakGlass', breakGlassId: grantId });
    await event('2026-01-11T09:05:00Z', 'outsiderA', 'journal.read', { purpose: 'breakGlass', breakGlassId: grantId });
  });
  afterAll(() => h.close());

  it('groups the file trail per person per Amsterdam day, newest first, with break-the-glass and refusals', async () => {
    const lead = await world.signIn('leadA');
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE youth_id = ${youth} AND action = 'accessLog.read'`.execute(h.database.unsafeSystemQuery);
    const r = await lead.get<Page<Day>>(`/api/youths/${youth}/access-log/days`);
    expect(r.status).toBe(200);
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE youth_id = ${youth} AND action = 'accessLog.read'`.execute(h.database.unsafeSystemQuery);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n + 1);

    const [today, y, x2, x1, ...rest] = r.body.items;
    expect(rest).toEqual([]);
    expect(r.body.nextCursor).toBeNull();
    // The reader's own look is on record, today, as the first row.
    expect(today).toMatchObject({ actorName: 'leadA', events: 1, denied: 0, actions: ['accessLog.read'], access: ['caseTeam'], breakGlassReasons: [] });
    expect(y).toEqual({
      day: '2026-01-11',
      actorName: 'outsiderA',
      actorRoles: ['caseWorker'],
      firstAt: '2026-01-11T09:00:00.000Z',
      lastAt: '2026-01-11T09:05:00.000Z',
      events: 4,
      denied: 1,
      actions: ['access.denied', 'breakGlass.granted', 'journal.read', 'youth.read'],
      access: ['breakGlass'],
      breakGlassReasons: [REASON],
    });
    expect(x2).toMatchObject({ day: '2026-01-11', actorName: 'caseWorkerA', events: 1, firstAt: '2026-01-10T23:30:00.000Z', lastAt: '2026-01-10T23:30:00.000Z', access: ['caseTeam'] });
    expect(x1).toMatchObject({
      day: '2026-01-10',
      actorName: 'caseWorkerA',
      events: 3,
      denied: 0,
      firstAt: '2026-01-10T08:00:00.000Z',
      lastAt: '2026-01-10T22:59:59.000Z',
      actions: ['journal.read', 'youth.read'],
      access: ['caseTeam'],
      breakGlassReasons: [],
    });
    // No internal ids go out: not the people's, not the grant's.
    const text = JSON.stringify(r.body);
    for (const user of Object.values(world.users)) expect(text).not.toContain(user.id);
    expect(text).not.toContain(grantId);

    // Looking again adds to today's row of the reader, not a row.
    const again = await lead.get<Page<Day>>(`/api/youths/${youth}/access-log/days`);
    expect(again.body.items).toHaveLength(4);
    expect(again.body.items[0]).toMatchObject({ actorName: 'leadA', events: 2 });
  });

  it('keeps another organisation out of the grouping', async () => {
    await event('2026-01-11T09:30:00Z', 'caseWorkerB', 'youth.read');
    const lead = await world.signIn('leadA');
    const r = await lead.get<Page<Day>>(`/api/youths/${youth}/access-log/days`);
    expect(r.body.items.map((d) => d.actorName)).not.toContain('caseWorkerB');
    expect(r.body.items.filter((d) => d.day === '2026-01-11').map((d) => d.events)).toEqual([4, 1]);
  });

  it('pages both views, 50 at a time, without gaps or repeats', async () => {
    const paged = await seedYouth(h.database, {
      organisationId: world.orgA,
      firstName: 'Pim',
      lastName: 'Pagina',
      dateOfBirth: '2012-01-01',
      caseTeam: [{ userId: world.users.leadA!.id, teamRole: 'lead' }],
    });
    const x = world.users.caseWorkerA!;
    // 120 events: two a day (10:00 and 11:00 Amsterdam summer time) on 60 days.
    await sql`INSERT INTO audit_events (occurred_at, organisation_id, actor_user_id, actor_roles, action, youth_id, purpose)
      SELECT '2025-06-01T08:00:00Z'::timestamptz + make_interval(days => i / 2, hours => i % 2), ${world.orgA}::uuid, ${x.id}::uuid, '{caseWorker}', 'youth.read', ${paged}::uuid, 'caseTeam'
      FROM generate_series(0, 119) AS i`.execute(h.database.unsafeSystemQuery);
    const lead = await world.signIn('leadA');

    // Events: 120 plus the first read of the list itself; later reads sit above the cursor.
    const seen: Event[] = [];
    const sizes: number[] = [];
    let cursor: number | null | undefined;
    do {
      const r = await lead.get<Page<Event>>(`/api/youths/${paged}/access-log${cursor ? `?cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      sizes.push(r.body.items.length);
      seen.push(...r.body.items);
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([50, 50, 21]);
    expect(seen[0]!.action).toBe('accessLog.read');
    expect(new Set(seen.map((e) => e.at)).size).toBe(121);
    expect(seen.filter((e) => e.action === 'youth.read')).toHaveLength(120);

    // Days: 60 days of X and today of the reader (three reads above, and this one).
    const first = await lead.get<Page<Day>>(`/api/youths/${paged}/access-log/days`);
    expect(first.body.items).toHaveLength(50);
    expect(first.body.nextCursor).toBe(50);
    expect(first.body.items[0]).toMatchObject({ actorName: 'leadA', events: 4 });
    expect(first.body.items[1]).toMatchObject({ day: '2025-07-30', events: 2, firstAt: '2025-07-30T08:00:00.000Z', lastAt: '2025-07-30T09:00:00.000Z' });
    const second = await lead.get<Page<Day>>(`/api/youths/${paged}/access-log/days?cursor=50`);
    expect(second.body.items).toHaveLength(11);
    expect(second.body.nextCursor).toBeNull();
    expect(second.body.items.at(-1)).toMatchObject({ day: '2025-06-01', events: 2 });
    const days = [...first.body.items, ...second.body.items].slice(1).map((d) => d.day);
    expect(new Set(days).size).toBe(60);

    expect((await lead.get(`/api/youths/${paged}/access-log/days?cursor=-1`)).status).toBe(400);
  });

  it('filters the organisation log on a person and, for the designated officer, on a youth by name', async () => {
    const officer = await world.signIn('designatedA');
    const byPerson = await officer.get<{ actorName: string | null; youthName: string | null }[]>(`/api/audit-events?userId=${world.users.outsiderA!.id}`);
    expect(byPerson.status).toBe(200);
    // The four events of Y above, at least; nobody else's.
    expect(byPerson.body.length).toBeGreaterThanOrEqual(4);
    expect(new Set(byPerson.body.map((e) => e.actorName))).toEqual(new Set(['outsiderA']));

    const byName = await officer.get<{ youthId: string; youthName: string | null; actorName: string | null }[]>('/api/audit-events?youthName=telm');
    expect(byName.status).toBe(200);
    expect(byName.body.length).toBeGreaterThan(0);
    expect(new Set(byName.body.map((e) => e.youthName))).toEqual(new Set(['Sara Telmans']));
    const byId = await officer.get<unknown[]>(`/api/audit-events?youthId=${youth}`);
    // The same events (the search itself is not about this youth, so both lists match).
    expect(byName.body).toEqual(byId.body);

    const both = await officer.get<{ actorName: string | null; action: string }[]>(`/api/audit-events?youthName=sara%20telmans&userId=${world.users.caseWorkerA!.id}`);
    expect(both.body.map((e) => e.action).sort()).toEqual(['journal.read', 'youth.read', 'youth.read', 'youth.read']);
    // Dates are days in Amsterdam: 23:30 UTC on the 10th is the 11th there.
    const x = world.users.caseWorkerA!.id;
    const onDay = async (day: string) => (await officer.get<{ at: string }[]>(`/api/audit-events?userId=${x}&youthId=${youth}&from=${day}&to=${day}`)).body.map((e) => e.at);
    expect(await onDay('2026-01-10')).toEqual(['2026-01-10T22:59:59.000Z', '2026-01-10T11:00:00.000Z', '2026-01-10T08:00:00.000Z']);
    expect(await onDay('2026-01-11')).toEqual(['2026-01-10T23:30:00.000Z']);
    // Wildcards are letters, not patterns.
    expect((await officer.get<unknown[]>('/api/audit-events?youthName=%25%25')).body).toEqual([]);
    expect((await officer.get('/api/audit-events?youthName=s')).status).toBe(400);
    // The search is on record, without the name searched for.
    const searched = await sql<{ details: { filters: string[] } }>`SELECT details FROM audit_events WHERE action = 'audit.searched' AND actor_user_id = ${world.users.designatedA!.id} ORDER BY id DESC LIMIT 1`.execute(
      h.database.unsafeSystemQuery,
    );
    expect(JSON.stringify(searched.rows[0]!.details)).not.toMatch(/telm|sara/i);
  });

  it('lets only roles that see youths’ names in the log search it by name', async () => {
    // Every role: the log itself is for the designated officer and the admin;
    // the name filter only for the one who sees the names.
    const byRole: Partial<Record<Role, string>> = {};
    const want: Partial<Record<Role, string>> = {};
    const accounts: Partial<Record<Role, string>> = { caseWorker: 'caseWorkerA', leadProfessional: 'leadA', designatedOfficer: 'designatedA', safetyOfficer: 'safetyA', qualityOfficer: 'qualityA', orgAdmin: 'adminA', policeLiaison: 'liaisonP', inspector: 'inspectorI', policyOfficer: 'policyM', careCoordinator: 'coordinatorR' };
    for (const role of ROLES) {
      const key = accounts[role];
      if (!key) continue;
      const client = await world.signIn(key);
      const r = await client.get('/api/audit-events?youthName=telmans');
      byRole[role] = `${r.status}${r.status === 200 ? '' : ` ${(r.body as { code: string }).code}`}`;
      want[role] = role === 'designatedOfficer' ? '200' : '403 FORBIDDEN';
    }
    expect(byRole).toEqual(want);
    // Each refusal is on the record of the organisation that tried.
    const refusedAdmin = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_events
      WHERE action = 'access.denied' AND actor_user_id = ${world.users.adminA!.id} AND details->>'attempted' = 'auditSearchByYouthName'`.execute(h.database.unsafeSystemQuery);
    expect(refusedAdmin.rows[0]!.n).toBe(1);

    // The admin keeps seeing that events concerned a file, not whose, and may
    // still narrow to one file by its reference (as the break-the-glass review links do).
    const admin = await world.signIn('adminA');
    const one = await admin.get<{ youthName: string | null; purpose: string | null }[]>(`/api/audit-events?youthId=${youth}`);
    expect(one.body.length).toBeGreaterThan(0);
    expect(one.body.every((e) => e.youthName === null)).toBe(true);
    expect(JSON.stringify(one.body)).not.toMatch(/Telmans|vermist/);
  });

  it('lists the organisation’s people to narrow the log to, for its readers only', async () => {
    const officer = await world.signIn('designatedA');
    const r = await officer.get<{ id: string; displayName: string; active: boolean }[]>('/api/audit-events/actors');
    expect(r.status).toBe(200);
    const names = r.body.map((u) => u.displayName);
    expect(names).toEqual(expect.arrayContaining(['caseWorkerA', 'outsiderA', 'adminA']));
    expect(names).not.toContain('caseWorkerB');
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect((await (await world.signIn('adminA')).get('/api/audit-events/actors')).status).toBe(200);
    expect((await (await world.signIn('caseWorkerA')).get('/api/audit-events/actors')).status).toBe(403);
  });
});
