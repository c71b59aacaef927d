-- CoMensha (issue 5): the consents on a youth's file, the registrations made
-- with them, and the reasoning when no registration was made.
--
-- Nothing here is ever deleted by the application. A withdrawn consent stays
-- on record with its withdrawal; every upload of a signed consent form is kept
-- (the latest is the one shown); a registration keeps exactly the words that
-- were sent to CoMensha, so its printed copy never changes with the file.

CREATE TABLE comensha_consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  given_by text NOT NULL CHECK (given_by IN ('youth', 'parents', 'guardian')),
  signer_name text NOT NULL,
  signed_on date NOT NULL,
  scope_note text NOT NULL DEFAULT '',
  -- The withdrawal: when, who withdrew it (the youth, a parent), and why.
  withdrawn_on date,
  withdrawn_by text,
  withdrawal_note text,
  withdrawal_recorded_by uuid REFERENCES users (id),
  withdrawal_recorded_at timestamptz,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((withdrawn_on IS NULL) = (withdrawn_by IS NULL)),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= signed_on)
);
CREATE INDEX comensha_consents_youth_idx ON comensha_consents (youth_id, signed_on DESC);

CREATE TABLE comensha_consent_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  consent_id uuid NOT NULL REFERENCES comensha_consents (id),
  content bytea NOT NULL,
  mime_type text NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  uploaded_by uuid NOT NULL REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comensha_consent_documents_consent_idx ON comensha_consent_documents (consent_id, uploaded_at DESC);

CREATE TABLE comensha_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  -- The consent it rests on, valid on the day of the registration.
  consent_id uuid NOT NULL REFERENCES comensha_consents (id),
  registered_at timestamptz NOT NULL,
  form text NOT NULL CHECK (form IN ('sexual', 'criminal', 'both')),
  period text NOT NULL,
  place text NOT NULL,
  recruitment text[] NOT NULL,
  recruitment_note text NOT NULL DEFAULT '',
  work text NOT NULL,
  signals text NOT NULL,
  police_report text NOT NULL CHECK (police_report IN ('reportMade', 'considered', 'notConsidered')),
  police_report_note text NOT NULL DEFAULT '',
  care_given text NOT NULL,
  current_stay text NOT NULL,
  remarks text NOT NULL DEFAULT '',
  decided_by uuid NOT NULL REFERENCES users (id),
  -- The disclosure that records the data leaving the organisation.
  disclosure_id uuid NOT NULL REFERENCES disclosures (id),
  -- The copy kept in the file: the filled-in form as it was sent, in words.
  content jsonb NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comensha_registrations_youth_idx ON comensha_registrations (youth_id, registered_at DESC);
CREATE INDEX comensha_registrations_organisation_idx ON comensha_registrations (organisation_id, registered_at DESC);

-- Why no registration was made: the file must hold the reasoning.
CREATE TABLE comensha_no_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  reason text NOT NULL CHECK (reason IN ('youthRefused', 'parentsRefused', 'consentWithdrawn', 'notYetAsked', 'noSuspicion', 'other')),
  explanation text NOT NULL DEFAULT '',
  decided_on date NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (reason <> 'other' OR explanation <> '')
);
CREATE INDEX comensha_no_registrations_youth_idx ON comensha_no_registrations (youth_id, decided_on DESC);
CREATE INDEX comensha_no_registrations_organisation_idx ON comensha_no_registrations (organisation_id, decided_on DESC);

GRANT SELECT, INSERT, UPDATE ON comensha_consents TO baken_app;
GRANT SELECT, INSERT ON comensha_consent_documents, comensha_registrations, comensha_no_registrations TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['comensha_consents', 'comensha_consent_documents', 'comensha_registrations', 'comensha_no_registrations']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;
