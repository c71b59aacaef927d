// Seals audit events into the hash chain, in batches, after they commit.
// Requests append events without any lock; only this job orders them. It seals
// just the events whose transaction id is older than the oldest transaction
// still running, so an event that commits late is sealed in a later batch and
// never skipped. The chain order is (xact_id, id).
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { chainHash, GENESIS_HASH, selectChainEvents } from './chain.js';

const SEALER_LOCK = 7305554;

export async function sealPendingEvents(database: Database, batchSize = 2000): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await database.unsafeSystemTransaction(async (tx) => {
      // One sealer at a time across app nodes; the others skip this round.
      const { rows: lock } = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(${SEALER_LOCK}) AS ok`.execute(tx);
      if (!lock[0]?.ok) return 0;
      const last = await tx
        .selectFrom('audit_seals')
        .select([sql<string>`last_xact_id::text`.as('xact'), 'last_event_id', 'hash'])
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      const cursor = { xact: last?.xact ?? '0', id: last?.last_event_id ?? 0, hash: last?.hash ?? GENESIS_HASH };
      const { rows: snap } = await sql<{ xmin: string }>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`.execute(tx);
      const xmin = snap[0]!.xmin;
      const events = await selectChainEvents(tx)
        .where(sql<boolean>`(xact_id, id) > (${cursor.xact}::xid8, ${cursor.id}::bigint)`)
        .where(sql<boolean>`xact_id < ${xmin}::xid8`)
        .orderBy('xact_id')
        .orderBy('id')
        .limit(batchSize)
        .execute();
      if (events.length === 0) return 0;
      let hash = cursor.hash;
      const hashes: string[] = [];
      for (const event of events) {
        hash = chainHash(hash, event);
        hashes.push(hash);
      }
      const lastEvent = events[events.length - 1]!;
      await tx
        .insertInto('audit_seals')
        .values({
          after_xact_id: cursor.xact,
          after_event_id: cursor.id,
          last_xact_id: lastEvent.xact_id,
          last_event_id: lastEvent.id,
          event_ids: events.map((e) => e.id),
          event_hashes: hashes,
          previous_hash: cursor.hash,
          hash,
        })
        .execute();
      return events.length;
    });
    total += sealed;
    if (sealed < batchSize) return total;
  }
}

/** Seals every interval until stopped; errors are logged and retried next round. */
export function startSealer(database: Database, intervalMs: number, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped) return;
    running = running.then(() => sealPendingEvents(database)).catch(onError);
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
