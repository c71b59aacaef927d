// Sign-in, second factor, sessions and the first run, through real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { issueSetupLinkIfEmpty } from '../server/src/modules/organisations/organisations.service.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { startHarness, type Harness } from './harness.js';
import { ApiClient, totpCode } from './client.js';
import { buildWorld, PASSWORD, type World } from './world.js';

describe('first run', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('has no account with a known password, and creates the first admin through a one-time link', async () => {
    const anon = new ApiClient(h.baseUrl);
    expect((await anon.get('/api/session')).body).toMatchObject({ stage: 'signedOut', setupRequired: true, demo: false });
    const platform = { database: h.database, config: h.config, secrets: new SecretBox(h.secretKey) };
    const first = await issueSetupLinkIfEmpty(platform);
    const link = await issueSetupLinkIfEmpty(platform);
    expect(link).toMatch(/\/inrichten#/);
    const setup = {
      organisationName: 'Jeugdzorg Test',
      organisationKind: 'provider',
      displayName: 'Eerste Beheerder',
      email: 'Beheer@Example.org',
      password: 'twaalf tekens of meer',
    };
    // An earlier link is retired when a new one is printed.
    const stale = await anon.post('/api/setup', { ...setup, token: first!.split('#')[1] });
    expect(stale.status).toBe(400);
    expect(stale.body.code).toBe('LINK_INVALID');

    const tooShort = await anon.post('/api/setup', { ...setup, token: link!.split('#')[1], password: 'kort' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.fields[0].path).toBe('password');

    const ok = await anon.post('/api/setup', { ...setup, token: link!.split('#')[1] });
    expect(ok.status).toBe(200);
    expect((await anon.get('/api/session')).body).toMatchObject({ stage: 'mfaEnrol', setupRequired: false });

    // The link works once.
    const again = await new ApiClient(h.baseUrl).post('/api/setup', { ...setup, token: link!.split('#')[1], email: 'x@example.org' });
    expect(again.status).toBe(409);
    expect(await issueSetupLinkIfEmpty(platform)).toBeNull();

    // Nothing but MFA enrolment is possible before the second factor.
    expect((await anon.get('/api/admin/users')).body.code).toBe('MFA_REQUIRED');
    const enrolment = await anon.post('/api/auth/mfa/enrolment');
    expect(enrolment.status).toBe(200);
    expect(enrolment.body.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect((await anon.post('/api/auth/mfa/enrolment/confirm', { code: '000000' })).status).toBe(401);
    const confirmed = await anon.post('/api/auth/mfa/enrolment/confirm', { code: totpCode(enrolment.body.secret) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    const users = await anon.get('/api/admin/users');
    expect(users.status).toBe(200);
    expect(users.body[0]).toMatchObject({ email: 'beheer@example.org', roles: ['orgAdmin'], mfaEnrolled: true });

    // A recovery code signs in once.
    const other = new ApiClient(h.baseUrl);
    expect((await other.post('/api/auth/login', { email: 'beheer@example.org', password: setup.password })).body.stage).toBe('mfaChallenge');
    const recoveryCode = confirmed.body.recoveryCodes[0];
    expect((await other.post('/api/auth/mfa/verify', { recoveryCode })).status).toBe(200);
    const third = new ApiClient(h.baseUrl);
    await third.post('/api/auth/login', { email: 'beheer@example.org', password: setup.password });
    expect((await third.post('/api/auth/mfa/verify', { recoveryCode })).status).toBe(401);
  });
});

describe('sign-in and sessions', () => {
  let h: Harness;
  let world: World;
  beforeAll(async () => {
    h = await startHarness({ LOGIN_MAX_FAILURES: '3' });
    world = await buildWorld(h);
  });
  afterAll(() => h.close());

  it('answers the same for a wrong password and an unknown account', async () => {
    const c = new ApiClient(h.baseUrl);
    const wrong = await c.post('/api/auth/login', { email: world.users.qualityA!.email, password: 'niet het goede wachtwoord' });
    const unknown = await c.post('/api/auth/login', { email: 'niemand@example.org', password: 'niet het goede wachtwoord' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message).toMatch(/tijdelijk geblokkeerd/);
  });

  it('locks an account temporarily after repeated failures, without saying so', async () => {
    const email = world.users.safetyA!.email;
    const c = new ApiClient(h.baseUrl);
    for (let i = 0; i < 3; i++) expect((await c.post('/api/auth/login', { email, password: 'fout fout fout' })).status).toBe(401);
    const locked = await c.post('/api/auth/login', { email, password: PASSWORD });
    expect(locked.status).toBe(401);
    expect(locked.body.code).toBe('INVALID_CREDENTIALS');
    const events = await h.database.unsafeSystemQuery
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('actor_user_id', '=', world.users.safetyA!.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['auth.login.failed', 'auth.login.failed', 'auth.login.locked', 'auth.login.failed']);
    // After the lockout period it works again.
    await h.database.unsafeSystemQuery.updateTable('users').set({ locked_until: sql<Date>`now() - interval '1 second'` }).where('id', '=', world.users.safetyA!.id).execute();
    expect((await c.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  it('sets a HttpOnly, SameSite session cookie and refuses a replayed TOTP code', async () => {
    const user = world.users.leadA!;
    const c = new ApiClient(h.baseUrl);
    const login = await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
    const cookie = login.headers.getSetCookie().find((l) => l.startsWith('baken_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain http in tests; Secure when BASE_URL is https
    const code = totpCode(user.totpSecret);
    expect((await c.post('/api/auth/mfa/verify', { code })).status).toBe(200);
    const d = new ApiClient(h.baseUrl);
    await d.post('/api/auth/login', { email: user.email, password: PASSWORD });
    expect((await d.post('/api/auth/mfa/verify', { code })).status).toBe(401);
  });

  it('ends a half-open session after five wrong codes', async () => {
    const c = new ApiClient(h.baseUrl);
    await c.post('/api/auth/login', { email: world.users.designatedA!.email, password: PASSWORD });
    for (let i = 0; i < 5; i++) expect((await c.post('/api/auth/mfa/verify', { code: '123456' })).status).toBe(401);
    expect((await c.get('/api/session')).body.stage).toBe('signedOut');
  });

  it('lists sessions and signs out elsewhere', async () => {
    const user = world.users.caseWorkerA!;
    const first = await world.signIn('caseWorkerA');
    const second = new ApiClient(h.baseUrl);
    await second.post('/api/auth/login', { email: user.email, password: PASSWORD });
    await second.post('/api/auth/mfa/verify', { code: totpCode(user.totpSecret, Date.now() + 30_000) });
    const list = await first.get('/api/sessions');
    expect(list.body).toHaveLength(2);
    expect(list.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect((await first.post('/api/sessions/revoke-others')).body.revoked).toBe(1);
    expect((await second.get('/api/youths')).status).toBe(401);
    expect((await first.get('/api/youths')).status).toBe(200);
  });

  it('expires sessions after the idle timeout and the absolute timeout', async () => {
    const idle = await world.signIn('outsiderA');
    await h.database.unsafeSystemQuery
      .updateTable('sessions')
      .set({ last_seen_at: sql<Date>`now() - make_interval(mins => ${h.config.SESSION_IDLE_MINUTES + 1})` })
      .where('user_id', '=', world.users.outsiderA!.id)
      .execute();
    expect((await idle.get('/api/youths')).body.code).toBe('UNAUTHENTICATED');
    const absolute = await world.signIn('caseWorkerB');
    await h.database.unsafeSystemQuery
      .updateTable('sessions')
      .set({ expires_at: sql<Date>`now() - interval '1 second'` })
      .where('user_id', '=', world.users.caseWorkerB!.id)
      .execute();
    expect((await absolute.get('/api/youths')).status).toBe(401);
  });

  it('ends every session of a deactivated user at once', async () => {
    const admin = await world.signIn('adminA');
    const victim = await world.signIn('qualityA');
    expect((await victim.get('/api/sessions')).status).toBe(200);
    expect((await admin.post(`/api/admin/users/${world.users.qualityA!.id}/deactivate`)).status).toBe(200);
    expect((await victim.get('/api/sessions')).status).toBe(401);
    const again = new ApiClient(h.baseUrl);
    expect((await again.post('/api/auth/login', { email: world.users.qualityA!.email, password: PASSWORD })).status).toBe(401);
    expect((await admin.post(`/api/admin/users/${world.users.adminA!.id}/deactivate`)).body.code).toBe('OWN_ACCOUNT');
  });

  it('refuses a state change without a valid CSRF token', async () => {
    const c = await world.signIn('leadA');
    const noToken = await c.request('POST', '/api/sessions/revoke-others', {}, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(noToken.body.code).toBe('CSRF_INVALID');
    const forged = await c.request('POST', '/api/sessions/revoke-others', {}, { 'x-csrf-token': 'forged-token' });
    expect(forged.body.code).toBe('CSRF_INVALID');
  });

  it('lets an admin create a user who activates the account with a one-time link', async () => {
    const admin = await world.signIn('adminA');
    const created = await admin.post('/api/admin/users', { email: 'nieuw@example.org', displayName: 'Nieuwe Collega', roles: ['caseWorker'] });
    expect(created.status).toBe(200);
    const token = created.body.activationUrl.split('#')[1];
    const anon = new ApiClient(h.baseUrl);
    expect((await anon.post('/api/auth/login', { email: 'nieuw@example.org', password: 'nog geen wachtwoord' })).status).toBe(401);
    expect((await anon.post('/api/auth/activate', { token, password: 'mijn eigen wachtwoord' })).status).toBe(200);
    expect((await anon.post('/api/auth/activate', { token, password: 'mijn eigen wachtwoord' })).body.code).toBe('LINK_INVALID');
    expect((await anon.post('/api/auth/login', { email: 'nieuw@example.org', password: 'mijn eigen wachtwoord' })).body.stage).toBe('mfaEnrol');
    expect((await admin.post('/api/admin/users', { email: 'nieuw@example.org', displayName: 'Dubbel', roles: [] })).body.code).toBe('EMAIL_TAKEN');
    expect((await admin.post('/api/admin/users', { email: 'p@example.org', displayName: 'Politie', roles: ['policeLiaison'] })).body.code).toBe(
      'ROLE_NOT_ALLOWED',
    );
  });
});

describe('HTTP surface', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('reports health with the engine, and serves the OpenAPI document', async () => {
    const c = new ApiClient(h.baseUrl);
    const health = await c.get('/api/health');
    expect(health.body).toEqual({ status: 'ok', database: process.env.TEST_DATABASE ?? 'pglite' });
    const openapi = await c.get('/api/openapi.json');
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.body.paths)).toContain('/api/youths/{id}');
  });

  it('sends security headers and no-store on every API answer', async () => {
    const r = await new ApiClient(h.baseUrl).get('/api/session');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers unknown API paths and malformed JSON with the stable error shape', async () => {
    const c = new ApiClient(h.baseUrl);
    const missing = await c.get('/api/bestaat-niet');
    expect(missing.status).toBe(404);
    expect(Object.keys(missing.body).sort()).toEqual(['code', 'message']);
    const malformed = await c.request('POST', '/api/auth/login', '{"email": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
  });
});
