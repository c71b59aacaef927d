// The audit trail: append-only in the database, sealed into a hash chain after
// commit without serialising requests, verifiable, and tamper-evident.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { sealPendingEvents } from '../server/src/platform/audit/sealer.js';
import { verifyAuditChain } from '../server/src/platform/audit/verify.js';
import { freshDatabase, startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import { migrate } from '../server/src/platform/db/migrate.js';

describe('audit trail', () => {
  let h: Harness;
  let world: World;
  beforeAll(async () => {
    h = await startHarness();
    world = await buildWorld(h);
  });
  afterAll(() => h.close());

  it('refuses UPDATE, DELETE and TRUNCATE, even for the table owner', async () => {
    const db = h.database.unsafeSystemQuery;
    await h.database.unsafeSystemTransaction((tx) =>
      tx.insertInto('audit_events').values({ action: 'auth.logout', actor_roles: [], outcome: 'allowed', details: null }).execute(),
    );
    await expect(db.updateTable('audit_events').set({ action: 'auth.login.succeeded' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_events`.execute(db)).rejects.toThrow(/append-only/);
    // And the application role has no UPDATE privilege at all.
    await expect(
      h.database.inOrganisation(world.orgA, (tx) => tx.updateTable('audit_events').set({ purpose: 'x' }).execute()),
    ).rejects.toThrow(/permission denied|append-only/);
  });

  it('writes the audit event in the same transaction as the read', async () => {
    const worker = await world.signIn('caseWorkerA');
    const before = await countEvents(h, world.youthA, 'youth.read');
    expect((await worker.get(`/api/youths/${world.youthA}`)).status).toBe(200);
    expect(await countEvents(h, world.youthA, 'youth.read')).toBe(before + 1);
    const event = await h.database.unsafeSystemQuery
      .selectFrom('audit_events')
      .selectAll()
      .where('youth_id', '=', world.youthA)
      .where('action', '=', 'youth.read')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      actor_user_id: world.users.caseWorkerA!.id,
      actor_roles: ['caseWorker'],
      organisation_id: world.orgA,
      record_type: 'youth',
      record_id: world.youthA,
      purpose: 'caseTeam',
      ip: '127.0.0.1',
      outcome: 'allowed',
    });
    expect(event.user_agent).toBeTruthy();
  });

  it('seals concurrent requests into one intact chain and verifies it', async () => {
    const worker = await world.signIn('caseWorkerA');
    const replies = await Promise.all(Array.from({ length: 40 }, () => worker.get(`/api/youths/${world.youthA}`)));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const sealed = await sealPendingEvents(h.database, 7);
    expect(sealed).toBeGreaterThan(40);
    const result = await verifyAuditChain(h.database);
    expect(result).toMatchObject({ ok: true, unsealedCount: 0 });
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events`.execute(h.database.unsafeSystemQuery);
    expect(result.sealedEvents).toBe(rows[0]!.n);
    // Nothing new: sealing again seals nothing.
    expect(await sealPendingEvents(h.database)).toBe(0);
  });

  it('shows the events not yet sealed, and names the first broken link after tampering', async () => {
    const worker = await world.signIn('leadA');
    await worker.get(`/api/youths/${world.youthA2}`);
    const pending = await verifyAuditChain(h.database);
    expect(pending.ok).toBe(true);
    expect(pending.unsealedCount).toBeGreaterThan(0);
    await sealPendingEvents(h.database);

    const target = await h.database.unsafeSystemQuery
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'youth.read')
      .orderBy('id')
      .limit(1)
      .offset(3)
      .executeTakeFirstOrThrow();
    // Someone with superuser rights switches the guard off and rewrites history.
    await h.database.execScript(`
      ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
      UPDATE audit_events SET purpose = 'rewritten' WHERE id = ${target.id};
      ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);
    const broken = await verifyAuditChain(h.database);
    expect(broken.ok).toBe(false);
    expect(broken.firstBrokenLink).toMatchObject({ eventId: target.id, problem: 'altered' });

    await h.database.execScript(`
      ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
      UPDATE audit_events SET purpose = 'caseTeam' WHERE id = ${target.id};
      DELETE FROM audit_events WHERE id = ${target.id - 1};
      ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);
    const deleted = await verifyAuditChain(h.database);
    expect(deleted.ok).toBe(false);
    expect(deleted.firstBrokenLink).toMatchObject({ eventId: target.id - 1, problem: 'missing' });
  });
});

describe('npm run audit:verify', () => {
  it('exits 0 on an intact trail and 1 naming the first broken link', { timeout: 120_000 }, async () => {
    if ((process.env.TEST_DATABASE ?? 'pglite') !== 'postgres') return; // the CLI opens its own connection: needs a server
    const fresh = await freshDatabase();
    try {
      await migrate(fresh.database);
      await fresh.database.unsafeSystemTransaction(async (tx) => {
        for (let i = 0; i < 5; i++) {
          await tx.insertInto('audit_events').values({ action: 'auth.logout', actor_roles: [], outcome: 'allowed', details: null }).execute();
        }
      });
      const run = promisify(execFile);
      // Vitest sets BASE_URL='/' for Vite; the CLI would read it as Baken's setting.
      const { BASE_URL: _viteBase, ...inherited } = process.env;
      const env = { ...inherited, DATABASE_URL: fresh.databaseUrl! };
      const ok = await run('npx', ['tsx', 'server/src/cli/audit-verify.ts'], { env });
      expect(ok.stdout).toMatch(/intact: 1 seals, 5 events/);
      await fresh.database.execScript(`
        ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
        UPDATE audit_events SET action = 'auth.login.succeeded' WHERE id = 3;
        ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);
      const failed = await run('npx', ['tsx', 'server/src/cli/audit-verify.ts'], { env }).catch((e: { code: number; stderr: string }) => e);
      expect((failed as { code: number }).code).toBe(1);
      expect((failed as { stderr: string }).stderr).toMatch(/first broken link is audit event 3 \(seal 1\): altered/);
    } finally {
      await fresh.database.close();
      await fresh.drop();
    }
  });
});

async function countEvents(h: Harness, youthId: string, action: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE youth_id = ${youthId} AND action = ${action}`.execute(
    h.database.unsafeSystemQuery,
  );
  return rows[0]!.n;
}
