// The improvement-plan and good-practice tables (migration 0014), added to the
// query layer's database type. provider_organisation_id is set by the
// database from the round provider: it is never written by the application
// and never sent to a client.
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type UpdatedAt = ColumnType<Date, string | undefined, string>;
type Json = ColumnType<unknown, string, string>;
/** A calendar date: select it with to_char to read 'YYYY-MM-DD' on both engines. */
type CalendarDate = ColumnType<string, string, string>;
/** Filled in by the guard trigger on insert, and moved only by the link trigger. */
type ProviderLink = ColumnType<string | null, never, never>;

export type ActionStatus = 'open' | 'inProgress' | 'done';
export type FollowUpVerdict = 'accepted' | 'notYetSufficient' | 'closed';

export interface ImprovementPointsTable {
  id: Generated<string>;
  organisation_id: string;
  round_id: string;
  round_provider_id: string;
  provider_organisation_id: ProviderLink;
  expectation_refs: Json;
  description: string;
  due_on: CalendarDate | null;
  created_by: string | null;
  created_by_name: string;
  created_at: CreatedAt;
  updated_by_name: string;
  updated_at: UpdatedAt;
}

export interface ImprovementActionsTable {
  id: Generated<string>;
  organisation_id: string;
  round_id: string;
  round_provider_id: string;
  point_id: string;
  provider_organisation_id: ProviderLink;
  what: string;
  owner_name: string;
  owner_user_id: string | null;
  due_on: CalendarDate;
  status: ActionStatus;
  progress_note: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_by_name: string;
  updated_at: UpdatedAt;
}

export interface ImprovementFollowUpsTable {
  id: Generated<string>;
  organisation_id: string;
  round_provider_id: string;
  action_id: string;
  provider_organisation_id: ProviderLink;
  verdict: FollowUpVerdict;
  note: string | null;
  followed_up_on: CalendarDate;
  recorded_by: string | null;
  recorded_by_name: string;
  recorded_at: CreatedAt;
}

export interface GoodPracticesTable {
  id: Generated<string>;
  organisation_id: string;
  round_id: string;
  round_provider_id: string;
  provider_organisation_id: ProviderLink;
  title: string;
  description: string;
  ref: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: CreatedAt;
  updated_by_name: string;
  updated_at: UpdatedAt;
}

export interface ImprovementHistoryTable {
  id: GeneratedAlways<number>;
  organisation_id: string;
  round_provider_id: string;
  provider_organisation_id: ProviderLink;
  record_type: 'point' | 'action' | 'followUp' | 'goodPractice';
  record_id: string;
  change: 'created' | 'updated';
  snapshot: Json;
  changed_by_name: string;
  changed_at: CreatedAt;
}

declare module '../../../platform/db/schema.js' {
  interface DB {
    improvement_points: ImprovementPointsTable;
    improvement_actions: ImprovementActionsTable;
    improvement_follow_ups: ImprovementFollowUpsTable;
    good_practices: GoodPracticesTable;
    improvement_history: ImprovementHistoryTable;
  }
}
