-- Client-level indicators of the quality framework (issue 6, point 3): the
-- figures are computed live from the case files on every read, so nothing of
-- a youth is stored here. What is stored is the trend: per organisation, per
-- month and per indicator, the population and how many of it met the
-- indicator, as computed the first time anyone opened the dashboard in that
-- month. Counts only, no youth; never changed and never deleted afterwards.

CREATE TABLE indicator_snapshots (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  -- The first day of the month the figures belong to.
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  -- The indicator's code (quality framework pack, answeredBy: computed).
  code text NOT NULL,
  -- The framework pack version the indicator belonged to when measured.
  framework_version text NOT NULL,
  population integer NOT NULL CHECK (population >= 0),
  met integer NOT NULL CHECK (met >= 0 AND met <= population),
  measured_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, month, code)
);

GRANT SELECT, INSERT ON indicator_snapshots TO baken_app;

ALTER TABLE indicator_snapshots ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON indicator_snapshots TO baken_app
  USING (organisation_id = current_organisation_id())
  WITH CHECK (organisation_id = current_organisation_id());
