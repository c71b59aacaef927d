// Every indicator Baken computes, in the order of the quality framework pack.
// A test holds this list to the pack's computed indicators, code for code and
// ref for ref, so a new pack version cannot leave one uncomputed unnoticed.
import type { IndicatorCode } from '../indicators.options.js';
import { placementReasoning, genderSensitiveApproach, policeCooperationRecorded, staffTraining } from './basic.js';
import { structuredRiskAssessmentAtStart, safetyPlanSections, staffSafetyEstimate, safetySignedOffByLead } from './safety.js';
import {
  phasedPlanning,
  carePlanAnalysis,
  reviewsWithinThreeMonths,
  networkAnalysisRisksStrengths,
  parentsGoals,
  educationGoalFirstPhase,
  leisureAndHousingGoals,
} from './carePlan.js';
import { aftercareDocumented, comenshaConsentAndCopy, comenshaNoRegistrationReasoned } from './chain.js';
import { medicalDecisionsStartAndMissing, traumaGoalsProgress, selfEsteemGoalsProgress, relationshipGoalsProgress } from './specific.js';
import type { IndicatorDefinition } from './definition.js';

export const INDICATORS: readonly IndicatorDefinition[] = [
  placementReasoning,
  genderSensitiveApproach,
  policeCooperationRecorded,
  staffTraining,
  structuredRiskAssessmentAtStart,
  safetyPlanSections,
  staffSafetyEstimate,
  safetySignedOffByLead,
  phasedPlanning,
  carePlanAnalysis,
  reviewsWithinThreeMonths,
  networkAnalysisRisksStrengths,
  parentsGoals,
  educationGoalFirstPhase,
  leisureAndHousingGoals,
  aftercareDocumented,
  comenshaConsentAndCopy,
  comenshaNoRegistrationReasoned,
  medicalDecisionsStartAndMissing,
  traumaGoalsProgress,
  selfEsteemGoalsProgress,
  relationshipGoalsProgress,
];

export const INDICATOR_BY_CODE = new Map<IndicatorCode, IndicatorDefinition>(INDICATORS.map((d) => [d.code, d]));
