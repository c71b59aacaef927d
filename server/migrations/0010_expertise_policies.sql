-- Staff expertise and the policies register (issue 6, point 4).
--
-- Expertise: the trainings a member of staff followed that matter for work
-- with young people in exploitation (quality framework 003 §1.4: accredited
-- training in the staff file), and their professional registration (SKJ, BIG)
-- with its expiry (inspection expectations 004 §5.2.1 and §5.2.2). These rows
-- are personal data of staff: every read and change is audited.
--
-- Policies: the organisation's policies and protocols (admission policy,
-- missing-person protocol, ...) with their versions. A new version supersedes
-- the current one; every earlier version stays readable with its document.
--
-- Nothing here is ever deleted by the application: a training entered by
-- mistake is withdrawn, a registration that ended early is ended, a policy
-- that no longer applies is withdrawn. Every change leaves a snapshot.

-- Uploaded documents: certificates of trainings and the documents of policy
-- versions. Sniffed on upload; the bytes are never changed afterwards.
CREATE TABLE quality_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  content bytea NOT NULL,
  mime_type text NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  file_name text NOT NULL,
  byte_size integer NOT NULL CHECK (byte_size > 0),
  uploaded_by uuid NOT NULL REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_trainings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  user_id uuid NOT NULL REFERENCES users (id),
  title text NOT NULL,
  -- Who gave the training (an institute, an in-house trainer).
  provider text NOT NULL,
  completed_on date NOT NULL,
  accredited boolean NOT NULL DEFAULT false,
  accreditation_body text,
  accreditation_points numeric(5, 1),
  -- Topic codes (exploitationSignals, traumaInformed, ...); at least one makes
  -- the training relevant to work with victims of exploitation.
  topics text[] NOT NULL DEFAULT '{}',
  notes text NOT NULL DEFAULT '',
  certificate_id uuid REFERENCES quality_documents (id),
  -- Entered by mistake: the row stays, out of every count.
  withdrawn_at timestamptz,
  withdrawn_reason text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (accredited OR (accreditation_body IS NULL AND accreditation_points IS NULL)),
  CHECK (accreditation_points IS NULL OR accreditation_points >= 0),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
);
CREATE INDEX staff_trainings_user_idx ON staff_trainings (organisation_id, user_id, completed_on DESC);

CREATE TABLE professional_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  user_id uuid NOT NULL REFERENCES users (id),
  register text NOT NULL CHECK (register IN ('skj', 'big', 'other')),
  -- The name of the register when it is neither SKJ nor BIG.
  register_name text,
  registration_number text NOT NULL,
  registered_from date NOT NULL,
  expires_on date NOT NULL,
  notes text NOT NULL DEFAULT '',
  -- Entered by mistake: the row stays, out of every count.
  withdrawn_at timestamptz,
  withdrawn_reason text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (expires_on > registered_from),
  CHECK (register <> 'other' OR register_name IS NOT NULL),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
);
CREATE INDEX professional_registrations_user_idx ON professional_registrations (organisation_id, user_id, expires_on DESC);
CREATE INDEX professional_registrations_expiry_idx ON professional_registrations (organisation_id, expires_on);

-- Every change of a training or a registration, as a snapshot.
CREATE TABLE expertise_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  subject_type text NOT NULL CHECK (subject_type IN ('training', 'registration')),
  subject_id uuid NOT NULL,
  change text NOT NULL CHECK (change IN ('created', 'updated', 'withdrawn')),
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX expertise_history_subject_idx ON expertise_history (subject_id, id);

-- A policy or protocol as the organisation knows it: its kind and title, and
-- the facts of its current version (kept here so that a reader, or evidence in
-- the self-assessment that points at policies(id), needs one row).
CREATE TABLE policies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  -- admissionPolicy, missingPersonProtocol, ... (validated by the application).
  kind text NOT NULL,
  title text NOT NULL,
  status text NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'withdrawn')),
  -- The current version.
  current_version_id uuid,
  version_label text NOT NULL,
  owner_id uuid NOT NULL REFERENCES users (id),
  adopted_on date NOT NULL,
  review_on date NOT NULL,
  document_id uuid REFERENCES quality_documents (id),
  reference text,
  withdrawn_on date,
  withdrawn_reason text,
  -- Optimistic concurrency: a change names the version it was made against.
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (review_on >= adopted_on),
  CHECK (document_id IS NOT NULL OR reference IS NOT NULL),
  CHECK ((status = 'withdrawn') = (withdrawn_on IS NOT NULL))
);
CREATE INDEX policies_kind_idx ON policies (organisation_id, kind);
CREATE INDEX policies_review_idx ON policies (organisation_id, review_on) WHERE status = 'current';

-- Every version of a policy as it was adopted; the highest sequence is current.
CREATE TABLE policy_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  policy_id uuid NOT NULL REFERENCES policies (id),
  sequence integer NOT NULL,
  version_label text NOT NULL,
  owner_id uuid NOT NULL REFERENCES users (id),
  adopted_on date NOT NULL,
  review_on date NOT NULL,
  document_id uuid REFERENCES quality_documents (id),
  reference text,
  change_note text NOT NULL DEFAULT '',
  superseded_at timestamptz,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (policy_id, sequence),
  CHECK (review_on >= adopted_on),
  CHECK (document_id IS NOT NULL OR reference IS NOT NULL)
);

ALTER TABLE policies ADD CONSTRAINT policies_current_version_fk
  FOREIGN KEY (current_version_id) REFERENCES policy_versions (id);

-- Every change of a policy (created, updated, newVersion, withdrawn), as a snapshot.
CREATE TABLE policy_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  policy_id uuid NOT NULL REFERENCES policies (id),
  change text NOT NULL CHECK (change IN ('created', 'updated', 'newVersion', 'withdrawn')),
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX policy_history_policy_idx ON policy_history (policy_id, id);

GRANT SELECT, INSERT ON quality_documents, expertise_history, policy_history TO baken_app;
GRANT SELECT, INSERT, UPDATE ON staff_trainings, professional_registrations, policies, policy_versions TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['quality_documents', 'staff_trainings', 'professional_registrations', 'expertise_history',
                           'policies', 'policy_versions', 'policy_history']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;
