// The indicator codes Baken computes from the files, in the order of the
// quality framework pack (content/quality/framework.yaml, answeredBy:
// computed). Plain data with no imports, so the client types its catalogs by
// the same list the server computes.
export const INDICATOR_CODES = [
  'placementReasoning',
  'genderSensitiveApproach',
  'policeCooperationRecorded',
  'staffTraining',
  'structuredRiskAssessmentAtStart',
  'safetyPlanSections',
  'staffSafetyEstimate',
  'safetySignedOffByLead',
  'phasedPlanning',
  'carePlanAnalysis',
  'reviewsWithinThreeMonths',
  'networkAnalysisRisksStrengths',
  'parentsGoals',
  'educationGoalFirstPhase',
  'leisureAndHousingGoals',
  'aftercareDocumented',
  'comenshaConsentAndCopy',
  'comenshaNoRegistrationReasoned',
  'medicalDecisionsStartAndMissing',
  'traumaGoalsProgress',
  'selfEsteemGoalsProgress',
  'relationshipGoalsProgress',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

/** What an indicator counts: youths' files, or (1.4) members of staff. */
export const INDICATOR_UNITS = ['files', 'staff'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** At most this many files not meeting an indicator are named per indicator; the rest are counted. */
export const NOT_MET_LIST_LIMIT = 100;

/** Months in the trend, the current one included. */
export const TREND_MONTHS = 12;
