// The shell around every page: skip link, demo banner, header with the
// organisation and the user, navigation by capability, and the footer.
// The daily items stand in the menu bar; oversight and management sit in two
// disclosure menus, so a designated officer's fourteen items fit one row; on a
// phone the whole menu folds behind one button.
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
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
  /** Oversight and management items go in a disclosure menu of that name; the rest stand in the bar. */
  group?: 'oversight' | 'management';
}

function navItems(t: TFunction): NavItem[] {
  return [
    { to: '/', label: t('nav.home') },
    { to: '/jongeren', label: t('nav.youths'), capability: 'caseData.access' },
    { to: '/vermist', label: t('nav.missingNow'), capability: 'caseData.access' },
    { to: '/noodtoegang', label: t('nav.breakGlass'), capability: 'caseData.access' },
    { to: '/ontvangen', label: t('nav.received'), capability: 'disclosure.receive' },
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
    { to: '/noodtoegang/beoordelen', label: t('nav.breakGlassReview'), capability: 'breakGlass.review', group: 'oversight' },
    { to: '/verstrekkingen', label: t('nav.disclosures'), capability: 'disclosure.readOrganisation', group: 'oversight' },
    { to: '/comensha', label: t('nav.comensha'), capability: 'comensha.readRegister', group: 'oversight' },
    { to: '/logboek', label: t('nav.audit'), capability: 'audit.searchOrganisation', group: 'oversight' },
    { to: '/beheer/gebruikers', label: t('nav.users'), capability: 'organisation.manageUsers', group: 'management' },
    { to: '/beheer/teams', label: t('nav.teams'), capability: 'organisation.manageTeams', group: 'management' },
    { to: '/beheer/inloggen-via-organisatie', label: t('nav.singleSignOn'), capability: 'organisation.manageSignIn', group: 'management' },
  ];
}

function NavItemLink({ item }: { item: NavItem }) {
  return (
    <NavLink to={item.to} end={item.to === '/' || item.to === '/noodtoegang'}>
      {item.label}
    </NavLink>
  );
}

const isWithin = (path: string, to: string) => path === to || path.startsWith(`${to}/`);

/**
 * A disclosure menu: a button with aria-expanded that shows a list of links.
 * Escape closes it and puts focus back on the button; it also closes when
 * focus or a click goes elsewhere, and after following one of its links.
 */
function NavGroup({ label, items }: { label: string; items: NavItem[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLLIElement>(null);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  };
  const onBlur = (event: FocusEvent) => {
    if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  const current = items.some((item) => isWithin(pathname, item.to));
  return (
    <li className="baken-nav__group" ref={root} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className={`baken-nav__group-button${current ? ' baken-nav__group-button--current' : ''}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span className="baken-nav__chevron" aria-hidden="true" />
      </button>
      <ul id={id} className="baken-nav__group-list" hidden={!open}>
        {items.map((item) => (
          <li key={item.to}>
            <NavItemLink item={item} />
          </li>
        ))}
      </ul>
    </li>
  );
}

function MainNav({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  const listId = useId();
  const bar = items.filter((item) => !item.group);
  const oversight = items.filter((item) => item.group === 'oversight');
  const management = items.filter((item) => item.group === 'management');
  return (
    <nav className="baken-nav" aria-label={t('nav.label')}>
      {/* Only shown on narrow screens (CSS): there the menu would push the page down by three rows. */}
      <button type="button" className="baken-nav__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        {t('nav.menu')}
        <span className="baken-nav__chevron" aria-hidden="true" />
      </button>
      <ul id={listId} className={`baken-nav__list${open ? ' baken-nav__list--open' : ''}`}>
        {bar.map((item) => (
          <li key={item.to}>
            <NavItemLink item={item} />
          </li>
        ))}
        {oversight.length > 0 && <NavGroup label={t('nav.oversight')} items={oversight} />}
        {management.length > 0 && <NavGroup label={t('nav.management')} items={management} />}
      </ul>
    </nav>
  );
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
        {signedIn && <MainNav items={items} />}
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
