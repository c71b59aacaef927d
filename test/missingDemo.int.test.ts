// The missing-episode demo, loaded by the demo world through the services: one youth missing now with the sheet at the police unit, one
// episode done, one with its evaluation still open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { startHarness, type Harness } from './harness.js';
import { sql } from 'kysely';

describe('the missing-episode demo', () => {
  let h: Harness;
  let provider: string;

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), 'demo wachtwoord 123', await hashPassword('demo wachtwoord 123'));
    provider = (await h.database.unsafeSystemQuery.selectFrom('organisations').select('id').where('slug', '=', 'de-haven').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => h.close());

  it('leaves Noor missing now, Sanne done and Jayden with open follow-up, the sheet at the police unit', async () => {
    const rows = (
      await sql<{ first_name: string; status: string; evaluation_done_at: Date | null; safety_plan_marked_at: Date | null }>`
        SELECT y.first_name, e.status, e.evaluation_done_at, e.safety_plan_marked_at FROM missing_episodes e JOIN youths y ON y.id = e.youth_id ORDER BY y.first_name`.execute(
        h.database.unsafeSystemQuery,
      )
    ).rows;
    expect(rows.map((r) => [r.first_name, r.status, r.evaluation_done_at !== null, r.safety_plan_marked_at !== null])).toEqual([
      ['Jayden', 'returned', false, false],
      ['Noor', 'open', false, false],
      ['Sanne', 'returned', true, true],
    ]);
    const police = (await h.database.unsafeSystemQuery.selectFrom('organisations').select('id').where('slug', '=', 'politie-kust').executeTakeFirstOrThrow()).id;
    const receipts = await h.database.inOrganisation(police, (tx) => tx.selectFrom('disclosure_receipts').select(['kind', 'subject_name']).execute());
    expect(receipts).toContainEqual({ kind: 'policeSheet', subject_name: 'Noor El Idrissi' });
    const decisions = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM medical_decisions WHERE moment = 'afterMissing'`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
    expect(decisions).toBe(1);
  });
});
