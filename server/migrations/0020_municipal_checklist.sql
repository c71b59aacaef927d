-- The municipal checklist with its action plan (issue 7, point 1; seed 002).
--
-- A municipality answers the checklist once a year (content/municipal/
-- checklist.yaml): per question yes, partly, no or unknown, with notes and
-- evidence. It may answer as a region: other municipalities taking part are
-- linked by their public short name and their policy officers read and answer
-- the same checklist. From every answer that is not "yes" the check's
-- suggested actions (or an own action) go into the action plan. Every change
-- leaves a snapshot in the history.
--
-- Rows belong to the owning municipality (organisation_id). A municipality
-- taking part reaches them only through municipal_checklist_joined(), which
-- answers "is my organisation taking part in this checklist?" and nothing else.

CREATE TABLE municipal_checklists (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  -- The version of the checklist pack the questions were asked from.
  pack_version text NOT NULL,
  -- Set when the checklist is answered as a region.
  region_name text,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, year)
);

-- The other municipalities answering this checklist as a region.
CREATE TABLE municipal_checklist_participants (
  checklist_id uuid NOT NULL REFERENCES municipal_checklists (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  participant_id uuid NOT NULL REFERENCES organisations (id),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (checklist_id, participant_id),
  CHECK (participant_id <> organisation_id)
);
CREATE INDEX municipal_checklist_participants_participant_idx ON municipal_checklist_participants (participant_id);

-- One row per question, made when the checklist starts; answer NULL: not answered yet.
-- Names are kept as text: a policy officer of a municipality taking part reads no users of the owner.
CREATE TABLE municipal_checklist_answers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  checklist_id uuid NOT NULL REFERENCES municipal_checklists (id),
  question_ref text NOT NULL,
  answer text CHECK (answer IN ('yes', 'partly', 'no', 'unknown')),
  notes text NOT NULL DEFAULT '',
  evidence text NOT NULL DEFAULT '',
  evidence_url text,
  answered_by uuid REFERENCES users (id),
  answered_by_name text,
  answered_by_organisation text,
  answered_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (checklist_id, question_ref)
);

-- The action plan: an action for a question not answered "yes", from the check's suggestions (action_code) or an own one.
CREATE TABLE municipal_checklist_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  checklist_id uuid NOT NULL REFERENCES municipal_checklists (id),
  question_ref text NOT NULL,
  action_code text,
  title text NOT NULL,
  owner_name text NOT NULL,
  due_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'inProgress', 'done')),
  progress_note text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX municipal_checklist_actions_checklist_idx ON municipal_checklist_actions (checklist_id, question_ref);
-- A suggestion becomes an action once per question.
CREATE UNIQUE INDEX municipal_checklist_actions_once_idx ON municipal_checklist_actions (checklist_id, question_ref, action_code) WHERE action_code IS NOT NULL;

-- Every change, as a snapshot: of an answer (item_ref = question ref), an action (item_ref = action id) or the checklist.
CREATE TABLE municipal_checklist_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  checklist_id uuid NOT NULL REFERENCES municipal_checklists (id),
  item_ref text,
  change text NOT NULL CHECK (change IN ('started', 'regionUpdated', 'answered', 'actionCreated', 'actionUpdated')),
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_by_name text,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX municipal_checklist_history_item_idx ON municipal_checklist_history (checklist_id, item_ref, id);

-- Whether the current organisation takes part in this checklist (as a region member, not as its owner).
CREATE FUNCTION municipal_checklist_joined(p_checklist uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT EXISTS (SELECT 1 FROM municipal_checklist_participants p
                 WHERE p.checklist_id = p_checklist AND p.participant_id = current_organisation_id())
$$;

-- The municipality with this public short name, if one works in Baken; never the asking one. The id stays on the server.
CREATE FUNCTION checklist_municipality_by_slug(p_slug text) RETURNS TABLE (id uuid, name text, slug text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT o.id, o.name, o.slug FROM organisations o
  WHERE o.slug = lower(p_slug) AND o.kind = 'municipality' AND o.id IS DISTINCT FROM current_organisation_id()
$$;

-- Name and short name of a municipality that owns or takes part in a checklist the current organisation can see.
CREATE FUNCTION checklist_municipality(p_id uuid) RETURNS TABLE (name text, slug text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT o.name, o.slug FROM organisations o
  WHERE o.id = p_id AND o.kind = 'municipality'
    AND (o.id = current_organisation_id()
      OR EXISTS (SELECT 1 FROM municipal_checklists c
                 WHERE (c.organisation_id = current_organisation_id() OR municipal_checklist_joined(c.id))
                   AND (c.organisation_id = p_id
                     OR EXISTS (SELECT 1 FROM municipal_checklist_participants p WHERE p.checklist_id = c.id AND p.participant_id = p_id))))
$$;

REVOKE ALL ON FUNCTION municipal_checklist_joined(uuid), checklist_municipality_by_slug(text), checklist_municipality(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION municipal_checklist_joined(uuid), checklist_municipality_by_slug(text), checklist_municipality(uuid) TO baken_app;

GRANT SELECT, INSERT, UPDATE ON municipal_checklists, municipal_checklist_answers, municipal_checklist_actions TO baken_app;
GRANT SELECT, INSERT, DELETE ON municipal_checklist_participants TO baken_app;
GRANT SELECT, INSERT ON municipal_checklist_history TO baken_app;

ALTER TABLE municipal_checklists ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_or_participant ON municipal_checklists TO baken_app
  USING (organisation_id = current_organisation_id() OR municipal_checklist_joined(id))
  WITH CHECK (organisation_id = current_organisation_id() OR municipal_checklist_joined(id));

-- Only the owner links and unlinks municipalities; a participant sees who takes part.
ALTER TABLE municipal_checklist_participants ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_keeps ON municipal_checklist_participants TO baken_app
  USING (organisation_id = current_organisation_id())
  WITH CHECK (organisation_id = current_organisation_id());
CREATE POLICY participant_reads ON municipal_checklist_participants FOR SELECT TO baken_app
  USING (municipal_checklist_joined(checklist_id));

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['municipal_checklist_answers', 'municipal_checklist_actions', 'municipal_checklist_history']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY owner_or_participant ON %I TO baken_app
         USING (organisation_id = current_organisation_id() OR municipal_checklist_joined(checklist_id))
         WITH CHECK (organisation_id = current_organisation_id() OR municipal_checklist_joined(checklist_id))', t);
  END LOOP;
END
$$;
