-- The youth search matches a prefix of the first name, the last name or the
-- full name ("de v", "sanne vis"). Under row-level security PostgreSQL may only
-- use an index for conditions built from leakproof functions, and lower() and
-- LIKE are not: every search became a scan of the organisation's youths. So
-- the lowercased names are stored once, and the search compares them with the
-- leakproof pattern operators ~>=~ and ~<~ that these indexes serve.
DROP INDEX youths_first_name_idx;
DROP INDEX youths_last_name_idx;
ALTER TABLE youths
  ADD COLUMN first_name_key text GENERATED ALWAYS AS (lower(first_name)) STORED,
  ADD COLUMN last_name_key text GENERATED ALWAYS AS (lower(last_name)) STORED,
  ADD COLUMN full_name_key text GENERATED ALWAYS AS (lower(first_name || ' ' || last_name)) STORED;
CREATE INDEX youths_first_name_key_idx ON youths (organisation_id, first_name_key text_pattern_ops);
CREATE INDEX youths_last_name_key_idx ON youths (organisation_id, last_name_key text_pattern_ops);
CREATE INDEX youths_full_name_key_idx ON youths (organisation_id, full_name_key text_pattern_ops);
