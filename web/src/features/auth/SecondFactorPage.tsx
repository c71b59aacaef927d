// The second step of signing in: set up an authenticator app the first time,
// enter its code every time after that (or a one-time recovery code).
import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { api, type ApiError } from '../../api/http';
import { safeReturnPath, useSession, useSessionChanged, useSignOut, type Stage } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup } from '../../ui/Button';
import { ErrorSummary, TextField, formValues } from '../../ui/Form';
import { Heading2, PageHeading } from '../../ui/Heading';
import { Loading } from '../../ui/States';

function Challenge({ from }: { from: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = useSessionChanged();
  const cancel = useSignOut();
  const [useRecovery, setUseRecovery] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const verify = useMutation<unknown, ApiError, Record<string, string | string[]>>({
    mutationFn: (body) => api.post('/api/auth/mfa/verify', body),
    onSuccess: async () => {
      await changed();
      await navigate(from, { replace: true });
    },
    onError: (e) => {
      setError(e);
      // Five wrong codes end the half-open session: start again from the password.
      if (e.code === 'UNAUTHENTICATED') window.location.assign('/inloggen?verlopen=1');
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    verify.mutate(formValues(event.currentTarget));
  };
  const labels = { code: t('mfa.code'), recoveryCode: t('mfa.recoveryCode'), '': t('mfa.code') };
  return (
    <>
      <PageHeading title={t('mfa.challengeTitle')}>{t('mfa.challengeTitle')}</PageHeading>
      <p className="utrecht-paragraph">{useRecovery ? t('mfa.recoveryIntro') : t('mfa.challengeIntro')}</p>
      <ErrorSummary error={error} labels={labels} />
      <form onSubmit={submit} noValidate className="baken-form" key={useRecovery ? 'recovery' : 'code'}>
        {useRecovery ? (
          <TextField label={labels.recoveryCode} name="recoveryCode" autoComplete="off" required error={error?.field('recoveryCode')} />
        ) : (
          <TextField
            label={labels.code}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            className="utrecht-textbox utrecht-textbox--html-input baken-code-input"
            error={error?.field('code')}
          />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={verify.isPending}>
            {t('mfa.verify')}
          </Button>
          <Button appearance="subtle" onClick={() => (setError(null), setUseRecovery(!useRecovery))}>
            {useRecovery ? t('mfa.useApp') : t('mfa.useRecovery')}
          </Button>
        </ButtonGroup>
      </form>
      <p className="utrecht-paragraph">
        <Button appearance="subtle" onClick={() => cancel.mutate()}>
          {t('mfa.cancel')}
        </Button>
      </p>
    </>
  );
}

interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

function Enrol({ from }: { from: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = useSessionChanged();
  const cancel = useSignOut();
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const start = useMutation<Enrolment, ApiError>({ mutationFn: () => api.post('/api/auth/mfa/enrolment'), onError: setError });
  const confirm = useMutation<{ recoveryCodes: string[] }, ApiError, Record<string, string | string[]>>({
    mutationFn: (body) => api.post('/api/auth/mfa/enrolment/confirm', body),
    onError: setError,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    confirm.mutate(formValues(event.currentTarget));
  };

  if (confirm.data) {
    return (
      <>
        <PageHeading title={t('mfa.recoveryTitle')}>{t('mfa.recoveryTitle')}</PageHeading>
        <Alert kind="ok">{t('mfa.enrolled')}</Alert>
        <p className="utrecht-paragraph">{t('mfa.recoveryCodesIntro')}</p>
        <ul className="baken-recovery-codes" aria-label={t('mfa.recoveryCodesLabel')}>
          {confirm.data.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <ButtonGroup>
          <Button onClick={() => window.print()}>{t('common.print')}</Button>
        </ButtonGroup>
        <div className="utrecht-form-field utrecht-form-field--checkbox baken-section">
          <div className="utrecht-form-field__input">
            <input
              id="codes-saved"
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={saved}
              onChange={(e) => setSaved(e.target.checked)}
            />
          </div>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="codes-saved">
              {t('mfa.codesSaved')}
            </label>
          </div>
        </div>
        <Button
          appearance="primary"
          disabled={!saved}
          onClick={async () => {
            await changed();
            await navigate(from, { replace: true });
          }}
        >
          {t('mfa.continue')}
        </Button>
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('mfa.enrolTitle')}>{t('mfa.enrolTitle')}</PageHeading>
      <p className="utrecht-paragraph">{t('mfa.enrolIntro')}</p>
      <ol className="utrecht-ordered-list baken-steps">
        <li>{t('mfa.enrolStep1')}</li>
        <li>{t('mfa.enrolStep2')}</li>
        <li>{t('mfa.enrolStep3')}</li>
      </ol>
      <ErrorSummary error={error} labels={{ code: t('mfa.code') }} />
      {!start.data ? (
        <Button appearance="primary" onClick={() => start.mutate()} busy={start.isPending}>
          {t('mfa.showQr')}
        </Button>
      ) : (
        <>
          <div className="baken-qr">
            <img src={start.data.qrDataUrl} alt={t('mfa.qrAlt')} width="200" height="200" />
          </div>
          <Heading2>{t('mfa.manualTitle')}</Heading2>
          <p className="utrecht-paragraph">{t('mfa.manualIntro')}</p>
          <p className="utrecht-paragraph">
            <code className="baken-secret" data-testid="totp-secret">
              {start.data.secret.match(/.{1,4}/g)?.join(' ')}
            </code>
          </p>
          <form onSubmit={submit} noValidate className="baken-form">
            <TextField
              label={t('mfa.code')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              error={error?.field('code')}
            />
            <Button type="submit" appearance="primary" busy={confirm.isPending}>
              {t('mfa.confirm')}
            </Button>
          </form>
        </>
      )}
      <p className="utrecht-paragraph">
        <Button appearance="subtle" onClick={() => cancel.mutate()}>
          {t('mfa.cancel')}
        </Button>
      </p>
    </>
  );
}

export function SecondFactorPage() {
  const session = useSession();
  const location = useLocation();
  const from = safeReturnPath(((location.state ?? {}) as { from?: string }).from);
  // The stage is pinned once known: after enrolment the session is signed in,
  // but the recovery codes must stay on screen until the user has kept them.
  const [pinned, setPinned] = useState<Stage | null>(null);
  const live = session.data?.stage;
  useEffect(() => {
    if (!pinned && (live === 'mfaEnrol' || live === 'mfaChallenge')) setPinned(live);
  }, [live, pinned]);
  if (session.isPending) return <Loading />;
  const current = pinned ?? live;
  if (current === 'signedOut' || current === undefined) return <Navigate to="/inloggen" replace />;
  if (current === 'signedIn') return <Navigate to={from} replace />;
  return <div className="baken-narrow">{current === 'mfaEnrol' ? <Enrol from={from} /> : <Challenge from={from} />}</div>;
}
