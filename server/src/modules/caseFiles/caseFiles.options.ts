// The fixed choices of a case file. Plain data with no imports, so the client
// builds its selects from the same lists the server validates against.
export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export const LIVING_SITUATIONS = ['atHome', 'openResidential', 'securedResidential', 'fosterCare', 'independent'] as const;
export const LEGAL_FRAMEWORKS = ['voluntary', 'courtOrder'] as const;
export const LVB_INDICATIONS = ['yes', 'suspected', 'no', 'unknown'] as const;
export const JOURNAL_CATEGORIES = ['contact', 'observation', 'consultation', 'safety', 'family', 'other'] as const;
export const TEAM_ROLES = ['lead', 'member'] as const;
