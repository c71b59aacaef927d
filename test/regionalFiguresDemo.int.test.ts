// The demo loader of the regional figures on the demo world: Zeestad and the
// region get their codes, De Haven's youths a responsible municipality, and
// the figures answer with Zeestad's counts, suppressed, with the estimate.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { DEMO_CODES, loadDemoRegionalFigures } from '../server/src/modules/regionalFigures/regionalFigures.demo.js';
import { readFigures } from '../server/src/modules/regionalFigures/regionalFigures.service.js';
import type { Actor } from '../server/src/platform/authz/actor.js';
import { startHarness, type Harness } from './harness.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';

describe('regional figures demo', () => {
  let h: Harness;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    const q = h.database.unsafeSystemQuery;
    for (const slug of ['zeestad', 'kustregio', 'de-haven']) ids[slug] = (await q.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    // The lead may already call it from the demo world: calling it again changes nothing.
    await loadDemoRegionalFigures(h.database, { municipalityId: ids.zeestad!, regionId: ids.kustregio!, providerId: ids['de-haven']! });
  }, 180_000);
  afterAll(() => h.close());

  it("sets the codes and every De Haven youth's municipality", async () => {
    const q = h.database.unsafeSystemQuery;
    const { rows } = await sql<{ code: string | null; n: number }>`
      SELECT responsible_municipality AS code, count(*)::int AS n FROM youths WHERE organisation_id = ${ids['de-haven']} GROUP BY 1 ORDER BY 1`.execute(q);
    expect(rows.every((r) => r.code !== null)).toBe(true);
    expect(rows.find((r) => r.code === DEMO_CODES.zeestad)!.n).toBeGreaterThan(rows.filter((r) => r.code !== DEMO_CODES.zeestad).reduce((a, r) => a + r.n, 0));
    const zeestad = await q.selectFrom('organisations').select('municipality_code' as never).where('id', '=', ids.zeestad!).executeTakeFirstOrThrow();
    expect(zeestad).toEqual({ municipality_code: DEMO_CODES.zeestad });
  });

  it("answers Zeestad's figures with the estimate, and the region's for its three municipalities", async () => {
    const officer = await h.database.unsafeSystemQuery.selectFrom('users').select('id').where('email', '=', 'beleid@zeestad.demo').executeTakeFirstOrThrow();
    const actor: Actor = { userId: officer.id, organisationId: ids.zeestad!, organisationKind: 'municipality', roles: ['policyOfficer'], sessionId: 't', ip: null, userAgent: null };
    const year = new Date().getFullYear();
    const figures = await readFigures({ database: h.database }, actor, year);
    expect(figures.municipalityCodes).toEqual([DEMO_CODES.zeestad]);
    expect(figures.funnel.estimate).toMatchObject({ value: 38 });
    // The demo youths have signals this year: the signal row is not all zero.
    const signals = figures.rows.find((r) => r.measure === 'signals')!;
    expect(signals.year).not.toEqual({ kind: 'value', value: 0 });
    const coordinator = await h.database.unsafeSystemQuery.selectFrom('users').select('id').where('email', '=', 'zorgcoordinator@kustregio.demo').executeTakeFirstOrThrow();
    const region = await readFigures({ database: h.database }, { ...actor, userId: coordinator.id, organisationId: ids.kustregio!, organisationKind: 'regionalCoordination', roles: ['careCoordinator'] }, year);
    expect(region.municipalityCodes).toEqual([DEMO_CODES.zeestad, ...DEMO_CODES.neighbours]);
  });
});
