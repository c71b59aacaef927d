// The form of one report deliberation, in the order the conversation goes:
// who spoke, what the youth wants and fears, offences and the non-punishment
// principle, what an interview would need, lawyer and police intake, the
// routes when the youth will not report, the weighing, and where it ended.
// Nothing about the youth is answered beforehand, and no choice leans towards
// a report.
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { todayIso } from '../../ui/calendar';
import { Button, ButtonGroup } from '../../ui/Button';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/Form';
import {
  DELIBERATION_OUTCOMES,
  INTERVIEW_PLACES,
  INTERVIEWER_PREFERENCES,
  OFFENCES_WHILE_EXPLOITED,
  REPORT_ALTERNATIVES,
  VULNERABILITIES,
  YOUTH_WISHES,
} from '../../../../server/src/modules/policeCooperation/policeCooperation.options';
import { ChoiceGroup } from './ChoiceGroup';
import { choices, fieldLabel, readDeliberationForm, type Deliberation, type DeliberationField } from './deliberation';

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="baken-section-set">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

export function DeliberationForm({
  initial,
  busy,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: Partial<Deliberation>;
  busy: boolean;
  error: ApiError | null;
  submitLabel: string;
  onSubmit: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const label = (field: DeliberationField) => fieldLabel(t, field);
  const fieldError = (field: string) => error?.field(field);
  const fields = Object.keys(t('fields.policeReportDeliberation', { returnObjects: true }) as Record<string, string>) as DeliberationField[];
  const labels = Object.fromEntries(fields.map((f) => [f, label(f)]));
  const text = (field: DeliberationField) => (initial?.[field] as string | undefined) ?? '';
  const hint = (key: string) => t(`policeReportDeliberation.hints.${key}` as 'policeReportDeliberation.hints.weighing');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(readDeliberationForm(event.currentTarget));
  };
  // Fields required only in some cases (the hint says when) carry no "optional" mark.
  const textArea = (field: DeliberationField, description?: string, optional = true) => (
    <TextAreaField name={field} label={label(field)} optional={optional} description={description} rows={3} error={fieldError(field)} defaultValue={text(field)} />
  );
  return (
    <>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        <Section legend={t('policeReportDeliberation.sections.meeting')}>
          <TextField name="deliberatedOn" type="date" label={label('deliberatedOn')} max={todayIso()} error={fieldError('deliberatedOn')} defaultValue={initial?.deliberatedOn ?? todayIso()} />
          <TextAreaField
            name="participants"
            label={label('participants')}
            description={hint('participants')}
            rows={3}
            error={fieldError('participants')}
            defaultValue={(initial?.participants ?? []).join('\n')}
          />
        </Section>

        <Section legend={t('policeReportDeliberation.sections.wish')}>
          <ChoiceGroup
            type="radio"
            name="youthWish"
            legend={label('youthWish')}
            description={hint('youthWish')}
            choices={choices(t, 'youthWish', YOUTH_WISHES)}
            defaultValues={initial?.youthWish ? [initial.youthWish] : []}
            error={fieldError('youthWish')}
          />
          {textArea('youthWords', hint('youthWords'))}
        </Section>

        <Section legend={t('policeReportDeliberation.sections.fear')}>
          <p className="utrecht-paragraph baken-hint">{hint('fear')}</p>
          {textArea('fearOfRevenge')}
          {textArea('loyaltyToExploiter')}
        </Section>

        <Section legend={t('policeReportDeliberation.sections.offences')}>
          <div className="baken-explain">
            <p className="baken-explain__title">{hint('nonPunishmentTitle')}</p>
            <p className="utrecht-paragraph">{hint('nonPunishment')}</p>
          </div>
          <ChoiceGroup
            type="radio"
            name="offences"
            legend={label('offences')}
            choices={choices(t, 'offences', OFFENCES_WHILE_EXPLOITED)}
            defaultValues={initial?.offences ? [initial.offences] : []}
            error={fieldError('offences')}
          />
          {textArea('offencesNote')}
          {textArea('nonPunishment', hint('nonPunishmentField'), false)}
        </Section>

        <Section legend={t('policeReportDeliberation.sections.interview')}>
          <p className="utrecht-paragraph baken-hint">{hint('interview')}</p>
          <SelectField
            name="vulnerability"
            label={label('vulnerability')}
            placeholder={t('caseTeam.choose')}
            options={choices(t, 'vulnerability', VULNERABILITIES)}
            error={fieldError('vulnerability')}
            defaultValue={initial?.vulnerability ?? ''}
          />
          <div className="utrecht-form-field utrecht-form-field--checkbox baken-single-check">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              id="field-trainedInterviewer"
              name="trainedInterviewer"
              value="yes"
              defaultChecked={initial?.trainedInterviewer ?? false}
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="field-trainedInterviewer">
              {label('trainedInterviewer')}
            </label>
          </div>
          <SelectField
            name="interviewerPreference"
            label={label('interviewerPreference')}
            options={choices(t, 'interviewerPreference', INTERVIEWER_PREFERENCES)}
            error={fieldError('interviewerPreference')}
            defaultValue={initial?.interviewerPreference ?? 'noPreference'}
          />
          <SelectField
            name="interviewPlace"
            label={label('interviewPlace')}
            options={choices(t, 'interviewPlace', INTERVIEW_PLACES)}
            error={fieldError('interviewPlace')}
            defaultValue={initial?.interviewPlace ?? 'notDiscussed'}
          />
          <TextField name="trustedPerson" label={label('trustedPerson')} optional error={fieldError('trustedPerson')} defaultValue={text('trustedPerson')} />
          {textArea('interviewNeeds', hint('interviewNeeds'))}
        </Section>

        <Section legend={t('policeReportDeliberation.sections.lawyer')}>
          <p className="utrecht-paragraph baken-hint">{hint('lawyer')}</p>
          <TextField
            name="lawyerConsultedOn"
            type="date"
            max={todayIso()}
            label={label('lawyerConsultedOn')}
            optional
            error={fieldError('lawyerConsultedOn')}
            defaultValue={initial?.lawyerConsultedOn ?? ''}
          />
          {textArea('lawyerOutcome')}
        </Section>

        <Section legend={t('policeReportDeliberation.sections.intake')}>
          <p className="utrecht-paragraph baken-hint">{hint('intake')}</p>
          <TextField
            name="policeIntakeOn"
            type="date"
            max={todayIso()}
            label={label('policeIntakeOn')}
            optional
            error={fieldError('policeIntakeOn')}
            defaultValue={initial?.policeIntakeOn ?? ''}
          />
          {textArea('policeIntakeOutcome')}
        </Section>

        <Section legend={t('policeReportDeliberation.sections.alternatives')}>
          <ChoiceGroup
            type="checkbox"
            name="alternativesDiscussed"
            legend={label('alternativesDiscussed')}
            description={hint('alternatives')}
            choices={REPORT_ALTERNATIVES.map((value) => ({
              value,
              label: t(`policeReportDeliberation.options.alternatives.${value}`),
              explanation: t(`policeReportDeliberation.options.alternativesExplained.${value}`),
            }))}
            defaultValues={initial?.alternativesDiscussed ?? []}
            error={fieldError('alternativesDiscussed')}
          />
          {textArea('alternativesNote')}
        </Section>

        <Section legend={t('policeReportDeliberation.sections.weighing')}>
          <TextAreaField name="weighing" label={label('weighing')} description={hint('weighing')} rows={5} error={fieldError('weighing')} defaultValue={text('weighing')} />
        </Section>

        <Section legend={t('policeReportDeliberation.sections.outcome')}>
          <ChoiceGroup
            type="radio"
            name="outcome"
            legend={label('outcome')}
            description={hint('outcome')}
            choices={choices(t, 'outcome', DELIBERATION_OUTCOMES)}
            defaultValues={initial?.outcome ? [initial.outcome] : []}
            error={fieldError('outcome')}
          />
          <TextField
            name="outcomeOn"
            type="date"
            max={todayIso()}
            label={label('outcomeOn')}
            description={hint('outcomeOn')}
            error={fieldError('outcomeOn')}
            defaultValue={initial?.outcomeOn ?? ''}
          />
          <TextField name="policeReference" label={label('policeReference')} optional error={fieldError('policeReference')} defaultValue={text('policeReference')} />
          {textArea('outcomeNote', hint('outcomeNote'), false)}
          {textArea('followUp')}
          <TextField
            name="followUpOn"
            type="date"
            label={label('followUpOn')}
            optional
            description={hint('followUpOn')}
            error={fieldError('followUpOn')}
            defaultValue={initial?.followUpOn ?? ''}
          />
        </Section>

        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {submitLabel}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('records.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
