// The registration in Baken's own structure. It is sent after a confirmation
// (the data leaves the organisation and cannot be called back); the server
// judges the consent and says what is missing, which the form shows beside
// the consent field.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CheckboxGroup, ErrorSummary, FieldIdScope, formValues, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { formatDate } from '../../ui/format';
import { EXPLOITATION_FORMS, POLICE_REPORT_STATES, RECRUITMENT_METHODS } from '../../../../server/src/modules/comensha/comensha.options';
import { useRegister, type ComenshaFile } from './api';

/** Now as the browser's local date and time, for a datetime-local input. */
function nowLocal(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function RegistrationForm({ youthId, file, onDone, onCancel }: { youthId: string; file: ComenshaFile; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const register = useRegister(youthId);
  const [pending, setPending] = useState<Record<string, unknown> | null>(null);
  const error = register.error;
  const f = (key: string) => t(`comensha.registration.${key}` as 'comensha.registration.form');
  const names = ['consentId', 'registeredAt', 'form', 'period', 'place', 'recruitment', 'recruitmentNote', 'work', 'signals', 'policeReport', 'policeReportNote', 'careGiven', 'currentStay', 'remarks', 'decidedById'];
  const labels = Object.fromEntries(names.map((name) => [name, f(name)]));
  const current = file.consents.filter((c) => !c.withdrawal);
  const usable = current.find((c) => c.problemsToday.length === 0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget, ['recruitment']);
    setPending({ ...values, consentId: values.consentId || null });
  };

  return (
    <FieldIdScope scope="registration">
      <form className="baken-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} labels={labels} />
        <SelectField
          label={labels.consentId!}
          name="consentId"
          required
          description={f('consentIdHint')}
          placeholder={f('noConsentOption')}
          defaultValue={usable?.id ?? ''}
          options={current.map((c) => ({
            value: c.id,
            label: t(c.problemsToday.length === 0 ? 'comensha.registration.consentOption' : 'comensha.registration.consentOptionInvalid', {
              giver: t(`comensha.options.givers.${c.givenBy}`),
              name: c.signerName,
              date: formatDate(c.signedOn),
            }),
          }))}
          error={error?.field('consentId')}
        />
        <TextField label={labels.registeredAt!} name="registeredAt" type="datetime-local" required defaultValue={nowLocal()} error={error?.field('registeredAt')} />
        <SelectField label={labels.form!} name="form" required options={EXPLOITATION_FORMS.map((value) => ({ value, label: t(`comensha.options.forms.${value}`) }))} error={error?.field('form')} />
        <TextField label={labels.period!} name="period" required description={f('periodHint')} error={error?.field('period')} />
        <TextField label={labels.place!} name="place" required error={error?.field('place')} />
        <CheckboxGroup
          legend={labels.recruitment!}
          name="recruitment"
          description={f('recruitmentHint')}
          options={RECRUITMENT_METHODS.map((value) => ({ value, label: t(`comensha.options.recruitment.${value}`) }))}
          error={error?.field('recruitment')}
        />
        <TextAreaField label={labels.recruitmentNote!} name="recruitmentNote" optional rows={3} error={error?.field('recruitmentNote')} />
        <TextAreaField label={labels.work!} name="work" required rows={4} error={error?.field('work')} />
        <TextAreaField label={labels.signals!} name="signals" required rows={4} error={error?.field('signals')} />
        <SelectField label={labels.policeReport!} name="policeReport" required options={POLICE_REPORT_STATES.map((value) => ({ value, label: t(`comensha.options.policeReport.${value}`) }))} error={error?.field('policeReport')} />
        <TextAreaField label={labels.policeReportNote!} name="policeReportNote" optional rows={3} error={error?.field('policeReportNote')} />
        <TextAreaField label={labels.careGiven!} name="careGiven" required rows={3} error={error?.field('careGiven')} />
        <TextField label={labels.currentStay!} name="currentStay" required error={error?.field('currentStay')} />
        <TextAreaField label={labels.remarks!} name="remarks" optional rows={3} error={error?.field('remarks')} />
        <SelectField
          label={labels.decidedById!}
          name="decidedById"
          required
          description={f('decidedByHint')}
          defaultValue={file.defaultDeciderId ?? ''}
          placeholder={file.defaultDeciderId ? undefined : ''}
          options={file.deciders.map((d) => ({ value: d.id, label: d.inCaseTeam ? `${d.name} (${f('inCaseTeam')})` : d.name }))}
          error={error?.field('decidedById')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={register.isPending}>
            {f('submit')}
          </Button>
          <Button appearance="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={f('confirmTitle')}
        confirmLabel={f('confirm')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          // Closed before sending: closing hands focus back to the form, and a refusal's error summary must take it after that.
          if (!pending) return;
          setPending(null);
          register.mutate(pending, { onSuccess: onDone });
        }}
      >
        <p className="utrecht-paragraph">{t('comensha.registration.confirmText', { recipient: file.recipientName })}</p>
      </ConfirmDialog>
    </FieldIdScope>
  );
}
