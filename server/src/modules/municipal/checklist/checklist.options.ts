// The fixed choices of the municipal checklist. Plain data with no imports, so
// the client builds its forms from the same lists the server validates against.

/** The answer to a question of the checklist. */
export const CHECKLIST_ANSWERS = ['yes', 'partly', 'no', 'unknown'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

/** Answers that leave a gap: the check's suggested actions can be planned for them. */
export const GAP_ANSWERS: readonly ChecklistAnswer[] = ['partly', 'no', 'unknown'];

/** Where an action of the action plan stands. */
export const ACTION_STATUSES = ['open', 'inProgress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The years a checklist can be started for. */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2100;

/** At most this many municipalities take part besides the owner. */
export const MAX_PARTICIPANTS = 40;
