// Properties of disclosing, on a real database through HTTP: a disclosure is
// accepted exactly when every kind of data carries its reason; information on
// a police request is given exactly when some call back confirmed the caller;
// and random bodies and query strings never give a 500 and never change data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { DATA_CATEGORIES } from '../server/src/modules/disclosures/disclosures.options.js';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';

const TABLES = ['disclosures', 'disclosure_receipts', 'police_requests', 'police_request_callbacks'] as const;

describe('disclosures (property-based)', () => {
  let h: Harness;
  let w: World;
  let worker: ApiClient;
  let designated: ApiClient;
  let partner: string;
  let base: string;

  const body = (categories: { category: string; why: string }[], extra: Record<string, unknown> = {}) => ({
    recipientPartnerId: partner,
    purpose: 'Zoeken naar de vermiste jongere.',
    legalGround: 'vitalInterest',
    secrecyGround: 'notApplicable',
    categories,
    decidedById: w.users.leadA!.id,
    youthInformed: true,
    disclosedAt: '2026-01-10T10:00',
    ...extra,
  });
  const count = async (table: string) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
  const fingerprint = async () =>
    (
      await Promise.all(
        TABLES.map(async (table) => {
          const { rows } = await sql<{ d: string | null }>`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS d FROM ${sql.table(table)} t`.execute(h.database.unsafeSystemQuery);
          return `${table}:${rows[0]?.d ?? ''}`;
        }),
      )
    ).join(',');

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    partner = (
      await h.database.inOrganisation(w.orgA, (tx) =>
        tx.insertInto('partners').values({ organisation_id: w.orgA, kind: 'police', name: 'Wijkagent', phone: '010-5556677' }).returning('id').executeTakeFirstOrThrow(),
      )
    ).id;
    worker = await w.signIn('caseWorkerA');
    designated = await w.signIn('designatedA');
    base = `/api/youths/${w.youthA}`;
  });
  afterAll(() => h.close());

  it('accepts a disclosure exactly when every kind of data says why it is needed', async () => {
    const reason = fc.oneof(fc.constantFrom('', '   ', '\n'), fc.string({ minLength: 1, maxLength: 40 }));
    const categories = fc.uniqueArray(fc.constantFrom(...DATA_CATEGORIES), { minLength: 1, maxLength: 5 }).chain((kinds) =>
      fc.tuple(...kinds.map((category) => reason.map((why) => ({ category, why })))),
    );
    await fc.assert(
      fc.asyncProperty(categories, async (chosen) => {
        const before = await count('disclosures');
        const r = await worker.post(`${base}/disclosures`, body(chosen));
        const blank = chosen.map((c, i) => (c.why.trim() === '' ? `categories.${i}.why` : null)).filter(Boolean);
        if (blank.length === 0) {
          expect(r.status).toBe(200);
          expect(await count('disclosures')).toBe(before + 1);
        } else {
          expect(r.status).toBe(400);
          expect(r.body.fields.map((f: { path: string }) => f.path)).toEqual(blank);
          expect(await count('disclosures')).toBe(before);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('gives information on a police request exactly when some call back confirmed the caller', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { maxLength: 3 }), async (callbacks) => {
        const request = await worker.post(`${base}/police-requests`, { receivedAt: '2026-01-10T09:00', callerName: 'J. de Boer', callerUnit: 'AVIM', callerPhone: '06-12345678', question: 'Waar is de jongere?' });
        for (const confirmed of callbacks) {
          const r = await worker.post(`${base}/police-requests/${request.body.id}/callbacks`, { partnerId: partner, confirmed, calledAt: '2026-01-10T09:05' });
          expect(r.status).toBe(200);
        }
        const before = await count('disclosures');
        const given = await worker.post(`${base}/disclosures`, body([{ category: 'identity', why: 'Om te zoeken.' }], { policeRequestId: request.body.id }));
        if (callbacks.some(Boolean)) {
          expect(given.status).toBe(200);
          expect(given.body.source).toBe('policeRequest');
        } else {
          expect(given.status).toBe(409);
          expect(given.body.code).toBe('CALLBACK_REQUIRED');
          expect(await count('disclosures')).toBe(before);
        }
      }),
      { numRuns: 20 },
    );
  });

  const nasty = fc.oneof(
    fc.constantFrom('', ' ', "'; DROP TABLE disclosures; --", '\u0000', '2026-02-30T10:00', '9999-12-31T23:59', '__proto__', 'a'.repeat(5000)),
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.record({ category: fc.string(), why: fc.string() }), { maxLength: 3 }),
  );
  const fields = fc.constantFrom(
    'recipientPartnerId', 'recipientKind', 'recipientName', 'purpose', 'legalGround', 'secrecyGround', 'secrecyReasoning', 'categories', 'summary',
    'decidedById', 'youthInformed', 'youthNotInformedReason', 'disclosedAt', 'policeRequestId', 'attachPhoto', 'receivedAt', 'callerName', 'callerUnit',
    'callerPhone', 'question', 'partnerId', 'confirmed', 'calledAt', 'outcome', 'reason', 'note', '__proto__',
  );

  it('never answers 500 or changes data for a random body', async () => {
    const request = (await worker.post(`${base}/police-requests`, { receivedAt: '2026-01-10T09:00', callerName: 'X', callerUnit: 'Y', callerPhone: '0612345678', question: 'Z' })).body.id as string;
    const routes = [`${base}/disclosures`, `${base}/police-requests`, `${base}/police-requests/${request}/callbacks`, `${base}/police-requests/${request}/close`];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.oneof(fc.dictionary(fields, nasty, { maxKeys: 8 }), fc.anything({ maxDepth: 2 })), async (path, random) => {
        const before = await fingerprint();
        const r = await worker.request('POST', path, JSON.stringify(random), { 'content-type': 'application/json' });
        expect(r.status).toBeLessThan(500);
        if (r.status >= 300) {
          expect(typeof r.body.code).toBe('string');
          expect(await fingerprint()).toBe(before);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('never answers 500 for random filters on the register', async () => {
    const value = fc.oneof(fc.string(), fc.constantFrom('2026-02-30', '2026-01-01', 'police', 'consent', 'manual'));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('from', 'to', 'recipientKind', 'legalGround', 'source', 'x'), value, { maxKeys: 4 }), async (query) => {
        const qs = new URLSearchParams(query).toString();
        const r = await designated.get(`/api/disclosures?${qs}`);
        expect(r.status).toBeLessThan(500);
        const csv = await designated.get(`/api/disclosures/export?${qs}`);
        expect(csv.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
