-- Improvement plans and good practices (issue 6, point 5): per provider in an
-- inspection round, the points the inspector requires to improve, the
-- provider's actions on each point (what, owner, date, status, progress) and
-- the inspector's follow-up of each action; and the good practices the
-- inspector noted per provider.
--
-- Everything belongs to the inspectorate (organisation_id), like the round it
-- hangs on (0013). A provider that works in Baken and is linked to its entry
-- in the round reads its own rows and writes only its own actions, through
-- the policies below keyed on provider_organisation_id. That column is never
-- trusted from the application: a trigger copies it from the round provider on
-- insert and follows the link when the inspector changes it. Which columns the
-- provider may change is decided in the service (explicit column lists); the
-- policies and the guard trigger are the second wall. Nothing is deleted.

-- A point the provider must improve, in the inspector's words, with the
-- expectation refs it answers and the date by which it should be done.
CREATE TABLE improvement_points (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  round_id uuid NOT NULL REFERENCES inspection_rounds (id),
  round_provider_id uuid NOT NULL REFERENCES inspection_round_providers (id),
  provider_organisation_id uuid REFERENCES organisations (id),
  -- ["5.2.1", "5.2.2"]: refs of the framework version the round judges against.
  expectation_refs jsonb NOT NULL,
  description text NOT NULL,
  due_on date,
  created_by uuid REFERENCES users (id),
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by_name text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX improvement_points_provider_idx ON improvement_points (round_provider_id, created_at);
CREATE INDEX improvement_points_round_idx ON improvement_points (round_id);

-- What the provider does about a point. Names are kept as text beside the user
-- ids: the inspectorate cannot read the provider's users, nor the other way round.
CREATE TABLE improvement_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  round_id uuid NOT NULL REFERENCES inspection_rounds (id),
  round_provider_id uuid NOT NULL REFERENCES inspection_round_providers (id),
  point_id uuid NOT NULL REFERENCES improvement_points (id),
  provider_organisation_id uuid REFERENCES organisations (id),
  what text NOT NULL,
  owner_name text NOT NULL,
  -- A colleague in the provider organisation, when the provider keeps its plan in Baken.
  owner_user_id uuid REFERENCES users (id),
  due_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'inProgress', 'done')),
  progress_note text,
  created_by uuid REFERENCES users (id),
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_by_name text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX improvement_actions_point_idx ON improvement_actions (point_id, created_at);
CREATE INDEX improvement_actions_round_idx ON improvement_actions (round_id);

-- The inspector's follow-up of an action, appended: the latest is where it stands.
CREATE TABLE improvement_follow_ups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  round_provider_id uuid NOT NULL REFERENCES inspection_round_providers (id),
  action_id uuid NOT NULL REFERENCES improvement_actions (id),
  provider_organisation_id uuid REFERENCES organisations (id),
  verdict text NOT NULL CHECK (verdict IN ('accepted', 'notYetSufficient', 'closed')),
  note text,
  followed_up_on date NOT NULL,
  recorded_by uuid REFERENCES users (id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX improvement_follow_ups_action_idx ON improvement_follow_ups (action_id, recorded_at);

-- A good practice the inspector saw at a provider, in the inspector's words.
CREATE TABLE good_practices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  round_id uuid NOT NULL REFERENCES inspection_rounds (id),
  round_provider_id uuid NOT NULL REFERENCES inspection_round_providers (id),
  provider_organisation_id uuid REFERENCES organisations (id),
  title text NOT NULL,
  description text NOT NULL,
  -- A theme ('2') or an expectation ('2.1.1') of the round's framework version, if it fits one.
  ref text,
  created_by uuid REFERENCES users (id),
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by_name text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX good_practices_provider_idx ON good_practices (round_provider_id, created_at);
CREATE INDEX good_practices_organisation_idx ON good_practices (organisation_id, created_at DESC);

-- Every version of a point, an action or a good practice, whoever changed it.
CREATE TABLE improvement_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  round_provider_id uuid NOT NULL REFERENCES inspection_round_providers (id),
  provider_organisation_id uuid REFERENCES organisations (id),
  record_type text NOT NULL CHECK (record_type IN ('point', 'action', 'followUp', 'goodPractice')),
  record_id uuid NOT NULL,
  change text NOT NULL CHECK (change IN ('created', 'updated')),
  snapshot jsonb NOT NULL,
  changed_by_name text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX improvement_history_record_idx ON improvement_history (record_id, id);

-- The link to the provider organisation comes from the round provider, never
-- from the insert; the owning organisation and what a row hangs on never change.
CREATE FUNCTION improvement_row_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT p.provider_organisation_id INTO NEW.provider_organisation_id
      FROM inspection_round_providers p
     WHERE p.id = NEW.round_provider_id AND p.organisation_id = NEW.organisation_id;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'round provider % is not in organisation %', NEW.round_provider_id, NEW.organisation_id;
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.organisation_id IS DISTINCT FROM OLD.organisation_id
     OR NEW.round_provider_id IS DISTINCT FROM OLD.round_provider_id
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'an improvement row keeps its organisation, provider and creation';
  END IF;
  -- Only the inspectorate (through the link trigger below) or a system task moves the
  -- provider link; a provider can never hand a row to another organisation.
  IF NEW.provider_organisation_id IS DISTINCT FROM OLD.provider_organisation_id
     AND current_organisation_id() IS NOT NULL AND current_organisation_id() <> OLD.organisation_id THEN
    RAISE EXCEPTION 'only the inspectorate moves the provider link';
  END IF;
  RETURN NEW;
END
$$;

-- An action keeps its point; the provider's update may touch the provider's columns only.
CREATE FUNCTION improvement_action_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.point_id IS DISTINCT FROM OLD.point_id OR NEW.round_id IS DISTINCT FROM OLD.round_id
     OR NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.created_by_name IS DISTINCT FROM OLD.created_by_name THEN
    RAISE EXCEPTION 'an improvement action keeps its point and its author';
  END IF;
  RETURN NEW;
END
$$;

-- When the inspector links or unlinks a provider in Baken, its rows follow.
CREATE FUNCTION improvement_follow_provider_link() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.provider_organisation_id IS DISTINCT FROM OLD.provider_organisation_id THEN
    UPDATE improvement_points SET provider_organisation_id = NEW.provider_organisation_id WHERE round_provider_id = NEW.id;
    UPDATE improvement_actions SET provider_organisation_id = NEW.provider_organisation_id WHERE round_provider_id = NEW.id;
    UPDATE improvement_follow_ups SET provider_organisation_id = NEW.provider_organisation_id WHERE round_provider_id = NEW.id;
    UPDATE good_practices SET provider_organisation_id = NEW.provider_organisation_id WHERE round_provider_id = NEW.id;
    UPDATE improvement_history SET provider_organisation_id = NEW.provider_organisation_id WHERE round_provider_id = NEW.id;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER improvement_points_guard BEFORE INSERT OR UPDATE ON improvement_points
  FOR EACH ROW EXECUTE FUNCTION improvement_row_guard();
CREATE TRIGGER improvement_actions_guard BEFORE INSERT OR UPDATE ON improvement_actions
  FOR EACH ROW EXECUTE FUNCTION improvement_row_guard();
CREATE TRIGGER improvement_actions_keep BEFORE UPDATE ON improvement_actions
  FOR EACH ROW EXECUTE FUNCTION improvement_action_guard();
CREATE TRIGGER improvement_follow_ups_guard BEFORE INSERT OR UPDATE ON improvement_follow_ups
  FOR EACH ROW EXECUTE FUNCTION improvement_row_guard();
CREATE TRIGGER good_practices_guard BEFORE INSERT OR UPDATE ON good_practices
  FOR EACH ROW EXECUTE FUNCTION improvement_row_guard();
CREATE TRIGGER improvement_history_guard BEFORE INSERT OR UPDATE ON improvement_history
  FOR EACH ROW EXECUTE FUNCTION improvement_row_guard();
CREATE TRIGGER inspection_round_providers_link AFTER UPDATE OF provider_organisation_id ON inspection_round_providers
  FOR EACH ROW EXECUTE FUNCTION improvement_follow_provider_link();

GRANT SELECT, INSERT, UPDATE ON improvement_points, improvement_actions, good_practices TO baken_app;
GRANT SELECT, INSERT ON improvement_follow_ups, improvement_history TO baken_app;
-- The link trigger moves the copy on follow-ups and history too.
GRANT UPDATE (provider_organisation_id) ON improvement_follow_ups, improvement_history TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['improvement_points', 'improvement_actions', 'improvement_follow_ups', 'good_practices', 'improvement_history']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
    -- The linked provider reads its own rows, never another provider''s.
    EXECUTE format(
      'CREATE POLICY provider_reads_own ON %I FOR SELECT TO baken_app
         USING (provider_organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;

-- The linked provider writes its own actions (and their history); points,
-- follow-ups and good practices stay the inspector's.
CREATE POLICY provider_adds_action ON improvement_actions FOR INSERT TO baken_app
  WITH CHECK (provider_organisation_id = current_organisation_id() AND organisation_id <> current_organisation_id());
CREATE POLICY provider_updates_action ON improvement_actions FOR UPDATE TO baken_app
  USING (provider_organisation_id = current_organisation_id())
  WITH CHECK (provider_organisation_id = current_organisation_id() AND organisation_id <> current_organisation_id());
CREATE POLICY provider_keeps_history ON improvement_history FOR INSERT TO baken_app
  WITH CHECK (provider_organisation_id = current_organisation_id() AND record_type = 'action');
