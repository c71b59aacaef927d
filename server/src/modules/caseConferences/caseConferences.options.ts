// Option lists of case conferences, shared by server and client (no imports).

export const CONFERENCE_STATUSES = ['planned', 'held', 'closed'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

/** Pseudonymous: initials, age and region only. Named: with a disclosure from the bringing organisation. */
export const CASE_KINDS = ['pseudonymous', 'named'] as const;
export type ConferenceCaseKind = (typeof CASE_KINDS)[number];

export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ConferenceActionStatus = (typeof ACTION_STATUSES)[number];
