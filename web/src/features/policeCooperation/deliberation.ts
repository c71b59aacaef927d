// A report deliberation as the client reads and writes it: its type, the
// labels and options from the catalog, and how a submitted form becomes the
// body the server validates.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { policeReportDeliberationInput } from '../../../../server/src/modules/policeCooperation/policeReportDeliberation.kind';
import type { CaseRecord } from '../caseFiles/work/recordApi';

export const DELIBERATION_PATH = 'report-deliberations';

export type Deliberation = CaseRecord & z.infer<typeof policeReportDeliberationInput>;
export type DeliberationField = keyof z.infer<typeof policeReportDeliberationInput>;

type OptionGroup = 'youthWish' | 'offences' | 'vulnerability' | 'interviewerPreference' | 'interviewPlace' | 'alternatives' | 'outcome';

export function fieldLabel(t: TFunction, field: DeliberationField): string {
  return t(`fields.policeReportDeliberation.${field}` as 'fields.policeReportDeliberation.weighing');
}

export function optionLabel(t: TFunction, group: OptionGroup, value: string): string {
  return t(`policeReportDeliberation.options.${group}.${value}` as 'policeReportDeliberation.options.outcome.pending', { defaultValue: value });
}

export function choices(t: TFunction, group: OptionGroup, values: readonly string[]) {
  return values.map((value) => ({ value, label: optionLabel(t, group, value) }));
}

/** The form's values as the server expects them. A question left unanswered is left out, so the server asks for it. */
export function readDeliberationForm(form: HTMLFormElement): Record<string, unknown> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const chosen = (name: string) => (text(name) === '' ? undefined : text(name));
  const dateOrNull = (name: string) => (text(name) === '' ? null : text(name));
  return {
    deliberatedOn: text('deliberatedOn'),
    participants: text('participants')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    youthWish: chosen('youthWish'),
    youthWords: text('youthWords'),
    fearOfRevenge: text('fearOfRevenge'),
    loyaltyToExploiter: text('loyaltyToExploiter'),
    offences: chosen('offences'),
    offencesNote: text('offencesNote'),
    nonPunishment: text('nonPunishment'),
    vulnerability: chosen('vulnerability'),
    trainedInterviewer: data.get('trainedInterviewer') === 'yes',
    interviewerPreference: chosen('interviewerPreference'),
    interviewPlace: chosen('interviewPlace'),
    trustedPerson: text('trustedPerson'),
    interviewNeeds: text('interviewNeeds'),
    lawyerConsultedOn: dateOrNull('lawyerConsultedOn'),
    lawyerOutcome: text('lawyerOutcome'),
    policeIntakeOn: dateOrNull('policeIntakeOn'),
    policeIntakeOutcome: text('policeIntakeOutcome'),
    alternativesDiscussed: data.getAll('alternativesDiscussed').map(String),
    alternativesNote: text('alternativesNote'),
    weighing: text('weighing'),
    outcome: chosen('outcome'),
    outcomeOn: dateOrNull('outcomeOn'),
    policeReference: text('policeReference'),
    outcomeNote: text('outcomeNote'),
    followUp: text('followUp'),
    followUpOn: dateOrNull('followUpOn'),
  };
}
