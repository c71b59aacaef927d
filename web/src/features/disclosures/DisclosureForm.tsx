// The disclosure form: to whom (a partner from the directory, or typed in),
// why, on what ground, professional secrecy, which kinds of data with why
// each is needed, what was shared, who decided, whether the youth knows, and
// when. A dialog asks before anything is recorded: a disclosure stays on the
// file for good, and a partner in Baken sees it at once.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGAL_GROUNDS, RECIPIENT_KINDS, SECRECY_GROUNDS, type DataCategory, type SecrecyGround } from '../../../../server/src/modules/disclosures/disclosures.options';
import { ApiError } from '../../api/http';
import { useSession } from '../../app/session';
import { Button, ButtonGroup } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/Form';
import { useCaseFile } from '../caseFiles/CaseFileLayout';
import { useRecordDisclosure, type Disclosure, type DisclosureBody, type DisclosureFormOptions, type PoliceRequest } from './api';
import { CategoryChecklist } from './CategoryChecklist';
import { categoryLabel, legalGroundHelp, legalGroundLabel, partnerKindLabel, recipientKindLabel, secrecyHelp, secrecyLabel } from './labels';
import { RadioGroup } from './RadioGroup';
import { nowLocal } from './time';

export const SECRECY_SET_ASIDE: SecrecyGround[] = ['conflictOfDuties', 'statutoryDuty'];

/**
 * The server names a reason by its place in the list it was sent
 * (categories.2.why); the form names it by its kind (why.photo), which is
 * what its field and the error summary's link use.
 */
export function byKind(error: ApiError | null, sent: DataCategory[]): ApiError | null {
  if (!error) return null;
  const fields = error.fields.map((f) => {
    const why = /^categories\.(\d+)\.why$/.exec(f.path);
    if (why) return { ...f, path: `why.${sent[Number(why[1])] ?? ''}` };
    if (/^categories\.\d+/.test(f.path)) return { ...f, path: 'categories' };
    return f;
  });
  return new ApiError(error.status, error.code, error.message, fields);
}

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
  const [checked, setChecked] = useState<DataCategory[]>([]);
  const [secrecy, setSecrecy] = useState<SecrecyGround | ''>('');
  const [informed, setInformed] = useState<'yes' | 'no' | ''>('');
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
    legalGround: t('disclosureForm.legalGround'),
    secrecyGround: t('disclosureForm.secrecyGround'),
    secrecyReasoning: t('disclosureForm.secrecyReasoning'),
    categories: t('disclosureForm.categoriesLegend'),
    attachPhoto: t('disclosureForm.attachPhoto'),
    summary: t('disclosureForm.summary'),
    decidedById: t('disclosureForm.decidedById'),
    youthInformed: t('disclosureForm.youthInformed'),
    youthNotInformedReason: t('disclosureForm.youthNotInformedReason'),
    disclosedAt: t('disclosureForm.disclosedAt'),
  };
  for (const c of checked) labels[`why.${c}`] = t('disclosureForm.whyFor', { category: categoryLabel(t, c) });

  const send = (body: DisclosureBody) => save.mutate(body, { onSuccess: onSaved, onSettled: () => setPending(null) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '');
    const body: Record<string, unknown> = {
      purpose: value('purpose'),
      secrecyReasoning: SECRECY_SET_ASIDE.includes(secrecy as SecrecyGround) ? value('secrecyReasoning') : '',
      categories: checked.map((category) => ({ category, why: value(`why.${category}`) })),
      summary: value('summary'),
      youthNotInformedReason: informed === 'no' ? value('youthNotInformedReason') : '',
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
    // Choices not made are left out, so the server names them as missing.
    if (value('legalGround')) body.legalGround = value('legalGround');
    if (secrecy) body.secrecyGround = secrecy;
    if (value('decidedById')) body.decidedById = value('decidedById');
    if (informed) body.youthInformed = informed === 'yes';
    setSent(checked);
    const complete = ['legalGround', 'secrecyGround', 'decidedById', 'youthInformed'].every((k) => k in body) && checked.length > 0;
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
        <RadioGroup
          legend={labels.legalGround!}
          name="legalGround"
          description={t('disclosureForm.legalGroundHint')}
          options={LEGAL_GROUNDS.map((g) => ({ value: g, label: legalGroundLabel(t, g), help: legalGroundHelp(t, g) }))}
          error={fieldError('legalGround')}
        />
        <RadioGroup
          legend={labels.secrecyGround!}
          name="secrecyGround"
          value={secrecy}
          onChange={(v) => setSecrecy(v as SecrecyGround)}
          options={SECRECY_GROUNDS.map((g) => ({ value: g, label: secrecyLabel(t, g), help: secrecyHelp(t, g) }))}
          error={fieldError('secrecyGround')}
        />
        {SECRECY_SET_ASIDE.includes(secrecy as SecrecyGround) && (
          <TextAreaField label={labels.secrecyReasoning!} name="secrecyReasoning" required rows={4} maxLength={4000} error={fieldError('secrecyReasoning')} />
        )}
        <CategoryChecklist
          checked={checked}
          onToggle={(category, on) => setChecked((now) => (on ? [...now, category] : now.filter((c) => c !== category)))}
          error={fieldError('categories')}
          whyError={(category) => fieldError(`why.${category}`)}
        />
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
        <SelectField
          label={labels.decidedById!}
          name="decidedById"
          required
          defaultValue={defaultDecider}
          placeholder={t('disclosureForm.deciderPlaceholder')}
          description={t('disclosureForm.decidedByHint')}
          options={options.deciders.map((d) => ({ value: d.id, label: d.name }))}
          error={fieldError('decidedById')}
        />
        <RadioGroup
          legend={labels.youthInformed!}
          name="youthInformed"
          value={informed}
          onChange={(v) => setInformed(v as 'yes' | 'no')}
          options={[
            { value: 'yes', label: t('records.yes') },
            { value: 'no', label: t('records.no') },
          ]}
          error={fieldError('youthInformed')}
        />
        {informed === 'no' && (
          <TextAreaField label={labels.youthNotInformedReason!} name="youthNotInformedReason" required rows={2} maxLength={2000} error={fieldError('youthNotInformedReason')} />
        )}
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
