// Adding and changing a provider in the directory (the care coordinator).
// Lists (programmes, regions) are one per line. A provider that works in
// Baken is linked by its short name, so its quality officer can share the
// date of its latest self-assessment. Field messages come from the server,
// in Dutch, beside the field and in the summary at the top.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CARE_KINDS, QUALITY_FRAMEWORK_ANSWERS, TARGET_GROUPS } from '../../../../server/src/modules/providerDirectory/providerDirectory.options';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField, formValues } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useCreateEntry, useEntry, useUpdateEntry, type Entry, type EntryInput } from './api';
import './providerDirectory.css';

type FormResult = EntryInput & { unlink: boolean };

const lines = (value: string | string[] | undefined) =>
  String(value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function EntryForm({
  initial,
  busy,
  error,
  submitLabel,
  cancelTo,
  onSubmit,
}: {
  initial?: Entry;
  busy: boolean;
  error: ApiError | null;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: FormResult) => void;
}) {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    name: t('providerDirectory.form.name'),
    careKind: t('providerDirectory.form.careKind'),
    targetGroups: t('providerDirectory.form.targetGroups'),
    programmes: t('providerDirectory.form.programmes'),
    regions: t('providerDirectory.form.regions'),
    capacity: t('providerDirectory.form.capacity'),
    phone: t('providerDirectory.form.phone'),
    email: t('providerDirectory.form.email'),
    website: t('providerDirectory.form.website'),
    qualityFramework: t('providerDirectory.form.qualityFramework'),
    nationalAvailability: t('providerDirectory.form.national'),
    notes: t('providerDirectory.form.notes'),
    linkedSlug: initial?.linkedOrganisationName ? t('providerDirectory.form.linkedNewSlug') : t('providerDirectory.form.linkedSlug'),
  };
  // A list field's error may name one line (programmes.2): show it on the field.
  const fieldError = (name: string) => error?.field(name) ?? error?.fields.find((f) => f.path.startsWith(`${name}.`))?.message;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget, ['targetGroups']);
    const capacity = String(values.capacity ?? '').trim();
    onSubmit({
      name: String(values.name ?? ''),
      careKind: String(values.careKind ?? '') as EntryInput['careKind'],
      targetGroups: values.targetGroups as EntryInput['targetGroups'],
      programmes: lines(values.programmes),
      regions: lines(values.regions),
      // Not a number: sent as typed, so the server answers with its field message.
      capacity: capacity === '' ? null : Number.isInteger(Number(capacity)) ? Number(capacity) : (capacity as unknown as number),
      phone: String(values.phone ?? ''),
      email: String(values.email ?? ''),
      website: String(values.website ?? ''),
      qualityFramework: String(values.qualityFramework ?? 'unknown') as EntryInput['qualityFramework'],
      nationalAvailability: values.nationalAvailability === 'true',
      notes: String(values.notes ?? ''),
      linkedSlug: String(values.linkedSlug ?? ''),
      unlink: values.unlink === 'true',
    });
  };
  const checkbox = (name: string, label: ReactNode, checked: boolean) => (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <div className="utrecht-form-field__input">
        <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id={`field-${name}`} name={name} value="true" defaultChecked={checked} />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`field-${name}`}>
          {label}
        </label>
      </div>
    </div>
  );
  return (
    <>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        <TextField label={labels.name!} name="name" required autoComplete="off" defaultValue={initial?.name} error={fieldError('name')} />
        <SelectField
          label={labels.careKind!}
          name="careKind"
          required
          defaultValue={initial?.careKind ?? ''}
          placeholder={t('providerDirectory.form.careKindChoose')}
          options={CARE_KINDS.map((kind) => ({ value: kind, label: t(`providerDirectory.careKinds.${kind}`) }))}
          error={fieldError('careKind')}
        />
        <CheckboxGroup
          legend={labels.targetGroups!}
          name="targetGroups"
          description={t('providerDirectory.form.targetGroupsHint')}
          options={TARGET_GROUPS.map((group) => ({ value: group, label: t(`providerDirectory.targetGroups.${group}`) }))}
          defaultValues={initial?.targetGroups ?? []}
          error={fieldError('targetGroups')}
        />
        <TextAreaField
          label={labels.programmes!}
          name="programmes"
          optional
          rows={4}
          defaultValue={initial?.programmes.join('\n') ?? ''}
          description={t('providerDirectory.form.programmesHint')}
          error={fieldError('programmes')}
        />
        <TextAreaField label={labels.regions!} name="regions" optional rows={3} defaultValue={initial?.regions.join('\n') ?? ''} description={t('providerDirectory.form.regionsHint')} error={fieldError('regions')} />
        <TextField
          label={labels.capacity!}
          name="capacity"
          optional
          inputMode="numeric"
          autoComplete="off"
          defaultValue={initial?.capacity ?? ''}
          description={t('providerDirectory.form.capacityHint')}
          error={fieldError('capacity')}
        />
        <SelectField
          label={labels.qualityFramework!}
          name="qualityFramework"
          defaultValue={initial?.qualityFramework ?? 'unknown'}
          description={t('providerDirectory.form.qualityFrameworkHint')}
          options={QUALITY_FRAMEWORK_ANSWERS.map((answer) => ({ value: answer, label: t(`providerDirectory.qualityFramework.${answer}`) }))}
          error={fieldError('qualityFramework')}
        />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{labels.nationalAvailability}</legend>
          {checkbox('nationalAvailability', t('providerDirectory.form.nationalLabel'), initial?.nationalAvailability ?? false)}
        </fieldset>
        <Heading2>{t('providerDirectory.form.contactTitle')}</Heading2>
        <TextField label={labels.phone!} name="phone" type="tel" optional autoComplete="off" defaultValue={initial?.phone ?? ''} error={fieldError('phone')} />
        <TextField label={labels.email!} name="email" type="email" optional autoComplete="off" defaultValue={initial?.email ?? ''} error={fieldError('email')} />
        <TextField
          label={labels.website!}
          name="website"
          type="url"
          optional
          autoComplete="off"
          defaultValue={initial?.website ?? ''}
          description={t('providerDirectory.form.websiteHint')}
          error={fieldError('website')}
        />
        <TextAreaField label={labels.notes!} name="notes" optional rows={3} defaultValue={initial?.notes ?? ''} description={t('providerDirectory.form.notesHint')} error={fieldError('notes')} />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('providerDirectory.form.linkTitle')}</legend>
          <p className="utrecht-paragraph">{t('providerDirectory.form.linkIntro')}</p>
          {initial?.linkedOrganisationName && <p className="utrecht-paragraph">{t('providerDirectory.form.linkedTo', { name: initial.linkedOrganisationName })}</p>}
          <TextField label={labels.linkedSlug!} name="linkedSlug" optional autoComplete="off" description={t('providerDirectory.form.linkedSlugHint')} error={fieldError('linkedSlug')} />
          {initial?.linkedOrganisationName && checkbox('unlink', t('providerDirectory.form.unlink', { name: initial.linkedOrganisationName }), false)}
        </fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {submitLabel}
          </Button>
          <ButtonLink to={cancelTo} appearance="subtle">
            {t('common.cancel')}
          </ButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}

export function NewEntryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEntry();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <>
      <PageHeading title={t('providerDirectory.form.newTitle')}>{t('providerDirectory.form.newTitle')}</PageHeading>
      <div className="baken-narrow">
        <EntryForm
          busy={create.isPending}
          error={error}
          cancelTo="/aanbieders"
          submitLabel={t('providerDirectory.form.create')}
          onSubmit={({ unlink: _unused, ...input }) => {
            setError(null);
            create.mutate(input, {
              onSuccess: (entry) => void navigate(`/aanbieders/${entry.id}`, { state: { notice: t('providerDirectory.form.created', { name: entry.name }) } }),
              onError: setError,
            });
          }}
        />
      </div>
    </>
  );
}

export function EditEntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const entry = useEntry(id);
  const update = useUpdateEntry(id);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(0);
  const title = t('providerDirectory.form.editTitle');
  return (
    <>
      <PageHeading title={title}>{entry.data ? `${title}: ${entry.data.name}` : title}</PageHeading>
      {entry.isPending && <Loading />}
      {entry.isError && (entry.error.status === 404 ? <Alert kind="error">{t('providerDirectory.entry.notFound')}</Alert> : <LoadError error={entry.error} />)}
      {entry.data && (
        <div className="baken-narrow">
          {saved > 0 && !error && (
            <Alert kind="ok" takeFocus key={saved}>
              {t('providerDirectory.form.saved')}
            </Alert>
          )}
          {entry.data.archived ? (
            <Alert kind="warning">{t('providerDirectory.form.archivedNoEdit')}</Alert>
          ) : (
            <>
              <p className="utrecht-paragraph baken-hint">
                {t('providerDirectory.entry.lastChanged', { date: formatDateTime(entry.data.updatedAt), organisation: entry.data.updatedByOrganisationName ?? '—' })}
              </p>
              {/* A new key after each save: the form starts again from what the server now holds. */}
              <EntryForm
                key={entry.data.updatedAt}
                initial={entry.data}
                busy={update.isPending}
                error={error}
                cancelTo={`/aanbieders/${id}`}
                submitLabel={t('common.save')}
                onSubmit={(input) => {
                  setError(null);
                  update.mutate({ ...input, updatedAt: entry.data.updatedAt }, { onSuccess: () => setSaved((n) => n + 1), onError: setError });
                }}
              />
            </>
          )}
        </div>
      )}
    </>
  );
}
