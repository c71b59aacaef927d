-- The regional figures count case conferences too (issue 7, point 2), now
-- that they exist (migration 0023). regional_figure_counts() (migration 0022)
-- gets one more measure:
--   caseConferenceCases    cases discussed at case conferences (zorgtafels) the
--                          calling municipality or region convened itself, by
--                          the day of the conference, once it has taken place.
-- Pseudonymous cases carry no youth, so they cannot be placed under a
-- municipality by the woonplaatsbeginsel; the convener is what links a case to
-- the municipality or region. Still counts only, never a row.

CREATE OR REPLACE FUNCTION regional_figure_counts(p_year integer) RETURNS TABLE (measure text, quarter integer, n integer)
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
    UNION ALL
    -- Cases discussed at the caller's own case conferences that have taken place, by the conference's day.
    SELECT 'caseConferenceCases', (cc.starts_at AT TIME ZONE 'Europe/Amsterdam')::date
    FROM case_conference_cases k JOIN case_conferences cc ON cc.id = k.conference_id
    WHERE cc.convening_organisation_id = current_organisation_id() AND cc.starts_at <= now()
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
    FROM unnest(ARRAY['signals', 'exploitationSexual', 'exploitationCriminal', 'comenshaRegistrations', 'specialisedCare', 'missingEpisodes', 'caseConferenceCases']) AS m (measure)
    CROSS JOIN generate_series(0, 4) AS q (quarter)
  )
  SELECT s.measure, s.quarter, coalesce(c.n, 0)::integer AS n
  FROM slots s LEFT JOIN counted c ON c.measure = s.measure AND c.quarter = s.quarter
$$;
