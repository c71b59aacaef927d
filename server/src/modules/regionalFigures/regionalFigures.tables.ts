// The columns migration 0022 adds, in the query layer's database type: the
// municipality responsible for a youth's care, and a municipality's CBS code.
import type { ColumnType } from 'kysely';

declare module '../../platform/db/schema.js' {
  interface YouthsTable {
    responsible_municipality: ColumnType<string | null, string | null | undefined, string | null>;
  }
  interface OrganisationsTable {
    municipality_code: ColumnType<string | null, string | null | undefined, string | null>;
  }
}
