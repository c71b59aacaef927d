// The organisation's own contact facts, kept by the designated officer or the
// admin: the 24/7 number, the designated officer and the substitute.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { ErrorSummary, SelectField, TextField, formValues } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { useContactCandidates, useOrganisationContacts, useSaveContacts } from './api';
import './partners.css';

export function ContactsFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const contacts = useOrganisationContacts();
  const candidates = useContactCandidates();
  const save = useSaveContacts();
  const [error, setError] = useState<ApiError | null>(null);
  const labels = {
    phone247: t('partners.contactsForm.phone247'),
    designatedOfficerId: t('partners.contactsForm.designatedOfficer'),
    substituteId: t('partners.contactsForm.substitute'),
  };
  const title = t('partners.contactsForm.title');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!contacts.data) return;
    const values = formValues(event.currentTarget) as Record<string, string>;
    setError(null);
    save.mutate(
      {
        phone247: values.phone247 ?? '',
        designatedOfficerId: values.designatedOfficerId || null,
        substituteId: values.substituteId || null,
        updatedAt: contacts.data.updatedAt,
      },
      { onSuccess: () => void navigate('/partners', { state: { notice: t('partners.contactsForm.saved') } }), onError: setError },
    );
  };
  // A chosen person who no longer qualifies (deactivated, role taken away) stays visible in the list, marked.
  const options = (list: { id: string; displayName: string }[] | undefined, chosen: { id: string; displayName: string } | null | undefined) => [
    ...(chosen && !list?.some((c) => c.id === chosen.id) ? [{ value: chosen.id, label: t('partners.contactsForm.noLongerEligible', { name: chosen.displayName }) }] : []),
    ...(list ?? []).map((c) => ({ value: c.id, label: c.displayName })),
  ];
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <div className="baken-work">
        <div className="baken-narrow">
          <p className="utrecht-paragraph">{t('partners.contactsForm.intro')}</p>
          {(contacts.isPending || candidates.isPending) && <Loading />}
          {contacts.isError && <LoadError error={contacts.error} />}
          {candidates.isError && <LoadError error={candidates.error} />}
          {contacts.data && candidates.data && (
            <>
              {candidates.data.designatedOfficers.length === 0 && <Alert kind="warning">{t('partners.contactsForm.noOfficers')}</Alert>}
              {contacts.data.updatedAt && (
                <p className="utrecht-paragraph baken-hint">{t('partners.form.lastChanged', { date: formatDateTime(contacts.data.updatedAt), name: contacts.data.updatedByName ?? '—' })}</p>
              )}
              <ErrorSummary error={error} labels={labels} />
              <form onSubmit={submit} noValidate className="baken-form">
                <TextField
                  label={labels.phone247}
                  name="phone247"
                  type="tel"
                  autoComplete="off"
                  defaultValue={contacts.data.phone247 ?? ''}
                  description={t('partners.contactsForm.phone247Hint')}
                  error={error?.field('phone247')}
                />
                <SelectField
                  label={labels.designatedOfficerId}
                  name="designatedOfficerId"
                  defaultValue={contacts.data.designatedOfficer?.id ?? ''}
                  placeholder={t('partners.contactsForm.none')}
                  options={options(candidates.data.designatedOfficers, contacts.data.designatedOfficer)}
                  description={t('partners.contactsForm.designatedOfficerHint')}
                  error={error?.field('designatedOfficerId')}
                />
                <SelectField
                  label={labels.substituteId}
                  name="substituteId"
                  defaultValue={contacts.data.substitute?.id ?? ''}
                  placeholder={t('partners.contactsForm.none')}
                  options={options(candidates.data.substitutes, contacts.data.substitute)}
                  description={t('partners.contactsForm.substituteHint')}
                  error={error?.field('substituteId')}
                />
                <ButtonGroup>
                  <Button type="submit" appearance="primary" busy={save.isPending}>
                    {t('common.save')}
                  </Button>
                  <ButtonLink to="/partners" appearance="subtle">
                    {t('common.cancel')}
                  </ButtonLink>
                </ButtonGroup>
              </form>
            </>
          )}
        </div>
        <GuidanceTips place="partners" />
      </div>
    </>
  );
}
