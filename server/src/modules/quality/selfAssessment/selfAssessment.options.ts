// The fixed choices of the self-assessment. Plain data with no imports, so the
// client builds its forms, and checks an upload, from the same lists the
// server validates against.

/** Where the organisation stands on a criterion, from nothing to lived practice. */
export const CRITERION_STATUSES = ['notArranged', 'beingArranged', 'onPaper', 'inPractice'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

/** Statuses that say something is laid down: they need a policy or a document as evidence. */
export const STATUSES_NEEDING_EVIDENCE: readonly CriterionStatus[] = ['onPaper', 'inPractice'];

/** The answer to an indicator the case files cannot answer. */
export const INDICATOR_ANSWERS = ['met', 'partlyMet', 'notMet', 'unknown'] as const;
export type IndicatorAnswer = (typeof INDICATOR_ANSWERS)[number];

/** Evidence uploaded with a criterion: a scan or an exported document, or a photo of one. */
export const EVIDENCE_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type EvidenceDocumentType = (typeof EVIDENCE_DOCUMENT_TYPES)[number];
/** A policy document of some dozens of pages fits; a video does not. */
export const EVIDENCE_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
