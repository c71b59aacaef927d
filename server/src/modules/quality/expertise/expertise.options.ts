// Option lists of the staff expertise register, shared by server and client
// (no imports, so the client bundle can take them as they are).

/**
 * What a training was about. Every topic here matters for work with young
 * people in exploitation (quality framework 003 §1.4, inspection 004 §5.2.2):
 * a training with at least one of them counts as relevant training.
 */
export const TRAINING_TOPICS = [
  'exploitationSignals',
  'traumaInformed',
  'mildIntellectualDisability',
  'genderSensitive',
  'safetyAndRisk',
  'healthyRelationships',
  'conversationSkills',
] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

/** The registers a professional can be registered in. SKJ is the youth-care register; BIG for health professions. */
export const REGISTERS = ['skj', 'big', 'other'] as const;
export type Register = (typeof REGISTERS)[number];

/** How many days before its expiry a registration appears as a reminder. */
export const EXPIRY_REMINDER_DAYS = 60;

/** Where a registration stands on a given day. */
export const REGISTRATION_STATES = ['notYetValid', 'valid', 'expiresSoon', 'expired', 'withdrawn'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** Certificates: PDF or a photo of the paper, at most 10 MB. */
export const CERTIFICATE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const QUALITY_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
