-- Foundation: organisations, users, sessions, the core case file and the audit trail.
-- Every organisation-owned table carries organisation_id and a row-level security
-- policy. The application works as role baken_app inside each transaction (see
-- platform/db/database.ts), so these policies are a second line behind the
-- organisation filter in every query.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'baken_app') THEN
    CREATE ROLE baken_app NOLOGIN;
  END IF;
END
$$;

-- current_organisation_id() is NULL outside an organisation context, which
-- matches no row: a forgotten context denies instead of leaking.
CREATE FUNCTION current_organisation_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.organisation_id', true), '')::uuid $$;

CREATE TABLE app_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('provider', 'municipality', 'police', 'regionalCoordination', 'inspectorate')),
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, name)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name text NOT NULL,
  password_hash text,
  totp_secret_sealed text,
  totp_enabled boolean NOT NULL DEFAULT false,
  totp_last_step bigint,
  active boolean NOT NULL DEFAULT true,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  deactivated_at timestamptz
);
CREATE INDEX users_organisation_idx ON users (organisation_id, display_name);

CREATE TABLE user_roles (
  user_id uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  role text NOT NULL,
  PRIMARY KEY (user_id, role)
);

CREATE TABLE team_members (
  team_id uuid NOT NULL REFERENCES teams (id),
  user_id uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user_idx ON team_members (user_id);

CREATE TABLE recovery_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  code_hash text NOT NULL,
  used_at timestamptz
);
CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id);

-- One-time links: the first administrator's setup link and account activation.
CREATE TABLE one_time_tokens (
  token_hash text PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('setup', 'activation')),
  user_id uuid REFERENCES users (id),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  mfa_verified boolean NOT NULL DEFAULT false,
  mfa_failures integer NOT NULL DEFAULT 0,
  auth_method text NOT NULL DEFAULT 'password' CHECK (auth_method IN ('password', 'oidc')),
  ip text,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL;

-- Single sign-on per organisation. The client secret is sealed with SECRET_KEY.
CREATE TABLE oidc_connections (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
  issuer text NOT NULL,
  client_id text NOT NULL,
  client_secret_sealed text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE youths (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  first_name text NOT NULL,
  last_name text NOT NULL,
  date_of_birth date NOT NULL,
  gender text NOT NULL,
  bsn text,
  phone text,
  email text,
  address text,
  living_situation text NOT NULL,
  legal_framework text NOT NULL,
  lvb_indication text NOT NULL,
  language text,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX youths_first_name_idx ON youths (organisation_id, lower(first_name) text_pattern_ops);
CREATE INDEX youths_last_name_idx ON youths (organisation_id, lower(last_name) text_pattern_ops);
CREATE INDEX youths_dob_idx ON youths (organisation_id, date_of_birth);

CREATE TABLE case_team_members (
  youth_id uuid NOT NULL REFERENCES youths (id),
  user_id uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  team_role text NOT NULL DEFAULT 'member',
  added_by uuid REFERENCES users (id),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (youth_id, user_id)
);
CREATE INDEX case_team_members_user_idx ON case_team_members (user_id, youth_id);

CREATE TABLE journal_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  category text NOT NULL,
  occurred_on date NOT NULL,
  body text NOT NULL,
  author_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX journal_entries_youth_idx ON journal_entries (youth_id, occurred_on DESC, created_at DESC);

CREATE TABLE break_glass_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  user_id uuid NOT NULL REFERENCES users (id),
  reason text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  reviewed_at timestamptz,
  reviewed_by uuid REFERENCES users (id),
  review_verdict text CHECK (review_verdict IN ('justified', 'notJustified')),
  review_note text
);
CREATE INDEX break_glass_active_idx ON break_glass_grants (user_id, youth_id, expires_at);
CREATE INDEX break_glass_review_idx ON break_glass_grants (organisation_id, created_at DESC) WHERE reviewed_at IS NULL;

-- In-app alerts, for now the break-the-glass alert to designated officers.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  recipient_role text NOT NULL,
  kind text NOT NULL,
  youth_id uuid REFERENCES youths (id),
  subject_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_recipient_idx ON notifications (organisation_id, recipient_role, created_at DESC);

-- The audit trail (NEN 7513). Rows are appended without any lock; the sealer
-- (platform/audit/sealer.ts) chains them afterwards in (xact_id, id) order.
CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  xact_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  organisation_id uuid REFERENCES organisations (id),
  actor_user_id uuid,
  actor_roles text[] NOT NULL DEFAULT '{}',
  action text NOT NULL,
  outcome text NOT NULL DEFAULT 'allowed' CHECK (outcome IN ('allowed', 'denied', 'failed')),
  record_type text,
  record_id uuid,
  youth_id uuid,
  purpose text,
  break_glass_id uuid,
  ip text,
  user_agent text,
  details jsonb
);
CREATE INDEX audit_events_chain_idx ON audit_events (xact_id, id);
CREATE INDEX audit_events_youth_idx ON audit_events (youth_id, occurred_at DESC) WHERE youth_id IS NOT NULL;
CREATE INDEX audit_events_org_idx ON audit_events (organisation_id, occurred_at DESC);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_user_id, occurred_at DESC);

-- Each seal chains a batch of events to the seal before it. event_hashes[i] is
-- the running hash after event_ids[i], so a verifier can name the first event
-- whose hash no longer matches.
CREATE TABLE audit_seals (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sealed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  after_xact_id xid8 NOT NULL,
  after_event_id bigint NOT NULL,
  last_xact_id xid8 NOT NULL,
  last_event_id bigint NOT NULL,
  event_ids bigint[] NOT NULL,
  event_hashes text[] NOT NULL,
  previous_hash text NOT NULL,
  hash text NOT NULL
);

CREATE FUNCTION refuse_audit_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_seals_append_only BEFORE UPDATE OR DELETE ON audit_seals
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

-- Privileges of the application role: no UPDATE or DELETE on the trail at all.
GRANT USAGE ON SCHEMA public TO baken_app;
GRANT SELECT ON organisations, app_settings TO baken_app;
GRANT SELECT, INSERT, UPDATE ON teams, users, youths, break_glass_grants TO baken_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON user_roles, team_members, case_team_members TO baken_app;
GRANT SELECT, INSERT ON journal_entries, notifications TO baken_app;
GRANT SELECT, INSERT ON audit_events TO baken_app;
GRANT SELECT ON audit_seals TO baken_app;
-- Session, token and recovery-code rows are looked up before an organisation is
-- known (by token hash), so they carry no RLS policy; every query on them
-- filters by the user or token it is about.
GRANT SELECT, INSERT, UPDATE ON sessions, recovery_codes, one_time_tokens TO baken_app;
GRANT SELECT, INSERT, UPDATE ON oidc_connections TO baken_app;

-- Row-level security: the second line of organisation isolation.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['teams', 'users', 'user_roles', 'team_members', 'youths', 'case_team_members',
                           'journal_entries', 'break_glass_grants', 'notifications', 'audit_events',
                           'oidc_connections']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;

ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON organisations TO baken_app
  USING (id = current_organisation_id());
