// The quality hub: where the current self-assessment stands per core element,
// and the ways into the organisation's quality work (self-assessment,
// indicators, expertise, policies, its own inspections).
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, Heading2 } from '../../ui/Heading';
import { ButtonLink } from '../../ui/Button';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { formatDate } from '../../ui/format';
import { can, useSession } from '../../app/session';
import { useAssessment, useAssessments, useQualityFramework, type AssessmentListItem } from './selfAssessment/api';
import { SummaryTable } from './selfAssessment/SummaryChart';
import { assessedCount } from './selfAssessment/words';
import './selfAssessment/selfAssessment.css';

function CurrentProgress({ current }: { current: AssessmentListItem }) {
  const { t } = useTranslation();
  const assessment = useAssessment(current.id);
  const framework = useQualityFramework();
  return (
    <>
      <p className="utrecht-paragraph">
        <strong>{current.title}</strong>: {t('qualityHub.progress', { assessed: assessedCount(current.criteria), total: current.criteria.total, date: formatDate(current.startedOn) })}
      </p>
      {assessment.isPending || framework.isPending ? (
        <Loading />
      ) : assessment.isError ? (
        <LoadError error={assessment.error} />
      ) : framework.isError ? (
        <LoadError error={framework.error} />
      ) : (
        <SummaryTable assessment={assessment.data} framework={framework.data} caption={t('qualityHub.perElementCaption')} />
      )}
      <p className="utrecht-paragraph">
        <ButtonLink appearance="primary" to={`/kwaliteit/zelfevaluatie/${current.id}`}>
          {t('qualityHub.openCurrent')}
        </ButtonLink>
      </p>
    </>
  );
}

export function QualityPage() {
  const { t } = useTranslation();
  const session = useSession();
  const assessments = useAssessments();
  const manage = can(session.data, 'quality.manage');
  const current = assessments.data?.find((a) => a.open);
  const links = [
    { to: '/kwaliteit/zelfevaluatie', key: 'selfAssessment' },
    { to: '/kwaliteit/indicatoren', key: 'indicators' },
    { to: '/kwaliteit/deskundigheid', key: 'expertise' },
    { to: '/protocollen', key: 'policies' },
    { to: '/kwaliteit/inspecties', key: 'inspections' },
    // Only the quality officer shares the self-assessment date in the provider directory.
    ...(manage ? ([{ to: '/aanbieders/eigen-vermelding', key: 'directoryEntry' }] as const) : []),
  ] as const;
  return (
    <>
      <PageHeading title={t('nav.quality')}>{t('nav.quality')}</PageHeading>
      <p className="utrecht-paragraph">{t('qualityHub.intro')}</p>
      <section className="baken-section" aria-labelledby="quality-current">
        <Heading2 id="quality-current">{t('qualityHub.currentTitle')}</Heading2>
        {assessments.isPending ? (
          <Loading />
        ) : assessments.isError ? (
          <LoadError error={assessments.error} />
        ) : current ? (
          <CurrentProgress current={current} />
        ) : (
          <EmptyState title={t('qualityHub.noCurrent')}>
            <p className="utrecht-paragraph">{t('qualityHub.noCurrentText')}</p>
            {manage ? (
              <ButtonLink appearance="primary" to="/kwaliteit/zelfevaluatie">
                {t('qualityHub.startFirst')}
              </ButtonLink>
            ) : (
              <p className="utrecht-paragraph">{t('qualityHub.noCurrentReadOnly')}</p>
            )}
          </EmptyState>
        )}
      </section>
      <section className="baken-section" aria-labelledby="quality-sections">
        <Heading2 id="quality-sections">{t('qualityHub.sectionsTitle')}</Heading2>
        <ul className="baken-tasks">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to} className="baken-task">
                <span className="baken-task__title">{t(`qualityHub.links.${link.key}.title`)}</span>
                <span className="baken-task__text">{t(`qualityHub.links.${link.key}.text`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
