// The policies register tables of migration 0010, added to the query layer's
// database type. Uploaded documents live in quality_documents
// (../expertise/expertise.tables.ts).
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import '../expertise/expertise.tables.js';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type UpdatedAt = ColumnType<Date, string | undefined, string>;
type Json = ColumnType<unknown, string, never>;
/** A calendar date: read as 'YYYY-MM-DD' on both engines. */
type CalendarDate = ColumnType<string, string, string>;

/** A policy or protocol with the facts of its current version. */
export interface PoliciesTable {
  id: Generated<string>;
  organisation_id: string;
  /** A PolicyKind (policies.options.ts). */
  kind: string;
  title: string;
  status: ColumnType<'current' | 'withdrawn', 'current' | undefined, 'current' | 'withdrawn'>;
  current_version_id: string | null;
  version_label: string;
  owner_id: string;
  adopted_on: CalendarDate;
  review_on: CalendarDate;
  document_id: string | null;
  reference: string | null;
  withdrawn_on: CalendarDate | null;
  withdrawn_reason: string | null;
  /** Optimistic concurrency, not the policy's own version label. */
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

/** Every adopted version; the highest sequence is the current one. */
export interface PolicyVersionsTable {
  id: Generated<string>;
  organisation_id: string;
  policy_id: string;
  sequence: number;
  version_label: string;
  owner_id: string;
  adopted_on: CalendarDate;
  review_on: CalendarDate;
  document_id: string | null;
  reference: string | null;
  change_note: Generated<string>;
  superseded_at: ColumnType<Date | null, never, string>;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface PolicyHistoryTable {
  id: GeneratedAlways<number>;
  organisation_id: string;
  policy_id: string;
  change: 'created' | 'updated' | 'newVersion' | 'withdrawn';
  snapshot: Json;
  changed_by: string | null;
  changed_at: CreatedAt;
}

declare module '../../../platform/db/schema.js' {
  interface DB {
    policies: PoliciesTable;
    policy_versions: PolicyVersionsTable;
    policy_history: PolicyHistoryTable;
  }
}
