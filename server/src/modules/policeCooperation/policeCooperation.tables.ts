// The tables of safety incidents (migration 0008), added to the query layer's
// database type. Report deliberations are a case record and go through the
// records layer, which names its tables itself.
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string, string>;

export interface IncidentsTable {
  id: Generated<string>;
  organisation_id: string;
  kind: string;
  occurred_at: ColumnType<Date, string, string>;
  location: string;
  description: string;
  involved: string;
  police_involvement: string;
  police_contact_route: string | null;
  police_contact_at: ColumnType<Date | null, string | null, string | null>;
  report_filed_by: string | null;
  police_reference: string;
  suspects: Json;
  status: Generated<string>;
  follow_up_actions: Generated<string>;
  closing_note: Generated<string>;
  closed_at: ColumnType<Date | null, never, string | null>;
  reported_by: string;
  reported_at: ColumnType<Date, never, never>;
  updated_by: string | null;
  updated_at: ColumnType<Date, never, string>;
}

export interface IncidentHistoryTable {
  id: Generated<string>;
  organisation_id: string;
  incident_id: string;
  change: string;
  snapshot: Json;
  changed_by: string | null;
  changed_at: ColumnType<Date, never, never>;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    incidents: IncidentsTable;
    incident_history: IncidentHistoryTable;
  }
}
