-- Covenants (issue 5, point 6): the working agreements an organisation has
-- laid down with its partners, per theme of the quality framework (seed 003
-- §1.3) plus data exchange, with a date on which they are evaluated.
--
-- And the one narrow way an organisation may learn something about another
-- one: whether a police unit works in Baken (by its public short name), and
-- what it is called. Row-level security hides other organisations' rows from
-- baken_app; these two functions answer exactly those two questions and no more.

CREATE TABLE covenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  title text NOT NULL,
  -- [{ "partnerId": uuid | null, "name": text }]: partners from the directory, or names typed in.
  parties jsonb NOT NULL,
  signed_on date,
  valid_until date,
  -- Where the signed document is kept (a link or a reference in the document system).
  document_ref text,
  evaluation_on date NOT NULL,
  -- { "<theme code>": "agreements" }: a theme without an entry is not agreed yet.
  agreements jsonb NOT NULL,
  -- The version of content/covenants/themes.yaml the agreements were written against.
  themes_version text NOT NULL,
  notes text,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_until IS NULL OR signed_on IS NULL OR valid_until >= signed_on)
);
CREATE INDEX covenants_evaluation_idx ON covenants (organisation_id, evaluation_on);

-- Every change of a covenant, as a snapshot (like case_record_history).
CREATE TABLE covenant_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  covenant_id uuid NOT NULL REFERENCES covenants (id),
  change text NOT NULL CHECK (change IN ('created', 'updated')),
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX covenant_history_covenant_idx ON covenant_history (covenant_id, id);

GRANT SELECT, INSERT, UPDATE ON covenants TO baken_app;
GRANT SELECT, INSERT ON covenant_history TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['covenants', 'covenant_history']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;

-- The police unit with this public short name, if one works in Baken. Only
-- police units are answered, and never the asking organisation itself. The id
-- stays on the server (it is stored as partners.linked_organisation_id).
CREATE FUNCTION police_unit_by_slug(p_slug text) RETURNS TABLE (id uuid, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT o.id, o.name FROM organisations o
  WHERE o.slug = lower(p_slug) AND o.kind = 'police' AND o.id IS DISTINCT FROM current_organisation_id()
$$;

-- The display name of a police unit a partner is linked to; NULL for anything else.
CREATE FUNCTION police_unit_name(p_id uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT o.name FROM organisations o WHERE o.id = p_id AND o.kind = 'police'
$$;

REVOKE ALL ON FUNCTION police_unit_by_slug(text), police_unit_name(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION police_unit_by_slug(text), police_unit_name(uuid) TO baken_app;
