// The fixed choices of a case file. Plain data with no imports, so the client
// builds its selects from the same lists the server validates against.
export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export const LIVING_SITUATIONS = ['atHome', 'openResidential', 'securedResidential', 'fosterCare', 'independent'] as const;
export const LEGAL_FRAMEWORKS = ['voluntary', 'courtOrder'] as const;
export const LVB_INDICATIONS = ['yes', 'suspected', 'no', 'unknown'] as const;
export const JOURNAL_CATEGORIES = ['contact', 'observation', 'consultation', 'safety', 'family', 'other'] as const;
export const TEAM_ROLES = ['lead', 'member'] as const;

// Case work (issue 4): the fixed choices of signals, assessments, the network,
// visits, the care plan and medical decisions.
export const OBSERVER_KINDS = ['staff', 'school', 'parents', 'police', 'youth', 'other'] as const;
export const SIGNAL_FORMS = ['sexual', 'criminal', 'both', 'unclear'] as const;
export const SIGNAL_STATUSES = ['new', 'discussed', 'actedUpon'] as const;
export const REPORTING_CODE_STEPS = [1, 2, 3, 4, 5] as const;
export const CONSULTED_PARTIES = ['colleague', 'designatedOfficer', 'veiligThuis', 'careCoordinator'] as const;
export const CONVERSATION_PARTIES = ['youth', 'parents'] as const;
export const YES_NO = ['yes', 'no'] as const;
export const REPORTING_DECISIONS = ['reportToVeiligThuis', 'organiseHelp', 'noFurtherAction'] as const;
export const SCREENING_INDICATIONS = ['none', 'possible', 'clear'] as const;
export const RISK_LEVELS = ['low', 'moderate', 'high', 'veryHigh'] as const;
export const NETWORK_CLASSIFICATIONS = ['supportive', 'neutral', 'risky', 'dangerous'] as const;
export const PLACE_KINDS = ['home', 'family', 'friend', 'hangout', 'school', 'work', 'hotel', 'other'] as const;
export const VISIT_PURPOSES = ['visit', 'pickUp'] as const;
export const POLICE_CHECKS = ['notAsked', 'consented', 'refused'] as const;
export const GOAL_DOMAINS = ['safety', 'traumaProcessing', 'selfEsteem', 'healthyRelationships', 'parentsNetwork', 'education', 'leisure', 'housing', 'other'] as const;
export const GOAL_STATUSES = ['active', 'achieved', 'stopped'] as const;
export const PROGRESS_ASSESSMENTS = ['progress', 'noChange', 'setback'] as const;
export const GROUP_COMPOSITIONS = ['homogeneous', 'mixed', 'notResidential'] as const;
export const MEDICAL_MOMENTS = ['startOfCare', 'afterMissing', 'other'] as const;
export const MEDICAL_DECISIONS = ['notNeeded', 'offered', 'declined', 'done'] as const;
/** The medical topics decided on at the start of care and after running away (quality framework 3.1). */
export const MEDICAL_TOPICS = ['stiCheck', 'pregnancyTest', 'medication', 'firstAid', 'csgReferral'] as const;
/** How long a closed file is kept (Jeugdwet: twenty years after the end of care). */
export const RETENTION_YEARS = 20;
