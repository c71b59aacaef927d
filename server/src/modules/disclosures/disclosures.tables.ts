// The tables of partners and disclosures (migration 0004), added to the query
// layer's database type where the module declares them.
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type UpdatedAt = ColumnType<Date, string | undefined, string>;
type Json = ColumnType<unknown, string, string>;

export interface PartnersTable {
  id: Generated<string>;
  organisation_id: string;
  kind: string;
  name: string;
  contact_person: string | null;
  region: string | null;
  phone: string | null;
  verified_phone: string | null;
  email: string | null;
  notes: string | null;
  linked_organisation_id: string | null;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface OrganisationContactsTable {
  organisation_id: string;
  phone_24_7: string | null;
  designated_officer_id: string | null;
  substitute_officer_id: string | null;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface DisclosuresTable {
  id: Generated<string>;
  organisation_id: string;
  youth_id: string;
  source: string;
  source_id: string | null;
  recipient_partner_id: string | null;
  recipient_kind: string;
  recipient_name: string;
  purpose: string;
  legal_ground: string;
  secrecy_ground: string;
  secrecy_reasoning: string | null;
  categories: Json;
  decided_by: string;
  youth_informed: boolean;
  youth_not_informed_reason: string | null;
  disclosed_at: ColumnType<Date, string, never>;
  summary: string | null;
  content: Json | null;
  photo_id: string | null;
  delivered: Generated<boolean>;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface DisclosureReceiptsTable {
  id: Generated<string>;
  organisation_id: string;
  source_organisation_id: string;
  source_organisation_name: string;
  source_phone_24_7: string | null;
  kind: string;
  purpose: string;
  legal_ground: string;
  categories: Json;
  decided_by_name: string;
  disclosed_at: ColumnType<Date, string, never>;
  subject_name: string;
  content: Json;
  photo: Buffer | null;
  photo_mime_type: string | null;
  received_at: CreatedAt;
  first_viewed_at: ColumnType<Date | null, never, string>;
}

declare module '../../platform/db/schema.js' {
  interface DB {
    partners: PartnersTable;
    organisation_contacts: OrganisationContactsTable;
    disclosures: DisclosuresTable;
    disclosure_receipts: DisclosureReceiptsTable;
  }
}
