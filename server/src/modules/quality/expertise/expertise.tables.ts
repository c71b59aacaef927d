// The staff expertise tables and the shared document store of migration 0010,
// added to the query layer's database type. The policies tables are declared in
// ../policies/policies.tables.ts.
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type UpdatedAt = ColumnType<Date, string | undefined, string>;
type Json = ColumnType<unknown, string, never>;
/** A calendar date: read as 'YYYY-MM-DD' on both engines. */
type CalendarDate = ColumnType<string, string, string>;

export interface QualityDocumentsTable {
  id: Generated<string>;
  organisation_id: string;
  content: Buffer;
  mime_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  file_name: string;
  byte_size: number;
  uploaded_by: string;
  uploaded_at: CreatedAt;
}

export interface StaffTrainingsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  title: string;
  provider: string;
  completed_on: CalendarDate;
  accredited: boolean;
  accreditation_body: string | null;
  /** numeric(5,1): read as a string on both engines. */
  accreditation_points: ColumnType<string | null, number | null, number | null>;
  /** Topic codes; at least one makes the training relevant (see trainingTopics). */
  topics: string[];
  notes: Generated<string>;
  certificate_id: string | null;
  withdrawn_at: ColumnType<Date | null, never, string>;
  withdrawn_reason: ColumnType<string | null, never, string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface ProfessionalRegistrationsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  register: 'skj' | 'big' | 'other';
  register_name: string | null;
  registration_number: string;
  registered_from: CalendarDate;
  expires_on: CalendarDate;
  notes: Generated<string>;
  withdrawn_at: ColumnType<Date | null, never, string>;
  withdrawn_reason: ColumnType<string | null, never, string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface ExpertiseHistoryTable {
  id: GeneratedAlways<number>;
  organisation_id: string;
  subject_type: 'training' | 'registration';
  subject_id: string;
  change: 'created' | 'updated' | 'withdrawn';
  snapshot: Json;
  changed_by: string | null;
  changed_at: CreatedAt;
}

declare module '../../../platform/db/schema.js' {
  interface DB {
    quality_documents: QualityDocumentsTable;
    staff_trainings: StaffTrainingsTable;
    professional_registrations: ProfessionalRegistrationsTable;
    expertise_history: ExpertiseHistoryTable;
  }
}
