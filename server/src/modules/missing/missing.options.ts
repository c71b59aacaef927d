// The fixed choices of a missing episode. Plain data with no imports, so the
// client builds its forms from the same lists the server validates against.

/**
 * When the police treat a missing youth as urgent (seed 001 §9, seed 000
 * Vermissing). If any holds, the professional calls 112 and tells the police
 * which one and what shows it.
 */
export const URGENCY_CRITERIA = ['honourViolence', 'crimeVictim', 'withCriminals', 'intellectualDisability', 'suicideRisk', 'youngAge'] as const;
export type UrgencyCriterion = (typeof URGENCY_CRITERIA)[number];

/**
 * Below this age the form suggests "young age". The sources give no age: the
 * professional decides, and explains. A suggestion only, never ticked for them.
 */
export const YOUNG_AGE_SUGGESTED_BELOW = 16;

/** LVB indications on the youth's file that suggest the intellectual-disability criterion. */
export const LVB_SUGGESTING = ['yes', 'suspected'] as const;

export const EPISODE_STATUSES = ['open', 'returned'] as const;
export type EpisodeStatus = (typeof EPISODE_STATUSES)[number];

/** Who found the youth, or how the youth came back. */
export const FOUND_BY = ['cameBack', 'police', 'staff', 'parents', 'other'] as const;

/**
 * The steps of an episode recorded one by one, each with its time: the
 * notifications while the youth is missing, then the follow-up after the return.
 */
export const NOTIFICATION_STEPS = ['emergencyCall', 'policeReport', 'parentsInformed', 'guardianInformed'] as const;
export const RETURN_STEPS = ['returnReported', 'everyoneInformed', 'policeConsulted', 'evaluationDone', 'safetyPlanUpdated'] as const;
export const EPISODE_STEPS = [...NOTIFICATION_STEPS, ...RETURN_STEPS, 'note'] as const;
export type EpisodeStep = (typeof EPISODE_STEPS)[number];

/** What shows on an episode's timeline: the steps, and the events that have a form of their own. */
export const EVENT_KINDS = [...EPISODE_STEPS, 'started', 'detailsUpdated', 'sheetHandedOver', 'transferred', 'returned', 'medicalCheck'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * The sections of the police information sheet, in the order they are printed,
 * each with the kind of data it discloses (disclosures.options DATA_CATEGORIES;
 * null: not personal data of the youth, such as the organisation's own number).
 */
export const SHEET_SECTIONS = [
  { key: 'photo', category: 'photo' },
  { key: 'identity', category: 'identity' },
  { key: 'contact', category: 'contactDetails' },
  { key: 'description', category: 'description' },
  { key: 'lastSeen', category: 'description' },
  { key: 'urgency', category: 'urgency' },
  { key: 'risk', category: 'riskFactors' },
  { key: 'persons', category: 'networkPersons' },
  { key: 'places', category: 'networkPlaces' },
  { key: 'accounts', category: 'onlineAccounts' },
  { key: 'family', category: 'parentsContacts' },
  { key: 'organisation', category: null },
] as const;
export type SheetSectionKey = (typeof SHEET_SECTIONS)[number]['key'];

/** The number the police give for reports that are not an emergency (seed 001 §10). */
export const POLICE_NON_EMERGENCY = '0900-8844';
/** Where a missing youth is reported to the police when it is not urgent (seed 000, seed 001 §9). */
export const POLICE_MISSING_FORM_URL = 'https://www.politie.nl/vermissing';
