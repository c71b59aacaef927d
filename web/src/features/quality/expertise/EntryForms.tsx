// The forms of the expertise register: a training (with its certificate) and a
// professional registration, each to record or change; and the question before
// an entry is taken out of the register, with its reason.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/http';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { CheckboxGroup, ErrorSummary, FieldIdScope, SelectField, TextAreaField, TextField } from '../../../ui/Form';
import { Heading3 } from '../../../ui/Heading';
import { todayIso } from '../../../ui/calendar';
import { REGISTERS, TRAINING_TOPICS } from '../../../../../server/src/modules/quality/expertise/expertise.options';
import { FileField } from './FileField';
import { uploadQualityDocument, useRecordRegistration, useRecordTraining, useUpdateRegistration, useUpdateTraining, useWithdrawEntry, type Registration, type Training } from './api';

/** An upload refused by the server, shown on the file field. */
function onField(error: unknown, path: string): ApiError {
  if (error instanceof ApiError) return error.fields.length > 0 ? error : new ApiError(error.status, error.code, error.message, [{ path, message: error.message }]);
  return new ApiError(0, 'NETWORK', String(error), [{ path, message: String(error) }]);
}

export function TrainingForm({ userId, initial, onDone, onCancel }: { userId: string; initial?: Training; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const record = useRecordTraining();
  const update = useUpdateTraining();
  const [error, setError] = useState<ApiError | null>(null);
  const [uploading, setUploading] = useState(false);
  const [accredited, setAccredited] = useState(initial?.accredited ?? false);
  const scope = initial ? `training-${initial.id}` : 'training-new';
  const labels: Record<string, string> = {
    title: t('expertise.trainingForm.title'),
    provider: t('expertise.trainingForm.provider'),
    completedOn: t('expertise.trainingForm.completedOn'),
    accredited: t('expertise.trainingForm.accredited'),
    accreditationBody: t('expertise.trainingForm.accreditationBody'),
    accreditationPoints: t('expertise.trainingForm.accreditationPoints'),
    topics: t('expertise.trainingForm.topics'),
    notes: t('expertise.trainingForm.notes'),
    certificateId: t('expertise.trainingForm.certificate'),
    userId: t('expertise.staff.name'),
  };
  const id = (name: string) => `field-${scope}-${name}`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const file = data.get('file');
    let certificateId = initial?.certificateId ?? null;
    if (file instanceof File && file.size > 0) {
      setUploading(true);
      try {
        certificateId = (await uploadQualityDocument('certificate', file)).id;
      } catch (e) {
        setError(onField(e, 'certificateId'));
        return;
      } finally {
        setUploading(false);
      }
    }
    const points = text('accreditationPoints').replace(',', '.');
    const body = {
      title: text('title'),
      provider: text('provider'),
      completedOn: text('completedOn'),
      accredited,
      accreditationBody: accredited ? text('accreditationBody') : '',
      accreditationPoints: accredited && points !== '' ? Number(points) : null,
      topics: data.getAll('topics').map(String) as Training['topics'],
      notes: text('notes'),
      certificateId,
    };
    const options = { onSuccess: () => onDone(t('expertise.trainingForm.saved')), onError: setError };
    if (initial) update.mutate({ id: initial.id, ...body, version: initial.version }, options);
    else record.mutate({ userId, ...body }, options);
  };

  return (
    <section className="baken-expertise-form" aria-labelledby={`${scope}-title`}>
      <Heading3 id={`${scope}-title`}>{initial ? t('expertise.trainingForm.editTitle') : t('expertise.trainingForm.newTitle')}</Heading3>
      <FieldIdScope scope={scope}>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={(e) => void submit(e)} noValidate className="baken-form">
        <TextField label={labels.title!} name="title" required autoComplete="off" defaultValue={initial?.title} error={error?.field('title')} />
        <TextField label={labels.provider!} name="provider" required autoComplete="off" defaultValue={initial?.provider} description={t('expertise.trainingForm.providerHint')} error={error?.field('provider')} />
        <TextField label={labels.completedOn!} name="completedOn" type="date" required defaultValue={initial?.completedOn ?? todayIso()} error={error?.field('completedOn')} />
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <div className="utrecht-form-field__input">
            <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id={id('accredited')} checked={accredited} onChange={(e) => setAccredited(e.target.checked)} />
          </div>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id('accredited')}>
              {t('expertise.trainingForm.accreditedLabel')}
            </label>
          </div>
        </div>
        {accredited && (
          <div className="baken-form-row">
            <TextField label={labels.accreditationBody!} name="accreditationBody" required autoComplete="off" defaultValue={initial?.accreditationBody ?? 'SKJ'} error={error?.field('accreditationBody')} />
            <TextField
              label={labels.accreditationPoints!}
              name="accreditationPoints"
              inputMode="decimal"
              optional
              defaultValue={initial?.accreditationPoints ?? ''}
              error={error?.field('accreditationPoints')}
            />
          </div>
        )}
        <CheckboxGroup
          legend={labels.topics!}
          name="topics"
          description={t('expertise.trainingForm.topicsHint')}
          options={TRAINING_TOPICS.map((topic) => ({ value: topic, label: t(`expertise.topics.${topic}`) }))}
          defaultValues={initial?.topics ?? []}
          error={error?.field('topics')}
        />
        <FileField
          id={id('certificateId')}
          label={labels.certificateId!}
          optional={t('form.optional')}
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          hint={
            <>
              {t('expertise.trainingForm.certificateHint')} {initial?.certificate && t('expertise.trainingForm.currentCertificate', { name: initial.certificate.fileName })}
            </>
          }
          error={error?.field('certificateId')}
        />
        <TextAreaField label={labels.notes!} name="notes" optional rows={3} defaultValue={initial?.notes ?? ''} error={error?.field('notes')} />
        {uploading && (
          <p className="utrecht-paragraph" role="status">
            {t('expertise.trainingForm.uploading')}
          </p>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={uploading || record.isPending || update.isPending}>
            {t('expertise.trainingForm.save')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
      </FieldIdScope>
    </section>
  );
}

export function RegistrationForm({ userId, initial, onDone, onCancel }: { userId: string; initial?: Registration; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const record = useRecordRegistration();
  const update = useUpdateRegistration();
  const [error, setError] = useState<ApiError | null>(null);
  const [register, setRegister] = useState<string>(initial?.register ?? 'skj');
  const scope = initial ? `registration-${initial.id}` : 'registration-new';
  const labels: Record<string, string> = {
    register: t('expertise.registrationForm.register'),
    registerName: t('expertise.registrationForm.registerName'),
    registrationNumber: t('expertise.registrationForm.registrationNumber'),
    registeredFrom: t('expertise.registrationForm.registeredFrom'),
    expiresOn: t('expertise.registrationForm.expiresOn'),
    notes: t('expertise.registrationForm.notes'),
    userId: t('expertise.staff.name'),
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const body = {
      register: register as Registration['register'],
      registerName: register === 'other' ? text('registerName') : '',
      registrationNumber: text('registrationNumber'),
      registeredFrom: text('registeredFrom'),
      expiresOn: text('expiresOn'),
      notes: text('notes'),
    };
    const options = { onSuccess: () => onDone(t('expertise.registrationForm.saved')), onError: setError };
    if (initial) update.mutate({ id: initial.id, ...body, version: initial.version }, options);
    else record.mutate({ userId, ...body }, options);
  };
  return (
    <section className="baken-expertise-form" aria-labelledby={`${scope}-title`}>
      <Heading3 id={`${scope}-title`}>{initial ? t('expertise.registrationForm.editTitle') : t('expertise.registrationForm.newTitle')}</Heading3>
      <FieldIdScope scope={scope}>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        <SelectField
          label={labels.register!}
          name="register"
          value={register}
          onChange={(e) => setRegister(e.target.value)}
          options={REGISTERS.map((r) => ({ value: r, label: t(`expertise.registers.${r}`) }))}
          error={error?.field('register')}
        />
        {register === 'other' && <TextField label={labels.registerName!} name="registerName" required autoComplete="off" defaultValue={initial?.registerName ?? ''} error={error?.field('registerName')} />}
        <TextField label={labels.registrationNumber!} name="registrationNumber" required autoComplete="off" defaultValue={initial?.registrationNumber} error={error?.field('registrationNumber')} />
        <div className="baken-form-row">
          <TextField label={labels.registeredFrom!} name="registeredFrom" type="date" required defaultValue={initial?.registeredFrom} error={error?.field('registeredFrom')} />
          <TextField
            label={labels.expiresOn!}
            name="expiresOn"
            type="date"
            required
            defaultValue={initial?.expiresOn}
            description={initial ? t('expertise.registrationForm.expiresOnHint') : undefined}
            error={error?.field('expiresOn')}
          />
        </div>
        <TextAreaField label={labels.notes!} name="notes" optional rows={3} defaultValue={initial?.notes ?? ''} error={error?.field('notes')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={record.isPending || update.isPending}>
            {t('expertise.registrationForm.save')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
      </FieldIdScope>
    </section>
  );
}

/** Asks before an entry leaves every count, with the reason it does. */
export function WithdrawDialog({
  what,
  entry,
  onClose,
  onDone,
}: {
  what: 'trainings' | 'registrations';
  entry: { id: string; version: number; name: string } | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawEntry();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  return (
    <ConfirmDialog
      open={entry !== null}
      title={what === 'trainings' ? t('expertise.withdraw.trainingTitle') : t('expertise.withdraw.registrationTitle')}
      confirmLabel={t('expertise.withdraw.confirm')}
      busy={withdraw.isPending}
      onCancel={close}
      onConfirm={() =>
        entry &&
        withdraw.mutate(
          { what, id: entry.id, version: entry.version, reason },
          {
            onSuccess: () => {
              close();
              onDone(t('expertise.withdraw.done'));
            },
            onError: setError,
          },
        )
      }
    >
      {entry && (
        <p className="utrecht-paragraph">
          <strong>{entry.name}</strong>
        </p>
      )}
      <p className="utrecht-paragraph">{t('expertise.withdraw.text')}</p>
      {error && error.fields.length === 0 && <p className="utrecht-form-field-error-message">{error.message}</p>}
      <FieldIdScope scope={`withdraw-${what}`}>
      <TextAreaField
        label={t('expertise.withdraw.reason')}
        name="reason"
       
        rows={3}
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        description={t('expertise.withdraw.reasonHint')}
        error={error?.field('reason')}
      />
      </FieldIdScope>
    </ConfirmDialog>
  );
}
