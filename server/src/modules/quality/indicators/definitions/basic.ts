// The basic core elements (quality framework 1.1–1.4): placement, the
// gender-sensitive approach, cooperation with the police, staff training.
import { sql } from 'kysely';
import { filled, goalIn, openInCareFor, type IndicatorDefinition } from './definition.js';

/**
 * 1.1 Population: open files of youths in residential care (the placement
 * says a homogeneous or mixed group; without a placement record, the youth's
 * living situation is an open or secured residential group), two weeks into
 * care. Met: the placement record names the group and explains why.
 */
export const placementReasoning: IndicatorDefinition = {
  code: 'placementReasoning',
  ref: '1.1-i1',
  unit: 'files',
  graceDays: 14,
  population: () => sql<boolean>`(${openInCareFor(14)} AND (f.pl_group IN ('homogeneous', 'mixed')
    OR (f.pl_group IS NULL AND f.living_situation IN ('openResidential', 'securedResidential'))))`,
  condition: () => sql<boolean>`(f.pl_group IN ('homogeneous', 'mixed') AND ${filled('f.pl_reasoning')})`,
};

/**
 * 1.2 Population: open files a month into care. Met: the placement record
 * describes the gender-sensitive approach and the care plan holds a goal on
 * self-esteem or healthy relationships, where that approach shows in goals.
 */
export const genderSensitiveApproach: IndicatorDefinition = {
  code: 'genderSensitiveApproach',
  ref: '1.2-i1',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => sql<boolean>`(${filled('f.pl_gender_approach')} AND ${goalIn('selfEsteem', 'healthyRelationships')})`,
};

/**
 * 1.3 Population: open files a month into care. Met: the file holds a
 * deliberation about a police report, or a disclosure to the police (a
 * missing-person sheet, an answered police request, one typed in).
 */
export const policeCooperationRecorded: IndicatorDefinition = {
  code: 'policeCooperationRecorded',
  ref: '1.3-i1',
  unit: 'files',
  graceDays: 30,
  population: () => openInCareFor(30),
  condition: () => sql<boolean>`(f.id IN (SELECT d.youth_id FROM police_report_deliberations d)
    OR f.id IN (SELECT d.youth_id FROM disclosures d WHERE d.recipient_kind = 'police'))`,
};

/**
 * 1.4, at the level of the professional. Population: active users with a role
 * that works on case files. Met: the staff register holds a training of theirs,
 * completed by today and not withdrawn, that names at least one topic (every
 * topic is relevant to exploitation). The same rule as the expertise
 * register's staffTrainingCoverage, so both pages say the same.
 */
export const staffTraining: IndicatorDefinition = {
  code: 'staffTraining',
  ref: '1.4-i1',
  unit: 'staff',
  graceDays: 0,
  population: (c) => sql<boolean>`(s.roles && ${[...c.caseRoles]}::text[])`,
  condition: (c) => sql<boolean>`s.id IN (SELECT t.user_id FROM staff_trainings t
    WHERE t.withdrawn_at IS NULL AND t.completed_on <= ${c.today} AND cardinality(t.topics) > 0)`,
};
