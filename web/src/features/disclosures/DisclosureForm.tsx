// The disclosure form: to whom (a partner from the directory, or typed in),
// why, on what ground, professional secrecy, which kinds of data with why
// each is needed, what was shared, who decided, whether the youth knows, and
// when. A dialog asks before anything is recorded: a disclosure stays on the
// file for good, and a partner in Baken sees it at once.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RECIPIENT_KINDS, type DataCategory } from '../../../../server/src/modules/disclosures/disclosures.options';
import { useSession } from '../../app/session';
import { Button, ButtonGroup } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { useRecordDisclosure, type Disclosure, type DisclosureBody, type DisclosureFormOptions, type PoliceRequest } from './api';
import { addGroundAnswers, byKind, DecisionFields, groundLabels, LegalGroundFields, useGroundState } from './GroundFields';
import { partnerKindLabel, recipientKindLabel } from './labels';
import { RadioGroup } from './RadioGroup';
import { nowLocal } from './time';

export function DisclosureForm({
  options,
  request,
  onSaved,
  onCancel,
}: {
  options: DisclosureFormOptions;
  /** The verified police request this answers, if any. */
  request?: PoliceRequest;
  onSaved: (disclosure: Disclosure) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const session = useSession();
  const save = useRecordDisclosure(youth.id);
  const confirmedCallback = request?.callbacks.find((c) => c.confirmed);
  const requestPartner = options.partners.find((p) => p.id === confirmedCallback?.partnerId);
  const [fromDirectory, setFromDirectory] = useState(options.partners.length > 0);
  const [partnerId, setPartnerId] = useState(requestPartner?.id ?? '');
  const ground = useGroundState();
  const { checked } = ground;
  const [sent, setSent] = useState<DataCategory[]>([]);
  const [pending, setPending] = useState<DisclosureBody | null>(null);
  const error = useMemo(() => byKind(save.error, sent), [save.error, sent]);
  const me = session.data?.user?.id;
  const defaultDecider = options.deciders.some((d) => d.id === me) ? me : '';
  const partner = options.partners.find((p) => p.id === partnerId);

  const labels: Record<string, string> = {
    recipientPartnerId: t('disclosureForm.recipientPartnerId'),
    recipientKind: t('disclosureForm.recipientKind'),
    recipientName: t('disclosureForm.recipientName'),
    purpose: t('disclosureForm.purpose'),
    ...groundLabels(t, checked),
    attachPhoto: t('disclosureForm.attachPhoto'),
    summary: t('disclosureForm.summary'),
    disclosedAt: t('disclosureForm.disclosedAt'),
  };

  const send = (body: DisclosureBody) => save.mutate(body, { onSuccess: onSaved, onSettled: () => setPending(null) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '');
    const body: Record<string, unknown> = {
      purpose: value('purpose'),
      summary: value('summary'),
      disclosedAt: value('disclosedAt'),
      attachPhoto: data.get('attachPhoto') === 'on',
      policeRequestId: request?.id ?? null,
    };
    if (fromDirectory) {
      body.recipientPartnerId = partnerId || undefined;
    } else {
      body.recipientPartnerId = null;
      if (value('recipientKind')) body.recipientKind = value('recipientKind');
      body.recipientName = value('recipientName');
    }
    const { complete } = addGroundAnswers(body, ground, value);
    setSent(checked);
    // Incomplete forms go straight to the server, which answers field by field and records nothing.
    if (complete) setPending(body as DisclosureBody);
    else send(body as DisclosureBody);
  };

  const fieldError = (name: string) => error?.field(name);
  return (
    <>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form baken-disclosure-form">
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('disclosureForm.recipientLegend')}</legend>
          {options.partners.length > 0 ? (
            <RadioGroup
              legend={t('disclosureForm.recipientFrom')}
              name="recipientMode"
              value={fromDirectory ? 'directory' : 'typed'}
              onChange={(v) => setFromDirectory(v === 'directory')}
              options={[
                { value: 'directory', label: t('disclosureForm.fromDirectory') },
                { value: 'typed', label: t('disclosureForm.typedIn') },
              ]}
            />
          ) : (
            <p className="utrecht-paragraph baken-hint">{t('disclosureForm.noPartners')}</p>
          )}
          {fromDirectory ? (
            <SelectField
              label={labels.recipientPartnerId!}
              name="recipientPartnerId"
              required
              value={partnerId}
              onChange={(event) => setPartnerId(event.currentTarget.value)}
              placeholder={t('disclosureForm.partnerPlaceholder')}
              description={t('disclosureForm.worksInBakenHint')}
              options={options.partners.map((p) => ({
                value: p.id,
                label: `${p.name} (${partnerKindLabel(t, p.kind)})${p.worksInBaken ? ` · ${t('disclosureForm.worksInBaken')}` : ''}`,
              }))}
              error={fieldError('recipientPartnerId')}
            />
          ) : (
            <>
              <SelectField
                label={labels.recipientKind!}
                name="recipientKind"
                required
                placeholder={t('disclosureForm.kindPlaceholder')}
                options={RECIPIENT_KINDS.map((k) => ({ value: k, label: recipientKindLabel(t, k) }))}
                error={fieldError('recipientKind')}
              />
              <TextField label={labels.recipientName!} name="recipientName" required description={t('disclosureForm.recipientNameHint')} error={fieldError('recipientName')} />
            </>
          )}
        </fieldset>
        <TextAreaField label={labels.purpose!} name="purpose" required rows={3} maxLength={2000} defaultValue={request?.question ?? ''} error={fieldError('purpose')} />
        <LegalGroundFields state={ground} fieldError={fieldError} />
        {checked.includes('photo') &&
          (options.hasPhoto ? (
            <div className={`utrecht-form-field utrecht-form-field--checkbox ${fieldError('attachPhoto') ? 'utrecht-form-field--invalid' : ''}`}>
              {fieldError('attachPhoto') && (
                <div className="utrecht-form-field-error-message" id="field-attachPhoto-error">
                  {fieldError('attachPhoto')}
                </div>
              )}
              <div className="utrecht-form-field__input">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  id="field-attachPhoto"
                  name="attachPhoto"
                  aria-describedby={['field-attachPhoto-description', fieldError('attachPhoto') ? 'field-attachPhoto-error' : ''].filter(Boolean).join(' ')}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="field-attachPhoto">
                  {labels.attachPhoto}
                </label>
                <p className="baken-radio__help" id="field-attachPhoto-description">
                  {t('disclosureForm.attachPhotoHint')}
                </p>
              </div>
            </div>
          ) : (
            <p className="utrecht-paragraph baken-hint">{t('disclosureForm.noPhoto')}</p>
          ))}
        <TextAreaField label={labels.summary!} name="summary" optional rows={4} maxLength={4000} description={t('disclosureForm.summaryHint')} error={fieldError('summary')} />
        <DecisionFields state={ground} fieldError={fieldError} deciders={options.deciders} defaultDecider={defaultDecider} />
        <TextField label={labels.disclosedAt!} name="disclosedAt" type="datetime-local" required defaultValue={nowLocal()} error={fieldError('disclosedAt')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {request ? t('disclosureForm.submitForRequest') : t('disclosureForm.submit')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={t('disclosureForm.confirmTitle')}
        confirmLabel={t('disclosureForm.confirm')}
        busy={save.isPending}
        onConfirm={() => pending && send(pending)}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{t('disclosureForm.confirmText')}</p>
        {fromDirectory && partner?.worksInBaken && <p className="utrecht-paragraph">{t('disclosureForm.confirmDelivered', { recipient: partner.name })}</p>}
      </ConfirmDialog>
    </>
  );
}
