// Reporting an incident: what, when, where and who, the police, and what the
// suspects looked like. The report goes to the safety officer; names of youths
// stay out of it (initials only).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { Button, ButtonGroup } from '../../ui/Button';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { INCIDENT_KINDS } from '../../../../server/src/modules/policeCooperation/policeCooperation.options';
import { incidentErrorLabels, incidentLabel, incidentOptions, nowLocalInput, readPoliceFields } from './incidentForm';
import { PoliceFields, SuspectFields } from './PoliceFields';

const FIELDS = ['kind', 'occurredAt', 'location', 'description', 'involved', 'policeInvolvement', 'policeContactRoute', 'policeContactAt', 'reportFiledBy', 'policeReference', 'suspects'];

export function IncidentForm({ busy, error, onSubmit, onCancel }: { busy: boolean; error: ApiError | null; onSubmit: (body: Record<string, unknown>) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [suspects, setSuspects] = useState(0);
  const fieldError = (name: string) => error?.field(name);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    onSubmit({
      kind: text('kind') || undefined,
      occurredAt: text('occurredAt'),
      location: text('location'),
      description: text('description'),
      involved: text('involved'),
      ...readPoliceFields(data, suspects),
    });
  };
  return (
    <>
      <ErrorSummary error={error} labels={incidentErrorLabels(t, FIELDS, suspects)} />
      <form onSubmit={submit} noValidate className="baken-form">
        <SelectField name="kind" label={incidentLabel(t, 'kind')} placeholder={t('caseTeam.choose')} options={incidentOptions(t, 'kind', INCIDENT_KINDS)} error={fieldError('kind')} defaultValue="" />
        <TextField name="occurredAt" type="datetime-local" label={incidentLabel(t, 'occurredAt')} max={nowLocalInput()} error={fieldError('occurredAt')} defaultValue={nowLocalInput()} />
        <TextField name="location" label={incidentLabel(t, 'location')} description={t('incidents.hints.location')} error={fieldError('location')} />
        <TextAreaField name="description" label={incidentLabel(t, 'description')} description={t('incidents.hints.description')} rows={5} error={fieldError('description')} />
        <TextAreaField name="involved" label={incidentLabel(t, 'involved')} description={t('incidents.hints.involved')} optional rows={2} error={fieldError('involved')} />
        <PoliceFields error={error} />
        <SuspectFields error={error} onCountChange={setSuspects} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {t('incidents.submit')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
