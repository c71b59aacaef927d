// The covenant tables (migration 0009), added to the query layer's database
// type. The partners and organisation_contacts tables are declared with the
// disclosures (disclosures.tables.ts, migration 0004).
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type UpdatedAt = ColumnType<Date, string | undefined, string>;
type Json = ColumnType<unknown, string, string>;
/** A calendar date: read as 'YYYY-MM-DD' on both engines. */
type CalendarDate = ColumnType<string, string, string>;

export interface CovenantsTable {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  parties: Json;
  signed_on: CalendarDate | null;
  valid_until: CalendarDate | null;
  document_ref: string | null;
  evaluation_on: CalendarDate;
  agreements: Json;
  themes_version: string;
  notes: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface CovenantHistoryTable {
  id: GeneratedAlways<number>;
  organisation_id: string;
  covenant_id: string;
  change: 'created' | 'updated';
  snapshot: Json;
  changed_by: string | null;
  changed_at: CreatedAt;
}

declare module '../../../platform/db/schema.js' {
  interface DB {
    covenants: CovenantsTable;
    covenant_history: CovenantHistoryTable;
  }
}
