// Property: random and malformed bodies, query strings and ids never give a 500
// and never change data. Only a request that is valid by its route's own schema
// may change anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';

const FINGERPRINTED = [
  'organisations',
  'teams',
  'users',
  'user_roles',
  'team_members',
  'youths',
  'case_team_members',
  'journal_entries',
  'break_glass_grants',
  'oidc_connections',
  'one_time_tokens',
] as const;

describe('input validation (property-based)', () => {
  let h: Harness;
  let world: World;
  let designated: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    h = await startHarness();
    world = await buildWorld(h);
    designated = await world.signIn('designatedA');
    admin = await world.signIn('adminA');
  });
  afterAll(() => h.close());

  async function fingerprint(): Promise<string> {
    const parts = await Promise.all(
      FINGERPRINTED.map(async (table) => {
        const { rows } = await sql<{ digest: string | null }>`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest
          FROM ${sql.table(table)} t`.execute(h.database.unsafeSystemQuery);
        return `${table}:${rows[0]?.digest ?? ''}`;
      }),
    );
    return parts.join(',');
  }

  // Values that tend to break parsers and SQL: odd types, huge and tiny numbers,
  // control characters, SQL and JSON fragments, prototype keys.
  const nasty = fc.oneof(
    fc.constantFrom('', ' ', "'; DROP TABLE youths; --", '%', '_', '\\', '\u0000', '😀'.repeat(50), 'a'.repeat(20_000), '2010-02-30', '9999-12-31', '-1', 'NaN', '__proto__', '{"$gt":""}'),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
  );
  const fieldNames = fc.constantFrom(
    'firstName', 'lastName', 'dateOfBirth', 'gender', 'bsn', 'phone', 'email', 'livingSituation', 'legalFramework',
    'lvbIndication', 'language', 'category', 'occurredOn', 'body', 'userId', 'teamRole', 'reason', 'verdict', 'note',
    'name', 'displayName', 'roles', 'teamIds', 'issuer', 'clientId', 'clientSecret', 'password', 'token', 'code',
    'recoveryCode', '__proto__', 'constructor',
  );
  const randomBody = fc.oneof(
    fc.dictionary(fieldNames, nasty, { maxKeys: 8 }),
    fc.anything({ maxDepth: 2 }),
    fc.string().map((s) => ({ raw: s })),
  );

  const writeRoutes = (w: World): { method: string; path: string; client: () => ApiClient }[] => [
    { method: 'POST', path: '/api/youths', client: () => designated },
    { method: 'PUT', path: `/api/youths/${w.youthA}`, client: () => designated },
    { method: 'POST', path: `/api/youths/${w.youthA}/journal`, client: () => designated },
    { method: 'POST', path: `/api/youths/${w.youthA}/team`, client: () => designated },
    { method: 'POST', path: `/api/youths/${w.youthA2}/break-glass`, client: () => designated },
    { method: 'POST', path: '/api/admin/users', client: () => admin },
    { method: 'PATCH', path: `/api/admin/users/${w.users.caseWorkerA!.id}`, client: () => admin },
    { method: 'POST', path: '/api/admin/teams', client: () => admin },
    { method: 'PUT', path: '/api/admin/oidc', client: () => admin },
    { method: 'POST', path: '/api/setup', client: () => admin },
    { method: 'POST', path: '/api/auth/activate', client: () => admin },
  ];

  it('never answers 500 or changes data for a random body', async () => {
    const routes = writeRoutes(world);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), randomBody, async (route, body) => {
        const before = await fingerprint();
        const r = await route.client().request(route.method, route.path, JSON.stringify(body), { 'content-type': 'application/json' });
        expect(r.status).not.toBeGreaterThanOrEqual(500);
        expect(typeof r.body?.code === 'string' || r.status < 300).toBe(true);
        if (r.status >= 300) expect(await fingerprint()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('never answers 500 for random ids and query strings', async () => {
    const paths = fc.oneof(
      fc.string().map((s) => `/api/youths/${encodeURIComponent(s)}`),
      fc.string().map((s) => `/api/youths?q=${encodeURIComponent(s)}`),
      fc.tuple(fc.string(), fc.string()).map(([q, d]) => `/api/youths/break-glass-search?q=${encodeURIComponent(q)}&dateOfBirth=${encodeURIComponent(d)}`),
      fc.string().map((s) => `/api/audit-events?from=${encodeURIComponent(s)}&action=${encodeURIComponent(s)}`),
      fc.uuid().map((id) => `/api/youths/${id}/journal`),
    );
    await fc.assert(
      fc.asyncProperty(paths, async (path) => {
        const r = await designated.get(path);
        expect(r.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses wrong content types and oversized bodies cleanly', async () => {
    const before = await fingerprint();
    const form = await designated.request('POST', '/api/youths', 'firstName=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.status).toBeLessThan(500);
    const huge = await designated.request('POST', `/api/youths/${world.youthA}/journal`, JSON.stringify({ body: 'x'.repeat(400_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await fingerprint()).toBe(before);
  });
});
