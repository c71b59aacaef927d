// The operator's command line (npm run org) through its module, on both
// engines: an added organisation's administrator activates over HTTP with the
// printed link and sets up two-step verification; CBS codes and region
// membership change what the regional figures count; bad input is refused with
// a message and changes nothing; every change leaves an audit event in the
// organisation it changed, with no user and the command line as origin.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addOrganisation,
  changeRegionMembership,
  listOrganisations,
  OperatorInputError,
  setMunicipalityCode,
  type OperatorOrigin,
} from '../server/src/modules/organisations/organisations.operator.js';
import { ApiClient, totpCode } from './client.js';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';

const origin: OperatorOrigin = { client: 'cli', osUser: 'operator-test' };
type Shown = { kind: 'value'; value: number } | { kind: 'small' } | { kind: 'hidden' };

describe('operator command line', () => {
  let h: Harness;
  let w: World;
  let policyM: ApiClient;
  let coordinatorR: ApiClient;

  /** The year's number of new signals the caller's figures count. */
  const signalsIn2025 = async (client: ApiClient) => {
    const r = await client.get('/api/regional-figures?year=2025');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const year: Shown = r.body.rows.find((row: { measure: string }) => row.measure === 'signals').year;
    return { codes: r.body.municipalityCodes as string[], year: year.kind === 'value' ? year.value : year.kind };
  };

  const operatorEvents = async (organisationId: string) =>
    (
      await sql<{ action: string; actor_user_id: string | null; actor_roles: string[]; user_agent: string | null; record_id: string | null; details: Record<string, unknown> }>`
        SELECT action, actor_user_id, actor_roles, user_agent, record_id, details FROM audit_events
        WHERE organisation_id = ${organisationId} AND action LIKE 'operator.%' ORDER BY id`.execute(h.database.unsafeSystemQuery)
    ).rows;

  /** Everything the operator's commands can change, to show a refusal changed nothing. */
  const state = async () => {
    const q = h.database.unsafeSystemQuery;
    return {
      organisations: (await sql`SELECT slug, name, kind, municipality_code FROM organisations ORDER BY slug`.execute(q)).rows,
      users: (await sql`SELECT email, organisation_id FROM users ORDER BY email`.execute(q)).rows,
      roles: (await sql`SELECT count(*)::int AS n FROM user_roles`.execute(q)).rows,
      tokens: (await sql`SELECT count(*)::int AS n FROM one_time_tokens`.execute(q)).rows,
      regions: (await sql`SELECT organisation_id, municipality_code FROM regional_figure_region_municipalities ORDER BY 1, 2`.execute(q)).rows,
      events: (await sql`SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'operator.%'`.execute(q)).rows,
    };
  };

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    const q = h.database.unsafeSystemQuery;
    // Six youths of GM0001 with a signal each at provider A, seven of GM0002 at provider B.
    const youthWithSignal = async (org: string, code: string) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO youths (organisation_id, first_name, last_name, date_of_birth, gender, living_situation, legal_framework, lvb_indication, responsible_municipality)
        VALUES (${org}, 'Test', 'Jongere', '2010-01-01', 'female', 'openResidential', 'voluntary', 'no', ${code}) RETURNING id`.execute(q);
      await sql`INSERT INTO signals (organisation_id, youth_id, observed_on, observer_kind, form, signal_list_version, description, status)
        VALUES (${org}, ${rows[0]!.id}, '2025-03-10', 'staff', 'sexual', '1', 'test', 'new')`.execute(q);
    };
    for (let i = 0; i < 6; i++) await youthWithSignal(w.orgA, 'GM0001');
    for (let i = 0; i < 7; i++) await youthWithSignal(w.orgB, 'GM0002');
    policyM = await w.signIn('policyM');
    coordinatorR = await w.signIn('coordinatorR');
  }, 120_000);
  afterAll(() => h.close());

  it('adds an organisation whose administrator activates with the one-time link and sets up two-step verification', async () => {
    const added = await addOrganisation(
      h.database,
      h.config.baseUrl,
      { name: '  Gemeente Zeestad ', kind: 'municipality', municipalityCode: 'gm0363', adminEmail: 'Beheer@Zeestad.example', adminName: 'Anna de Beheerder' },
      origin,
    );
    expect(added.slug).toBe('gemeente-zeestad');
    expect(added.activationUrl.startsWith(`${h.config.baseUrl}/activeren#`)).toBe(true);

    const q = h.database.unsafeSystemQuery;
    const org = await q.selectFrom('organisations').select(['name', 'kind', 'municipality_code', 'is_demo']).where('id', '=', added.organisationId).executeTakeFirstOrThrow();
    expect(org).toEqual({ name: 'Gemeente Zeestad', kind: 'municipality', municipality_code: 'GM0363', is_demo: false });
    const admin = await q.selectFrom('users').select(['email', 'password_hash', 'organisation_id']).where('id', '=', added.adminUserId).executeTakeFirstOrThrow();
    expect(admin).toEqual({ email: 'beheer@zeestad.example', password_hash: null, organisation_id: added.organisationId });

    const anon = new ApiClient(h.baseUrl);
    expect((await anon.post('/api/auth/login', { email: 'beheer@zeestad.example', password: 'nog geen wachtwoord' })).status).toBe(401);
    const token = added.activationUrl.split('#')[1];
    const activated = await anon.post('/api/auth/activate', { token, password: 'een eigen lang wachtwoord' });
    expect(activated.status, JSON.stringify(activated.body)).toBe(200);
    expect((await anon.post('/api/auth/activate', { token, password: 'een eigen lang wachtwoord' })).body.code).toBe('LINK_INVALID');

    const login = await anon.post('/api/auth/login', { email: 'beheer@zeestad.example', password: 'een eigen lang wachtwoord' });
    expect(login.body.stage).toBe('mfaEnrol');
    const enrolment = await anon.post('/api/auth/mfa/enrolment');
    expect((await anon.post('/api/auth/mfa/enrolment/confirm', { code: totpCode(enrolment.body.secret) })).status).toBe(200);
    // The administrator of the new organisation, and of nothing else.
    const users = await anon.get('/api/admin/users');
    expect(users.status).toBe(200);
    expect(users.body).toEqual([expect.objectContaining({ email: 'beheer@zeestad.example', roles: ['orgAdmin'], mfaEnrolled: true, activated: true })]);
    // A municipality's admin may give municipal roles, not a police one.
    expect((await anon.post('/api/admin/users', { email: 'beleid@zeestad.example', displayName: 'Beleid', roles: ['policyOfficer'] })).status).toBe(200);
    expect((await anon.post('/api/admin/users', { email: 'p@zeestad.example', displayName: 'Politie', roles: ['policeLiaison'] })).body.code).toBe('ROLE_NOT_ALLOWED');

    const events = await operatorEvents(added.organisationId);
    expect(events).toEqual([
      {
        action: 'operator.organisationAdded',
        actor_user_id: null,
        actor_roles: [],
        user_agent: 'baken cli: npm run org',
        record_id: added.organisationId,
        details: { kind: 'municipality', slug: 'gemeente-zeestad', municipalityCode: 'GM0363', adminUserId: added.adminUserId, via: 'cli', osUser: 'operator-test' },
      },
    ]);
  });

  it('adds each kind of organisation, with a slug of its own when asked', async () => {
    for (const [name, kind, slug] of [
      ['Politie Eenheid Kust', 'police', undefined],
      ['Zorgcoördinatie Kust', 'regionalCoordination', undefined],
      ['Inspectie Kust', 'inspectorate', 'inspectie'],
      ['Zorgaanbieder Kust', 'provider', undefined],
    ] as const) {
      const added = await addOrganisation(h.database, h.config.baseUrl, { name, kind, slug, adminEmail: `admin@${kind}.example`, adminName: 'Beheerder' }, origin);
      expect(added.slug).toBe(slug ?? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replaceAll(' ', '-'));
    }
    const listed = await listOrganisations(h.database);
    expect(listed.find((o) => o.slug === 'zorgcoordinatie-kust')).toMatchObject({ kind: 'regionalCoordination', municipalityCode: null, regionMunicipalityCodes: [] });
    expect(listed.find((o) => o.slug === 'inspectie')).toMatchObject({ name: 'Inspectie Kust', kind: 'inspectorate' });
    expect(listed.find((o) => o.slug === 'gemeente-zeestad')).toMatchObject({ municipalityCode: 'GM0363' });
    // No personal data: the list names organisations only.
    expect(JSON.stringify(listed)).not.toMatch(/@|Beheerder|Jongere/);
  });

  it("a municipality's CBS code decides which youths its figures count", async () => {
    expect(await signalsIn2025(policyM)).toEqual({ codes: [], year: 0 });
    expect(await setMunicipalityCode(h.database, { slug: 'gemeente-m', code: 'gm0001' }, origin)).toEqual({ slug: 'gemeente-m', from: null, to: 'GM0001' });
    expect(await signalsIn2025(policyM)).toEqual({ codes: ['GM0001'], year: 6 });
    await setMunicipalityCode(h.database, { slug: 'gemeente-m', code: 'GM0002' }, origin);
    expect(await signalsIn2025(policyM)).toEqual({ codes: ['GM0002'], year: 7 });
    // The same code again changes nothing and records nothing.
    await setMunicipalityCode(h.database, { slug: 'gemeente-m', code: 'GM0002' }, origin);
    await setMunicipalityCode(h.database, { slug: 'gemeente-m', code: 'none' }, origin);
    expect(await signalsIn2025(policyM)).toEqual({ codes: [], year: 0 });
    await setMunicipalityCode(h.database, { slug: 'gemeente-m', code: 'GM0001' }, origin);
    expect((await operatorEvents(w.municipalityM)).map((e) => [e.action, e.details.from, e.details.to, e.details.via])).toEqual([
      ['operator.municipalityCodeSet', null, 'GM0001', 'cli'],
      ['operator.municipalityCodeSet', 'GM0001', 'GM0002', 'cli'],
      ['operator.municipalityCodeSet', 'GM0002', null, 'cli'],
      ['operator.municipalityCodeSet', null, 'GM0001', 'cli'],
    ]);
  });

  it("a region's member municipalities decide which youths its figures count", async () => {
    expect(await signalsIn2025(coordinatorR)).toEqual({ codes: [], year: 0 });
    expect(await changeRegionMembership(h.database, { slug: 'regio-r', add: ['gm0001'], remove: [] }, origin)).toMatchObject({ codes: ['GM0001'] });
    expect(await signalsIn2025(coordinatorR)).toEqual({ codes: ['GM0001'], year: 6 });
    // Adding a member twice is no change.
    expect(await changeRegionMembership(h.database, { slug: 'regio-r', add: ['GM0002', 'GM0001'], remove: [] }, origin)).toEqual({
      slug: 'regio-r',
      added: ['GM0002'],
      removed: [],
      codes: ['GM0001', 'GM0002'],
    });
    expect(await signalsIn2025(coordinatorR)).toEqual({ codes: ['GM0001', 'GM0002'], year: 13 });
    await changeRegionMembership(h.database, { slug: 'regio-r', add: ['GM0400'], remove: ['GM0001'] }, origin);
    expect(await signalsIn2025(coordinatorR)).toEqual({ codes: ['GM0002', 'GM0400'], year: 7 });
    expect((await listOrganisations(h.database)).find((o) => o.slug === 'regio-r')?.regionMunicipalityCodes).toEqual(['GM0002', 'GM0400']);
    expect((await operatorEvents(w.regionR)).map((e) => [e.action, e.details.added, e.details.removed, e.details.codes])).toEqual([
      ['operator.regionMembershipChanged', ['GM0001'], [], ['GM0001']],
      ['operator.regionMembershipChanged', ['GM0002'], [], ['GM0001', 'GM0002']],
      ['operator.regionMembershipChanged', ['GM0400'], ['GM0001'], ['GM0002', 'GM0400']],
    ]);
  });

  it('refuses bad input with a message that says why, and changes nothing', async () => {
    const before = await state();
    const admin = { adminEmail: 'nieuw@example.org', adminName: 'Nieuwe Beheerder' };
    // Thunks: one attempt at a time, each refusal awaited before the next starts.
    const refusals: [() => Promise<unknown>, RegExp][] = [
      [() => addOrganisation(h.database, h.config.baseUrl, { name: 'Gemeente M', kind: 'municipality', ...admin }, origin), /Slug "gemeente-m" is taken/],
      [() => addOrganisation(h.database, h.config.baseUrl, { name: 'Gemeente Oost', kind: 'municipality', municipalityCode: 'GM0001', ...admin }, origin), /GM0001 already belongs to organisation "gemeente-m"/],
      [() => addOrganisation(h.database, h.config.baseUrl, { name: 'Gemeente Oost', kind: 'municipality', adminEmail: 'CaseWorkerA@example.org', adminName: 'X Y' }, origin), /caseworkera@example.org already exists/],
      [() => addOrganisation(h.database, h.config.baseUrl, { name: 'Politie Oost', kind: 'police', municipalityCode: 'GM0500', ...admin }, origin), /Only a municipality has a CBS code/],
      [() => addOrganisation(h.database, h.config.baseUrl, { name: 'Gemeente Oost', kind: 'gemeente', ...admin }, origin), /Unknown kind "gemeente". Use one of: provider, municipality/],
      [() => addOrganisation(h.database, h.config.baseUrl, { name: 'Gemeente Oost', kind: undefined, ...admin }, origin), /kind \(--kind\) is missing/],
      [() => addOrganisation(h.database, h.config.baseUrl, { name: 'Gemeente Oost', kind: 'municipality', municipalityCode: 'GM12', ...admin }, origin), /"GM12" is not a CBS municipality code/],
      [() => addOrganisation(h.database, h.config.baseUrl, { name: 'Gemeente Oost', kind: 'municipality', adminEmail: 'geen-adres', adminName: 'X Y' }, origin), /"geen-adres" is not an email address/],
      [() => addOrganisation(h.database, h.config.baseUrl, { name: 'Gemeente Oost', kind: 'municipality', adminEmail: 'a@b.nl', adminName: undefined }, origin), /administrator's name \(--admin-name\)/],
      [() => addOrganisation(h.database, h.config.baseUrl, { name: 'Gemeente Oost', kind: 'municipality', slug: 'Oost Gemeente!', ...admin }, origin), /not a usable slug/],
      [() => addOrganisation(h.database, h.config.baseUrl, { name: undefined, kind: 'municipality', ...admin }, origin), /name \(--name\)/],
      [() => setMunicipalityCode(h.database, { slug: 'regio-r', code: 'GM0003' }, origin), /"regio-r" is a regionalCoordination; only a municipality has a CBS code/],
      [() => setMunicipalityCode(h.database, { slug: 'gemeente-n', code: 'GM0001' }, origin), /GM0001 already belongs to organisation "gemeente-m"/],
      [() => setMunicipalityCode(h.database, { slug: 'gemeente-n', code: '0363' }, origin), /"0363" is not a CBS municipality code.*"none" to clear it/],
      [() => setMunicipalityCode(h.database, { slug: 'gemeente-nergens', code: 'GM0003' }, origin), /No organisation with slug "gemeente-nergens"/],
      [() => changeRegionMembership(h.database, { slug: 'gemeente-m', add: ['GM0003'], remove: [] }, origin), /"gemeente-m" is a municipality; only a regionalCoordination has member municipalities/],
      [() => changeRegionMembership(h.database, { slug: 'regio-r', add: ['GM0003'], remove: ['GM0001'] }, origin), /GM0001 is not a member of "regio-r" \(members: GM0002, GM0400\)/],
      [() => changeRegionMembership(h.database, { slug: 'regio-r', add: ['GM0003', 'GM03'], remove: [] }, origin), /"GM03" is not a CBS municipality code/],
      [() => changeRegionMembership(h.database, { slug: 'regio-r', add: ['GM0003'], remove: ['gm0003'] }, origin), /GM0003 is both added and removed/],
      [() => changeRegionMembership(h.database, { slug: 'regio-r', add: [], remove: [] }, origin), /at least one --add or --remove/],
    ];
    for (const [attempt, message] of refusals) {
      const error = await attempt().then(() => null, (e: unknown) => e);
      expect(error, String(message)).toBeInstanceOf(OperatorInputError);
      expect((error as Error).message).toMatch(message);
    }
    expect(await state()).toEqual(before);
    expect(await signalsIn2025(coordinatorR)).toEqual({ codes: ['GM0002', 'GM0400'], year: 7 });
  });
});
