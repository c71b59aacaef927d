// Single sign-on through OpenID Connect, end to end: a real oidc-provider on a
// loopback port plays the organisation's identity provider, Baken is the
// relying party, and the "browser" follows every redirect over real HTTP.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort, startHarness, type Harness } from './harness.js';
import { ApiClient, totpCode, type Reply } from './client.js';
import { buildWorld, type World } from './world.js';

// oidc-provider ships no type declarations; the little used here is typed locally.
interface ProviderAccount {
  accountId: string;
  claims(): Promise<Record<string, unknown>>;
}
interface OidcProvider {
  listen(port: number, host: string, callback: () => void): Server;
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;

const CLIENT_ID = 'baken';
const CLIENT_SECRET = 'een-geheim-van-de-identiteitsprovider-dat-lang-genoeg-is';

/** The identity provider's accounts, by the login typed on its sign-in form. */
const ACCOUNTS: Record<string, { email: string; email_verified: boolean }> = {
  caseworker: { email: 'CaseWorkerA@Example.org', email_verified: true }, // case differs on purpose
  stranger: { email: 'niemand@example.org', email_verified: true },
  otherOrganisation: { email: 'caseworkerb@example.org', email_verified: true },
  unverified: { email: 'caseworkera@example.org', email_verified: false },
  deactivated: { email: 'qualitya@example.org', email_verified: true },
};

/** A cookie jar for the provider's origin that honours cookie paths, as a browser does. */
class ProviderBrowser {
  private cookies = new Map<string, { name: string; value: string; path: string }>();

  private keep(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const pathAttribute = attributes.map((a) => a.trim()).find((a) => /^path=/i.test(a));
      const path = pathAttribute ? pathAttribute.slice(5) : '/';
      const key = `${name}|${path}`;
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(key);
      else this.cookies.set(key, { name, value, path });
    }
  }

  private cookieHeader(url: URL): string {
    return [...this.cookies.values()]
      .filter((c) => url.pathname === c.path || url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  async request(method: 'GET' | 'POST', url: URL, form?: Record<string, string>) {
    const headers: Record<string, string> = { cookie: this.cookieHeader(url) };
    let body: string | undefined;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(form).toString();
    }
    const r = await fetch(url, { method, headers, body, redirect: 'manual' });
    this.keep(r.headers);
    return { status: r.status, location: r.headers.get('location'), text: await r.text() };
  }
}

describe('single sign-on through OpenID Connect', () => {
  let h: Harness;
  let world: World;
  let issuer: string;
  let providerServer: Server;
  const consoleSpies: Array<{ mockRestore(): void }> = [];

  beforeAll(async () => {
    h = await startHarness({ OIDC_ALLOW_HTTP: 'true' });
    world = await buildWorld(h);

    // The provider announces its development-only features on the console; keep the run quiet.
    for (const method of ['info', 'warn'] as const) {
      const original = console[method].bind(console);
      consoleSpies.push(
        vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
          if (typeof args[0] === 'string' && args[0].includes('oidc-provider')) return;
          original(...args);
        }),
      );
    }

    const { default: Provider } = (await import('oidc-provider' as string)) as { default: ProviderConstructor };
    const port = await freePort();
    issuer = `http://127.0.0.1:${port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${h.baseUrl}/api/auth/oidc/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      // Confidential clients need no PKCE by default; Baken always sends it, so demand it.
      pkce: { required: () => true },
      // The provider's own sign-in and consent pages, plain HTML forms.
      features: { devInteractions: { enabled: true } },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      cookies: { keys: ['sleutel-voor-de-cookies-van-de-test-provider'] },
      async findAccount(_ctx: unknown, accountId: string): Promise<ProviderAccount | undefined> {
        const account = ACCOUNTS[accountId];
        if (!account) return undefined;
        return { accountId, claims: async () => ({ sub: accountId, name: accountId, ...account }) };
      },
    });
    providerServer = await new Promise<Server>((resolve) => {
      const server = provider.listen(port, '127.0.0.1', () => resolve(server));
    });
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => (providerServer ? providerServer.close(() => resolve()) : resolve()));
    providerServer?.closeAllConnections?.();
    for (const spy of consoleSpies) spy.mockRestore();
    await h?.close();
  });

  /**
   * Starts single sign-on at Baken, signs in at the provider as `login` and
   * consents, and stops at the provider's redirect back to Baken's callback.
   */
  async function throughProvider(baken: ApiClient, login: string): Promise<URL> {
    const start = await baken.get('/api/auth/oidc/start?organisation=zorg-a');
    expect(start.status).toBe(302);
    let url = new URL(start.headers.get('location')!);
    expect(url.origin).toBe(issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    const browser = new ProviderBrowser();
    for (let step = 0; step < 20; step++) {
      if (url.origin === new URL(h.baseUrl).origin) return url;
      const page = await browser.request('GET', url);
      if (page.status >= 300 && page.status < 400) {
        url = new URL(page.location!, url);
        continue;
      }
      expect(page.status, page.text).toBe(200);
      // A devInteractions page: either the sign-in form or the consent form.
      const action = /<form[^>]*action="([^"]+)"/.exec(page.text)?.[1];
      const prompt = /name="prompt" value="([^"]+)"/.exec(page.text)?.[1];
      expect(action, page.text).toBeTruthy();
      const form: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'willekeurig' } : { prompt: prompt! };
      const submitted = await browser.request('POST', new URL(action!.replaceAll('&amp;', '&'), url), form);
      expect(submitted.status, submitted.text).toBeGreaterThanOrEqual(300);
      expect(submitted.status).toBeLessThan(400);
      url = new URL(submitted.location!, url);
    }
    throw new Error('the provider never sent the browser back to Baken');
  }

  function callbackPath(url: URL): string {
    return `${url.pathname}${url.search}`;
  }

  async function failedEvents() {
    return h.database.unsafeSystemQuery
      .selectFrom('audit_events')
      .select(['id', 'organisation_id', 'actor_user_id', 'outcome', 'details'])
      .where('action', '=', 'auth.oidc.failed')
      .orderBy('id')
      .execute();
  }

  function detailsOf(event: { details: unknown }): Record<string, unknown> {
    return (typeof event.details === 'string' ? JSON.parse(event.details) : event.details) as Record<string, unknown>;
  }

  async function expectRefused(baken: ApiClient, reply: Reply) {
    expect(reply.status).toBe(302);
    expect(reply.headers.get('location')).toBe('/inloggen?fout=oidc');
    expect(reply.headers.getSetCookie().some((line) => line.startsWith('baken_session='))).toBe(false);
    expect((await baken.get('/api/session')).body).toMatchObject({ stage: 'signedOut', user: null });
    expect((await baken.get('/api/youths')).status).toBe(401);
  }

  it('lets an organisation admin configure a provider, after which the organisation is offered for single sign-on', async () => {
    const anon = new ApiClient(h.baseUrl);
    expect((await anon.get('/api/auth/oidc/organisations')).body).toEqual([]);
    const notConfigured = await anon.get('/api/auth/oidc/start?organisation=zorg-a');
    expect(notConfigured.status).toBe(404);
    expect(notConfigured.body.code).toBe('OIDC_NOT_CONFIGURED');

    const caseWorker = await world.signIn('caseWorkerA');
    expect((await caseWorker.put('/api/admin/oidc', { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })).status).toBe(403);

    const admin = await world.signIn('adminA');
    const configured = await admin.put('/api/admin/oidc', { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    expect(configured.status).toBe(200);
    expect(configured.body).toEqual({ ok: true });

    expect((await anon.get('/api/auth/oidc/organisations')).body).toEqual([{ slug: 'zorg-a', name: 'Zorgaanbieder A' }]);
    const stored = await h.database.unsafeSystemQuery
      .selectFrom('oidc_connections')
      .select(['issuer', 'client_id', 'client_secret_sealed', 'enabled'])
      .where('organisation_id', '=', world.orgA)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ issuer, client_id: CLIENT_ID, enabled: true });
    expect(stored.client_secret_sealed).not.toContain(CLIENT_SECRET);
  });

  it('signs an existing user in through the provider and still asks for the second factor', async () => {
    const user = world.users.caseWorkerA!;
    await h.database.unsafeSystemQuery.updateTable('users').set({ totp_last_step: null }).where('id', '=', user.id).execute();
    const baken = new ApiClient(h.baseUrl);

    const start = await baken.get('/api/auth/oidc/start?organisation=zorg-a');
    const flowCookie = start.headers.getSetCookie().find((line) => line.startsWith('baken_oidc='))!;
    expect(flowCookie).toMatch(/Path=\/api\/auth\/oidc/);
    expect(flowCookie).toMatch(/HttpOnly/);
    expect(flowCookie).toMatch(/SameSite=Lax/);

    const back = await throughProvider(baken, 'caseworker');
    expect(back.pathname).toBe('/api/auth/oidc/callback');
    expect(back.searchParams.get('code')).toBeTruthy();
    const callback = await baken.get(callbackPath(back));
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/inloggen/tweede-stap');
    const sessionCookie = callback.headers.getSetCookie().find((line) => line.startsWith('baken_session='));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Strict/);

    const session = await baken.get('/api/session');
    expect(session.body).toMatchObject({ stage: 'mfaChallenge', user: { id: user.id, email: user.email } });
    const blocked = await baken.get('/api/youths');
    expect(blocked.status).toBe(401);
    expect(blocked.body.code).toBe('MFA_REQUIRED');

    expect((await baken.post('/api/auth/mfa/verify', { code: totpCode(user.totpSecret) })).status).toBe(200);
    expect((await baken.get('/api/session')).body.stage).toBe('signedIn');
    const youths = await baken.get('/api/youths');
    expect(youths.status).toBe(200);
    expect(JSON.stringify(youths.body)).toContain(world.youthA);

    const sessions = await baken.get('/api/sessions');
    expect(sessions.body.find((s: { current: boolean }) => s.current).authMethod).toBe('oidc');
    const succeeded = await h.database.unsafeSystemQuery
      .selectFrom('audit_events')
      .select(['organisation_id'])
      .where('action', '=', 'auth.oidc.succeeded')
      .where('actor_user_id', '=', user.id)
      .execute();
    expect(succeeded).toEqual([{ organisation_id: world.orgA }]);
  });

  it('refuses an unknown email, an account of another organisation, an unverified email and a deactivated user', async () => {
    const admin = await world.signIn('adminA');
    expect((await admin.post(`/api/admin/users/${world.users.qualityA!.id}/deactivate`)).status).toBe(200);

    const cases: Array<[string, string]> = [
      ['stranger', 'noActiveAccount'],
      ['otherOrganisation', 'noActiveAccount'],
      ['unverified', 'providerRejected'],
      ['deactivated', 'noActiveAccount'],
    ];
    for (const [login, reason] of cases) {
      const before = (await failedEvents()).length;
      const baken = new ApiClient(h.baseUrl);
      const back = await throughProvider(baken, login);
      // The provider did sign the account in: it is Baken that refuses it.
      expect(back.searchParams.get('code'), login).toBeTruthy();
      await expectRefused(baken, await baken.get(callbackPath(back)));
      const events = await failedEvents();
      expect(events.length, login).toBe(before + 1);
      const event = events.at(-1)!;
      expect(event).toMatchObject({ organisation_id: world.orgA, actor_user_id: null, outcome: 'failed' });
      expect(detailsOf(event), login).toEqual({ reason });
    }
    const sessions = await h.database.unsafeSystemQuery
      .selectFrom('sessions')
      .select('id')
      .where('user_id', 'in', [world.users.qualityA!.id, world.users.caseWorkerB!.id])
      .where('auth_method', '=', 'oidc')
      .execute();
    expect(sessions).toEqual([]);
  });

  it('refuses a callback without the flow cookie, with a tampered cookie or with a wrong state', async () => {
    // These three are refused before any exchange with the provider, so they
    // name no organisation and leave no audit event.
    const eventsBefore = (await failedEvents()).length;

    // Without the cookie: the provider's answer reaches another browser.
    const started = new ApiClient(h.baseUrl);
    const back = await throughProvider(started, 'caseworker');
    const elsewhere = new ApiClient(h.baseUrl);
    await expectRefused(elsewhere, await elsewhere.get(callbackPath(back)));

    // A forged call without any flow at all.
    const forged = new ApiClient(h.baseUrl);
    await expectRefused(forged, await forged.get('/api/auth/oidc/callback?code=verzonnen&state=verzonnen'));

    // A flow cookie whose content was changed no longer matches its signature.
    const tampering = new ApiClient(h.baseUrl);
    const tamperedBack = await throughProvider(tampering, 'caseworker');
    const raw = /(?:^|; )baken_oidc=([^;]+)/.exec(tampering.cookieHeader())![1]!;
    const signed = decodeURIComponent(raw);
    const dot = signed.lastIndexOf('.');
    const flow = JSON.parse(signed.slice(0, dot)) as { state: string; verifier: string };
    expect(flow.state).toBe(tamperedBack.searchParams.get('state'));
    const forgedFlow = JSON.stringify({ ...flow, verifier: `${flow.verifier.slice(0, -1)}${flow.verifier.endsWith('A') ? 'B' : 'A'}` });
    const tamperedCookie = `baken_oidc=${encodeURIComponent(`${forgedFlow}${signed.slice(dot)}`)}`;
    await expectRefused(tampering, await tampering.request('GET', callbackPath(tamperedBack), undefined, { cookie: tamperedCookie }));
    expect((await failedEvents()).length).toBe(eventsBefore);

    // The right cookie, but the state in the callback was altered: refused
    // while checking the provider's answer, which is audited.
    const before = (await failedEvents()).length;
    const wrongState = new ApiClient(h.baseUrl);
    const wrongBack = await throughProvider(wrongState, 'caseworker');
    wrongBack.searchParams.set('state', `${wrongBack.searchParams.get('state')}x`);
    await expectRefused(wrongState, await wrongState.get(callbackPath(wrongBack)));
    const events = await failedEvents();
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)).toMatchObject({ organisation_id: world.orgA, actor_user_id: null, outcome: 'failed' });
    expect(detailsOf(events.at(-1)!)).toEqual({ reason: 'providerRejected' });

    // None of these attempts produced a session for the account.
    const sessions = await h.database.unsafeSystemQuery
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', world.users.caseWorkerA!.id)
      .where('auth_method', '=', 'oidc')
      .execute();
    expect(sessions).toHaveLength(1); // the one from the successful sign-in above
  });
});
