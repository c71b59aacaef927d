-- Missing episodes (issue 5): from the moment a youth is missed to the
-- evaluation after the return. One row per episode with what the police and
-- the family need to know and the steps taken, and a timeline of events.
-- Nothing is deleted: a correction is a new event, the episode keeps its past.

CREATE TABLE missing_episodes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'returned')),
  last_seen_at timestamptz NOT NULL,
  last_seen_place text NOT NULL,
  circumstances text NOT NULL DEFAULT '',
  -- Clothing and appearance when last seen: the description for the police.
  appearance text NOT NULL DEFAULT '',
  companions text NOT NULL DEFAULT '',
  -- [{ "criterion": "...", "explanation": "..." }]: the urgency criteria that hold and what shows each.
  urgency_criteria jsonb NOT NULL DEFAULT '[]',
  -- Contacts the police may need and the file keeps nowhere else.
  parents_contact text NOT NULL DEFAULT '',
  guardian_contact text NOT NULL DEFAULT '',
  -- Notifications.
  emergency_call_at timestamptz,
  police_report_at timestamptz,
  police_reference text,
  parents_informed_at timestamptz,
  guardian_informed_at timestamptz,
  guardian_available boolean,
  -- Responsibility moved to another placement while the youth is missing.
  transferred_at timestamptz,
  transferred_to text,
  transfer_reason text,
  transfer_police_informed_at timestamptz,
  -- The return.
  returned_at timestamptz,
  found_place text,
  found_by text CHECK (found_by IN ('cameBack', 'police', 'staff', 'parents', 'other')),
  return_notes text,
  return_reported_at timestamptz,
  everyone_informed_at timestamptz,
  -- The police were asked before anyone asked the youth what happened.
  police_consulted_at timestamptz,
  police_consulted_note text,
  -- The medical check offered after the return (quality framework 3.1).
  medical_decision_id uuid REFERENCES medical_decisions (id),
  -- The two follow-up tasks, open until done.
  evaluation_done_at timestamptz,
  evaluation_notes text,
  evaluation_with_youth boolean,
  -- Done too when a safety-plan version is made or signed off after the return.
  safety_plan_marked_at timestamptz,
  safety_plan_note text,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'open' OR (returned_at IS NOT NULL AND found_place IS NOT NULL AND found_by IS NOT NULL)),
  CHECK (returned_at IS NULL OR returned_at >= last_seen_at)
);
-- At most one open episode per youth.
CREATE UNIQUE INDEX missing_episodes_one_open ON missing_episodes (youth_id) WHERE status = 'open';
CREATE INDEX missing_episodes_youth_idx ON missing_episodes (youth_id, last_seen_at DESC);
-- The "missing now" dashboard and the work list.
CREATE INDEX missing_episodes_open_idx ON missing_episodes (organisation_id, last_seen_at) WHERE status = 'open';

-- The timeline of an episode: what happened when, and who recorded it.
CREATE TABLE missing_episode_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  episode_id uuid NOT NULL REFERENCES missing_episodes (id),
  kind text NOT NULL CHECK (kind IN ('started', 'detailsUpdated', 'emergencyCall', 'policeReport', 'parentsInformed', 'guardianInformed',
                                     'sheetHandedOver', 'transferred', 'note', 'returned', 'returnReported', 'everyoneInformed',
                                     'policeConsulted', 'medicalCheck', 'evaluationDone', 'safetyPlanUpdated')),
  -- When it happened (may be earlier than when it was recorded).
  at timestamptz NOT NULL,
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX missing_episode_events_episode_idx ON missing_episode_events (episode_id, at, recorded_at);

GRANT SELECT, INSERT, UPDATE ON missing_episodes TO baken_app;
GRANT SELECT, INSERT ON missing_episode_events TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['missing_episodes', 'missing_episode_events']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;
