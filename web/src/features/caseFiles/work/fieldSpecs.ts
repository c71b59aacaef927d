// The form of each kind of record: which fields, in which order, of which type.
// The server's kind declarations (records/kinds) are the rules; these are the
// same fields as a professional fills them in.
import type { TFunction } from 'i18next';
import {
  CONSULTED_PARTIES,
  CONVERSATION_PARTIES,
  GOAL_DOMAINS,
  GOAL_STATUSES,
  GROUP_COMPOSITIONS,
  MEDICAL_DECISIONS,
  MEDICAL_MOMENTS,
  MEDICAL_TOPICS,
  NETWORK_CLASSIFICATIONS,
  OBSERVER_KINDS,
  PLACE_KINDS,
  POLICE_CHECKS,
  PROGRESS_ASSESSMENTS,
  REPORTING_DECISIONS,
  RISK_LEVELS,
  SCREENING_INDICATIONS,
  SIGNAL_FORMS,
  SIGNAL_STATUSES,
  VISIT_PURPOSES,
  YES_NO,
} from '../../../../../server/src/modules/caseFiles/caseFiles.options';
import { todayIso } from '../../../ui/calendar';
import type { FieldSpec, Option } from './RecordForm';

type Group =
  | 'observerKinds'
  | 'signalForms'
  | 'signalStatuses'
  | 'consulted'
  | 'talkedWith'
  | 'yesNo'
  | 'reportingDecisions'
  | 'screeningIndications'
  | 'riskLevels'
  | 'classifications'
  | 'placeKinds'
  | 'visitPurposes'
  | 'policeChecks'
  | 'goalDomains'
  | 'goalStatuses'
  | 'progressAssessments'
  | 'groupCompositions'
  | 'medicalMoments'
  | 'medicalDecisions';

export function options(t: TFunction, group: Group, values: readonly string[]): Option[] {
  return values.map((value) => ({ value, label: t(`options.${group}.${value}` as 'options.yesNo.yes', { defaultValue: value }) }));
}

export function optionText(t: TFunction, group: Group, value: unknown): string {
  return t(`options.${group}.${String(value)}` as 'options.yesNo.yes', { defaultValue: String(value ?? '—') });
}

const today = () => todayIso();

export const specs = {
  signal: (t: TFunction, signalOptions: Option[]): FieldSpec[] => [
    { name: 'observedOn', type: 'date', max: today() },
    { name: 'observerKind', type: 'select', options: options(t, 'observerKinds', OBSERVER_KINDS) },
    { name: 'observerName', type: 'text', optional: true },
    { name: 'form', type: 'select', options: options(t, 'signalForms', SIGNAL_FORMS) },
    { name: 'signalCode', type: 'select', options: signalOptions, optional: true, placeholder: t('signals.otherSignal') },
    { name: 'description', type: 'textarea' },
    { name: 'status', type: 'select', options: options(t, 'signalStatuses', SIGNAL_STATUSES) },
  ],
  reportingCodeStep: (t: TFunction, step: number): FieldSpec[] => [
    { name: 'occurredOn', type: 'date', max: today() },
    { name: 'participants', type: 'text' },
    ...((
      {
        2: [{ name: 'details.consulted', type: 'checkboxes', options: options(t, 'consulted', CONSULTED_PARTIES) }],
        3: [{ name: 'details.talkedWith', type: 'checkboxes', options: options(t, 'talkedWith', CONVERSATION_PARTIES) }],
        4: [
          { name: 'details.reportingNeeded', type: 'select', options: options(t, 'yesNo', YES_NO), placeholder: t('caseTeam.choose') },
          { name: 'details.helpPossible', type: 'select', options: options(t, 'yesNo', YES_NO), placeholder: t('caseTeam.choose') },
        ],
        5: [{ name: 'details.decision', type: 'checkboxes', options: options(t, 'reportingDecisions', REPORTING_DECISIONS) }],
      } as Record<number, FieldSpec[]>
    )[step] ?? []),
    { name: 'outcome', type: 'textarea' },
  ],
  screening: (t: TFunction, instruments: Option[]): FieldSpec[] => [
    { name: 'instrument', type: 'select', options: instruments, placeholder: t('caseTeam.choose') },
    { name: 'administeredOn', type: 'date', max: today() },
    { name: 'administeredBy', type: 'text' },
    { name: 'indication', type: 'select', options: options(t, 'screeningIndications', SCREENING_INDICATIONS) },
    { name: 'outcome', type: 'textarea' },
  ],
  riskAssessment: (t: TFunction, instruments: Option[]): FieldSpec[] => [
    { name: 'instrument', type: 'select', options: instruments, placeholder: t('caseTeam.choose') },
    { name: 'assessedOn', type: 'date', max: today() },
    { name: 'isInitial', type: 'boolean' },
    { name: 'participants', type: 'list' },
    { name: 'riskFactors', type: 'textarea' },
    { name: 'protectiveFactors', type: 'textarea' },
    { name: 'level', type: 'select', options: options(t, 'riskLevels', RISK_LEVELS), placeholder: t('caseTeam.choose') },
    { name: 'conclusion', type: 'textarea' },
  ],
  safetyPlan: (): FieldSpec[] => [
    { name: 'reviewOn', type: 'date' },
    { name: 'riskyNetwork', type: 'textarea', optional: true },
    { name: 'internetUse', type: 'textarea', optional: true },
    { name: 'abscondingRisk', type: 'textarea', optional: true },
    { name: 'possibleAddresses', type: 'textarea', optional: true },
    { name: 'parentContact', type: 'textarea', optional: true },
    { name: 'policeCooperation', type: 'textarea', optional: true },
    { name: 'staffSafety', type: 'textarea', optional: true },
    { name: 'agreementsYouth', type: 'textarea', optional: true },
    { name: 'agreementsParents', type: 'textarea', optional: true },
  ],
  networkPerson: (t: TFunction): FieldSpec[] => [
    { name: 'name', type: 'text' },
    { name: 'relation', type: 'text' },
    { name: 'classification', type: 'select', options: options(t, 'classifications', NETWORK_CLASSIFICATIONS) },
    { name: 'phones', type: 'list', optional: true },
    { name: 'socialHandles', type: 'list', optional: true },
    { name: 'addresses', type: 'list', optional: true },
    { name: 'vehicles', type: 'vehicles', optional: true, hint: t('network.vehiclesHint') },
    { name: 'notes', type: 'textarea', optional: true },
    { name: 'removed', type: 'boolean' },
  ],
  networkPlace: (t: TFunction): FieldSpec[] => [
    { name: 'address', type: 'text' },
    { name: 'kind', type: 'select', options: options(t, 'placeKinds', PLACE_KINDS) },
    { name: 'classification', type: 'select', options: options(t, 'classifications', NETWORK_CLASSIFICATIONS) },
    { name: 'notes', type: 'textarea', optional: true },
    { name: 'removed', type: 'boolean' },
  ],
  networkAccount: (t: TFunction, persons: Option[]): FieldSpec[] => [
    { name: 'platform', type: 'text' },
    { name: 'handle', type: 'text' },
    { name: 'personId', type: 'select', options: persons, optional: true, placeholder: t('network.noPerson') },
    { name: 'classification', type: 'select', options: options(t, 'classifications', NETWORK_CLASSIFICATIONS) },
    { name: 'notes', type: 'textarea', optional: true },
    { name: 'removed', type: 'boolean' },
  ],
  networkAnalysis: (): FieldSpec[] => [
    { name: 'madeWithYouth', type: 'boolean' },
    { name: 'explainedToYouth', type: 'boolean' },
    { name: 'lastReviewedOn', type: 'date', max: today() },
    { name: 'notes', type: 'textarea', optional: true },
  ],
  visit: (t: TFunction, persons: Option[]): FieldSpec[] => [
    { name: 'occurredAt', type: 'datetime' },
    { name: 'visitorName', type: 'text' },
    { name: 'personId', type: 'select', options: persons, optional: true, placeholder: t('network.noPerson') },
    { name: 'purpose', type: 'select', options: options(t, 'visitPurposes', VISIT_PURPOSES) },
    { name: 'idDocumentNumber', type: 'text', optional: true },
    { name: 'idDocumentExpiry', type: 'date', optional: true },
    { name: 'visitorDateOfBirth', type: 'date', optional: true, max: today() },
    { name: 'licencePlate', type: 'text', optional: true },
    { name: 'policeCheck', type: 'select', options: options(t, 'policeChecks', POLICE_CHECKS) },
    { name: 'policeCheckOutcome', type: 'textarea', optional: true },
    { name: 'admitted', type: 'boolean' },
    { name: 'refusalReason', type: 'textarea', optional: true },
    { name: 'notes', type: 'textarea', optional: true },
  ],
  carePlanAnalysis: (): FieldSpec[] => [
    { name: 'analysedOn', type: 'date', max: today() },
    { name: 'participants', type: 'list' },
    { name: 'problems', type: 'textarea' },
    { name: 'risks', type: 'textarea' },
    { name: 'needs', type: 'textarea' },
    { name: 'strengths', type: 'textarea' },
    { name: 'exploitation', type: 'textarea', optional: true },
    { name: 'surfaceBehaviour', type: 'textarea', optional: true },
    { name: 'underlyingProblems', type: 'textarea', optional: true },
    { name: 'education', type: 'textarea', optional: true },
    { name: 'socialNetwork', type: 'textarea', optional: true },
    { name: 'youthSummary', type: 'textarea', optional: true },
  ],
  careGoal: (t: TFunction): FieldSpec[] => [
    { name: 'domain', type: 'select', options: options(t, 'goalDomains', GOAL_DOMAINS) },
    { name: 'description', type: 'textarea' },
    { name: 'youthText', type: 'textarea' },
    { name: 'status', type: 'select', options: options(t, 'goalStatuses', GOAL_STATUSES) },
    { name: 'startedOn', type: 'date' },
  ],
  goalProgress: (t: TFunction, goals: Option[]): FieldSpec[] => [
    { name: 'goalId', type: 'select', options: goals, placeholder: t('caseTeam.choose') },
    { name: 'reportedOn', type: 'date', max: today() },
    { name: 'assessment', type: 'select', options: options(t, 'progressAssessments', PROGRESS_ASSESSMENTS) },
    { name: 'report', type: 'textarea' },
  ],
  carePhase: (): FieldSpec[] => [
    { name: 'number', type: 'number' },
    { name: 'name', type: 'text' },
    { name: 'rules', type: 'textarea' },
    { name: 'youthText', type: 'textarea', optional: true },
    { name: 'startedOn', type: 'date' },
    { name: 'endedOn', type: 'date', optional: true },
    { name: 'transitionReason', type: 'textarea', optional: true },
  ],
  careReview: (): FieldSpec[] => [
    { name: 'reviewedOn', type: 'date', max: today() },
    { name: 'participants', type: 'list' },
    { name: 'summary', type: 'textarea' },
    { name: 'decisions', type: 'textarea', optional: true },
    { name: 'nextReviewOn', type: 'date' },
  ],
  placement: (t: TFunction): FieldSpec[] => [
    { name: 'careStartedOn', type: 'date', max: today() },
    { name: 'groupComposition', type: 'select', options: options(t, 'groupCompositions', GROUP_COMPOSITIONS) },
    { name: 'reasoning', type: 'textarea' },
    { name: 'genderSensitiveApproach', type: 'textarea' },
  ],
  medicalDecision: (t: TFunction): FieldSpec[] => [
    { name: 'decidedOn', type: 'date', max: today() },
    { name: 'moment', type: 'select', options: options(t, 'medicalMoments', MEDICAL_MOMENTS) },
    ...MEDICAL_TOPICS.map((topic): FieldSpec => ({ name: topic, type: 'select', options: options(t, 'medicalDecisions', MEDICAL_DECISIONS) })),
    { name: 'reasoning', type: 'textarea' },
    { name: 'outcome', type: 'textarea', optional: true },
  ],
  aftercare: (): FieldSpec[] => [
    { name: 'nextProvider', type: 'text', optional: true },
    { name: 'districtTeam', type: 'text', optional: true },
    { name: 'localPoliceOfficer', type: 'text', optional: true },
    { name: 'warmHandoverOn', type: 'date', optional: true },
    { name: 'plan', type: 'textarea' },
  ],
};
