// The tables of police information requests by phone (migration 0006), added
// to the query layer's database type.
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type Moment = ColumnType<Date, string, never>;

export interface PoliceRequestsTable {
  id: Generated<string>;
  organisation_id: string;
  youth_id: string;
  received_at: Moment;
  caller_name: string;
  caller_unit: string;
  caller_phone: string;
  question: string;
  recorded_by: string;
  recorded_at: CreatedAt;
  outcome: ColumnType<string | null, never, string>;
  outcome_reason: ColumnType<string | null, never, string | null>;
  outcome_by: ColumnType<string | null, never, string>;
  outcome_at: ColumnType<Date | null, never, string>;
  disclosure_id: ColumnType<string | null, never, string | null>;
}

export interface PoliceRequestCallbacksTable {
  id: Generated<string>;
  organisation_id: string;
  police_request_id: string;
  partner_id: string;
  partner_name: string;
  phone: string;
  confirmed: boolean;
  note: string | null;
  called_at: Moment;
  called_by: string;
  recorded_at: CreatedAt;
}

declare module '../../../platform/db/schema.js' {
  interface DB {
    police_requests: PoliceRequestsTable;
    police_request_callbacks: PoliceRequestCallbacksTable;
  }
}
