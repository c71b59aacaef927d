// The forms that end and follow an episode: the return (when, where, how,
// reported to the police, everyone informed, and the medical check offered),
// the medical check on its own when it was not recorded with the return, and
// the transfer of responsibility to another placement while still missing.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDICAL_DECISIONS } from '../../../../server/src/modules/caseFiles/caseFiles.options';
import { FOUND_BY } from '../../../../server/src/modules/missing/missing.options';
import { Button, ButtonGroup } from '../../ui/Button';
import { ErrorSummary, FieldIdScope, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { Heading3 } from '../../ui/Heading';
import { useMedicalCheck, useRecordReturn, useTransfer, type Episode, type MedicalCheckBody } from './api';
import { dutchLocalInput } from './time';

const MEDICAL_FIELDS = ['stiCheck', 'pregnancyTest', 'csgReferral'] as const;

function useMedicalLabels() {
  const { t } = useTranslation();
  return {
    stiCheck: t('missing.return.stiCheck'),
    pregnancyTest: t('missing.return.pregnancyTest'),
    csgReferral: t('missing.return.csgReferral'),
    reasoning: t('missing.return.reasoning'),
    outcome: t('missing.return.outcome'),
  };
}

/** The medical-check fields; their names are prefixed when they sit inside the return form. */
function MedicalFields({ prefix, error }: { prefix: string; error: (path: string) => string | undefined }) {
  const { t } = useTranslation();
  const labels = useMedicalLabels();
  const options = MEDICAL_DECISIONS.map((value) => ({ value, label: t(`options.medicalDecisions.${value}`) }));
  return (
    <>
      {MEDICAL_FIELDS.map((name) => (
        <SelectField key={name} label={labels[name]} name={`${prefix}${name}`} options={options} defaultValue="offered" error={error(`${prefix}${name}`)} />
      ))}
      <TextAreaField label={labels.reasoning} name={`${prefix}reasoning`} required rows={2} maxLength={5000} defaultValue={t('missing.return.reasoningDefault')} error={error(`${prefix}reasoning`)} />
      <TextAreaField label={labels.outcome} name={`${prefix}outcome`} optional rows={2} maxLength={5000} error={error(`${prefix}outcome`)} />
    </>
  );
}

function readMedical(data: FormData, prefix: string): MedicalCheckBody {
  const text = (name: string) => String(data.get(`${prefix}${name}`) ?? '');
  return {
    stiCheck: text('stiCheck') as MedicalCheckBody['stiCheck'],
    pregnancyTest: text('pregnancyTest') as MedicalCheckBody['pregnancyTest'],
    csgReferral: text('csgReferral') as MedicalCheckBody['csgReferral'],
    reasoning: text('reasoning'),
    outcome: text('outcome'),
  };
}

export function ReturnForm({ youthId, episode, onDone, onCancel }: { youthId: string; episode: Episode; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const record = useRecordReturn(youthId);
  const [medicalNow, setMedicalNow] = useState(true);
  const medicalLabels = useMedicalLabels();
  const labels: Record<string, string> = {
    returnedAt: t('missing.return.returnedAt'),
    foundPlace: t('missing.return.foundPlace'),
    foundBy: t('missing.return.foundBy'),
    notes: t('missing.return.notes'),
    ...Object.fromEntries(Object.entries(medicalLabels).map(([k, v]) => [`medicalCheck.${k}`, v])),
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    record.mutate(
      {
        episodeId: episode.id,
        body: {
          returnedAt: text('returnedAt'),
          foundPlace: text('foundPlace'),
          foundBy: (text('foundBy') || undefined) as never,
          notes: text('notes'),
          returnReported: data.get('returnReported') === 'yes',
          everyoneInformed: data.get('everyoneInformed') === 'yes',
          medicalCheck: medicalNow ? readMedical(data, 'medicalCheck.') : null,
        },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <FieldIdScope scope="return">
      <section aria-labelledby="return-title" className="baken-card baken-missing-action">
        <Heading3 id="return-title">{t('missing.return.title')}</Heading3>
        <ErrorSummary error={record.error} labels={labels} />
        <form onSubmit={submit} noValidate className="baken-form baken-missing-form">
          <TextField label={labels.returnedAt!} name="returnedAt" type="datetime-local" required max={dutchLocalInput()} defaultValue={dutchLocalInput()} error={record.error?.field('returnedAt')} />
          <TextField label={labels.foundPlace!} name="foundPlace" required maxLength={500} error={record.error?.field('foundPlace')} />
          <SelectField
            label={labels.foundBy!}
            name="foundBy"
            required
            placeholder=""
            options={FOUND_BY.map((value) => ({ value, label: t(`missing.foundBy.${value}`) }))}
            error={record.error?.field('foundBy')}
          />
          <TextAreaField label={labels.notes!} name="notes" optional rows={2} maxLength={4000} error={record.error?.field('notes')} />
          <Checkbox name="returnReported" label={t('missing.return.returnReported')} hint={t('missing.return.returnReportedHint')} />
          <Checkbox name="everyoneInformed" label={t('missing.return.everyoneInformed')} />
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset baken-missing-medical">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('missing.return.medicalTitle')}</legend>
            <p className="utrecht-paragraph">{t('missing.return.medicalIntro')}</p>
            <Checkbox name="medicalNow" label={t('missing.return.medicalNow')} checked={medicalNow} onChange={setMedicalNow} />
            {medicalNow && <MedicalFields prefix="medicalCheck." error={(path) => record.error?.field(path)} />}
          </fieldset>
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={record.isPending}>
              {t('missing.return.submit')}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
    </FieldIdScope>
  );
}

export function MedicalCheckForm({ youthId, episode, onDone, onCancel }: { youthId: string; episode: Episode; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const record = useMedicalCheck(youthId);
  const labels = useMedicalLabels();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate({ episodeId: episode.id, body: readMedical(new FormData(event.currentTarget), '') }, { onSuccess: onDone });
  };
  return (
    <FieldIdScope scope={`medical-${episode.id}`}>
      <div className="baken-step-form">
        <ErrorSummary error={record.error} labels={labels} />
        <form onSubmit={submit} noValidate className="baken-form" aria-label={t('missing.return.medicalTitle')}>
          <p className="utrecht-paragraph">{t('missing.return.medicalIntro')}</p>
          <MedicalFields prefix="" error={(path) => record.error?.field(path)} />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={record.isPending}>
              {t('missing.return.medicalSubmit')}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      </div>
    </FieldIdScope>
  );
}

export function TransferForm({ youthId, episode, onDone, onCancel }: { youthId: string; episode: Episode; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const record = useTransfer(youthId);
  const labels = { transferredAt: t('missing.transfer.transferredAt'), transferredTo: t('missing.transfer.transferredTo'), reason: t('missing.transfer.reason') };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    record.mutate(
      {
        episodeId: episode.id,
        body: { transferredAt: text('transferredAt'), transferredTo: text('transferredTo'), reason: text('reason'), policeInformed: data.get('policeInformed') === 'yes' },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <FieldIdScope scope="transfer">
      <section aria-labelledby="transfer-title" className="baken-card baken-missing-action">
        <Heading3 id="transfer-title">{t('missing.transfer.title')}</Heading3>
        <p className="utrecht-paragraph">{t('missing.transfer.intro')}</p>
        <ErrorSummary error={record.error} labels={labels} />
        <form onSubmit={submit} noValidate className="baken-form">
          <TextField label={labels.transferredAt} name="transferredAt" type="datetime-local" required max={dutchLocalInput()} defaultValue={dutchLocalInput()} error={record.error?.field('transferredAt')} />
          <TextField label={labels.transferredTo} name="transferredTo" required maxLength={500} error={record.error?.field('transferredTo')} />
          <TextAreaField label={labels.reason} name="reason" required rows={2} maxLength={2000} error={record.error?.field('reason')} />
          <Checkbox name="policeInformed" label={t('missing.transfer.policeInformed')} />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={record.isPending}>
              {t('missing.transfer.submit')}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
    </FieldIdScope>
  );
}

/** One checkbox with its label (and a hint); uncontrolled unless `checked` is given. */
function Checkbox({ name, label, hint, checked, onChange }: { name: string; label: string; hint?: string; checked?: boolean; onChange?: (checked: boolean) => void }) {
  const id = `missing-${name}`;
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <div className="utrecht-form-field__input">
        <input
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          id={id}
          name={name}
          value="yes"
          aria-describedby={hint ? `${id}-hint` : undefined}
          {...(checked === undefined ? {} : { checked, onChange: (event) => onChange?.(event.target.checked) })}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <p className="baken-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
