// The forms of the policies register: a new policy with its first version, a
// new version of a policy, and a new owner or review date without a new version.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/http';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary, FieldIdScope, SelectField, TextAreaField, TextField } from '../../../ui/Form';
import { Heading3 } from '../../../ui/Heading';
import { LoadError, Loading } from '../../../ui/States';
import { todayIso } from '../../../ui/calendar';
import { POLICY_KINDS } from '../../../../../server/src/modules/quality/policies/policies.options';
import { FileField } from '../expertise/FileField';
import { uploadQualityDocument } from '../expertise/api';
import { useAddPolicyVersion, useCreatePolicy, useOwnerCandidates, useUpdatePolicy, type Policy } from './api';

type Mode = { kind: 'create'; suggestedKind?: string } | { kind: 'version'; policy: Policy } | { kind: 'update'; policy: Policy };

/** A date a year after the given one: the review date a new version suggests. */
function yearAfter(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

export function PolicyForm({ mode, onDone, onCancel }: { mode: Mode; onDone: (message: string, id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const owners = useOwnerCandidates(true);
  const policyId = mode.kind === 'create' ? '' : mode.policy.id;
  const create = useCreatePolicy();
  const addVersion = useAddPolicyVersion(policyId);
  const update = useUpdatePolicy(policyId);
  const [error, setError] = useState<ApiError | null>(null);
  const [uploading, setUploading] = useState(false);
  const scope = `policy-${mode.kind}`;
  const labels: Record<string, string> = {
    kind: t('policies.form.kind'),
    title: t('policies.form.title'),
    versionLabel: t('policies.form.versionLabel'),
    ownerId: t('policies.form.owner'),
    adoptedOn: t('policies.form.adoptedOn'),
    reviewOn: t('policies.form.reviewOn'),
    documentId: t('policies.form.document'),
    reference: t('policies.form.reference'),
    changeNote: t('policies.form.changeNote'),
  };
  if (owners.isPending) return <Loading />;
  if (owners.isError) return <LoadError error={owners.error} />;
  const current = mode.kind === 'create' ? null : mode.policy;
  const title =
    mode.kind === 'create' ? t('policies.form.newTitle') : mode.kind === 'version' ? t('policies.form.versionTitle', { title: mode.policy.title }) : t('policies.form.updateTitle', { title: mode.policy.title });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    const options = (message: string) => ({ onSuccess: (p: Policy) => onDone(message, p.id), onError: setError });
    if (mode.kind === 'update') {
      update.mutate({ title: text('title'), ownerId: text('ownerId'), reviewOn: text('reviewOn'), version: mode.policy.version }, options(t('policies.form.updated')));
      return;
    }
    let documentId: string | null = null;
    const file = data.get('file');
    if (file instanceof File && file.size > 0) {
      setUploading(true);
      try {
        documentId = (await uploadQualityDocument('policy', file)).id;
      } catch (e) {
        const message = e instanceof ApiError ? e.message : String(e);
        setError(new ApiError(e instanceof ApiError ? e.status : 0, e instanceof ApiError ? e.code : 'NETWORK', message, [{ path: 'documentId', message }]));
        return;
      } finally {
        setUploading(false);
      }
    }
    const facts = {
      versionLabel: text('versionLabel'),
      ownerId: text('ownerId'),
      adoptedOn: text('adoptedOn'),
      reviewOn: text('reviewOn'),
      documentId,
      reference: text('reference'),
      changeNote: text('changeNote'),
    };
    if (mode.kind === 'version') addVersion.mutate({ ...facts, version: mode.policy.version }, options(t('policies.form.versionAdded')));
    else create.mutate({ kind: text('kind') as Policy['kind'], title: text('title'), ...facts }, options(t('policies.form.created')));
  };

  const ownerOptions = owners.data.map((o) => ({ value: o.id, label: o.displayName }));
  return (
    <section className="baken-expertise-form" aria-labelledby={`${scope}-title`}>
      <Heading3 id={`${scope}-title`}>{title}</Heading3>
      <FieldIdScope scope={scope}>
        <ErrorSummary error={error} labels={labels} />
        <form onSubmit={(e) => void submit(e)} noValidate className="baken-form">
          {mode.kind === 'create' && (
            <SelectField
              label={labels.kind!}
              name="kind"
              required
              defaultValue={mode.suggestedKind ?? ''}
              placeholder={t('policies.form.kindPlaceholder')}
              options={POLICY_KINDS.map((k) => ({ value: k, label: t(`policies.kinds.${k}`) }))}
              error={error?.field('kind')}
            />
          )}
          {mode.kind !== 'version' && <TextField label={labels.title!} name="title" required autoComplete="off" defaultValue={current?.title ?? ''} error={error?.field('title')} />}
          {mode.kind !== 'update' && (
            <TextField label={labels.versionLabel!} name="versionLabel" required autoComplete="off" description={t('policies.form.versionLabelHint')} defaultValue={mode.kind === 'create' ? '1.0' : ''} error={error?.field('versionLabel')} />
          )}
          <SelectField
            label={labels.ownerId!}
            name="ownerId"
            required
            defaultValue={current?.owner.id ?? ''}
            placeholder={t('policies.form.ownerPlaceholder')}
            description={t('policies.form.ownerHint')}
            options={ownerOptions}
            error={error?.field('ownerId')}
          />
          <div className="baken-form-row">
            {mode.kind !== 'update' && <TextField label={labels.adoptedOn!} name="adoptedOn" type="date" required defaultValue={todayIso()} error={error?.field('adoptedOn')} />}
            <TextField
              label={labels.reviewOn!}
              name="reviewOn"
              type="date"
              required
              defaultValue={mode.kind === 'update' ? mode.policy.reviewOn : yearAfter(todayIso())}
              description={t('policies.form.reviewOnHint')}
              error={error?.field('reviewOn')}
            />
          </div>
          {mode.kind !== 'update' && (
            <>
              <FileField id={`field-${scope}-documentId`} label={labels.documentId!} optional={t('form.optional')} accept="application/pdf,.pdf" hint={t('policies.form.documentHint')} error={error?.field('documentId')} />
              <TextField label={labels.reference!} name="reference" optional autoComplete="off" description={t('policies.form.referenceHint')} defaultValue="" error={error?.field('reference')} />
            </>
          )}
          {mode.kind === 'version' && <TextAreaField label={labels.changeNote!} name="changeNote" optional rows={3} error={error?.field('changeNote')} />}
          {uploading && (
            <p className="utrecht-paragraph" role="status">
              {t('policies.form.uploading')}
            </p>
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={uploading || create.isPending || addVersion.isPending || update.isPending}>
              {t('policies.form.save')}
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
