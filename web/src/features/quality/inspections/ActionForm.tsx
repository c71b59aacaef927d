// The provider's form for one action: what, the owner (a colleague or a name
// typed in), the date, where it stands and the progress. New or a change with
// the version it was read at; the server's field messages show per field.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading3 } from '../../../ui/Heading';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary, FieldIdScope, SelectField, TextAreaField, TextField, formValues } from '../../../ui/Form';
import { useActionOwners, useSaveOwnAction, type OwnAction } from './api';

const OTHER = 'other';

export function ActionForm({ inspectionId, pointId, pointNumber, action, onDone }: { inspectionId: string; pointId: string; pointNumber: number; action: OwnAction | null; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const owners = useActionOwners(true);
  const save = useSaveOwnAction(inspectionId);
  const [owner, setOwner] = useState(action ? (action.ownerUserId ?? OTHER) : '');
  const scope = `action-${action?.id ?? pointId}`;
  const labels = {
    what: t('ownInspections.fields.what'),
    ownerUserId: t('ownInspections.fields.owner'),
    ownerName: t('ownInspections.fields.ownerName'),
    dueOn: t('ownInspections.fields.dueOn'),
    status: t('ownInspections.fields.status'),
    progressNote: t('ownInspections.fields.progressNote'),
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget) as Record<string, string>;
    const chosen = owner && owner !== OTHER ? owner : null;
    save.mutate(
      {
        pointId,
        actionId: action?.id ?? null,
        body: {
          what: v.what ?? '',
          ownerUserId: chosen,
          ownerName: chosen ? '' : (v.ownerName ?? ''),
          dueOn: v.dueOn ?? '',
          status: (v.status ?? 'open') as OwnAction['status'],
          progressNote: v.progressNote ?? '',
          ...(action ? { updatedAt: action.updatedAt } : {}),
        },
      },
      { onSuccess: () => onDone(true) },
    );
  };
  const title = action ? t('ownInspections.editActionTitle') : t('ownInspections.newActionTitle', { n: pointNumber });
  return (
    <FieldIdScope scope={scope}>
      <form className="baken-form baken-plan-form" onSubmit={submit} noValidate aria-labelledby={`${scope}-title`}>
        <Heading3 id={`${scope}-title`}>{title}</Heading3>
        <ErrorSummary error={save.error} labels={labels} />
        <TextAreaField label={labels.what} name="what" defaultValue={action?.what ?? ''} error={save.error?.field('what')} required rows={3} maxLength={2000} />
        <SelectField
          label={labels.ownerUserId}
          name="ownerUserId"
          description={t('ownInspections.fields.ownerHint')}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          placeholder=""
          options={[...(owners.data ?? []).map((o) => ({ value: o.id, label: o.name })), { value: OTHER, label: t('ownInspections.fields.ownerOther') }]}
          error={save.error?.field('ownerUserId')}
          required
        />
        {(owner === OTHER || owner === '') && (
          <TextField label={labels.ownerName} name="ownerName" defaultValue={action && !action.ownerUserId ? action.ownerName : ''} error={save.error?.field('ownerName')} maxLength={200} />
        )}
        <TextField label={labels.dueOn} name="dueOn" type="date" description={t('ownInspections.fields.dueOnHint')} defaultValue={action?.dueOn ?? ''} error={save.error?.field('dueOn')} required />
        <SelectField
          label={labels.status}
          name="status"
          defaultValue={action?.status ?? 'open'}
          options={(['open', 'inProgress', 'done'] as const).map((s) => ({ value: s, label: t(`inspectionWords.actionStatus.${s}`) }))}
          error={save.error?.field('status')}
        />
        <TextAreaField
          label={labels.progressNote}
          name="progressNote"
          description={t('ownInspections.fields.progressHint')}
          defaultValue={action?.progressNote ?? ''}
          error={save.error?.field('progressNote')}
          optional
          rows={3}
          maxLength={4000}
        />
        <ButtonGroup>
          <Button appearance="primary" type="submit" busy={save.isPending}>
            {t('ownInspections.save')}
          </Button>
          <Button type="button" onClick={() => onDone(false)}>
            {t('ownInspections.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </FieldIdScope>
  );
}
