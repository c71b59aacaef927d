import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Capability } from '../../../server/src/platform/authz/roles';
import { can, endEndedSession, useSession } from './session';
import { Loading, LoadError } from '../ui/States';
import { PageHeading } from '../ui/Heading';
import { Alert } from '../ui/Alert';

/** Pages behind a full sign-in (password and second factor); optionally a capability too. */
export function RequireSignIn({ capability }: { capability?: Capability }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadError error={session.error} />;
  const { stage } = session.data;
  if (stage === 'mfaEnrol' || stage === 'mfaChallenge') return <Navigate to="/inloggen/tweede-stap" replace state={{ from: location.pathname }} />;
  if (stage !== 'signedIn') {
    if (endEndedSession()) return <Loading />;
    return <Navigate to="/inloggen" replace state={{ from: location.pathname }} />;
  }
  if (capability && !can(session.data, capability)) {
    return (
      <>
        <PageHeading title={t('errors.noAccessTitle')}>{t('errors.noAccessTitle')}</PageHeading>
        <Alert kind="warning">
          <p className="utrecht-paragraph">{t('errors.noAccess')}</p>
        </Alert>
      </>
    );
  }
  return <Outlet />;
}
