-- Inspection (issue 6, points 5 and 6): the inspectorate's rounds, the
-- providers it looks at in a round with their kind of care, and its judgment
-- per provider and expectation of the inspection framework
-- (content/inspection/framework.yaml).
--
-- Everything here belongs to the inspectorate organisation (organisation_id).
-- A provider that works in Baken may be linked to its entry in a round
-- (provider_organisation_id); that provider may then READ its own entry, its
-- own judgments and the round they belong to, never another provider's, and
-- never write. The id of the link is never sent to a client.

CREATE TABLE inspection_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  title text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('thematic', 'regular', 'incident', 'followUp')),
  description text,
  period_start date,
  period_end date,
  -- The version of content/inspection/framework.yaml the round judges against.
  framework_version text NOT NULL,
  -- A closed round keeps its judgments as they are.
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  closed_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX inspection_rounds_organisation_idx ON inspection_rounds (organisation_id, created_at DESC);

-- A provider in a round. Its kind of care decides which expectations apply:
-- open care the open variant; secured care and both the secured variant
-- (a provider with secured groups is judged on restrictive measures and leave too).
CREATE TABLE inspection_round_providers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  round_id uuid NOT NULL REFERENCES inspection_rounds (id),
  name text NOT NULL,
  location text,
  care_kind text NOT NULL CHECK (care_kind IN ('open', 'secured', 'both')),
  -- The provider organisation in Baken, when it works here. Never sent to a client.
  provider_organisation_id uuid REFERENCES organisations (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX inspection_round_providers_name_idx ON inspection_round_providers (round_id, lower(name));
CREATE UNIQUE INDEX inspection_round_providers_linked_idx ON inspection_round_providers (round_id, provider_organisation_id)
  WHERE provider_organisation_id IS NOT NULL;
CREATE INDEX inspection_round_providers_provider_idx ON inspection_round_providers (provider_organisation_id)
  WHERE provider_organisation_id IS NOT NULL;

-- The judgment on one expectation for one provider in a round. One row per
-- (provider, expectation); a change keeps the earlier state in the history.
CREATE TABLE inspection_judgments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  round_id uuid NOT NULL REFERENCES inspection_rounds (id),
  round_provider_id uuid NOT NULL REFERENCES inspection_round_providers (id),
  -- Copied from the round provider so the provider's own read needs no join.
  provider_organisation_id uuid REFERENCES organisations (id),
  -- The expectation's ref in the framework pack (e.g. '2.1.2').
  expectation_ref text NOT NULL,
  judgment text NOT NULL CHECK (judgment IN ('sufficient', 'insufficient', 'notAssessed')),
  findings text,
  -- The pack version the judgment was given against.
  framework_version text NOT NULL,
  judged_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (round_provider_id, expectation_ref)
);
CREATE INDEX inspection_judgments_round_idx ON inspection_judgments (round_id, expectation_ref);
CREATE INDEX inspection_judgments_provider_idx ON inspection_judgments (provider_organisation_id)
  WHERE provider_organisation_id IS NOT NULL;

CREATE TABLE inspection_judgment_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  judgment_id uuid NOT NULL REFERENCES inspection_judgments (id),
  change text NOT NULL CHECK (change IN ('created', 'updated')),
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_judgment_history_judgment_idx ON inspection_judgment_history (judgment_id, id);

GRANT SELECT, INSERT, UPDATE ON inspection_rounds, inspection_round_providers, inspection_judgments TO baken_app;
GRANT SELECT, INSERT ON inspection_judgment_history TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['inspection_rounds', 'inspection_round_providers', 'inspection_judgments', 'inspection_judgment_history']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;

-- The linked provider reads its own entries and judgments (like disclosure_receipts).
CREATE POLICY provider_reads_own ON inspection_round_providers FOR SELECT TO baken_app
  USING (provider_organisation_id = current_organisation_id());
CREATE POLICY provider_reads_own ON inspection_judgments FOR SELECT TO baken_app
  USING (provider_organisation_id = current_organisation_id());
-- ... and the rounds it takes part in (title, period, status).
CREATE POLICY provider_reads_round ON inspection_rounds FOR SELECT TO baken_app
  USING (EXISTS (SELECT 1 FROM inspection_round_providers p
                 WHERE p.round_id = inspection_rounds.id AND p.provider_organisation_id = current_organisation_id()));

-- The provider organisation with this public short name, if one works in
-- Baken. Only providers are answered. The id stays on the server.
CREATE FUNCTION provider_organisation_by_slug(p_slug text) RETURNS TABLE (id uuid, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT o.id, o.name FROM organisations o WHERE o.slug = lower(p_slug) AND o.kind = 'provider'
$$;

-- The public short name of a linked provider organisation; NULL for anything else.
CREATE FUNCTION provider_organisation_slug(p_id uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT o.slug FROM organisations o WHERE o.id = p_id AND o.kind = 'provider'
$$;

REVOKE ALL ON FUNCTION provider_organisation_by_slug(text), provider_organisation_slug(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION provider_organisation_by_slug(text), provider_organisation_slug(uuid) TO baken_app;
