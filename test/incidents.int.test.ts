// Staff and client safety incidents through HTTP: any colleague of a provider
// reports one, it reaches the safety officer, who follows it up and closes it.
// A reporter sees only their own, other colleagues nothing, another
// organisation nothing at all; bad input changes nothing, a stale follow-up is
// refused, and every report, read, follow-up and refusal is in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Secret } from 'otpauth';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, PASSWORD, type World } from './world.js';
import { ApiClient } from './client.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { seedUser } from '../server/src/platform/db/seed.js';

describe('safety incidents', () => {
  let h: Harness;
  let w: World;
  let worker: ApiClient;
  let safety: ApiClient;
  let safetyB: ApiClient;
  let incidentId: string;

  const report = {
    kind: 'recruitment',
    occurredAt: '2026-03-01T21:30',
    location: 'Woongroep Noord, voordeur',
    description: 'Een man sprak twee cliënten aan bij de voordeur en bood hun geld voor een klusje.',
    involved: 'Collega E. (dienst), cliënten S.V. en N.B.',
    policeInvolvement: 'informed',
    policeContactRoute: 'generalNumber',
    policeContactAt: '2026-03-01T22:05',
    suspects: [
      { appearance: 'Man, ongeveer 25, kort zwart haar', clothing: 'Zwarte jas met bontkraag', vehicle: 'Grijze scooter', licencePlate: 'fx-123-b', otherFeatures: 'Tatoeage in de nek' },
    ],
  };

  const events = async (action: string, userKey?: string) =>
    (
      await sql<{ outcome: string; record_id: string | null; purpose: string | null; details: Record<string, unknown> | null; organisation_id: string }>`
        SELECT outcome, record_id, purpose, details, organisation_id FROM audit_events
        WHERE action = ${action} ${userKey ? sql`AND actor_user_id = ${w.users[userKey]!.id}` : sql``} ORDER BY id`.execute(h.database.unsafeSystemQuery)
    ).rows;
  const storedCount = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM incidents`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    worker = await w.signIn('caseWorkerA');
    safety = await w.signIn('safetyA');
    // A safety officer of the other provider: sees nothing of organisation A.
    const totpSecret = new Secret({ size: 20 }).base32;
    await seedUser(h.database, new SecretBox(h.secretKey), { organisationId: w.orgB, email: 'safetyb@example.org', displayName: 'safetyB', roles: ['safetyOfficer'], password: PASSWORD, totpSecret });
    safetyB = new ApiClient(h.baseUrl);
    await safetyB.signIn('safetyb@example.org', PASSWORD, totpSecret);
  });
  afterAll(() => h.close());

  it('takes a report from a case worker, in Dutch time, and audits it', async () => {
    const r = await worker.post('/api/incidents', report);
    expect(r.status).toBe(200);
    incidentId = r.body.id;
    expect(r.body).toMatchObject({
      kind: 'recruitment',
      // 21:30 in Amsterdam on 1 March is 20:30 UTC.
      occurredAt: '2026-03-01T20:30:00.000Z',
      policeContactAt: '2026-03-01T21:05:00.000Z',
      policeInvolvement: 'informed',
      policeContactRoute: 'generalNumber',
      reportFiledBy: null,
      status: 'open',
      closedAt: null,
      reportedByName: 'caseWorkerA',
      own: true,
    });
    expect(r.body.suspects[0].licencePlate).toBe('FX-123-B');
    expect(await events('incident.reported', 'caseWorkerA')).toEqual([
      expect.objectContaining({ outcome: 'allowed', record_id: incidentId, details: { kind: 'recruitment', policeInvolvement: 'informed', suspects: 1 } }),
    ]);
  });

  it('shows the reporter their own incidents and the safety officer every one, with counts', async () => {
    await (await w.signIn('leadA')).post('/api/incidents', { ...report, kind: 'threat', policeInvolvement: 'notInformed', policeContactRoute: 'emergency112', suspects: [] });

    const own = await worker.get('/api/incidents');
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ scope: 'own', counts: { open: 1, inProgress: 0, closed: 0 }, safetyOfficers: ['safetyA'] });
    expect(own.body.incidents.map((i: { id: string }) => i.id)).toEqual([incidentId]);

    const outsider = await (await w.signIn('outsiderA')).get('/api/incidents');
    expect(outsider.body).toMatchObject({ scope: 'own', incidents: [], counts: { open: 0, inProgress: 0, closed: 0 } });

    const all = await safety.get('/api/incidents');
    expect(all.body.scope).toBe('organisation');
    expect(all.body.counts).toEqual({ open: 2, inProgress: 0, closed: 0 });
    expect(all.body.incidents).toHaveLength(2);
    expect(all.body.incidents.find((i: { id: string }) => i.id === incidentId)).toMatchObject({ own: false, reportedByName: 'caseWorkerA', location: report.location });
    // The list carries no descriptions of people; the detail does.
    expect(all.body.incidents[0].suspects).toBeUndefined();

    const threats = await safety.get('/api/incidents?kind=threat');
    expect(threats.body.incidents).toHaveLength(1);
    expect(threats.body.counts.open).toBe(2);
    expect((await safety.get('/api/incidents?status=closed')).body.incidents).toEqual([]);
    expect((await safety.get('/api/incidents?status=gesloten')).status).toBe(400);

    expect((await safetyB.get('/api/incidents')).body).toMatchObject({ scope: 'organisation', incidents: [], counts: { open: 0, inProgress: 0, closed: 0 }, safetyOfficers: ['safetyB'] });
    expect(await events('incident.listed', 'safetyA')).toContainEqual(expect.objectContaining({ details: { scope: 'organisation', count: 1, kind: 'threat' } }));
  });

  it('lets the reporter and the safety officer read an incident, refuses everyone else, and audits each', async () => {
    const mine = await worker.get(`/api/incidents/${incidentId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.history).toEqual([expect.objectContaining({ change: 'reported', changedByName: 'caseWorkerA' })]);
    const read = await safety.get(`/api/incidents/${incidentId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ own: false, suspects: [expect.objectContaining({ licencePlate: 'FX-123-B' })] });
    expect(await events('incident.read')).toEqual([
      expect.objectContaining({ record_id: incidentId, purpose: 'reporter' }),
      expect.objectContaining({ record_id: incidentId, purpose: 'safetyOfficer' }),
    ]);

    const deniedBefore = (await events('access.denied')).length;
    for (const key of ['outsiderA', 'leadA', 'designatedA', 'qualityA', 'adminA', 'caseWorkerB', 'liaisonP']) {
      const r = await (await w.signIn(key)).get(`/api/incidents/${incidentId}`);
      expect(`${key}: ${r.status}`).toBe(`${key}: 403`);
      expect(Object.keys(r.body).sort()).toEqual(['code', 'message']);
    }
    // The other organisation's safety officer is told it does not exist.
    const other = await safetyB.get(`/api/incidents/${incidentId}`);
    expect(other.status).toBe(404);
    const denied = (await events('access.denied')).slice(deniedBefore);
    expect(denied).toHaveLength(7);
    expect(denied.every((e) => e.outcome === 'denied' && e.record_id === incidentId && e.details?.attempted === 'incident.read')).toBe(true);

    // An id that does not exist: the safety officer hears so; a reporter learns nothing.
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await safety.get(`/api/incidents/${unknown}`)).status).toBe(404);
    expect((await worker.get(`/api/incidents/${unknown}`)).status).toBe(403);
  });

  it('refuses bad input field by field, in Dutch, and stores nothing', async () => {
    const before = await storedCount();
    const future = await worker.post('/api/incidents', { ...report, occurredAt: '2999-01-01T10:00' });
    expect(future.status).toBe(400);
    expect(future.body.fields).toEqual([{ path: 'occurredAt', message: 'Deze datum ligt in de toekomst.' }]);

    const police = await worker.post('/api/incidents', { ...report, policeContactRoute: null, policeContactAt: null, suspects: [{ appearance: ' ' }] });
    expect(police.status).toBe(400);
    expect(police.body.fields).toEqual([
      { path: 'policeContactAt', message: 'Vul in wanneer de politie is ingelicht of de aangifte is gedaan.' },
      { path: 'policeContactRoute', message: 'Kies hoe de politie is ingelicht.' },
      { path: 'suspects.0.appearance', message: 'Beschrijf deze persoon, of haal de beschrijving weg.' },
    ]);

    const filed = await worker.post('/api/incidents', { ...report, policeInvolvement: 'reportFiled' });
    expect(filed.body.fields).toEqual([{ path: 'reportFiledBy', message: 'Kies wie de aangifte heeft gedaan.' }]);

    const schema = await worker.post('/api/incidents', { ...report, kind: 'inbraak', location: '', suspects: [{ licencePlate: 'AB/12' }] });
    expect(schema.status).toBe(400);
    expect(schema.body.fields).toEqual(
      expect.arrayContaining([
        { path: 'kind', message: 'Kies een van de mogelijkheden.' },
        { path: 'location', message: 'Vul dit veld in.' },
        { path: 'suspects.0.licencePlate', message: 'Een kenteken bestaat uit letters, cijfers en streepjes, hoogstens 12 tekens.' },
      ]),
    );
    const english = await worker.request('POST', '/api/incidents', { ...report, policeInvolvement: 'reportFiled' }, { 'accept-language': 'en' });
    expect(english.body.fields).toEqual([{ path: 'reportFiledBy', message: 'Choose who filed the report.' }]);

    // Someone without the capability never gets to store anything.
    expect((await (await w.signIn('liaisonP')).post('/api/incidents', report)).status).toBe(403);
    expect(await storedCount()).toBe(before);
  });

  it('lets only the safety officer follow up, with a version check, and closes with a note', async () => {
    const current = (await safety.get(`/api/incidents/${incidentId}`)).body;
    const followUp = {
      updatedAt: current.updatedAt,
      status: 'inProgress',
      followUpActions: 'Gesprek met de collega gehad; wijkagent gevraagd vaker langs te rijden.',
      closingNote: '',
      policeInvolvement: 'reportFiled',
      policeContactRoute: current.policeContactRoute,
      policeContactAt: '2026-03-02T10:00',
      reportFiledBy: 'organisation',
      policeReference: 'PL1200-2026-123456',
      suspects: current.suspects,
    };
    expect((await worker.put(`/api/incidents/${incidentId}/follow-up`, followUp)).status).toBe(403);
    expect((await safetyB.put(`/api/incidents/${incidentId}/follow-up`, followUp)).status).toBe(404);

    const inProgress = await safety.put(`/api/incidents/${incidentId}/follow-up`, followUp);
    expect(inProgress.status).toBe(200);
    expect(inProgress.body).toMatchObject({ status: 'inProgress', reportFiledBy: 'organisation', policeReference: 'PL1200-2026-123456', policeContactRoute: 'generalNumber', updatedByName: 'safetyA', closedAt: null });

    // The same form once more, on the version it first read: refused, nothing changed.
    const stale = await safety.put(`/api/incidents/${incidentId}/follow-up`, { ...followUp, status: 'closed', closingNote: 'Klaar.' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('EDIT_CONFLICT');

    const noNote = await safety.put(`/api/incidents/${incidentId}/follow-up`, { ...followUp, updatedAt: inProgress.body.updatedAt, status: 'closed' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.fields).toEqual([{ path: 'closingNote', message: 'Schrijf op waarom de melding wordt afgesloten.' }]);
    expect((await safety.get(`/api/incidents/${incidentId}`)).body.status).toBe('inProgress');

    const closed = await safety.put(`/api/incidents/${incidentId}/follow-up`, {
      ...followUp,
      updatedAt: inProgress.body.updatedAt,
      status: 'closed',
      closingNote: 'Aangifte gedaan namens de collega; afspraken met de wijkagent staan.',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.closedAt).toEqual(expect.any(String));

    // The reporter sees how it ended, and the history has every version.
    const seen = await worker.get(`/api/incidents/${incidentId}`);
    expect(seen.body).toMatchObject({ status: 'closed', closingNote: expect.stringContaining('namens de collega') });
    expect(seen.body.history.map((v: { change: string; snapshot: { status: string } }) => `${v.change}:${v.snapshot.status}`)).toEqual(['followedUp:closed', 'followedUp:inProgress', 'reported:open']);
    expect((await worker.get('/api/incidents')).body.counts).toEqual({ open: 0, inProgress: 0, closed: 1 });

    const followed = await events('incident.followedUp', 'safetyA');
    expect(followed.map((e) => e.details)).toEqual([
      { status: 'inProgress', changed: ['status', 'followUpActions', 'policeInvolvement', 'policeContactAt', 'reportFiledBy', 'policeReference'] },
      { status: 'closed', changed: ['status', 'closingNote'] },
    ]);
    // Reopening clears the moment it was closed.
    const reopened = await safety.put(`/api/incidents/${incidentId}/follow-up`, { ...followUp, updatedAt: closed.body.updatedAt, status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null });
  });

  it('keeps incidents from other organisations out, also at the database', async () => {
    const rows = await h.database.inOrganisation(w.orgB, (tx) => tx.selectFrom('incidents').select('id').execute());
    expect(rows).toEqual([]);
    const history = await h.database.inOrganisation(w.orgB, (tx) => tx.selectFrom('incident_history').select('id').execute());
    expect(history).toEqual([]);
    const audit = await events('incident.reported');
    expect(audit.every((e) => e.organisation_id === w.orgA)).toBe(true);
  });
});
