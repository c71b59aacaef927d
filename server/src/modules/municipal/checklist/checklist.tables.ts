// The municipal checklist tables (migration 0020), added to the query layer's database type.
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { ActionStatus, ChecklistAnswer } from './checklist.options.js';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type UpdatedAt = ColumnType<Date, string | undefined, string>;
type Json = ColumnType<unknown, string, never>;
/** A calendar date: read as 'YYYY-MM-DD' on both engines. */
type CalendarDate = ColumnType<string, string, string>;

export interface MunicipalChecklistsTable {
  id: Generated<string>;
  organisation_id: string;
  year: number;
  pack_version: string;
  region_name: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MunicipalChecklistParticipantsTable {
  checklist_id: string;
  organisation_id: string;
  participant_id: string;
  added_at: CreatedAt;
}

export interface MunicipalChecklistAnswersTable {
  id: Generated<string>;
  organisation_id: string;
  checklist_id: string;
  question_ref: string;
  answer: ChecklistAnswer | null;
  notes: ColumnType<string, string | undefined, string>;
  evidence: ColumnType<string, string | undefined, string>;
  evidence_url: string | null;
  answered_by: string | null;
  answered_by_name: string | null;
  answered_by_organisation: string | null;
  answered_at: ColumnType<Date | null, string | undefined, string>;
  updated_at: UpdatedAt;
}

export interface MunicipalChecklistActionsTable {
  id: Generated<string>;
  organisation_id: string;
  checklist_id: string;
  question_ref: string;
  action_code: string | null;
  title: string;
  owner_name: string;
  due_on: CalendarDate | null;
  status: ColumnType<ActionStatus, ActionStatus | undefined, ActionStatus>;
  progress_note: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type ChecklistChange = 'started' | 'regionUpdated' | 'answered' | 'actionCreated' | 'actionUpdated';

export interface MunicipalChecklistHistoryTable {
  id: GeneratedAlways<number>;
  organisation_id: string;
  checklist_id: string;
  item_ref: string | null;
  change: ChecklistChange;
  snapshot: Json;
  changed_by: string | null;
  changed_by_name: string | null;
  changed_at: CreatedAt;
}

declare module '../../../platform/db/schema.js' {
  interface DB {
    municipal_checklists: MunicipalChecklistsTable;
    municipal_checklist_participants: MunicipalChecklistParticipantsTable;
    municipal_checklist_answers: MunicipalChecklistAnswersTable;
    municipal_checklist_actions: MunicipalChecklistActionsTable;
    municipal_checklist_history: MunicipalChecklistHistoryTable;
  }
}
