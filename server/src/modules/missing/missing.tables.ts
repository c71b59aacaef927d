// The tables of missing episodes (migration 0005), added to the query layer's
// database type where the module declares them.
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type UpdatedAt = ColumnType<Date, string | undefined, string>;
type Moment = ColumnType<Date, string, string>;
type Json = ColumnType<unknown, string, string>;

export interface MissingEpisodesTable {
  id: Generated<string>;
  organisation_id: string;
  youth_id: string;
  status: Generated<string>;
  last_seen_at: Moment;
  last_seen_place: string;
  circumstances: Generated<string>;
  appearance: Generated<string>;
  companions: Generated<string>;
  urgency_criteria: Json;
  parents_contact: Generated<string>;
  guardian_contact: Generated<string>;
  emergency_call_at: Moment | null;
  police_report_at: Moment | null;
  police_reference: string | null;
  parents_informed_at: Moment | null;
  guardian_informed_at: Moment | null;
  guardian_available: boolean | null;
  transferred_at: Moment | null;
  transferred_to: string | null;
  transfer_reason: string | null;
  transfer_police_informed_at: Moment | null;
  returned_at: Moment | null;
  found_place: string | null;
  found_by: string | null;
  return_notes: string | null;
  return_reported_at: Moment | null;
  everyone_informed_at: Moment | null;
  police_consulted_at: Moment | null;
  police_consulted_note: string | null;
  medical_decision_id: string | null;
  evaluation_done_at: Moment | null;
  evaluation_notes: string | null;
  evaluation_with_youth: boolean | null;
  safety_plan_marked_at: Moment | null;
  safety_plan_note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface MissingEpisodeEventsTable {
  id: Generated<string>;
  organisation_id: string;
  youth_id: string;
  episode_id: string;
  kind: string;
  at: Moment;
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    missing_episodes: MissingEpisodesTable;
    missing_episode_events: MissingEpisodeEventsTable;
  }
}
