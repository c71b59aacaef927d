-- Case conferences ("zorgtafels", issue 7 point 4; seed 000 and seed 001
-- ch. 11 on multidisciplinary consultation, seed 002 check 4 on privacy
-- agreements at the table).
--
-- How access works. A conference is convened by one organisation and invites
-- others by their public short name (slug). Every row below is readable only
-- by the organisations invited to its conference (case_conference_invited(),
-- a narrow SECURITY DEFINER function, so the policies do not recurse); within
-- those organisations the application lets only the people who are named as
-- participants see it, and audits every view in the viewer's organisation in
-- the same transaction.
--
-- Who names participants. Each organisation names its own people: the
-- convener adds colleagues, and in an invited organisation someone with the
-- right to take part joins, or a colleague who may convene adds them. We chose
-- this over inviting people by e-mail address: an e-mail form would either say
-- whether an address exists in another organisation or stay silent and leave
-- the convener guessing; this way no organisation ever learns anything about
-- another's staff it was not told by that organisation itself.
--
-- Every write is in the writer's own name (WITH CHECK against
-- current_organisation_id()); names of people and organisations are copied in
-- at the time of writing, so nobody needs to read another organisation's users.
-- The link from a named case to the youth's file lives in its own table behind
-- the bringing organisation's row-level security: other organisations never
-- see the youth's id, only what was brought in.

CREATE TABLE case_conferences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  starts_at timestamptz NOT NULL,
  place text,
  online boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'closed')),
  convening_organisation_id uuid NOT NULL REFERENCES organisations (id),
  convening_organisation_name text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE case_conference_organisations (
  conference_id uuid NOT NULL REFERENCES case_conferences (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  organisation_name text NOT NULL,
  organisation_slug text NOT NULL,
  invited_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conference_id, organisation_id)
);
CREATE INDEX case_conference_organisations_org_idx ON case_conference_organisations (organisation_id);

CREATE TABLE case_conference_participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL REFERENCES case_conferences (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  organisation_name text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  display_name text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conference_id, user_id)
);

CREATE TABLE case_conference_cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL REFERENCES case_conferences (id),
  position integer NOT NULL,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  organisation_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('pseudonymous', 'named')),
  -- Pseudonymous: initials, age, region; named: the name as disclosed.
  initials text,
  age integer CHECK (age BETWEEN 0 AND 30),
  region text,
  subject_name text,
  summary text NOT NULL,
  -- For a named case: what was disclosed (purpose, legal ground, kinds of data and why), as it left.
  disclosed jsonb,
  brought_by_name text NOT NULL,
  brought_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'named') = (subject_name IS NOT NULL AND disclosed IS NOT NULL))
);
CREATE INDEX case_conference_cases_conference_idx ON case_conference_cases (conference_id, position);

-- The named case's file and disclosure: the bringing organisation only.
CREATE TABLE case_conference_case_links (
  case_id uuid PRIMARY KEY REFERENCES case_conference_cases (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  disclosure_id uuid NOT NULL REFERENCES disclosures (id)
);
CREATE INDEX case_conference_case_links_youth_idx ON case_conference_case_links (youth_id);

-- Contributions and decisions per case.
CREATE TABLE case_conference_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL REFERENCES case_conferences (id),
  case_id uuid NOT NULL REFERENCES case_conference_cases (id),
  kind text NOT NULL CHECK (kind IN ('contribution', 'decision')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  organisation_name text NOT NULL,
  author_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_conference_entries_case_idx ON case_conference_entries (case_id, created_at);

CREATE TABLE case_conference_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL REFERENCES case_conferences (id),
  case_id uuid NOT NULL REFERENCES case_conference_cases (id),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  owner_participant_id uuid NOT NULL REFERENCES case_conference_participants (id),
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by_organisation_id uuid NOT NULL REFERENCES organisations (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_conference_actions_case_idx ON case_conference_actions (case_id, created_at);

CREATE TABLE case_conference_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conference_id uuid NOT NULL REFERENCES case_conferences (id),
  change text NOT NULL,
  details jsonb,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  organisation_name text NOT NULL,
  by_name text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_conference_history_conference_idx ON case_conference_history (conference_id, id);

-- Whether the current organisation is invited to (or convened) this conference.
CREATE FUNCTION case_conference_invited(p_conference uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT EXISTS (SELECT 1 FROM case_conference_organisations o
                 WHERE o.conference_id = p_conference AND o.organisation_id = current_organisation_id())
$$;

-- The organisation with this public short name, if one works in Baken. The id stays on the server.
CREATE FUNCTION case_conference_organisation_by_slug(p_slug text) RETURNS TABLE (id uuid, name text, slug text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT o.id, o.name, o.slug FROM organisations o
  WHERE o.slug = lower(p_slug) AND o.kind IN ('provider', 'police', 'regionalCoordination', 'municipality')
$$;

REVOKE ALL ON FUNCTION case_conference_invited(uuid), case_conference_organisation_by_slug(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_conference_invited(uuid), case_conference_organisation_by_slug(text) TO baken_app;

GRANT SELECT, INSERT, UPDATE ON case_conferences TO baken_app;
GRANT SELECT, INSERT ON case_conference_organisations, case_conference_cases, case_conference_entries, case_conference_history TO baken_app;
GRANT SELECT, INSERT ON case_conference_participants TO baken_app;
GRANT SELECT, INSERT, UPDATE ON case_conference_actions TO baken_app;
GRANT SELECT, INSERT ON case_conference_case_links TO baken_app;
GRANT UPDATE (position) ON case_conference_cases TO baken_app;

ALTER TABLE case_conferences ENABLE ROW LEVEL SECURITY;
-- The convener sees its new row before the invitation of itself is written (RETURNING).
CREATE POLICY conference_readable ON case_conferences FOR SELECT TO baken_app
  USING (convening_organisation_id = current_organisation_id() OR case_conference_invited(id));
CREATE POLICY conference_insert_own ON case_conferences FOR INSERT TO baken_app
  WITH CHECK (convening_organisation_id = current_organisation_id());
CREATE POLICY conference_update_invited ON case_conferences FOR UPDATE TO baken_app
  USING (case_conference_invited(id)) WITH CHECK (case_conference_invited(id));

ALTER TABLE case_conference_organisations ENABLE ROW LEVEL SECURITY;
CREATE POLICY conference_orgs_readable ON case_conference_organisations FOR SELECT TO baken_app
  USING (case_conference_invited(conference_id));
-- Only the convening organisation invites.
CREATE POLICY conference_orgs_by_convener ON case_conference_organisations FOR INSERT TO baken_app
  WITH CHECK (EXISTS (SELECT 1 FROM case_conferences c
                      WHERE c.id = conference_id AND c.convening_organisation_id = current_organisation_id()));

ALTER TABLE case_conference_participants ENABLE ROW LEVEL SECURITY;
CREATE POLICY conference_participants_readable ON case_conference_participants FOR SELECT TO baken_app
  USING (case_conference_invited(conference_id));
CREATE POLICY conference_participants_own ON case_conference_participants FOR INSERT TO baken_app
  WITH CHECK (organisation_id = current_organisation_id() AND case_conference_invited(conference_id));

ALTER TABLE case_conference_cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY conference_cases_readable ON case_conference_cases FOR SELECT TO baken_app
  USING (case_conference_invited(conference_id));
CREATE POLICY conference_cases_own ON case_conference_cases FOR INSERT TO baken_app
  WITH CHECK (organisation_id = current_organisation_id() AND case_conference_invited(conference_id));
CREATE POLICY conference_cases_reorder ON case_conference_cases FOR UPDATE TO baken_app
  USING (case_conference_invited(conference_id)) WITH CHECK (case_conference_invited(conference_id));

ALTER TABLE case_conference_case_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY conference_links_own ON case_conference_case_links FOR ALL TO baken_app
  USING (organisation_id = current_organisation_id()) WITH CHECK (organisation_id = current_organisation_id());

ALTER TABLE case_conference_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY conference_entries_readable ON case_conference_entries FOR SELECT TO baken_app
  USING (case_conference_invited(conference_id));
CREATE POLICY conference_entries_own ON case_conference_entries FOR INSERT TO baken_app
  WITH CHECK (organisation_id = current_organisation_id() AND case_conference_invited(conference_id));

ALTER TABLE case_conference_actions ENABLE ROW LEVEL SECURITY;
CREATE POLICY conference_actions_readable ON case_conference_actions FOR SELECT TO baken_app
  USING (case_conference_invited(conference_id));
CREATE POLICY conference_actions_own ON case_conference_actions FOR INSERT TO baken_app
  WITH CHECK (organisation_id = current_organisation_id() AND updated_by_organisation_id = current_organisation_id()
              AND case_conference_invited(conference_id));
CREATE POLICY conference_actions_update ON case_conference_actions FOR UPDATE TO baken_app
  USING (case_conference_invited(conference_id))
  WITH CHECK (updated_by_organisation_id = current_organisation_id() AND case_conference_invited(conference_id));

ALTER TABLE case_conference_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY conference_history_readable ON case_conference_history FOR SELECT TO baken_app
  USING (case_conference_invited(conference_id));
CREATE POLICY conference_history_own ON case_conference_history FOR INSERT TO baken_app
  WITH CHECK (organisation_id = current_organisation_id() AND case_conference_invited(conference_id));
