import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { formatDate, formatDateTime } from '../../ui/format';
import { ageOn } from '../../ui/calendar';
import { Heading2 } from '../../ui/Heading';
import { EmptyState } from '../../ui/States';
import { useCaseFile } from './CaseFileLayout';
import { optionLabel, rolesLabel } from '../../i18n/labels';
import { CaseSteps } from './work/CaseSteps';
import { optionText } from './work/fieldSpecs';
import type { Overview } from '../../api/types';

type TimelineItem = Overview['timeline'][number];

/** Records that carry a date, not a time: their place on the timeline is the day. */
const DATE_ONLY = new Set<TimelineItem['kind']>(['journalEntry', 'signal', 'riskAssessment', 'careReview']);

function TimelineLabel({ item }: { item: TimelineItem }) {
  const { t } = useTranslation();
  switch (item.kind) {
    case 'journalEntry':
      return (
        <>
          <strong>{optionLabel(t, 'journalCategories', item.category ?? '')}:</strong> {item.label}
        </>
      );
    case 'signal':
      return (
        <>
          <strong>{t('caseFile.timelineSignal', { form: optionText(t, 'signalForms', item.category).toLowerCase() })}:</strong> {item.label}
        </>
      );
    case 'riskAssessment':
      return <>{t(item.category === 'initial' ? 'caseFile.timelineRiskAssessmentInitial' : 'caseFile.timelineRiskAssessment', { level: optionText(t, 'riskLevels', item.label).toLowerCase() })}</>;
    case 'safetyPlanSignedOff':
      return <>{t('caseFile.timelineSafetyPlan', { version: item.label })}</>;
    case 'careReview':
      return <>{t('caseFile.timelineCareReview')}</>;
    case 'missingEpisode':
      return <>{t(item.category === 'open' ? 'caseFile.timelineMissingOpen' : 'caseFile.timelineMissing')}</>;
    case 'caseTeamMemberAdded':
      return <>{t('caseFile.timelineMemberAdded', { name: item.label })}</>;
    case 'fileCreated':
      return <>{t('caseFile.timelineCreated')}</>;
  }
}

export function CaseFileOverviewPage() {
  const { t } = useTranslation();
  const { youth, access, caseTeam, timeline } = useCaseFile();
  const notice = ((useLocation().state ?? {}) as { notice?: string }).notice;
  const option = (group: Parameters<typeof optionLabel>[1], value: string) => optionLabel(t, group, value);
  return (
    <>
      {notice === 'created' && <Alert kind="ok">{t('caseFile.created')}</Alert>}
      {notice === 'updated' && <Alert kind="ok">{t('caseFile.updated')}</Alert>}
      <CaseSteps youthId={youth.id} />
      <div className="baken-columns">
        <section aria-labelledby="details-heading">
          <Heading2 id="details-heading">{t('caseFile.details')}</Heading2>
          <DataList
            items={[
              { key: t('youth.name'), value: `${youth.firstName} ${youth.lastName}` },
              { key: t('youth.dateOfBirth'), value: `${formatDate(youth.dateOfBirth)} (${t('youth.age', { count: ageOn(youth.dateOfBirth) })})` },
              { key: t('youth.gender'), value: option('genders', youth.gender) },
              { key: t('youth.bsn'), value: youth.bsn },
              { key: t('youth.language'), value: youth.language },
              { key: t('youth.phone'), value: youth.phone },
              { key: t('youth.email'), value: youth.email },
              { key: t('youth.address'), value: youth.address },
              { key: t('youth.livingSituation'), value: option('livingSituations', youth.livingSituation) },
              { key: t('youth.legalFramework'), value: option('legalFrameworks', youth.legalFramework) },
              { key: t('youth.lvbIndication'), value: option('lvbIndications', youth.lvbIndication) },
            ]}
          />
          <ButtonGroup>
            {access.canUpdate && (
              <ButtonLink to={`/jongeren/${youth.id}/gegevens-wijzigen`} appearance="secondary">
                {t('caseFile.edit')}
              </ButtonLink>
            )}
            <Button appearance="subtle" onClick={() => window.print()}>
              {t('common.print')}
            </Button>
          </ButtonGroup>
        </section>
        <section aria-labelledby="team-heading">
          <Heading2 id="team-heading">{t('caseFile.tabs.caseTeam')}</Heading2>
          <ul className="utrecht-unordered-list baken-plain-list">
            {caseTeam.map((m) => (
              <li key={m.userId} className="utrecht-unordered-list__item">
                <strong>{m.displayName}</strong> — {rolesLabel(t, m.roles)}
                {m.teamRole === 'lead' && <> ({t('caseTeam.lead')})</>}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="timeline-heading">
        <Heading2 id="timeline-heading">{t('caseFile.timeline')}</Heading2>
        {timeline.length === 0 ? (
          <EmptyState title={t('caseFile.timelineEmpty')} />
        ) : (
          <ol className="baken-timeline">
            {timeline.map((item, i) => (
              <li key={i} className="baken-timeline__item">
                <time dateTime={item.at}>{DATE_ONLY.has(item.kind) ? formatDate(item.at) : formatDateTime(item.at)}</time>
                <span className="baken-timeline__label">
                  <TimelineLabel item={item} />
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
