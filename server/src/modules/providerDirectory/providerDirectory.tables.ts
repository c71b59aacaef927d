// The provider directory tables (migration 0021), added to the query layer's
// database type.
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { CareKind, HistoryChange, QualityFrameworkAnswer } from './providerDirectory.options.js';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type Json = ColumnType<unknown, string, never>;
/** A calendar date: read as 'YYYY-MM-DD' on both engines. */
type CalendarDate = ColumnType<string, string, string>;
/** text[]: written as a typed SQL value (sql`${sql.val(list)}::text[]`), read as an array. */
type TextArray = ColumnType<string[], unknown, unknown>;

export interface ProviderDirectoryEntriesTable {
  id: Generated<string>;
  name: string;
  care_kind: CareKind;
  target_groups: TextArray;
  programmes: TextArray;
  regions: TextArray;
  capacity: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  quality_framework: ColumnType<QualityFrameworkAnswer, QualityFrameworkAnswer | undefined, QualityFrameworkAnswer>;
  national_availability: ColumnType<boolean, boolean | undefined, boolean>;
  notes: string | null;
  linked_organisation_id: string | null;
  archived_at: ColumnType<Date | null, string | null | undefined, unknown>;
  created_by_organisation_id: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by_organisation_id: string;
  updated_by: string | null;
  updated_at: ColumnType<Date, string | undefined, unknown>;
}

export interface ProviderDirectoryHistoryTable {
  id: GeneratedAlways<number>;
  entry_id: string;
  change: HistoryChange;
  snapshot: Json;
  changed_by_organisation_id: string;
  changed_by: string | null;
  changed_at: CreatedAt;
}

export interface ProviderDirectorySharesTable {
  entry_id: string;
  organisation_id: string;
  self_assessment_on: CalendarDate;
  shared_by: string | null;
  shared_at: CreatedAt;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    provider_directory_entries: ProviderDirectoryEntriesTable;
    provider_directory_history: ProviderDirectoryHistoryTable;
    provider_directory_shares: ProviderDirectorySharesTable;
  }
}
