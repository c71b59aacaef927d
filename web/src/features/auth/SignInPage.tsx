import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, type ApiError } from '../../api/http';
import { safeReturnPath, useSession, useSessionChanged, type Stage } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ErrorSummary, SelectField, TextField, formValues } from '../../ui/Form';
import { PageHeading, Heading2 } from '../../ui/Heading';
import { Loading } from '../../ui/States';

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const changed = useSessionChanged();
  const state = (location.state ?? {}) as { from?: string };
  const from = safeReturnPath(state.from ?? params.get('terug'));
  const [error, setError] = useState<ApiError | null>(null);
  const organisations = useQuery({
    queryKey: ['oidcOrganisations'],
    queryFn: () => api.get<{ slug: string; name: string }[]>('/api/auth/oidc/organisations'),
  });
  const signIn = useMutation<{ stage: Stage }, ApiError, Record<string, string | string[]>>({
    mutationFn: (body) => api.post('/api/auth/login', body),
    onSuccess: async () => {
      await changed();
      await navigate('/inloggen/tweede-stap', { state: { from } });
    },
    onError: setError,
  });

  if (session.isPending) return <Loading />;
  if (session.data?.stage === 'signedIn') return <Navigate to={from} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    signIn.mutate(formValues(event.currentTarget));
  };
  const labels = { email: t('signIn.email'), password: t('signIn.password') };

  return (
    <div className="baken-narrow">
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      {params.has('uitgelogd') && <Alert kind="ok">{t('signIn.signedOut')}</Alert>}
      {params.has('verlopen') && <Alert kind="warning">{t('signIn.expired')}</Alert>}
      {params.get('fout') === 'oidc' && <Alert kind="error">{t('signIn.oidcFailed')}</Alert>}
      {session.data?.setupRequired && (
        <Alert kind="info" title={t('signIn.setupRequiredTitle')}>
          <p className="utrecht-paragraph">{t('signIn.setupRequired')}</p>
        </Alert>
      )}
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form">
        <TextField label={labels.email} name="email" type="email" autoComplete="username" required error={error?.field('email')} />
        <TextField
          label={labels.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={error?.field('password')}
        />
        <Button type="submit" appearance="primary" busy={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </form>
      <p className="utrecht-paragraph baken-hint">{t('signIn.secondStepHint')}</p>
      {organisations.data && organisations.data.length > 0 && (
        <section aria-labelledby="sso-heading" className="baken-section">
          <Heading2 id="sso-heading">{t('signIn.ssoTitle')}</Heading2>
          <form method="get" action="/api/auth/oidc/start" className="baken-form">
            <SelectField
              label={t('signIn.ssoOrganisation')}
              name="organisation"
              options={organisations.data.map((o) => ({ value: o.slug, label: o.name }))}
            />
            <Button type="submit">{t('signIn.ssoSubmit')}</Button>
          </form>
        </section>
      )}
    </div>
  );
}
