// A new colleague chooses a password through the one-time activation link.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { api, ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button, ButtonLink } from '../../ui/Button';
import { ErrorSummary, TextField, formValues } from '../../ui/Form';
import { PageHeading } from '../../ui/Heading';
import { useLinkToken } from './useLinkToken';

export function ActivatePage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const [error, setError] = useState<ApiError | null>(null);
  const activate = useMutation<unknown, ApiError, { password: string }>({
    mutationFn: (body) => api.post('/api/auth/activate', { ...body, token }),
    onError: setError,
  });
  const labels = { password: t('activate.password'), repeat: t('activate.repeat'), token: t('setup.link') };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget) as Record<string, string>;
    if (values.password !== values.repeat) {
      setError(new ApiError(400, 'VALIDATION_FAILED', t('form.errorSummary'), [{ path: 'repeat', message: t('activate.mismatch') }]));
      return;
    }
    setError(null);
    activate.mutate({ password: values.password ?? '' });
  };
  return (
    <div className="baken-narrow">
      <PageHeading title={t('activate.title')}>{t('activate.title')}</PageHeading>
      {activate.isSuccess ? (
        <>
          <Alert kind="ok">{t('activate.done')}</Alert>
          <ButtonLink to="/inloggen" appearance="primary">
            {t('activate.toSignIn')}
          </ButtonLink>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('activate.intro')}</p>
          {!token && <Alert kind="error">{t('setup.noToken')}</Alert>}
          <ErrorSummary error={error} labels={labels} />
          <form onSubmit={submit} noValidate className="baken-form">
            <TextField
              label={labels.password}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              description={t('password.rules')}
              error={error?.field('password')}
            />
            <TextField label={labels.repeat} name="repeat" type="password" autoComplete="new-password" required error={error?.field('repeat')} />
            <Button type="submit" appearance="primary" busy={activate.isPending} disabled={!token}>
              {t('activate.submit')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
