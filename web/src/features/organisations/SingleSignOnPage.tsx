// Sign-in through the organisation's own identity provider (OpenID Connect).
// The client secret is write-only: it is stored sealed and never shown again.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary, SelectField, TextField, formValues } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useConfigureOidc, useOidcSettings } from './api';

export function SingleSignOnPage() {
  const { t } = useTranslation();
  const settings = useOidcSettings();
  const configure = useConfigureOidc();
  const [error, setError] = useState<ApiError | null>(null);
  // A new form after saving: the secret does not stay in the field.
  const [formKey, setFormKey] = useState(0);
  const labels = { issuer: t('sso.issuer'), clientId: t('sso.clientId'), clientSecret: t('sso.clientSecret'), enabled: t('sso.enabled') };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget) as Record<string, string>;
    setError(null);
    configure.mutate(
      { issuer: v.issuer ?? '', clientId: v.clientId ?? '', clientSecret: v.clientSecret ?? '', enabled: v.enabled === 'yes' },
      { onError: setError, onSuccess: () => setFormKey((k) => k + 1) },
    );
  };
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <LoadError error={settings.error} />;
  const current = settings.data;
  return (
    <div className="baken-narrow">
      <PageHeading title={t('sso.title')}>{t('sso.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('sso.intro')}</p>
      <p className="utrecht-paragraph">
        {t('sso.redirectUri')} <code>{`${window.location.origin}/api/auth/oidc/callback`}</code>
      </p>
      {current && <p className="utrecht-paragraph">{t('sso.current', { time: formatDateTime(current.updatedAt) })}</p>}
      {configure.isSuccess && <Alert kind="ok" takeFocus>{t('sso.saved')}</Alert>}
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form" key={formKey}>
        <TextField label={labels.issuer} name="issuer" type="url" required defaultValue={current?.issuer} description={t('sso.issuerHint')} error={error?.field('issuer')} />
        <TextField label={labels.clientId} name="clientId" required autoComplete="off" defaultValue={current?.clientId} error={error?.field('clientId')} />
        <TextField label={labels.clientSecret} name="clientSecret" type="password" required autoComplete="off" description={t('sso.clientSecretHint')} error={error?.field('clientSecret')} />
        <SelectField
          label={labels.enabled}
          name="enabled"
          defaultValue={current && !current.enabled ? 'no' : 'yes'}
          options={[
            { value: 'yes', label: t('sso.on') },
            { value: 'no', label: t('sso.off') },
          ]}
        />
        <Button type="submit" appearance="primary" busy={configure.isPending}>
          {t('common.save')}
        </Button>
      </form>
    </div>
  );
}
