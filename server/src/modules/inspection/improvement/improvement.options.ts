// The codes of improvement plans, shared by server and client (no imports).

/** Where the provider says an action stands. */
export const ACTION_STATUSES = ['open', 'inProgress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The inspector's follow-up of one action: accepted, not yet sufficient, or closed (nothing more asked). */
export const FOLLOW_UP_VERDICTS = ['accepted', 'notYetSufficient', 'closed'] as const;
export type FollowUpVerdict = (typeof FOLLOW_UP_VERDICTS)[number];
