// Option lists of disclosures, shared by server and client (no imports).

/** The six grounds on which the GDPR lets personal data be shared (seed 001 §11). */
export const LEGAL_GROUNDS = ['consent', 'contract', 'legalObligation', 'vitalInterest', 'publicTask', 'legitimateInterest'] as const;
export type LegalGround = (typeof LEGAL_GROUNDS)[number];

/** Whether professional secrecy applied, and on what ground it was set aside (seed 000, seed 001 §11). */
export const SECRECY_GROUNDS = ['notApplicable', 'consent', 'conflictOfDuties', 'statutoryDuty'] as const;
export type SecrecyGround = (typeof SECRECY_GROUNDS)[number];

export const RECIPIENT_KINDS = ['police', 'comensha', 'veiligThuis', 'caseConference', 'school', 'careCoordinator', 'prosecutor', 'other'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const DISCLOSURE_SOURCES = ['manual', 'policeSheet', 'comenshaRegistration', 'policeRequest', 'caseConference'] as const;
export type DisclosureSource = (typeof DISCLOSURE_SOURCES)[number];

/**
 * The kinds of data a disclosure can hold. The form asks, per category, why it
 * is needed: share no more than the purpose needs.
 */
export const DATA_CATEGORIES = [
  'identity',
  'photo',
  'description',
  'contactDetails',
  'parentsContacts',
  'riskFactors',
  'urgency',
  'networkPersons',
  'networkPlaces',
  'onlineAccounts',
  'healthCare',
  'exploitation',
  'offences',
  'other',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const PARTNER_KINDS = [
  'communityOfficer',
  'traffickingTeam',
  'missingPersonsContact',
  'police',
  'prosecutor',
  'veiligThuis',
  'careCoordinator',
  'sexualViolenceCentre',
  'riec',
  'school',
  'comensha',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** The recipient kind a partner of each kind stands for in a disclosure. */
export const RECIPIENT_KIND_OF_PARTNER: Record<PartnerKind, RecipientKind> = {
  communityOfficer: 'police',
  traffickingTeam: 'police',
  missingPersonsContact: 'police',
  police: 'police',
  prosecutor: 'prosecutor',
  veiligThuis: 'veiligThuis',
  careCoordinator: 'careCoordinator',
  sexualViolenceCentre: 'other',
  riec: 'other',
  school: 'school',
  comensha: 'comensha',
  other: 'other',
};

/** How a police information request by phone ended. Open while none is set. */
export const POLICE_REQUEST_OUTCOMES = ['nothingGiven', 'informationGiven', 'refused'] as const;
export type PoliceRequestOutcome = (typeof POLICE_REQUEST_OUTCOMES)[number];
