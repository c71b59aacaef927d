// The shell around every page: skip link, demo banner, header with the
// organisation and the user, navigation by capability, and the footer.
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { setLanguage } from '../i18n';
import { SessionTimeout } from './SessionTimeout';
import { Button } from '../ui/Button';
import type { Capability } from '../../../server/src/platform/authz/roles';
import { can, useSession, useSignOut, type Session } from './session';

interface NavItem {
  to: string;
  label: string;
  capability?: Capability;
}

function navItems(t: TFunction): NavItem[] {
  return [
    { to: '/', label: t('nav.home') },
    { to: '/jongeren', label: t('nav.youths'), capability: 'caseData.access' },
    { to: '/vermist', label: t('nav.missingNow'), capability: 'caseData.access' },
    { to: '/noodtoegang', label: t('nav.breakGlass'), capability: 'caseData.access' },
    { to: '/ontvangen', label: t('nav.received'), capability: 'disclosure.receive' },
    { to: '/verstrekkingen', label: t('nav.disclosures'), capability: 'disclosure.readOrganisation' },
    { to: '/comensha', label: t('nav.comensha'), capability: 'comensha.readRegister' },
    { to: '/veiligheid', label: t('nav.incidents'), capability: 'incident.report' },
    { to: '/partners', label: t('nav.partners'), capability: 'partners.read' },
    { to: '/protocollen', label: t('nav.policies'), capability: 'policies.read' },
    { to: '/kwaliteit', label: t('nav.quality'), capability: 'quality.read' },
    { to: '/inspectie', label: t('nav.inspection'), capability: 'inspection.conduct' },
    { to: '/gemeente/checklist', label: t('nav.municipalChecklist'), capability: 'municipal.checklist' },
    { to: '/aanbieders', label: t('nav.providerDirectory'), capability: 'providerDirectory.read' },
    { to: '/cijfers', label: t('nav.regionalFigures'), capability: 'regionalFigures.read' },
    { to: '/zorgtafels', label: t('nav.caseConferences'), capability: 'caseConference.participate' },
    { to: '/kennisbank', label: t('nav.knowledgeBase') },
    { to: '/noodtoegang/beoordelen', label: t('nav.breakGlassReview'), capability: 'breakGlass.review' },
    { to: '/logboek', label: t('nav.audit'), capability: 'audit.searchOrganisation' },
    { to: '/beheer/gebruikers', label: t('nav.users'), capability: 'organisation.manageUsers' },
    { to: '/beheer/teams', label: t('nav.teams'), capability: 'organisation.manageTeams' },
    { to: '/beheer/inloggen-via-organisatie', label: t('nav.singleSignOn'), capability: 'organisation.manageSignIn' },
  ];
}

function DemoBanner() {
  const { t } = useTranslation();
  return (
    <div className="baken-demo-banner" role="region" aria-label={t('demo.label')}>
      <strong>{t('demo.title')}</strong> {t('demo.text')}
    </div>
  );
}

function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  if (!session.user) return null;
  return (
    <div className="baken-user">
      <span className="baken-user__name">{session.user.displayName}</span>
      <span className="baken-user__organisation">{session.user.organisation.name}</span>
      <NavLink className="utrecht-link" to="/account/sessies">
        {t('nav.sessions')}
      </NavLink>
      <Button appearance="subtle" onClick={() => signOut.mutate()} busy={signOut.isPending}>
        {t('nav.signOut')}
      </Button>
    </div>
  );
}

export function Layout() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const signedIn = session.data?.stage === 'signedIn';
  const items = navItems(t).filter((item) => !item.capability || can(session.data, item.capability));
  return (
    <div className="baken-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t('nav.skipToContent')}
      </a>
      {session.data?.demo && <DemoBanner />}
      {signedIn && session.data && <SessionTimeout idleMinutes={session.data.idleMinutes} />}
      <header className="utrecht-page-header baken-header">
        <div className="baken-header__content">
          <NavLink to="/" className="baken-logo" aria-label={t('app.homeLink')}>
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span>Baken</span>
          </NavLink>
          {signedIn && session.data && <UserMenu session={session.data} />}
        </div>
        {signedIn && (
          <nav className="baken-nav" aria-label={t('nav.label')}>
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/' || item.to === '/noodtoegang'}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" className="baken-main">
        <Outlet />
      </main>
      <footer className="utrecht-page-footer baken-footer">
        <div className="baken-footer__content">
          <p className="utrecht-paragraph">{t('app.tagline')}</p>
          {i18n.language === 'en' ? (
            <button type="button" className="utrecht-link-button utrecht-link-button--html-button" lang="nl" onClick={() => setLanguage('nl')}>
              Nederlands
            </button>
          ) : (
            <button type="button" className="utrecht-link-button utrecht-link-button--html-button" lang="en" onClick={() => setLanguage('en')}>
              English
            </button>
          )}
        </div>
      </footer>
    </div>
  );
}
