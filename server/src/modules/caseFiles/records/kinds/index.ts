// Every kind of record a case file keeps, in the order of RECORD_KINDS.
import type { RecordKindName } from '../../../../platform/audit/actions.js';
import type { RecordKind } from '../recordKind.js';
import { carePlanAnalysisKind, careGoalKind, carePhaseKind, careReviewKind, goalProgressKind, placementKind } from './carePlan.js';
import { aftercareKind, medicalDecisionKind } from './care.js';
import { riskAssessmentKind, screeningKind } from './assessments.js';
import { networkAccountKind, networkAnalysisKind, networkPersonKind, networkPlaceKind, visitKind } from './network.js';
import { reportingCodeStepKind, signalKind } from './signals.js';
import { safetyPlanKind } from './safetyPlan.js';
import { policeReportDeliberationKind } from '../../../policeCooperation/policeReportDeliberation.kind.js';

export const RECORD_KIND_DEFINITIONS: Record<RecordKindName, RecordKind> = {
  signal: signalKind as unknown as RecordKind,
  reportingCodeStep: reportingCodeStepKind as unknown as RecordKind,
  screening: screeningKind as unknown as RecordKind,
  riskAssessment: riskAssessmentKind as unknown as RecordKind,
  safetyPlan: safetyPlanKind as unknown as RecordKind,
  networkPerson: networkPersonKind as unknown as RecordKind,
  networkPlace: networkPlaceKind as unknown as RecordKind,
  networkAccount: networkAccountKind as unknown as RecordKind,
  networkAnalysis: networkAnalysisKind as unknown as RecordKind,
  visit: visitKind as unknown as RecordKind,
  carePlanAnalysis: carePlanAnalysisKind as unknown as RecordKind,
  careGoal: careGoalKind as unknown as RecordKind,
  goalProgress: goalProgressKind as unknown as RecordKind,
  carePhase: carePhaseKind as unknown as RecordKind,
  careReview: careReviewKind as unknown as RecordKind,
  placement: placementKind as unknown as RecordKind,
  medicalDecision: medicalDecisionKind as unknown as RecordKind,
  aftercare: aftercareKind as unknown as RecordKind,
  policeReportDeliberation: policeReportDeliberationKind as unknown as RecordKind,
};

export const RECORD_KIND_LIST: readonly RecordKind[] = Object.values(RECORD_KIND_DEFINITIONS);
