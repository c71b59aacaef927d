// One youth's file: the name, how this user has access, and the sections as
// tabs. A colleague outside the case team is refused here and may ask for
// break-the-glass access with a reason.
import { NavLink, Outlet, useOutletContext, useParams } from 'react-router';
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
  const tabs = [
    { to: `/jongeren/${id}`, label: t('caseFile.tabs.overview'), end: true },
    { to: `/jongeren/${id}/casusteam`, label: t('caseFile.tabs.caseTeam') },
    { to: `/jongeren/${id}/journaal`, label: t('caseFile.tabs.journal') },
    { to: `/jongeren/${id}/wie-keek-mee`, label: t('caseFile.tabs.accessLog') },
  ];
  return (
    <>
      <div className="baken-file-header">
        <p className="baken-pre-heading">{t('caseFile.preHeading')}</p>
        <PageHeading title={t('caseFile.documentTitle')}>{name}</PageHeading>
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
      <nav className="baken-tabs" aria-label={t('caseFile.tabsLabel')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end}>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={overview.data} />
    </>
  );
}
