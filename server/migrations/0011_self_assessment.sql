-- The self-assessment against the quality framework (issue 6, point 2).
--
-- An organisation assesses itself against one version of the quality
-- framework (content/quality/framework.yaml): per criterion where it stands
-- (not arranged, being arranged, on paper, in practice), with evidence (a
-- policy from the register or an uploaded document), an owner, a due date and
-- comments; per indicator the data cannot answer, an answer and a comment.
-- A new assessment (say, every year) closes the one before; closed ones stay
-- readable and are never changed. Every change leaves a snapshot.

CREATE TABLE self_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  title text NOT NULL,
  -- The version of the quality framework pack the answers were given against.
  framework_version text NOT NULL,
  started_on date NOT NULL,
  -- The assessment whose answers this one started from, if any.
  carried_over_from uuid REFERENCES self_assessments (id),
  closed_at timestamptz,
  closed_by uuid REFERENCES users (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((closed_at IS NULL) = (closed_by IS NULL))
);
CREATE INDEX self_assessments_organisation_idx ON self_assessments (organisation_id, started_on DESC);
-- At most one open assessment per organisation: starting a new one closes the earlier.
CREATE UNIQUE INDEX self_assessments_one_open_idx ON self_assessments (organisation_id) WHERE closed_at IS NULL;

-- Documents uploaded as evidence in a self-assessment. The bytes live in the
-- shared quality_documents store; this row says the document came in as
-- evidence (so the self-assessment serves only its own uploads, never a
-- training certificate) and in which assessment.
CREATE TABLE self_assessment_evidence (
  document_id uuid PRIMARY KEY REFERENCES quality_documents (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  assessment_id uuid NOT NULL REFERENCES self_assessments (id)
);

-- One row per criterion of the framework, made when the assessment starts;
-- status NULL: not assessed yet.
CREATE TABLE self_assessment_criteria (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  assessment_id uuid NOT NULL REFERENCES self_assessments (id),
  -- The criterion's ref in the pack, e.g. "2.1-c1".
  criterion_ref text NOT NULL,
  status text CHECK (status IN ('notArranged', 'beingArranged', 'onPaper', 'inPractice')),
  policy_id uuid REFERENCES policies (id),
  document_id uuid REFERENCES self_assessment_evidence (document_id),
  owner_id uuid REFERENCES users (id),
  due_on date,
  comments text NOT NULL DEFAULT '',
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (assessment_id, criterion_ref)
);
CREATE INDEX self_assessment_criteria_due_idx ON self_assessment_criteria (organisation_id, due_on) WHERE due_on IS NOT NULL;

-- One row per indicator the data cannot answer (answeredBy: selfAssessment);
-- answer NULL: not answered yet.
CREATE TABLE self_assessment_indicators (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  assessment_id uuid NOT NULL REFERENCES self_assessments (id),
  indicator_ref text NOT NULL,
  answer text CHECK (answer IN ('met', 'partlyMet', 'notMet', 'unknown')),
  comments text NOT NULL DEFAULT '',
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (assessment_id, indicator_ref)
);

-- Every change, as a snapshot: of one item (item_ref set) or of the assessment.
CREATE TABLE self_assessment_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  assessment_id uuid NOT NULL REFERENCES self_assessments (id),
  item_ref text,
  change text NOT NULL CHECK (change IN ('started', 'carriedOver', 'updated', 'closed')),
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX self_assessment_history_item_idx ON self_assessment_history (assessment_id, item_ref, id);

GRANT SELECT, INSERT, UPDATE ON self_assessments, self_assessment_criteria, self_assessment_indicators TO baken_app;
GRANT SELECT, INSERT ON self_assessment_history, self_assessment_evidence TO baken_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['self_assessments', 'self_assessment_evidence', 'self_assessment_criteria', 'self_assessment_indicators',
                           'self_assessment_history']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I TO baken_app
         USING (organisation_id = current_organisation_id())
         WITH CHECK (organisation_id = current_organisation_id())', t);
  END LOOP;
END
$$;
