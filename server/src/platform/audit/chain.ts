// The hash chain over audit events. Shared by the sealer (which writes seals)
// and the verifier (which recomputes them), so both hash exactly the same bytes.
import { sql } from 'kysely';
import type { Tx } from '../db/database.js';
import { sha256Hex } from '../crypto.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainEvent {
  id: number;
  xact_id: string;
  canonical: string;
}

/**
 * The event as text, produced by the database so both engines and every
 * verifier read the same bytes (timestamps as microseconds, jsonb as its
 * normalised text).
 */
export function selectChainEvents(tx: Tx) {
  return tx.selectFrom('audit_events').select([
    'id',
    sql<string>`xact_id::text`.as('xact_id'),
    sql<string>`json_build_array(
      id, xact_id::text, (extract(epoch from occurred_at) * 1000000)::bigint::text, organisation_id, actor_user_id,
      actor_roles, action, outcome, record_type, record_id, youth_id, purpose, break_glass_id, ip, user_agent,
      details::text)::text`.as('canonical'),
  ]);
}

export function chainHash(previous: string, event: ChainEvent): string {
  return sha256Hex(`${previous}\n${event.canonical}`);
}
