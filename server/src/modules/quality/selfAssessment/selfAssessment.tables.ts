// The self-assessment tables (migration 0011), added to the query layer's
// database type. Evidence documents live in quality_documents and policies in
// the policies register (migration 0010).
import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import '../expertise/expertise.tables.js';
import '../policies/policies.tables.js';
import type { CriterionStatus, IndicatorAnswer } from './selfAssessment.options.js';

type CreatedAt = ColumnType<Date, string | undefined, never>;
type UpdatedAt = ColumnType<Date, string | undefined, string>;
type Json = ColumnType<unknown, string, never>;
/** A calendar date: read as 'YYYY-MM-DD' on both engines. */
type CalendarDate = ColumnType<string, string, string>;

export interface SelfAssessmentsTable {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  framework_version: string;
  started_on: CalendarDate;
  carried_over_from: string | null;
  closed_at: ColumnType<Date | null, never, string>;
  closed_by: ColumnType<string | null, never, string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface SelfAssessmentEvidenceTable {
  document_id: string;
  organisation_id: string;
  assessment_id: string;
}

export interface SelfAssessmentCriteriaTable {
  id: Generated<string>;
  organisation_id: string;
  assessment_id: string;
  criterion_ref: string;
  status: CriterionStatus | null;
  policy_id: string | null;
  document_id: string | null;
  owner_id: string | null;
  due_on: CalendarDate | null;
  comments: ColumnType<string, string | undefined, string>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface SelfAssessmentIndicatorsTable {
  id: Generated<string>;
  organisation_id: string;
  assessment_id: string;
  indicator_ref: string;
  answer: IndicatorAnswer | null;
  comments: ColumnType<string, string | undefined, string>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface SelfAssessmentHistoryTable {
  id: GeneratedAlways<number>;
  organisation_id: string;
  assessment_id: string;
  item_ref: string | null;
  change: 'started' | 'carriedOver' | 'updated' | 'closed';
  snapshot: Json;
  changed_by: string | null;
  changed_at: CreatedAt;
}

declare module '../../../platform/db/schema.js' {
  interface DB {
    self_assessments: SelfAssessmentsTable;
    self_assessment_evidence: SelfAssessmentEvidenceTable;
    self_assessment_criteria: SelfAssessmentCriteriaTable;
    self_assessment_indicators: SelfAssessmentIndicatorsTable;
    self_assessment_history: SelfAssessmentHistoryTable;
  }
}
