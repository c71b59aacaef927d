-- The provider directory ("sociale kaart", issue 7 point 3): who offers
-- specialised care to (suspected) victims of exploitation, open or secured,
-- for whom, where, with which programmes (seed 004: the inspectorate expects
-- municipalities to know who these providers are, where they are and what
-- they offer; seed 002 check 5: is there a view of specialised care).
--
-- How access works here, and why it differs from the rest of Baken.
-- Every other table belongs to one organisation and row-level security keeps
-- it there. The directory is the opposite: it is about organisations, holds no
-- personal data, and is meant to be shared by every municipality and care
-- coordinator in the country. So:
-- - Reading: any organisation's connection may SELECT the entries, their
--   history and the shared self-assessment dates (USING (true)). Who actually
--   gets to see them is the application's policy (providerDirectory.read, or
--   quality.manage for a provider's own linked entry), checked and audited in
--   the same transaction. Rows carry organisation ids (who last changed an
--   entry, which provider is linked); the services never send them, only
--   names, through provider_directory_organisation_name().
-- - Writing an entry: allowed to an organisation only in its own name. Every
--   INSERT must stamp the writing organisation as creator and last changer,
--   every UPDATE as last changer (WITH CHECK against current_organisation_id()),
--   so one organisation can never make a change look like another's. The
--   creator columns cannot change afterwards (trigger). There is no DELETE
--   grant: an entry is archived, never deleted, and its history stays.
--   Which role may write (the care coordinator) is the application's policy:
--   the role, not the organisation kind, carries providerDirectory.manage.
-- - History: insert-only, in the writer's own name; no UPDATE or DELETE grant.
-- - The self-assessment date: a provider organisation linked to an entry
--   writes (and withdraws) its own share row, and only for an entry that is
--   linked to it at that moment (checked in the policy's WITH CHECK). The date
--   is copied from its latest closed self-assessment when it shares; the
--   self_assessments table itself stays behind its organisation's RLS.

CREATE TABLE provider_directory_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  care_kind text NOT NULL CHECK (care_kind IN ('open', 'secured', 'both')),
  target_groups text[] NOT NULL DEFAULT '{}' CHECK (target_groups <@ ARRAY['girls', 'boys', 'lvb', 'mentalHealth']),
  programmes text[] NOT NULL DEFAULT '{}',
  regions text[] NOT NULL DEFAULT '{}',
  capacity integer CHECK (capacity >= 0),
  phone text,
  email text,
  website text,
  quality_framework text NOT NULL DEFAULT 'unknown' CHECK (quality_framework IN ('yes', 'no', 'unknown')),
  national_availability boolean NOT NULL DEFAULT false,
  notes text,
  -- The provider organisation in Baken this entry is about, if any (linked by its slug).
  linked_organisation_id uuid REFERENCES organisations (id),
  archived_at timestamptz,
  created_by_organisation_id uuid NOT NULL REFERENCES organisations (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by_organisation_id uuid NOT NULL REFERENCES organisations (id),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX provider_directory_entries_name_idx ON provider_directory_entries (lower(name));
CREATE INDEX provider_directory_entries_linked_idx ON provider_directory_entries (linked_organisation_id) WHERE linked_organisation_id IS NOT NULL;

CREATE TABLE provider_directory_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entry_id uuid NOT NULL REFERENCES provider_directory_entries (id),
  change text NOT NULL CHECK (change IN ('created', 'updated', 'archived', 'restored', 'assessmentShared', 'assessmentUnshared')),
  snapshot jsonb NOT NULL,
  changed_by_organisation_id uuid NOT NULL REFERENCES organisations (id),
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX provider_directory_history_entry_idx ON provider_directory_history (entry_id, id);

-- The date of a linked provider's latest closed self-assessment, as the
-- provider shared it. One row per entry; withdrawing the share removes it.
CREATE TABLE provider_directory_shares (
  entry_id uuid PRIMARY KEY REFERENCES provider_directory_entries (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  self_assessment_on date NOT NULL,
  shared_by uuid REFERENCES users (id),
  shared_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION provider_directory_keep_creator() RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  NEW.created_by_organisation_id := OLD.created_by_organisation_id;
  NEW.created_by := OLD.created_by;
  NEW.created_at := OLD.created_at;
  RETURN NEW;
END
$$;
CREATE TRIGGER provider_directory_keep_creator BEFORE UPDATE ON provider_directory_entries
  FOR EACH ROW EXECUTE FUNCTION provider_directory_keep_creator();

GRANT SELECT, INSERT, UPDATE ON provider_directory_entries TO baken_app;
GRANT SELECT, INSERT ON provider_directory_history TO baken_app;
GRANT SELECT, INSERT, DELETE ON provider_directory_shares TO baken_app;

ALTER TABLE provider_directory_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY directory_readable ON provider_directory_entries FOR SELECT TO baken_app USING (true);
CREATE POLICY directory_insert_in_own_name ON provider_directory_entries FOR INSERT TO baken_app
  WITH CHECK (created_by_organisation_id = current_organisation_id() AND updated_by_organisation_id = current_organisation_id());
CREATE POLICY directory_update_in_own_name ON provider_directory_entries FOR UPDATE TO baken_app
  USING (true) WITH CHECK (updated_by_organisation_id = current_organisation_id());

ALTER TABLE provider_directory_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY directory_history_readable ON provider_directory_history FOR SELECT TO baken_app USING (true);
CREATE POLICY directory_history_in_own_name ON provider_directory_history FOR INSERT TO baken_app
  WITH CHECK (changed_by_organisation_id = current_organisation_id());

ALTER TABLE provider_directory_shares ENABLE ROW LEVEL SECURITY;
CREATE POLICY directory_shares_readable ON provider_directory_shares FOR SELECT TO baken_app USING (true);
CREATE POLICY directory_share_own_linked ON provider_directory_shares FOR INSERT TO baken_app
  WITH CHECK (organisation_id = current_organisation_id()
              AND EXISTS (SELECT 1 FROM provider_directory_entries e
                          WHERE e.id = entry_id AND e.linked_organisation_id = current_organisation_id()));
CREATE POLICY directory_share_withdraw_own ON provider_directory_shares FOR DELETE TO baken_app
  USING (organisation_id = current_organisation_id());

-- The name of an organisation that appears in the directory: linked to an
-- entry, or the author of a change. Names only, for those only; the id the
-- caller passes never comes from a request.
CREATE FUNCTION provider_directory_organisation_name(p_id uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT o.name FROM organisations o
  WHERE o.id = p_id
    AND (EXISTS (SELECT 1 FROM provider_directory_entries e WHERE e.linked_organisation_id = p_id)
         OR EXISTS (SELECT 1 FROM provider_directory_history h WHERE h.changed_by_organisation_id = p_id))
$$;
REVOKE ALL ON FUNCTION provider_directory_organisation_name(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION provider_directory_organisation_name(uuid) TO baken_app;
