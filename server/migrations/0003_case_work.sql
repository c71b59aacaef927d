-- The work in a youth's case file, from the first signal to aftercare (issue 4):
-- signals, reporting-code steps, screenings, risk assessments, safety plans and
-- the photo, the network analysis, visits, the care plan (analysis, goals,
-- progress, phases, reviews), placement, medical decisions, aftercare and the
-- closing of the file. Every table belongs to one organisation and one youth,
-- has row-level security, and keeps its history in case_record_history.
-- Records are never deleted by the application: they are kept, corrected, or
-- marked removed (network items), so nothing committed is lost.

-- Every change of every case record, as a snapshot: the "full history of changes".
CREATE TABLE case_record_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  record_kind text NOT NULL,
  record_id uuid NOT NULL,
  change text NOT NULL CHECK (change IN ('created', 'updated', 'signedOff')),
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_record_history_record_idx ON case_record_history (record_id, id);
CREATE INDEX case_record_history_youth_idx ON case_record_history (youth_id, record_kind, id);

CREATE TABLE signals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  observed_on date NOT NULL,
  observer_kind text NOT NULL CHECK (observer_kind IN ('staff', 'school', 'parents', 'police', 'youth', 'other')),
  observer_name text,
  form text NOT NULL CHECK (form IN ('sexual', 'criminal', 'both', 'unclear')),
  signal_code text,
  signal_list_version text NOT NULL,
  description text NOT NULL,
  status text NOT NULL CHECK (status IN ('new', 'discussed', 'actedUpon')),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signals_youth_idx ON signals (youth_id, observed_on DESC);
CREATE INDEX signals_new_idx ON signals (organisation_id, youth_id) WHERE status = 'new';

-- The five steps of the reporting code (meldcode) for one concern. Step details
-- (who was consulted, the two weighing answers, the decision) are validated by
-- the application per step.
CREATE TABLE reporting_code_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  step smallint NOT NULL CHECK (step BETWEEN 1 AND 5),
  occurred_on date NOT NULL,
  participants text NOT NULL,
  outcome text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reporting_code_steps_youth_idx ON reporting_code_steps (youth_id, step, occurred_on);

CREATE TABLE screenings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  instrument text NOT NULL,
  instruments_version text NOT NULL,
  administered_on date NOT NULL,
  administered_by text NOT NULL,
  age_at_screening smallint NOT NULL,
  indication text NOT NULL CHECK (indication IN ('none', 'possible', 'clear')),
  outcome text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screenings_youth_idx ON screenings (youth_id, administered_on DESC);

CREATE TABLE risk_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  instrument text NOT NULL,
  instruments_version text NOT NULL,
  assessed_on date NOT NULL,
  participants text[] NOT NULL,
  risk_factors text NOT NULL,
  protective_factors text NOT NULL,
  level text NOT NULL CHECK (level IN ('low', 'moderate', 'high', 'veryHigh')),
  conclusion text NOT NULL,
  is_initial boolean NOT NULL DEFAULT false,
  signed_off_by uuid REFERENCES users (id),
  signed_off_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_assessments_youth_idx ON risk_assessments (youth_id, assessed_on DESC);
-- One assessment per file is the one at the start of care.
CREATE UNIQUE INDEX risk_assessments_one_initial ON risk_assessments (youth_id) WHERE is_initial;

CREATE TABLE safety_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  version integer NOT NULL,
  review_on date NOT NULL,
  risky_network text NOT NULL DEFAULT '',
  internet_use text NOT NULL DEFAULT '',
  absconding_risk text NOT NULL DEFAULT '',
  possible_addresses text NOT NULL DEFAULT '',
  parent_contact text NOT NULL DEFAULT '',
  police_cooperation text NOT NULL DEFAULT '',
  staff_safety text NOT NULL DEFAULT '',
  agreements_youth text NOT NULL DEFAULT '',
  agreements_parents text NOT NULL DEFAULT '',
  signed_off_by uuid REFERENCES users (id),
  signed_off_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (youth_id, version)
);
-- At most one draft at a time; signed-off versions are kept as they were.
CREATE UNIQUE INDEX safety_plans_one_draft ON safety_plans (youth_id) WHERE signed_off_at IS NULL;

-- A recent photo, for the safety plan and a missing-person episode. Stored in
-- the database, behind the same access control and audit as the file.
CREATE TABLE youth_photos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  content bytea NOT NULL,
  mime_type text NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png')),
  taken_on date,
  uploaded_by uuid REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX youth_photos_youth_idx ON youth_photos (youth_id, uploaded_at DESC);

CREATE TABLE network_analyses (
  youth_id uuid PRIMARY KEY REFERENCES youths (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  made_with_youth boolean NOT NULL,
  explained_to_youth boolean NOT NULL,
  last_reviewed_on date NOT NULL,
  notes text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE network_persons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  name text NOT NULL,
  relation text NOT NULL,
  classification text NOT NULL CHECK (classification IN ('supportive', 'neutral', 'risky', 'dangerous')),
  phones text[] NOT NULL DEFAULT '{}',
  social_handles text[] NOT NULL DEFAULT '{}',
  addresses text[] NOT NULL DEFAULT '{}',
  vehicles jsonb NOT NULL DEFAULT '[]',
  notes text NOT NULL DEFAULT '',
  removed boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_persons_youth_idx ON network_persons (youth_id);

CREATE TABLE network_places (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  address text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('home', 'family', 'friend', 'hangout', 'school', 'work', 'hotel', 'other')),
  classification text NOT NULL CHECK (classification IN ('supportive', 'neutral', 'risky', 'dangerous')),
  notes text NOT NULL DEFAULT '',
  removed boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_places_youth_idx ON network_places (youth_id);

CREATE TABLE network_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  platform text NOT NULL,
  handle text NOT NULL,
  person_id uuid REFERENCES network_persons (id),
  classification text NOT NULL CHECK (classification IN ('supportive', 'neutral', 'risky', 'dangerous')),
  notes text NOT NULL DEFAULT '',
  removed boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_accounts_youth_idx ON network_accounts (youth_id);

-- Visits to a youth in a residential group, with the identity check.
CREATE TABLE visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  occurred_at timestamptz NOT NULL,
  visitor_name text NOT NULL,
  person_id uuid REFERENCES network_persons (id),
  purpose text NOT NULL CHECK (purpose IN ('visit', 'pickUp')),
  id_document_number text NOT NULL DEFAULT '',
  id_document_expiry date,
  visitor_date_of_birth date,
  licence_plate text NOT NULL DEFAULT '',
  police_check text NOT NULL CHECK (police_check IN ('notAsked', 'consented', 'refused')),
  police_check_outcome text NOT NULL DEFAULT '',
  admitted boolean NOT NULL,
  refusal_reason text NOT NULL DEFAULT '',
  notes text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visits_youth_idx ON visits (youth_id, occurred_at DESC);

-- The house rules a residential group shows its visitors.
CREATE TABLE team_house_rules (
  team_id uuid PRIMARY KEY REFERENCES teams (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  rules text NOT NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The problem, risk, needs and strengths analysis behind the care plan; a new
-- row per revision, established (signed off) by a lead professional.
CREATE TABLE care_plan_analyses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  analysed_on date NOT NULL,
  participants text[] NOT NULL,
  problems text NOT NULL,
  risks text NOT NULL,
  needs text NOT NULL,
  strengths text NOT NULL,
  exploitation text NOT NULL DEFAULT '',
  surface_behaviour text NOT NULL DEFAULT '',
  underlying_problems text NOT NULL DEFAULT '',
  education text NOT NULL DEFAULT '',
  social_network text NOT NULL DEFAULT '',
  youth_summary text NOT NULL DEFAULT '',
  signed_off_by uuid REFERENCES users (id),
  signed_off_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX care_plan_analyses_youth_idx ON care_plan_analyses (youth_id, analysed_on DESC);

CREATE TABLE care_goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  domain text NOT NULL CHECK (domain IN ('safety', 'traumaProcessing', 'selfEsteem', 'healthyRelationships',
                                         'parentsNetwork', 'education', 'leisure', 'housing', 'other')),
  description text NOT NULL,
  youth_text text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'achieved', 'stopped')),
  started_on date NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX care_goals_youth_idx ON care_goals (youth_id, domain);

CREATE TABLE goal_progress (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  goal_id uuid NOT NULL REFERENCES care_goals (id),
  reported_on date NOT NULL,
  assessment text NOT NULL CHECK (assessment IN ('progress', 'noChange', 'setback')),
  report text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX goal_progress_goal_idx ON goal_progress (goal_id, reported_on DESC);

CREATE TABLE care_phases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  number smallint NOT NULL CHECK (number BETWEEN 1 AND 20),
  name text NOT NULL,
  rules text NOT NULL,
  youth_text text NOT NULL DEFAULT '',
  started_on date NOT NULL,
  ended_on date,
  transition_reason text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (youth_id, number)
);

CREATE TABLE care_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  reviewed_on date NOT NULL,
  participants text[] NOT NULL,
  summary text NOT NULL,
  decisions text NOT NULL DEFAULT '',
  next_review_on date NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX care_reviews_youth_idx ON care_reviews (youth_id, reviewed_on DESC);

-- Placement and approach (quality framework 1.1 and 1.2), one per file.
CREATE TABLE placements (
  youth_id uuid PRIMARY KEY REFERENCES youths (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  care_started_on date NOT NULL,
  group_composition text NOT NULL CHECK (group_composition IN ('homogeneous', 'mixed', 'notResidential')),
  reasoning text NOT NULL,
  gender_sensitive_approach text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE medical_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  decided_on date NOT NULL,
  moment text NOT NULL CHECK (moment IN ('startOfCare', 'afterMissing', 'other')),
  sti_check text NOT NULL CHECK (sti_check IN ('notNeeded', 'offered', 'declined', 'done')),
  pregnancy_test text NOT NULL CHECK (pregnancy_test IN ('notNeeded', 'offered', 'declined', 'done')),
  medication text NOT NULL CHECK (medication IN ('notNeeded', 'offered', 'declined', 'done')),
  first_aid text NOT NULL CHECK (first_aid IN ('notNeeded', 'offered', 'declined', 'done')),
  csg_referral text NOT NULL CHECK (csg_referral IN ('notNeeded', 'offered', 'declined', 'done')),
  reasoning text NOT NULL,
  outcome text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX medical_decisions_youth_idx ON medical_decisions (youth_id, decided_on DESC);

-- The handover plan at the end of care, one per file.
CREATE TABLE aftercare_plans (
  youth_id uuid PRIMARY KEY REFERENCES youths (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  next_provider text NOT NULL DEFAULT '',
  district_team text NOT NULL DEFAULT '',
  local_police_officer text NOT NULL DEFAULT '',
  warm_handover_on date,
  plan text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Closing a file: it stays readable for its case team until its retention
-- period ends.
ALTER TABLE youths
  ADD COLUMN closed_on date,
  ADD COLUMN closure_reason text,
  ADD COLUMN closed_by uuid REFERENCES users (id),
  ADD COLUMN retention_until date;

GRANT SELECT, INSERT ON case_record_history TO baken_app;
GRANT SELECT, INSERT, UPDATE ON signals, reporting_code_steps, screenings, risk_assessments, safety_plans,
  youth_photos, network_analyses, network_persons, network_places, network_accounts, visits, team_house_rules,
  care_plan_analyses, care_goals, goal_progress, care_phases, care_reviews, placements, medical_decisions,
  aftercare_plans TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_record_history', 'signals', 'reporting_code_steps', 'screenings', 'risk_assessments',
                           'safety_plans', 'youth_photos', 'network_analyses', 'network_persons', 'network_places',
                           'network_accounts', 'visits', 'team_house_rules', 'care_plan_analyses', 'care_goals',
                           'goal_progress', 'care_phases', 'care_reviews', 'placements', 'medical_decisions',
                           'aftercare_plans']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;
