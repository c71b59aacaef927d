// The staff expertise register (/kwaliteit/deskundigheid): per team the ratio
// of registered to unregistered staff with relevant training (inspection
// expectations 5.2.1 and 5.2.2) as a chart and a table, the registrations that
// expire soon, and the staff list; one colleague's trainings and registrations
// open below it, where the quality officer records, changes and withdraws them.
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { can, useSession } from '../../../app/session';
import { Alert } from '../../../ui/Alert';
import { StatusBadge } from '../../../ui/Badge';
import { TextLink } from '../../../ui/Button';
import { formatDate } from '../../../ui/format';
import { Heading2, PageHeading } from '../../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../../ui/States';
import { Cell, Row, Table } from '../../../ui/Table';
import { RATIOS_CSV_URL, useExpertise, type Reminder } from './api';
import { PersonPanel, RegistrationBadge } from './PersonPanel';
import { RatioChart, RatioTable } from './RatioChart';
import './expertise.css';
import { BackLink } from '../../../ui/BackLink';

/** "Verloopt over 30 dagen" / "Verlopen sinds 3 dagen". */
export function ExpiryText({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days < 0) return <>{t('expertise.reminders.expired', { count: -days })}</>;
  if (days === 0) return <>{t('expertise.reminders.expiresToday')}</>;
  return <>{t('expertise.reminders.expiresIn', { count: days })}</>;
}

export function registerName(t: TFunction, r: { register: Reminder['register']; registerName: string | null }): string {
  return r.register === 'other' && r.registerName ? r.registerName : String(t(`expertise.registers.${r.register}` as 'expertise.registers.skj'));
}

export function ExpertisePage() {
  const { t } = useTranslation();
  const session = useSession();
  const manage = can(session.data, 'quality.manage');
  const overview = useExpertise();
  const [params, setParams] = useSearchParams();
  const selected = params.get('medewerker');
  const [notice, setNotice] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected) panel.current?.scrollIntoView({ block: 'start' });
  }, [selected]);
  const data = overview.data;
  return (
    <>
      <PageHeading title={t('expertise.title')}>{t('expertise.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('expertise.intro')}</p>
      <BackLink to="/kwaliteit">{t('expertise.toQuality')}</BackLink>
      {notice && (
        <Alert kind="ok" takeFocus>
          {notice}
        </Alert>
      )}
      {overview.isPending && <Loading />}
      {overview.isError && <LoadError error={overview.error} />}
      {data && (
        <>
          {data.reminders.length > 0 && (
            <Alert kind="warning" title={t('expertise.reminders.title')}>
              <p className="utrecht-paragraph">{t('expertise.reminders.intro', { count: data.reminders.length })}</p>
              <ul className="utrecht-unordered-list">
                {data.reminders.map((r) => (
                  <li key={r.registrationId} className="utrecht-unordered-list__item">
                    <TextLink to={{ search: `?medewerker=${r.userId}` }}>{r.displayName}</TextLink>, {registerName(t, r)} {t('expertise.staff.until', { date: formatDate(r.expiresOn) })}: <ExpiryText days={r.daysToExpiry} />
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          <section className="baken-section" aria-labelledby="expertise-ratios">
            <Heading2 id="expertise-ratios">{t('expertise.ratios.title')}</Heading2>
            <p className="utrecht-paragraph baken-hint">
              {t('expertise.today', { date: formatDate(data.today) })} {t('expertise.counted')}
            </p>
            {data.staff.length === 0 ? (
              <EmptyState title={t('expertise.ratios.none')} />
            ) : (
              <>
                <RatioChart ratios={data.ratios} />
                <RatioTable ratios={data.ratios} />
              </>
            )}
            <p className="utrecht-paragraph">
              <a className="utrecht-link" href={RATIOS_CSV_URL} download>
                {t('expertise.ratios.csv')}
              </a>
            </p>
          </section>
          <section className="baken-section" aria-labelledby="expertise-staff">
            <Heading2 id="expertise-staff">{t('expertise.staff.title')}</Heading2>
            {data.staff.length === 0 ? (
              <EmptyState title={t('expertise.staff.empty')} />
            ) : (
              <Table caption={t('expertise.staff.caption')} captionHidden head={[t('expertise.staff.name'), t('expertise.staff.teams'), t('expertise.staff.registration'), t('expertise.staff.trainings')]}>
                {data.staff.map((s) => (
                  <Row key={s.userId}>
                    <Cell header>
                      <TextLink to={{ search: `?medewerker=${s.userId}` }} aria-label={t('expertise.staff.open', { name: s.displayName })} aria-current={selected === s.userId ? 'true' : undefined}>
                        {s.displayName}
                      </TextLink>
                    </Cell>
                    <Cell>{s.teams.length > 0 ? s.teams.map((team) => team.name).join(', ') : <span className="baken-hint">{t('expertise.staff.noTeam')}</span>}</Cell>
                    <Cell>
                      {s.registration ? (
                        <>
                          {registerName(t, s.registration)} <RegistrationBadge state={s.registration.state} days={s.registration.daysToExpiry} />
                          <span className="baken-cell-sub">{t('expertise.staff.until', { date: formatDate(s.registration.expiresOn) })}</span>
                        </>
                      ) : (
                        <StatusBadge status="danger">{t('expertise.staff.noRegistration')}</StatusBadge>
                      )}
                    </Cell>
                    <Cell>
                      {s.trainings === 0 ? (
                        <span className="baken-hint">{t('expertise.staff.noTrainings')}</span>
                      ) : (
                        <>
                          {t('expertise.staff.trainingsCount', { count: s.trainings, relevant: s.relevantTrainings, accredited: s.accreditedTrainings })}
                          {s.lastTrainingOn && <span className="baken-cell-sub">{t('expertise.staff.lastTraining', { date: formatDate(s.lastTrainingOn) })}</span>}
                        </>
                      )}
                    </Cell>
                  </Row>
                ))}
              </Table>
            )}
          </section>
          <div ref={panel}>
            {selected && (
              <PersonPanel
                key={selected}
                userId={selected}
                manage={manage}
                onNotice={setNotice}
                onClose={() => {
                  setNotice(null);
                  setParams({});
                }}
              />
            )}
          </div>
        </>
      )}
    </>
  );
}
