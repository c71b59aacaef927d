// Option lists of the policies register, shared by server and client (no
// imports). Which kinds the frameworks expect, with where they say so: the
// register shows the expected kinds an organisation has not laid down yet.

export const POLICY_KINDS = [
  'admissionPolicy',
  'recruitmentPolicy',
  'trainingPolicy',
  'careVision',
  'genderSensitiveApproach',
  'safetyPolicy',
  'safetyAnalysisMethod',
  'careAnalysisProtocol',
  'missingPersonProtocol',
  'policeReportProtocol',
  'registrationProtocol',
  'medicalCareProtocol',
  'visitorRules',
  'other',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/**
 * Where a kind comes from: the source sections that ask an organisation to lay
 * it down (expected), or that only recommend it. Refs: 003 is the quality
 * framework, 004 the inspection report, 001 the police–care guide.
 */
export const POLICY_KIND_SOURCES: Record<PolicyKind, { expected: boolean; refs: readonly string[] }> = {
  admissionPolicy: { expected: true, refs: ['003 §1.1'] },
  recruitmentPolicy: { expected: true, refs: ['003 §1.4'] },
  trainingPolicy: { expected: true, refs: ['003 §1.4', '004 §5.2.2'] },
  careVision: { expected: true, refs: ['003 §2.2', '003 §2.3', '003 §2.6'] },
  genderSensitiveApproach: { expected: true, refs: ['003 §1.2'] },
  safetyPolicy: { expected: true, refs: ['003 §2.1', '001 §10'] },
  safetyAnalysisMethod: { expected: true, refs: ['003 §2.1'] },
  careAnalysisProtocol: { expected: true, refs: ['003 §2.4'] },
  missingPersonProtocol: { expected: true, refs: ['001 §9'] },
  policeReportProtocol: { expected: true, refs: ['001 §8'] },
  registrationProtocol: { expected: true, refs: ['003 §2.8'] },
  medicalCareProtocol: { expected: true, refs: ['003 §3.1'] },
  visitorRules: { expected: false, refs: ['001 §10'] },
  other: { expected: false, refs: [] },
};

/** How many days before its review date a policy appears as a reminder. */
export const REVIEW_REMINDER_DAYS = 60;

export const POLICY_STATUSES = ['current', 'withdrawn'] as const;
/** Where a current policy's review stands: overdue, due within 60 days, or later. */
export const REVIEW_STATES = ['overdue', 'dueSoon', 'later'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** A policy document is a PDF, at most 10 MB. */
export const POLICY_DOCUMENT_TYPES = ['application/pdf'] as const;
