// Recomputes the audit hash chain seal by seal and names the first broken link.
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { chainHash, GENESIS_HASH, selectChainEvents } from './chain.js';

export interface VerifyResult {
  ok: boolean;
  seals: number;
  sealedEvents: number;
  firstBrokenLink?: { sealId: number; eventId: number | null; problem: 'altered' | 'missing' | 'inserted' | 'sealAltered' };
  unsealedEventIds: number[];
  unsealedCount: number;
}

export async function verifyAuditChain(database: Database): Promise<VerifyResult> {
  return database.unsafeSystemTransaction(async (tx) => {
    let previous = { xact: '0', id: 0, hash: GENESIS_HASH };
    let seals = 0;
    let sealedEvents = 0;
    let afterSealId = 0;
    for (;;) {
      const page = await tx
        .selectFrom('audit_seals')
        .select([
          'id',
          sql<string>`after_xact_id::text`.as('after_xact'),
          'after_event_id',
          sql<string>`last_xact_id::text`.as('last_xact'),
          'last_event_id',
          'event_ids',
          'event_hashes',
          'previous_hash',
          'hash',
        ])
        .where('id', '>', afterSealId)
        .orderBy('id')
        .limit(100)
        .execute();
      if (page.length === 0) break;
      for (const seal of page) {
        afterSealId = seal.id;
        const broken = (eventId: number | null, problem: NonNullable<VerifyResult['firstBrokenLink']>['problem']) => ({
          ok: false,
          seals,
          sealedEvents,
          firstBrokenLink: { sealId: seal.id, eventId, problem },
          unsealedEventIds: [],
          unsealedCount: 0,
        });
        if (
          seal.previous_hash !== previous.hash ||
          seal.after_xact !== previous.xact ||
          Number(seal.after_event_id) !== previous.id
        ) {
          return broken(null, 'sealAltered');
        }
        const events = await selectChainEvents(tx)
          .where(sql<boolean>`(xact_id, id) > (${seal.after_xact}::xid8, ${seal.after_event_id}::bigint)`)
          .where(sql<boolean>`(xact_id, id) <= (${seal.last_xact}::xid8, ${seal.last_event_id}::bigint)`)
          .orderBy('xact_id')
          .orderBy('id')
          .execute();
        const expectedIds = seal.event_ids.map(Number);
        let hash = previous.hash;
        for (let i = 0; i < Math.max(events.length, expectedIds.length); i++) {
          const event = events[i];
          const expectedId = expectedIds[i];
          if (event === undefined || expectedId === undefined || event.id !== expectedId) {
            if (expectedId !== undefined && (event === undefined || event.id > expectedId)) return broken(expectedId, 'missing');
            return broken(event?.id ?? null, 'inserted');
          }
          hash = chainHash(hash, event);
          if (hash !== seal.event_hashes[i]) return broken(event.id, 'altered');
        }
        if (hash !== seal.hash) return broken(null, 'sealAltered');
        seals++;
        sealedEvents += events.length;
        previous = { xact: seal.last_xact, id: Number(seal.last_event_id), hash };
      }
    }
    const unsealed = await tx
      .selectFrom('audit_events')
      .select('id')
      .where(sql<boolean>`(xact_id, id) > (${previous.xact}::xid8, ${previous.id}::bigint)`)
      .orderBy('id')
      .limit(50)
      .execute();
    const { rows: count } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events
      WHERE (xact_id, id) > (${previous.xact}::xid8, ${previous.id}::bigint)`.execute(tx);
    return {
      ok: true,
      seals,
      sealedEvents,
      unsealedEventIds: unsealed.map((r) => r.id),
      unsealedCount: count[0]?.n ?? 0,
    };
  });
}
