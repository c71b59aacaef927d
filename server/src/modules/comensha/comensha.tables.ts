// The tables of CoMensha consents and registrations (migration 0007), added to
// the query layer's database type where the module declares them.
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type Json = ColumnType<unknown, string, never>;

export interface ComenshaConsentsTable {
  id: Generated<string>;
  organisation_id: string;
  youth_id: string;
  given_by: string;
  signer_name: string;
  signed_on: ColumnType<string, string, never>;
  scope_note: Generated<string>;
  withdrawn_on: ColumnType<string | null, never, string>;
  withdrawn_by: ColumnType<string | null, never, string>;
  withdrawal_note: ColumnType<string | null, never, string>;
  withdrawal_recorded_by: ColumnType<string | null, never, string>;
  withdrawal_recorded_at: ColumnType<Date | null, never, string>;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface ComenshaConsentDocumentsTable {
  id: Generated<string>;
  organisation_id: string;
  youth_id: string;
  consent_id: string;
  content: Buffer;
  mime_type: string;
  uploaded_by: string;
  uploaded_at: CreatedAt;
}

export interface ComenshaRegistrationsTable {
  id: Generated<string>;
  organisation_id: string;
  youth_id: string;
  consent_id: string;
  registered_at: ColumnType<Date, string, never>;
  form: string;
  period: string;
  place: string;
  recruitment: string[];
  recruitment_note: string;
  work: string;
  signals: string;
  police_report: string;
  police_report_note: string;
  care_given: string;
  current_stay: string;
  remarks: string;
  decided_by: string;
  disclosure_id: string;
  content: Json;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface ComenshaNoRegistrationsTable {
  id: Generated<string>;
  organisation_id: string;
  youth_id: string;
  reason: string;
  explanation: string;
  decided_on: ColumnType<string, string, never>;
  recorded_by: string;
  recorded_at: CreatedAt;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    comensha_consents: ComenshaConsentsTable;
    comensha_consent_documents: ComenshaConsentDocumentsTable;
    comensha_registrations: ComenshaRegistrationsTable;
    comensha_no_registrations: ComenshaNoRegistrationsTable;
  }
}
