// One youth's file: the name, how this user has access, and the sections as
// tabs. A colleague outside the case team is refused here and may ask for
// break-the-glass access with a reason.
import { NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../api/types';
import { Alert } from '../../ui/Alert';
import { formatDate, formatTime } from '../../ui/format';
import { ageOn } from '../../ui/calendar';
import { PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useOverview } from './api';
import { optionLabel } from '../../i18n/labels';
import { BreakGlassRequest } from './BreakGlassRequest';

export function useCaseFile(): Overview {
  return useOutletContext<Overview>();
}

export function CaseFileLayout() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const overview = useOverview(id);
  const { pathname } = useLocation();

  if (overview.isPending) return <Loading />;
  if (overview.isError) {
    if (overview.error.code === 'NOT_IN_CASE_TEAM') return <BreakGlassRequest youthId={id} message={overview.error.message} />;
    if (overview.error.code === 'NOT_FOUND') {
      return (
        <>
          <PageHeading title={t('caseFile.notFoundTitle')}>{t('caseFile.notFoundTitle')}</PageHeading>
          <Alert kind="warning">{overview.error.message}</Alert>
        </>
      );
    }
    return <LoadError error={overview.error} />;
  }
  const { youth, access } = overview.data;
  const name = `${youth.firstName} ${youth.lastName}`;
  const base = `/jongeren/${id}`;
  // The workflow from the first signal to aftercare, then the file itself.
  const groups: { label: string; links: { to: string; label: string; end?: boolean }[] }[] = [
    {
      label: t('fileNav.work'),
      links: [
        { to: `${base}/signalen`, label: t('fileNav.signals') },
        { to: `${base}/meldcode`, label: t('fileNav.reportingCode') },
        { to: `${base}/screening-en-risico`, label: t('fileNav.assessments') },
        { to: `${base}/veiligheidsplan`, label: t('fileNav.safetyPlan') },
        { to: `${base}/netwerk`, label: t('fileNav.network') },
        { to: `${base}/bezoek`, label: t('fileNav.visits') },
        { to: `${base}/hulpverleningsplan`, label: t('fileNav.carePlan') },
        { to: `${base}/plaatsing-en-medisch`, label: t('fileNav.medical') },
        { to: `${base}/nazorg`, label: t('fileNav.aftercare') },
      ],
    },
    {
      label: t('fileNav.police'),
      links: [
        { to: `${base}/vermissing`, label: t('fileNav.missing') },
        { to: `${base}/aangifte`, label: t('fileNav.policeReportDeliberation') },
        { to: `${base}/comensha`, label: t('fileNav.comensha') },
        { to: `${base}/verstrekkingen`, label: t('fileNav.disclosures') },
      ],
    },
    {
      label: t('fileNav.file'),
      links: [
        { to: base, label: t('caseFile.tabs.overview'), end: true },
        { to: `${base}/casusteam`, label: t('caseFile.tabs.caseTeam') },
        { to: `${base}/journaal`, label: t('caseFile.tabs.journal') },
        { to: `${base}/wie-keek-mee`, label: t('caseFile.tabs.accessLog') },
      ],
    },
  ];
  // The tab names the browser tab, never the youth: a name in the document title
  // lands in history and on every shared screen. Sub-pages (a disclosure, the
  // police sheet) take the tab they sit under.
  const links = groups.flatMap((g) => g.links);
  const tab = links
    .filter((link) => pathname === link.to || (!link.end && pathname.startsWith(`${link.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];
  const documentTitle = tab ? `${tab.label} — ${t('caseFile.documentTitle')}` : t('caseFile.documentTitle');
  return (
    <>
      <div className="baken-file-header">
        <p className="baken-pre-heading">{t('caseFile.preHeading')}</p>
        <PageHeading title={documentTitle}>{name}</PageHeading>
        <p className="utrecht-paragraph baken-file-header__meta">
          {formatDate(youth.dateOfBirth)} · {t('youth.age', { count: ageOn(youth.dateOfBirth) })} ·{' '}
          {optionLabel(t, 'livingSituations', youth.livingSituation)}
        </p>
      </div>
      {access.via === 'breakGlass' && access.breakGlassExpiresAt && (
        <Alert kind="warning" title={t('caseFile.breakGlassActiveTitle')}>
          <p className="utrecht-paragraph">{t('caseFile.breakGlassActive', { time: formatTime(access.breakGlassExpiresAt) })}</p>
        </Alert>
      )}
      {access.via === 'designatedOfficer' && (
        <Alert kind="info">
          <p className="utrecht-paragraph">{t('caseFile.asDesignatedOfficer')}</p>
        </Alert>
      )}
      {youth.closedOn && (
        <Alert kind="info">
          <p className="utrecht-paragraph">{t('records.closed', { date: formatDate(youth.closedOn), until: formatDate(youth.retentionUntil ?? youth.closedOn) })}</p>
        </Alert>
      )}
      <div className="baken-file">
        <nav className="baken-file-nav" aria-label={t('caseFile.tabsLabel')}>
          {groups.map((group) => (
            <div key={group.label}>
              <p className="baken-file-nav__group">{group.label}</p>
              <ul>
                {group.links.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} end={link.end ?? false}>
                      {link.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="baken-file__content">
          <Outlet context={overview.data} />
        </div>
      </div>
    </>
  );
}
