// Every audit action Baken writes. A typed list, so a typo fails to compile and
// the "who looked at this file" view knows which actions are reads.

/** The kinds of record kept in a case file (modules/caseFiles/records). Each is listed, created, updated, some signed off. */
export const RECORD_KINDS = [
  'signal',
  'reportingCodeStep',
  'screening',
  'riskAssessment',
  'safetyPlan',
  'networkPerson',
  'networkPlace',
  'networkAccount',
  'networkAnalysis',
  'visit',
  'carePlanAnalysis',
  'careGoal',
  'goalProgress',
  'carePhase',
  'careReview',
  'placement',
  'medicalDecision',
  'aftercare',
] as const;
export type RecordKindName = (typeof RECORD_KINDS)[number];
export const RECORD_VERBS = ['listed', 'created', 'updated', 'signedOff'] as const;
export type RecordVerb = (typeof RECORD_VERBS)[number];
export type RecordAuditAction = `${RecordKindName}.${RecordVerb}`;

export const BASE_AUDIT_ACTIONS = [
  'setup.completed',
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.login.locked',
  'auth.oidc.succeeded',
  'auth.oidc.failed',
  'auth.mfa.enrolled',
  'auth.mfa.verified',
  'auth.mfa.failed',
  'auth.recoveryCode.used',
  'auth.logout',
  'auth.activated',
  'session.revoked',
  'user.created',
  'user.updated',
  'user.deactivated',
  'user.reactivated',
  'user.mfaReset',
  'team.created',
  'oidc.configured',
  'youth.listed',
  'youth.searchedForBreakGlass',
  'youth.created',
  'youth.read',
  'youth.updated',
  'caseTeam.read',
  'caseTeam.memberAdded',
  'caseTeam.memberRemoved',
  'journal.read',
  'journal.entryAdded',
  'accessLog.read',
  'breakGlass.granted',
  'breakGlass.reviewed',
  'breakGlass.listed',
  'audit.searched',
  'access.denied',
  'recordHistory.read',
  'photo.read',
  'photo.uploaded',
  'safetyPlan.printed',
  'caseFile.closed',
  'workList.read',
  'houseRules.read',
  'houseRules.updated',
  'caseSteps.read',
  'disclosure.recorded',
  'disclosure.listed',
  'disclosure.read',
  'disclosure.registerRead',
  'disclosureReceipt.listed',
  'disclosureReceipt.read',
  'disclosureReceipt.photoRead',
  'partner.created',
  'partner.updated',
  'organisationContacts.updated',
] as const;
export type AuditAction = (typeof BASE_AUDIT_ACTIONS)[number] | RecordAuditAction;

export const AUDIT_ACTIONS = [
  ...BASE_AUDIT_ACTIONS,
  ...RECORD_KINDS.flatMap((kind) => RECORD_VERBS.map((verb) => `${kind}.${verb}` as RecordAuditAction)),
] as [AuditAction, ...AuditAction[]];

/** Actions that show a person looked at (part of) a youth's file. */
export const CASE_FILE_READ_ACTIONS: readonly AuditAction[] = [
  ...RECORD_KINDS.map((kind) => `${kind}.listed` as const),
  'recordHistory.read',
  'photo.read',
  'safetyPlan.printed',
  'caseSteps.read',
  'disclosure.listed',
  'disclosure.read',
  'youth.read',
  'caseTeam.read',
  'journal.read',
  'accessLog.read',
  'youth.searchedForBreakGlass',
];
