// A kind of record kept in a case file (a signal, a screening, a safety plan,
// a person of the network analysis, ...), declared once: its table, its input
// schema, how input maps to columns and back, and the domain checks it needs.
// records.service.ts runs every kind through the same request path: policy,
// one transaction, history snapshot and audit event.
import type { z } from 'zod';
import type { RawBuilder } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import type { RecordKindName } from '../../../platform/audit/actions.js';
import type { ContentPacks } from '../../../platform/content/content.js';
import type { Tx } from '../../../platform/db/database.js';

export interface KindContext {
  tx: Tx;
  actor: Actor;
  youth: { id: string; dateOfBirth: string };
  content: ContentPacks;
}

/** How an input field is stored: the column, and for jsonb the cast. */
export interface FieldColumn {
  column: string;
  json?: boolean;
}

export interface RecordKind<Input extends Record<string, unknown> = Record<string, unknown>> {
  name: RecordKindName;
  table: string;
  /** URL segment under /api/youths/:id/ */
  path: string;
  /** One per youth (keyed by youth_id) instead of a list. */
  singleton?: boolean;
  /** May be signed off by a lead professional; after that it cannot change. */
  signOff?: boolean;
  input: z.ZodType<Input>;
  fields: Record<keyof Input & string, string | FieldColumn>;
  /** Columns the kind derives itself (a pack version, an age, a version number). Read back into the output too. */
  derived?: Record<string, string>;
  derive?: (input: Input, ctx: KindContext, existing: Record<string, unknown> | null) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Domain checks beyond the schema; throw FieldRuleError or AppError. */
  check?: (input: Input, ctx: KindContext, existing: Record<string, unknown> | null) => Promise<void> | void;
  /** Only for a new record (a safety plan's version number, one draft at a time). */
  beforeCreate?: (ctx: KindContext) => Promise<Record<string, unknown>> | Record<string, unknown>;
  orderBy: RawBuilder<unknown>;
  /** A valid body, for tests that call every route. */
  example: z.input<z.ZodType<Input>>;
}

export function columnOf(field: string | FieldColumn): FieldColumn {
  return typeof field === 'string' ? { column: field } : field;
}
