// The inspection tables (migration 0013), added to the query layer's database
// type. provider_organisation_id is the link to a provider in Baken: it stays
// on the server, never in a response.
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type UpdatedAt = ColumnType<Date, string | undefined, string>;
type Json = ColumnType<unknown, string, string>;
/** A calendar date: read as 'YYYY-MM-DD' on both engines (select it with to_char). */
type CalendarDate = ColumnType<string, string, string>;

import type { CareKind, JudgmentValue, RoundKind, RoundStatus } from './inspection.options.js';

export type { CareKind, JudgmentValue };
export type InspectionRoundKind = RoundKind;
export type InspectionRoundStatus = RoundStatus;

export interface InspectionRoundsTable {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  kind: InspectionRoundKind;
  description: string | null;
  period_start: CalendarDate | null;
  period_end: CalendarDate | null;
  framework_version: string;
  status: ColumnType<InspectionRoundStatus, InspectionRoundStatus | undefined, InspectionRoundStatus>;
  closed_at: ColumnType<Date | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface InspectionRoundProvidersTable {
  id: Generated<string>;
  organisation_id: string;
  round_id: string;
  name: string;
  location: string | null;
  care_kind: CareKind;
  provider_organisation_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface InspectionJudgmentsTable {
  id: Generated<string>;
  organisation_id: string;
  round_id: string;
  round_provider_id: string;
  provider_organisation_id: string | null;
  expectation_ref: string;
  judgment: JudgmentValue;
  findings: string | null;
  framework_version: string;
  judged_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface InspectionJudgmentHistoryTable {
  id: GeneratedAlways<number>;
  organisation_id: string;
  judgment_id: string;
  change: 'created' | 'updated';
  snapshot: Json;
  changed_by: string | null;
  changed_at: CreatedAt;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    inspection_rounds: InspectionRoundsTable;
    inspection_round_providers: InspectionRoundProvidersTable;
    inspection_judgments: InspectionJudgmentsTable;
    inspection_judgment_history: InspectionJudgmentHistoryTable;
  }
}
