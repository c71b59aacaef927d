// Table shapes as Kysely sees them. Columns the database fills in are Generated.
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, never, never>;

export interface OrganisationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  kind: string;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
}

export interface TeamsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  totp_secret_sealed: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  created_at: CreatedAt;
  deactivated_at: Timestamp | null;
}

export interface UserRolesTable {
  user_id: string;
  organisation_id: string;
  role: string;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  organisation_id: string;
}

export interface RecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export interface OneTimeTokensTable {
  token_hash: string;
  purpose: 'setup' | 'activation';
  user_id: string | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  organisation_id: string;
  mfa_verified: Generated<boolean>;
  mfa_failures: Generated<number>;
  auth_method: Generated<'password' | 'oidc'>;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface OidcConnectionsTable {
  organisation_id: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  enabled: Generated<boolean>;
  updated_at: Timestamp;
}

export interface YouthsTable {
  id: Generated<string>;
  organisation_id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  gender: string;
  bsn: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  living_situation: string;
  legal_framework: string;
  lvb_indication: string;
  language: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  closed_on: string | null;
  closure_reason: string | null;
  closed_by: string | null;
  retention_until: string | null;
  /** Lowercased names for the prefix search, kept by the database (migration 0002). */
  first_name_key: GeneratedAlways<string>;
  last_name_key: GeneratedAlways<string>;
  full_name_key: GeneratedAlways<string>;
}

export interface CaseTeamMembersTable {
  youth_id: string;
  user_id: string;
  organisation_id: string;
  team_role: Generated<string>;
  added_by: string | null;
  added_at: CreatedAt;
}

export interface JournalEntriesTable {
  id: Generated<string>;
  organisation_id: string;
  youth_id: string;
  category: string;
  occurred_on: string;
  body: string;
  author_id: string;
  created_at: CreatedAt;
}

export interface BreakGlassGrantsTable {
  id: Generated<string>;
  organisation_id: string;
  youth_id: string;
  user_id: string;
  reason: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  review_verdict: 'justified' | 'notJustified' | null;
  review_note: string | null;
}

export interface NotificationsTable {
  id: Generated<string>;
  organisation_id: string;
  recipient_role: string;
  kind: string;
  youth_id: string | null;
  subject_id: string | null;
  created_at: CreatedAt;
}

export interface AuditEventsTable {
  id: ColumnType<number, never, never>;
  xact_id: ColumnType<string, never, never>;
  occurred_at: CreatedAt;
  organisation_id: string | null;
  actor_user_id: string | null;
  actor_roles: string[];
  action: string;
  outcome: 'allowed' | 'denied' | 'failed';
  record_type: string | null;
  record_id: string | null;
  youth_id: string | null;
  purpose: string | null;
  break_glass_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: unknown;
}

export interface AuditSealsTable {
  id: ColumnType<number, never, never>;
  sealed_at: CreatedAt;
  after_xact_id: string;
  after_event_id: number;
  last_xact_id: string;
  last_event_id: number;
  event_ids: number[];
  event_hashes: string[];
  previous_hash: string;
  hash: string;
}

export interface AppSettingsTable {
  key: string;
  value: unknown;
  updated_at: Timestamp;
}

export interface DB {
  app_settings: AppSettingsTable;
  organisations: OrganisationsTable;
  teams: TeamsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  team_members: TeamMembersTable;
  recovery_codes: RecoveryCodesTable;
  one_time_tokens: OneTimeTokensTable;
  sessions: SessionsTable;
  oidc_connections: OidcConnectionsTable;
  youths: YouthsTable;
  case_team_members: CaseTeamMembersTable;
  journal_entries: JournalEntriesTable;
  break_glass_grants: BreakGlassGrantsTable;
  notifications: NotificationsTable;
  audit_events: AuditEventsTable;
  audit_seals: AuditSealsTable;
  case_record_history: CaseRecordHistoryTable;
}

export interface CaseRecordHistoryTable {
  id: GeneratedAlways<number>;
  organisation_id: string;
  youth_id: string;
  record_kind: string;
  record_id: string;
  change: string;
  snapshot: ColumnType<unknown, string, never>;
  changed_by: string | null;
  changed_at: CreatedAt;
}
