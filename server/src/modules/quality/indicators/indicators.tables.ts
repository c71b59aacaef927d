// The monthly snapshots of the indicators (migration 0012), added to the query
// layer's database type where the module declares them.
import type { ColumnType } from 'kysely';

export interface IndicatorSnapshotsTable {
  organisation_id: string;
  month: ColumnType<string, string, never>;
  code: string;
  framework_version: string;
  population: number;
  met: number;
  measured_at: ColumnType<Date, string | undefined, never>;
}

declare module '../../../platform/db/schema.js' {
  interface DB {
    indicator_snapshots: IndicatorSnapshotsTable;
  }
}
