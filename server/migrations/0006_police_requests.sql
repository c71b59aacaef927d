-- Police information requests by phone (issue 5): someone rings saying they
-- are police and asks about a youth. The request is kept on the youth's file,
-- with every call back to a number the organisation already knew, and how it
-- ended. Information may only be given after a call back confirmed the caller;
-- what was given is a disclosure (disclosures.source = 'policeRequest').
-- Requests and call-backs are never deleted: baken_app has no DELETE on them.

CREATE TABLE police_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  youth_id uuid NOT NULL REFERENCES youths (id),
  received_at timestamptz NOT NULL,
  -- What the caller said: their name, the unit they say they are from, the
  -- number they gave (not trusted: never the number to call back), the question.
  caller_name text NOT NULL,
  caller_unit text NOT NULL,
  caller_phone text NOT NULL,
  question text NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- How it ended; NULL while open.
  outcome text CHECK (outcome IN ('nothingGiven', 'informationGiven', 'refused')),
  outcome_reason text,
  outcome_by uuid REFERENCES users (id),
  outcome_at timestamptz,
  disclosure_id uuid REFERENCES disclosures (id),
  CHECK ((outcome IS NULL) = (outcome_at IS NULL)),
  CHECK (outcome IS DISTINCT FROM 'informationGiven' OR disclosure_id IS NOT NULL),
  CHECK (outcome IS DISTINCT FROM 'refused' OR outcome_reason IS NOT NULL)
);
CREATE INDEX police_requests_youth_idx ON police_requests (youth_id, received_at DESC);

-- Each call back: to which partner, on which of its known numbers (copied, so
-- a later change in the directory does not rewrite what was dialled), whether
-- the partner confirmed the caller.
CREATE TABLE police_request_callbacks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  police_request_id uuid NOT NULL REFERENCES police_requests (id),
  partner_id uuid NOT NULL REFERENCES partners (id),
  partner_name text NOT NULL,
  phone text NOT NULL,
  confirmed boolean NOT NULL,
  note text,
  called_at timestamptz NOT NULL,
  called_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX police_request_callbacks_request_idx ON police_request_callbacks (police_request_id, called_at);

-- The rules the service enforces, held here too: an outcome is set once, and
-- "information given" needs a confirmed call back.
CREATE FUNCTION police_request_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.outcome IS NOT NULL THEN
    RAISE EXCEPTION 'police request % already has an outcome', OLD.id;
  END IF;
  IF NEW.outcome = 'informationGiven' AND NOT EXISTS (
    SELECT 1 FROM police_request_callbacks c WHERE c.police_request_id = NEW.id AND c.confirmed
  ) THEN
    RAISE EXCEPTION 'police request % has no confirmed call back', NEW.id;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER police_requests_guard BEFORE UPDATE ON police_requests
  FOR EACH ROW EXECUTE FUNCTION police_request_guard();

GRANT SELECT, INSERT, UPDATE ON police_requests TO baken_app;
GRANT SELECT, INSERT ON police_request_callbacks TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['police_requests', 'police_request_callbacks']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;
