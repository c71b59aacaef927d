// Adding and changing a partner (those who keep the directory). The known
// call-back number is explained on the form, and a police partner can be
// linked to a police unit that works in Baken by that unit's short name.
// Deactivating asks first; nothing is deleted.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, RECIPIENT_KIND_OF_PARTNER } from '../../../../server/src/modules/disclosures/disclosures.options';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorSummary, SelectField, TextAreaField, TextField, formValues } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useCreatePartner, usePartners, useUpdatePartner, type Partner, type PartnerInput } from './api';
import './partners.css';

const isPolice = (kind: string) => RECIPIENT_KIND_OF_PARTNER[kind as keyof typeof RECIPIENT_KIND_OF_PARTNER] === 'police';

function PartnerForm({
  initial,
  busy,
  error,
  submitLabel,
  onSubmit,
  children,
}: {
  initial?: Partner;
  busy: boolean;
  error: ApiError | null;
  submitLabel: string;
  onSubmit: (values: PartnerInput & { unlinkBaken: boolean }) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string>(initial?.kind ?? 'communityOfficer');
  const labels = {
    kind: t('partners.form.kind'),
    name: t('partners.form.name'),
    contactPerson: t('partners.form.contactPerson'),
    region: t('partners.form.region'),
    phone: t('partners.form.phone'),
    verifiedPhone: t('partners.form.verifiedPhone'),
    email: t('partners.form.email'),
    notes: t('partners.form.notes'),
    bakenSlug: initial?.worksInBaken ? t('partners.form.bakenNewSlug') : t('partners.form.bakenSlug'),
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget) as Record<string, string>;
    onSubmit({
      kind: values.kind as PartnerInput['kind'],
      name: values.name ?? '',
      contactPerson: values.contactPerson ?? '',
      region: values.region ?? '',
      phone: values.phone ?? '',
      verifiedPhone: values.verifiedPhone ?? '',
      email: values.email ?? '',
      notes: values.notes ?? '',
      bakenSlug: values.bakenSlug ?? '',
      unlinkBaken: values.unlinkBaken === 'true',
    });
  };
  return (
    <>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        <SelectField
          label={labels.kind}
          name="kind"
          required
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partners.kinds.${k}`) }))}
          error={error?.field('kind')}
        />
        <TextField label={labels.name} name="name" required autoComplete="off" defaultValue={initial?.name} description={t('partners.form.nameHint')} error={error?.field('name')} />
        <TextField label={labels.contactPerson} name="contactPerson" optional autoComplete="off" defaultValue={initial?.contactPerson ?? ''} error={error?.field('contactPerson')} />
        <TextField label={labels.region} name="region" optional autoComplete="off" defaultValue={initial?.region ?? ''} description={t('partners.form.regionHint')} error={error?.field('region')} />
        <TextField label={labels.phone} name="phone" type="tel" optional autoComplete="off" defaultValue={initial?.phone ?? ''} description={t('partners.form.phoneHint')} error={error?.field('phone')} />
        <TextField
          label={labels.verifiedPhone}
          name="verifiedPhone"
          type="tel"
          optional
          autoComplete="off"
          defaultValue={initial?.verifiedPhone ?? ''}
          description={t('partners.form.verifiedPhoneHint')}
          error={error?.field('verifiedPhone')}
        />
        <TextField label={labels.email} name="email" type="email" optional autoComplete="off" defaultValue={initial?.email ?? ''} error={error?.field('email')} />
        <TextAreaField label={labels.notes} name="notes" optional rows={3} defaultValue={initial?.notes ?? ''} description={t('partners.form.notesHint')} error={error?.field('notes')} />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset baken-baken-link">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('partners.form.bakenTitle')}</legend>
          <p className="utrecht-paragraph">{t('partners.form.bakenIntro')}</p>
          {initial?.worksInBaken && <p className="utrecht-paragraph">{t('partners.form.linkedTo', { name: initial.bakenOrganisationName })}</p>}
          {isPolice(kind) || initial?.worksInBaken ? (
            <>
              <TextField label={labels.bakenSlug} name="bakenSlug" optional autoComplete="off" description={t('partners.form.bakenSlugHint')} error={error?.field('bakenSlug')} />
              {initial?.worksInBaken && (
                <div className="utrecht-form-field utrecht-form-field--checkbox">
                  <div className="utrecht-form-field__input">
                    <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id="field-unlinkBaken" name="unlinkBaken" value="true" />
                  </div>
                  <div className="utrecht-form-field__label">
                    <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="field-unlinkBaken">
                      {t('partners.form.unlink', { name: initial.bakenOrganisationName })}
                    </label>
                  </div>
                </div>
              )}
            </>
          ) : (
            <p className="utrecht-paragraph baken-hint">{t('partners.form.onlyPolice')}</p>
          )}
        </fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {submitLabel}
          </Button>
          <ButtonLink to="/partners" appearance="subtle">
            {t('common.cancel')}
          </ButtonLink>
        </ButtonGroup>
      </form>
      {children}
    </>
  );
}

export function NewPartnerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePartner();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <>
      <PageHeading title={t('partners.form.newTitle')}>{t('partners.form.newTitle')}</PageHeading>
      <div className="baken-narrow">
        <PartnerForm
          busy={create.isPending}
          error={error}
          submitLabel={t('partners.form.create')}
          onSubmit={({ unlinkBaken: _unused, ...input }) => {
            setError(null);
            create.mutate(input, {
              onSuccess: (partner) => void navigate('/partners', { state: { notice: t('partners.form.created', { name: partner.name }) } }),
              onError: setError,
            });
          }}
        />
      </div>
    </>
  );
}

export function EditPartnerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const partners = usePartners({ includeInactive: true });
  const update = useUpdatePartner(id);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(0);
  const partner = partners.data?.partners.find((p) => p.id === id);
  const title = t('partners.form.editTitle');

  const send = (input: PartnerInput & { unlinkBaken: boolean }, active: boolean, after: (p: Partner) => void) => {
    if (!partner) return;
    setError(null);
    update.mutate(
      { ...input, active, updatedAt: partner.updatedAt },
      {
        onSuccess: after,
        onError: (e) => {
          setConfirming(false);
          setError(e);
        },
      },
    );
  };
  const current = (p: Partner): PartnerInput & { unlinkBaken: boolean } => ({
    kind: p.kind,
    name: p.name,
    contactPerson: p.contactPerson ?? '',
    region: p.region ?? '',
    phone: p.phone ?? '',
    verifiedPhone: p.verifiedPhone ?? '',
    email: p.email ?? '',
    notes: p.notes ?? '',
    bakenSlug: '',
    unlinkBaken: false,
  });

  return (
    <>
      <PageHeading title={title}>{partner ? `${title}: ${partner.name}` : title}</PageHeading>
      {partners.isPending && <Loading />}
      {partners.isError && <LoadError error={partners.error} />}
      {partners.data && !partner && <Alert kind="error">{t('partners.form.notFound')}</Alert>}
      {partner && (
        <div className="baken-narrow">
          {saved > 0 && !error && (
            <Alert kind="ok" takeFocus key={saved}>
              {t('partners.form.saved')}
            </Alert>
          )}
          {!partner.active && <Alert kind="warning">{t('partners.form.isInactive')}</Alert>}
          <p className="utrecht-paragraph baken-hint">{t('partners.form.lastChanged', { date: formatDateTime(partner.updatedAt), name: partner.updatedByName ?? '—' })}</p>
          {/* A new key after each save: the form starts again from what the server now holds. */}
          <PartnerForm
            key={partner.updatedAt}
            initial={partner}
            busy={update.isPending}
            error={error}
            submitLabel={t('common.save')}
            onSubmit={(input) => send(input, partner.active, () => setSaved((n) => n + 1))}
          >
            <section aria-labelledby="partner-activity" className="baken-section">
              <Heading2 id="partner-activity">{partner.active ? t('partners.form.deactivateTitle') : t('partners.form.reactivateTitle')}</Heading2>
              <p className="utrecht-paragraph">{partner.active ? t('partners.form.deactivateIntro') : t('partners.form.reactivateIntro')}</p>
              {partner.active ? (
                <Button appearance="danger" onClick={() => setConfirming(true)}>
                  {t('partners.form.deactivate')}
                </Button>
              ) : (
                <Button
                  busy={update.isPending}
                  onClick={() => send(current(partner), true, (p) => void navigate('/partners', { state: { notice: t('partners.form.reactivated', { name: p.name }) } }))}
                >
                  {t('partners.form.reactivate')}
                </Button>
              )}
            </section>
          </PartnerForm>
          <ConfirmDialog
            open={confirming}
            title={t('partners.form.deactivateConfirmTitle', { name: partner.name })}
            confirmLabel={t('partners.form.deactivateConfirm')}
            busy={update.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              send(current(partner), false, (p) => {
                setConfirming(false);
                void navigate('/partners', { state: { notice: t('partners.form.deactivated', { name: p.name }) } });
              })
            }
          >
            <p className="utrecht-paragraph">{t('partners.form.deactivateText')}</p>
          </ConfirmDialog>
        </div>
      )}
    </>
  );
}
