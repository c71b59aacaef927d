// The fixed choices of police cooperation: the deliberation about a police
// report on a youth's file, and staff and client safety incidents. Plain data
// with no imports, so the client builds its forms from the lists the server
// validates against.

/** What the youth wants, in that order on the form: none of them is a default. */
export const YOUTH_WISHES = ['wantsToReport', 'doesNotWant', 'unsure', 'notYetDiscussed'] as const;

/** Whether the youth may have committed offences while being exploited. */
export const OFFENCES_WHILE_EXPLOITED = ['no', 'possibly', 'yes', 'unknown'] as const;
/** Answers that call for the non-punishment principle to be noted. */
export const OFFENCES_NEEDING_NON_PUNISHMENT: readonly (typeof OFFENCES_WHILE_EXPLOITED)[number][] = ['possibly', 'yes'];

/** A (suspected) LVB or trauma-related complaints: what the police interview must take into account. */
export const VULNERABILITIES = ['none', 'lvb', 'trauma', 'lvbAndTrauma', 'unknown'] as const;
export const INTERVIEWER_PREFERENCES = ['noPreference', 'female', 'male'] as const;
export const INTERVIEW_PLACES = ['notDiscussed', 'studio', 'familiarPlace', 'policeStation'] as const;

/** The routes when the youth will not report themselves (seed 001 §8). */
export const REPORT_ALTERNATIVES = ['notification', 'organisationReport', 'witnessDomicile', 'witnessUnderNumber'] as const;

/** Where the deliberation stands. "pending" first: a deliberation need not end in a decision. */
export const DELIBERATION_OUTCOMES = ['pending', 'reportMade', 'notificationMade', 'organisationReport', 'witnessStatement', 'noReportForNow', 'other'] as const;
/** Outcomes that happened on a day: the form asks for that date. */
export const OUTCOMES_WITH_DATE: readonly (typeof DELIBERATION_OUTCOMES)[number][] = ['reportMade', 'notificationMade', 'organisationReport', 'witnessStatement'];

/** Kinds of incident a colleague reports to the safety officer (seed 000, 001 §10). */
export const INCIDENT_KINDS = ['aggression', 'threat', 'feelingUnsafe', 'recruitment', 'pressureOnStaff', 'other'] as const;
export const POLICE_INVOLVEMENTS = ['notInformed', 'informed', 'reportFiled'] as const;
/** How the police were told: 112 in an emergency, 0900-8844 otherwise, or the community officer one knows. */
export const POLICE_CONTACT_ROUTES = ['emergency112', 'generalNumber', 'communityOfficer', 'other'] as const;
/** Who filed the report: the employee, or the organisation on the employee's behalf. */
export const REPORT_FILERS = ['employee', 'organisation'] as const;
export const INCIDENT_STATUSES = ['open', 'inProgress', 'closed'] as const;

/** At most this many descriptions of suspects on one incident. */
export const MAX_SUSPECTS = 10;
