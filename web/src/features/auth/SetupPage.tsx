// First run: the one-time link printed by the server creates the first
// organisation and its administrator, who then sets up the second factor.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { ORGANISATION_KINDS } from '../../../../server/src/platform/authz/roles';
import { api, type ApiError } from '../../api/http';
import { useSessionChanged } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary, SelectField, TextField, formValues } from '../../ui/Form';
import { PageHeading } from '../../ui/Heading';
import { useLinkToken } from './useLinkToken';

export function SetupPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const navigate = useNavigate();
  const changed = useSessionChanged();
  const [error, setError] = useState<ApiError | null>(null);
  const setup = useMutation<unknown, ApiError, Record<string, string | string[]>>({
    mutationFn: (body) => api.post('/api/setup', { ...body, token }),
    onSuccess: async () => {
      await changed();
      await navigate('/inloggen/tweede-stap');
    },
    onError: setError,
  });
  const labels = {
    organisationName: t('setup.organisationName'),
    organisationKind: t('setup.organisationKind'),
    displayName: t('setup.displayName'),
    email: t('setup.email'),
    password: t('setup.password'),
    token: t('setup.link'),
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setup.mutate(formValues(event.currentTarget));
  };
  return (
    <div className="baken-narrow">
      <PageHeading title={t('setup.title')}>{t('setup.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('setup.intro')}</p>
      {!token && <Alert kind="error">{t('setup.noToken')}</Alert>}
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        <TextField label={labels.organisationName} name="organisationName" required autoComplete="organization" error={error?.field('organisationName')} />
        <SelectField
          label={labels.organisationKind}
          name="organisationKind"
          defaultValue="provider"
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKinds.${kind}`) }))}
          error={error?.field('organisationKind')}
        />
        <TextField label={labels.displayName} name="displayName" required autoComplete="name" error={error?.field('displayName')} />
        <TextField label={labels.email} name="email" type="email" required autoComplete="email" error={error?.field('email')} />
        <TextField
          label={labels.password}
          name="password"
          type="password"
          required
          autoComplete="new-password"
          description={t('password.rules')}
          error={error?.field('password')}
        />
        <Button type="submit" appearance="primary" busy={setup.isPending} disabled={!token}>
          {t('setup.submit')}
        </Button>
      </form>
    </div>
  );
}
