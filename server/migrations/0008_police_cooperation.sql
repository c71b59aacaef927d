-- Police cooperation (issue 5): the deliberation about a police report on a
-- youth's file, and staff and client safety incidents reported to the safety
-- officer. Both belong to one organisation and have row-level security; the
-- application never deletes them.

-- A documented weighing whether the youth (or someone else) reports to the
-- police. A case record (records layer): its history lives in
-- case_record_history, a lead professional signs it off, after which it is
-- locked; a changed wish is a new deliberation.
CREATE TABLE police_report_deliberations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  deliberated_on date NOT NULL,
  participants text[] NOT NULL,
  youth_wish text NOT NULL CHECK (youth_wish IN ('wantsToReport', 'doesNotWant', 'unsure', 'notYetDiscussed')),
  youth_words text NOT NULL DEFAULT '',
  fear_of_revenge text NOT NULL DEFAULT '',
  loyalty_to_exploiter text NOT NULL DEFAULT '',
  offences text NOT NULL CHECK (offences IN ('no', 'possibly', 'yes', 'unknown')),
  offences_note text NOT NULL DEFAULT '',
  non_punishment text NOT NULL DEFAULT '',
  vulnerability text NOT NULL CHECK (vulnerability IN ('none', 'lvb', 'trauma', 'lvbAndTrauma', 'unknown')),
  trained_interviewer boolean NOT NULL DEFAULT false,
  interviewer_preference text NOT NULL DEFAULT 'noPreference' CHECK (interviewer_preference IN ('noPreference', 'female', 'male')),
  interview_place text NOT NULL DEFAULT 'notDiscussed' CHECK (interview_place IN ('notDiscussed', 'studio', 'familiarPlace', 'policeStation')),
  trusted_person text NOT NULL DEFAULT '',
  interview_needs text NOT NULL DEFAULT '',
  lawyer_consulted_on date,
  lawyer_outcome text NOT NULL DEFAULT '',
  police_intake_on date,
  police_intake_outcome text NOT NULL DEFAULT '',
  alternatives_discussed text[] NOT NULL DEFAULT '{}'
    CHECK (alternatives_discussed <@ ARRAY['notification', 'organisationReport', 'witnessDomicile', 'witnessUnderNumber']::text[]),
  alternatives_note text NOT NULL DEFAULT '',
  weighing text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('pending', 'reportMade', 'notificationMade', 'organisationReport', 'witnessStatement', 'noReportForNow', 'other')),
  outcome_on date,
  police_reference text NOT NULL DEFAULT '',
  outcome_note text NOT NULL DEFAULT '',
  follow_up text NOT NULL DEFAULT '',
  follow_up_on date,
  signed_off_by uuid REFERENCES users (id),
  signed_off_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- The application says so field by field; the table holds the line too.
  CHECK (outcome NOT IN ('reportMade', 'notificationMade', 'organisationReport', 'witnessStatement') OR outcome_on IS NOT NULL),
  CHECK (outcome <> 'reportMade' OR youth_wish = 'wantsToReport')
);
CREATE INDEX police_report_deliberations_youth_idx ON police_report_deliberations (youth_id, deliberated_on DESC);

-- An incident of aggression, threat, feeling unsafe, recruitment of other
-- clients or pressure on staff. Not case data: names of youths stay out (the
-- form asks for initials). The reporter sees their own; the safety officer
-- sees every incident of the organisation and follows it up.
CREATE TABLE incidents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  kind text NOT NULL CHECK (kind IN ('aggression', 'threat', 'feelingUnsafe', 'recruitment', 'pressureOnStaff', 'other')),
  occurred_at timestamptz NOT NULL,
  location text NOT NULL,
  description text NOT NULL,
  involved text NOT NULL DEFAULT '',
  police_involvement text NOT NULL CHECK (police_involvement IN ('notInformed', 'informed', 'reportFiled')),
  police_contact_route text CHECK (police_contact_route IN ('emergency112', 'generalNumber', 'communityOfficer', 'other')),
  police_contact_at timestamptz,
  report_filed_by text CHECK (report_filed_by IN ('employee', 'organisation')),
  police_reference text NOT NULL DEFAULT '',
  -- [{ "appearance", "clothing", "vehicle", "licencePlate", "otherFeatures" }]
  suspects jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'inProgress', 'closed')),
  follow_up_actions text NOT NULL DEFAULT '',
  closing_note text NOT NULL DEFAULT '',
  closed_at timestamptz,
  reported_by uuid NOT NULL REFERENCES users (id),
  reported_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK (police_involvement = 'notInformed' OR police_contact_at IS NOT NULL),
  CHECK (police_involvement <> 'reportFiled' OR report_filed_by IS NOT NULL)
);
CREATE INDEX incidents_organisation_idx ON incidents (organisation_id, status, occurred_at DESC);
CREATE INDEX incidents_reporter_idx ON incidents (reported_by, occurred_at DESC);

-- Every version of an incident as it was reported or followed up.
CREATE TABLE incident_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  incident_id uuid NOT NULL REFERENCES incidents (id),
  change text NOT NULL CHECK (change IN ('reported', 'followedUp')),
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incident_history_incident_idx ON incident_history (incident_id, id);

GRANT SELECT, INSERT, UPDATE ON police_report_deliberations, incidents TO baken_app;
GRANT SELECT, INSERT ON incident_history TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['police_report_deliberations', 'incidents', 'incident_history']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;
