// The deliberation about a police report (aangifte) on a youth's file: what the
// youth wants and fears, what an interview would ask of the police, the lawyer
// and the police intake, the routes when the youth will not report, the
// weighing in the youth's interest, and where it ended. Never a push towards
// reporting: no answer is filled in beforehand, and "pending" and "no report
// for now" are outcomes like any other. A file keeps every deliberation, since
// a youth's wishes change; a lead professional signs each one off.
import { sql } from 'kysely';
import { z } from 'zod';
import { FieldRuleError } from '../../platform/errors.js';
import { fieldKey, type FieldMessageKey } from '../../platform/i18n/fieldMessages.js';
import { isoDate, todayInNetherlands } from '../../platform/http/schemas.js';
import type { RecordKind } from '../caseFiles/records/recordKind.js';
import { list, optional, pastDate, required } from '../caseFiles/records/kinds/fields.js';
import {
  DELIBERATION_OUTCOMES,
  INTERVIEW_PLACES,
  INTERVIEWER_PREFERENCES,
  OFFENCES_NEEDING_NON_PUNISHMENT,
  OFFENCES_WHILE_EXPLOITED,
  OUTCOMES_WITH_DATE,
  REPORT_ALTERNATIVES,
  VULNERABILITIES,
  YOUTH_WISHES,
} from './policeCooperation.options.js';

/** A date that may be left empty, and when given lies in the past (a meeting that took place). */
const pastDateOrNull = isoDate.refine((v) => v <= todayInNetherlands(), fieldKey('dateInFuture')).nullable().default(null);

export const policeReportDeliberationInput = z.object({
  deliberatedOn: pastDate,
  participants: list(20, 120).refine((p) => p.length > 0, fieldKey('required')),
  youthWish: z.enum(YOUTH_WISHES),
  /** What the youth said, as far as possible in the youth's own words. */
  youthWords: optional(5000),
  fearOfRevenge: optional(5000),
  loyaltyToExploiter: optional(5000),
  offences: z.enum(OFFENCES_WHILE_EXPLOITED),
  offencesNote: optional(5000),
  /** How the non-punishment principle was noted and explained (required when there may be offences). */
  nonPunishment: optional(5000),
  vulnerability: z.enum(VULNERABILITIES),
  trainedInterviewer: z.boolean().default(false),
  interviewerPreference: z.enum(INTERVIEWER_PREFERENCES).default('noPreference'),
  interviewPlace: z.enum(INTERVIEW_PLACES).default('notDiscussed'),
  trustedPerson: optional(200),
  interviewNeeds: optional(5000),
  lawyerConsultedOn: pastDateOrNull,
  lawyerOutcome: optional(5000),
  policeIntakeOn: pastDateOrNull,
  policeIntakeOutcome: optional(5000),
  alternativesDiscussed: z
    .array(z.enum(REPORT_ALTERNATIVES))
    .max(REPORT_ALTERNATIVES.length)
    .transform((items) => [...new Set(items)])
    .default([]),
  alternativesNote: optional(5000),
  weighing: required(10000),
  outcome: z.enum(DELIBERATION_OUTCOMES),
  outcomeOn: pastDateOrNull,
  policeReference: optional(100),
  outcomeNote: optional(5000),
  followUp: optional(5000),
  followUpOn: isoDate.nullable().default(null),
});
export type PoliceReportDeliberationInput = z.infer<typeof policeReportDeliberationInput>;

/** The rules between fields; every broken one at once. */
export function deliberationProblems(input: PoliceReportDeliberationInput): { path: string; key: FieldMessageKey }[] {
  const problems: { path: string; key: FieldMessageKey }[] = [];
  if (OFFENCES_NEEDING_NON_PUNISHMENT.includes(input.offences) && input.nonPunishment === '') problems.push({ path: 'nonPunishment', key: 'nonPunishmentMissing' });
  // A report by the youth against the youth's recorded wish would be exactly the push this form must not make.
  if (input.outcome === 'reportMade' && input.youthWish !== 'wantsToReport') problems.push({ path: 'outcome', key: 'reportAgainstWish' });
  if (OUTCOMES_WITH_DATE.includes(input.outcome) && input.outcomeOn === null) problems.push({ path: 'outcomeOn', key: 'outcomeDateMissing' });
  if (input.outcome === 'other' && input.outcomeNote === '') problems.push({ path: 'outcomeNote', key: 'outcomeNoteMissing' });
  return problems;
}

export const policeReportDeliberationKind: RecordKind<PoliceReportDeliberationInput> = {
  name: 'policeReportDeliberation',
  table: 'police_report_deliberations',
  path: 'report-deliberations',
  signOff: true,
  input: policeReportDeliberationInput,
  fields: {
    deliberatedOn: 'deliberated_on',
    participants: 'participants',
    youthWish: 'youth_wish',
    youthWords: 'youth_words',
    fearOfRevenge: 'fear_of_revenge',
    loyaltyToExploiter: 'loyalty_to_exploiter',
    offences: 'offences',
    offencesNote: 'offences_note',
    nonPunishment: 'non_punishment',
    vulnerability: 'vulnerability',
    trainedInterviewer: 'trained_interviewer',
    interviewerPreference: 'interviewer_preference',
    interviewPlace: 'interview_place',
    trustedPerson: 'trusted_person',
    interviewNeeds: 'interview_needs',
    lawyerConsultedOn: 'lawyer_consulted_on',
    lawyerOutcome: 'lawyer_outcome',
    policeIntakeOn: 'police_intake_on',
    policeIntakeOutcome: 'police_intake_outcome',
    alternativesDiscussed: 'alternatives_discussed',
    alternativesNote: 'alternatives_note',
    weighing: 'weighing',
    outcome: 'outcome',
    outcomeOn: 'outcome_on',
    policeReference: 'police_reference',
    outcomeNote: 'outcome_note',
    followUp: 'follow_up',
    followUpOn: 'follow_up_on',
  },
  check: (input) => {
    const problems = deliberationProblems(input);
    if (problems.length > 0) throw new FieldRuleError(problems);
  },
  orderBy: sql`deliberated_on DESC, created_at DESC`,
  example: {
    deliberatedOn: '2026-01-12',
    participants: ['Jongere', 'Mentor', 'Behandelcoördinator'],
    youthWish: 'doesNotWant',
    youthWords: 'Ik wil niet dat hij weet dat ik het heb verteld.',
    fearOfRevenge: 'Bang dat hij haar zus iets aandoet.',
    loyaltyToExploiter: 'Noemt hem nog haar vriend.',
    offences: 'possibly',
    offencesNote: 'Heeft mogelijk drugs vervoerd.',
    nonPunishment: 'Uitgelegd dat de officier van justitie kan afzien van vervolging; besproken met de advocaat.',
    vulnerability: 'trauma',
    trainedInterviewer: true,
    interviewerPreference: 'female',
    interviewPlace: 'studio',
    trustedPerson: 'Mentor',
    interviewNeeds: 'Korte vragen, informatie in stukjes en na afloop op papier.',
    lawyerConsultedOn: '2026-01-08',
    lawyerOutcome: 'Advocaat heeft uitgelegd wat aangifte doen betekent.',
    policeIntakeOn: null,
    policeIntakeOutcome: '',
    alternativesDiscussed: ['notification', 'organisationReport'],
    alternativesNote: 'Melding door de organisatie past nu het best.',
    weighing: 'Zelf aangifte doen is nu te zwaar; een melding beschermt haar en geeft de politie informatie.',
    outcome: 'notificationMade',
    outcomeOn: '2026-01-12',
    policeReference: '',
    outcomeNote: '',
    followUp: 'Over een maand opnieuw bespreken met de jongere.',
    followUpOn: '2026-02-12',
  },
};
