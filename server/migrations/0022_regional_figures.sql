-- Anonymised regional figures (issue 7, point 2; seed 004 figure 1, seed 002 check 1).
--
-- Which youths count for a municipality: those it is responsible for under
-- the residence principle (woonplaatsbeginsel), recorded on the youth's file as
-- the municipality's CBS code ('GM0363'). A municipality organisation carries
-- its own code; a region (a regionalCoordination organisation) lists the codes
-- of the municipalities it works for.
--
-- The counts run across every provider's rows, which the app role cannot
-- read. regional_figure_counts() is the one narrow way through: it takes the
-- year only, finds the municipality codes of the calling organisation itself
-- (current_organisation_id(), set from the session), and returns a count per
-- measure per quarter: never an id, a name or a row. Small-cell suppression is
-- applied by the server (modules/regionalFigures/suppression.ts) before the
-- counts leave it.

ALTER TABLE youths ADD COLUMN responsible_municipality text
  CHECK (responsible_municipality ~ '^GM[0-9]{4}$');
CREATE INDEX youths_responsible_municipality_idx ON youths (responsible_municipality) WHERE responsible_municipality IS NOT NULL;

ALTER TABLE organisations ADD COLUMN municipality_code text UNIQUE
  CHECK (municipality_code IS NULL OR (municipality_code ~ '^GM[0-9]{4}$' AND kind = 'municipality'));

-- The municipalities a region works for.
CREATE TABLE regional_figure_region_municipalities (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  municipality_code text NOT NULL CHECK (municipality_code ~ '^GM[0-9]{4}$'),
  PRIMARY KEY (organisation_id, municipality_code)
);

-- The external estimate of the funnel (seed 004 figure 1): entered by hand
-- per year by the municipality or region, with its source.
CREATE TABLE regional_figure_estimates (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  estimate integer NOT NULL CHECK (estimate >= 0),
  source text NOT NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, year)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['regional_figure_region_municipalities', 'regional_figure_estimates'] LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO baken_app', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;

-- Counts per measure and quarter (1 to 4; 0 is the whole year) for the
-- calling municipality or region. Measures:
--   signals                new signals (observed in the period)
--   exploitationSexual     youths with a signal of sexual exploitation (form sexual or both)
--   exploitationCriminal   youths with a signal of criminal exploitation (form criminal or both)
--   comenshaRegistrations  registrations with CoMensha
--   specialisedCare        youths whose placement in a residential group (homogeneous or
--                          mixed, not 'notResidential') started in the period
--   missingEpisodes        missing episodes (last seen in the period)
-- Youth measures count each youth once per period, so their year can be less
-- than the sum of the quarters. Dates of moments are taken in Dutch time.
-- Measured on 100,000 files at 20 providers (bench/regional.ts).
-- Case conferences are not counted yet: their table does not exist at this
-- migration; a later migration adds a branch to `moments` and a measure here.
CREATE FUNCTION regional_figure_counts(p_year integer) RETURNS TABLE (measure text, quarter integer, n integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  -- The counts sort and hash a third of a region's signals: room to do it in memory.
  SET work_mem = '64MB'
AS $$
  WITH codes AS (
    SELECT o.municipality_code AS code FROM organisations o
    WHERE o.id = current_organisation_id() AND o.kind = 'municipality' AND o.municipality_code IS NOT NULL
    UNION
    SELECT r.municipality_code FROM regional_figure_region_municipalities r
    JOIN organisations o ON o.id = r.organisation_id AND o.kind = 'regionalCoordination'
    WHERE r.organisation_id = current_organisation_id()
  ),
  ys AS MATERIALIZED (SELECT y.id FROM youths y WHERE y.responsible_municipality IN (SELECT code FROM codes)),
  -- Signals are read once for their three measures: first per youth and
  -- quarter (so each youth counts once), then per quarter and per year.
  per_youth AS (
    SELECT x.youth_id, extract(quarter FROM x.observed_on)::integer AS q, count(*) AS n,
           bool_or(x.form IN ('sexual', 'both')) AS sexual, bool_or(x.form IN ('criminal', 'both')) AS criminal
    FROM signals x JOIN ys ON ys.id = x.youth_id
    WHERE x.observed_on >= make_date(p_year, 1, 1) AND x.observed_on < make_date(p_year + 1, 1, 1)
    GROUP BY x.youth_id, q
  ),
  from_signals AS (
    SELECT q AS quarter, sum(n) AS signals, count(*) FILTER (WHERE sexual) AS sexual, count(*) FILTER (WHERE criminal) AS criminal
    FROM per_youth GROUP BY q
    UNION ALL
    SELECT 0, sum(n), count(*) FILTER (WHERE sexual), count(*) FILTER (WHERE criminal)
    FROM (SELECT youth_id, sum(n) AS n, bool_or(sexual) AS sexual, bool_or(criminal) AS criminal FROM per_youth GROUP BY youth_id) y
  ),
  -- Registrations, placements (one per youth) and episodes are counted as rows.
  moments AS (
    SELECT 'comenshaRegistrations' AS measure, (c.registered_at AT TIME ZONE 'Europe/Amsterdam')::date AS day FROM comensha_registrations c JOIN ys ON ys.id = c.youth_id
    UNION ALL
    SELECT 'specialisedCare', p.care_started_on FROM placements p JOIN ys ON ys.id = p.youth_id WHERE p.group_composition <> 'notResidential'
    UNION ALL
    SELECT 'missingEpisodes', (m.last_seen_at AT TIME ZONE 'Europe/Amsterdam')::date FROM missing_episodes m JOIN ys ON ys.id = m.youth_id
  ),
  from_moments AS (
    SELECT e.measure, CASE WHEN grouping(e.q) = 1 THEN 0 ELSE e.q END AS quarter, count(*) AS n
    FROM (SELECT m.measure, extract(quarter FROM m.day)::integer AS q FROM moments m WHERE m.day >= make_date(p_year, 1, 1) AND m.day < make_date(p_year + 1, 1, 1)) e
    GROUP BY GROUPING SETS ((e.measure, e.q), (e.measure))
  ),
  counted AS (
    SELECT v.measure, f.quarter, v.n FROM from_signals f
    CROSS JOIN LATERAL (VALUES ('signals', f.signals), ('exploitationSexual', f.sexual), ('exploitationCriminal', f.criminal)) AS v (measure, n)
    UNION ALL
    SELECT measure, quarter, n FROM from_moments
  ),
  slots AS (
    SELECT m.measure, q.quarter
    FROM unnest(ARRAY['signals', 'exploitationSexual', 'exploitationCriminal', 'comenshaRegistrations', 'specialisedCare', 'missingEpisodes']) AS m (measure)
    CROSS JOIN generate_series(0, 4) AS q (quarter)
  )
  SELECT s.measure, s.quarter, coalesce(c.n, 0)::integer AS n
  FROM slots s LEFT JOIN counted c ON c.measure = s.measure AND c.quarter = s.quarter
$$;

REVOKE ALL ON FUNCTION regional_figure_counts(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION regional_figure_counts(integer) TO baken_app;
