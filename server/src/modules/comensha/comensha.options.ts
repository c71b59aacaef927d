// The fixed choices of CoMensha consents and registrations. Plain data with no
// imports, so the client builds its selects, and checks an upload, from the
// same lists the server validates against.

/** Who signed the consent. */
export const CONSENT_GIVERS = ['youth', 'parents', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** From this age the youth signs the consent themself; younger, the parents or the guardian do. */
export const OWN_CONSENT_AGE = 16;

/** The signed consent form: a scan (PDF) or a photo of it. */
export const CONSENT_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ConsentDocumentType = (typeof CONSENT_DOCUMENT_TYPES)[number];
/** A scanned page or a phone photo fits; a whole file of scans does not. */
export const CONSENT_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

/** Why a consent does not carry a registration on a given day. */
export const CONSENT_PROBLEMS = ['noConsent', 'withdrawn', 'signerMustBeYouth', 'signerMustBeParents', 'noDocument', 'signedAfter'] as const;
export type ConsentProblem = (typeof CONSENT_PROBLEMS)[number];

export const EXPLOITATION_FORMS = ['sexual', 'criminal', 'both'] as const;
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

/** How the youth was drawn in; more than one may apply. */
export const RECRUITMENT_METHODS = ['online', 'viaFriend', 'loverboy', 'family', 'streetOrSchool', 'debt', 'other', 'unknown'] as const;
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number];

export const POLICE_REPORT_STATES = ['reportMade', 'considered', 'notConsidered'] as const;
export type PoliceReportState = (typeof POLICE_REPORT_STATES)[number];

/** Why no registration was made. */
export const NO_REGISTRATION_REASONS = ['youthRefused', 'parentsRefused', 'consentWithdrawn', 'notYetAsked', 'noSuspicion', 'other'] as const;
export type NoRegistrationReason = (typeof NO_REGISTRATION_REASONS)[number];
