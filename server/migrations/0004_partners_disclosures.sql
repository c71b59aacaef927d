-- Working with partners (issue 5): the organisation's partners and its own
-- contact facts, and every disclosure of personal data that leaves it.
--
-- A disclosure stays in the disclosing organisation. When the recipient is an
-- organisation in Baken (a police unit), a copy of exactly what was shared is
-- delivered into the recipient's own table (disclosure_receipts): the police
-- read their copy, never the provider's file, and the copy does not change when
-- the file does.

-- Partners per region: police contacts, the public prosecutor, Veilig Thuis, the
-- regional care coordinator, the Centre for Sexual Violence, RIEC, schools.
CREATE TABLE partners (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  kind text NOT NULL CHECK (kind IN ('communityOfficer', 'traffickingTeam', 'missingPersonsContact', 'police',
                                     'prosecutor', 'veiligThuis', 'careCoordinator', 'sexualViolenceCentre', 'riec',
                                     'school', 'comensha', 'other')),
  name text NOT NULL,
  contact_person text,
  region text,
  phone text,
  -- The number to call back when someone rings saying they are this partner.
  verified_phone text,
  email text,
  notes text,
  -- A police unit that works in Baken itself: disclosures to this partner are
  -- delivered to that organisation. Never sent to the client.
  linked_organisation_id uuid REFERENCES organisations (id),
  active boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partners_organisation_idx ON partners (organisation_id, kind, name);

-- The organisation's own contact facts: its 24/7 number, its designated officer
-- on exploitation and the substitute.
CREATE TABLE organisation_contacts (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
  phone_24_7 text,
  designated_officer_id uuid REFERENCES users (id),
  substitute_officer_id uuid REFERENCES users (id),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every time personal data about a youth leaves the organisation.
CREATE TABLE disclosures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  -- What made it: typed in, a police information sheet, a CoMensha registration,
  -- an answer to a (verified) police request.
  source text NOT NULL CHECK (source IN ('manual', 'policeSheet', 'comenshaRegistration', 'policeRequest', 'caseConference')),
  source_id uuid,
  recipient_partner_id uuid REFERENCES partners (id),
  recipient_kind text NOT NULL CHECK (recipient_kind IN ('police', 'comensha', 'veiligThuis', 'caseConference', 'school',
                                                         'careCoordinator', 'prosecutor', 'other')),
  recipient_name text NOT NULL,
  purpose text NOT NULL,
  legal_ground text NOT NULL CHECK (legal_ground IN ('consent', 'contract', 'legalObligation', 'vitalInterest',
                                                     'publicTask', 'legitimateInterest')),
  -- Professional secrecy: on what ground it was set aside, if it applied.
  secrecy_ground text NOT NULL CHECK (secrecy_ground IN ('notApplicable', 'consent', 'conflictOfDuties', 'statutoryDuty')),
  secrecy_reasoning text,
  -- [{ "category": "...", "why": "..." }]: each category with why it was needed.
  categories jsonb NOT NULL,
  decided_by uuid NOT NULL REFERENCES users (id),
  youth_informed boolean NOT NULL,
  youth_not_informed_reason text,
  disclosed_at timestamptz NOT NULL,
  -- What was shared, in brief, when Baken did not produce it.
  summary text,
  -- Exactly what was shared, when Baken produced it (a police sheet).
  content jsonb,
  photo_id uuid REFERENCES youth_photos (id),
  -- A copy went into Baken to the recipient organisation (disclosure_receipts).
  delivered boolean NOT NULL DEFAULT false,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (youth_informed OR youth_not_informed_reason IS NOT NULL),
  CHECK (secrecy_ground IN ('notApplicable', 'consent') OR secrecy_reasoning IS NOT NULL)
);
CREATE INDEX disclosures_youth_idx ON disclosures (youth_id, disclosed_at DESC);
CREATE INDEX disclosures_organisation_idx ON disclosures (organisation_id, disclosed_at DESC);

-- The recipient's copy, owned by the recipient organisation.
CREATE TABLE disclosure_receipts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  -- The disclosing organisation may write a receipt but never read it back.
  source_organisation_id uuid NOT NULL REFERENCES organisations (id),
  source_organisation_name text NOT NULL,
  source_phone_24_7 text,
  kind text NOT NULL,
  purpose text NOT NULL,
  legal_ground text NOT NULL,
  categories jsonb NOT NULL,
  decided_by_name text NOT NULL,
  disclosed_at timestamptz NOT NULL,
  -- The youth as the disclosure names them, and exactly what was shared.
  subject_name text NOT NULL,
  content jsonb NOT NULL,
  photo bytea,
  photo_mime_type text CHECK (photo_mime_type IN ('image/jpeg', 'image/png')),
  received_at timestamptz NOT NULL DEFAULT now(),
  first_viewed_at timestamptz
);
CREATE INDEX disclosure_receipts_organisation_idx ON disclosure_receipts (organisation_id, disclosed_at DESC);

GRANT SELECT, INSERT, UPDATE ON partners, organisation_contacts TO baken_app;
GRANT SELECT, INSERT ON disclosures TO baken_app;
GRANT SELECT, INSERT, UPDATE ON disclosure_receipts TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['partners', 'organisation_contacts', 'disclosures']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;

-- Receipts: the recipient reads and marks its own; the discloser may only add.
ALTER TABLE disclosure_receipts ENABLE ROW LEVEL SECURITY;
CREATE POLICY recipient_reads ON disclosure_receipts FOR SELECT TO baken_app
  USING (organisation_id = current_organisation_id());
CREATE POLICY recipient_marks ON disclosure_receipts FOR UPDATE TO baken_app
  USING (organisation_id = current_organisation_id())
  WITH CHECK (organisation_id = current_organisation_id());
CREATE POLICY discloser_delivers ON disclosure_receipts FOR INSERT TO baken_app
  WITH CHECK (source_organisation_id = current_organisation_id() AND organisation_id <> current_organisation_id());
