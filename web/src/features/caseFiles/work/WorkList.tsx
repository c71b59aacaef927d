// The case worker's start: what needs doing in the files of their case teams,
// each item a link to the step it is about.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, type ApiError } from '../../../api/http';
import { formatDate, formatDateTime } from '../../../ui/format';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../../ui/States';

interface Item {
  youthId: string;
  name: string;
  count?: number;
  dueOn?: string;
  overdue?: boolean;
  since?: string;
}

interface WorkListData {
  files: number;
  signalsToDiscuss: Item[];
  reviewsDue: Item[];
  safetyPlansToReview: Item[];
  withoutInitialRiskAssessment: Item[];
  missingNow: Item[];
  missingFollowUp: Item[];
}

export function WorkList() {
  const { t } = useTranslation();
  const list = useQuery<WorkListData, ApiError>({ queryKey: ['workList'], queryFn: () => api.get('/api/work-list') });
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} />;
  const data = list.data;
  const groups = [
    { key: 'missing', title: t('missing.workList.missingNow'), items: data.missingNow, step: 'vermissing', text: (i: Item) => t('missing.workList.missingSince', { date: formatDateTime(i.since!) }) },
    { key: 'missingFollowUp', title: t('missing.workList.followUp'), items: data.missingFollowUp, step: 'vermissing', text: (i: Item) => t('missing.workList.followUpItem', { count: i.count ?? 0 }) },
    { key: 'signals', title: t('workList.signals'), items: data.signalsToDiscuss, step: 'signalen', text: (i: Item) => t('workList.signalsItem', { count: i.count ?? 0 }) },
    {
      key: 'reviews',
      title: t('workList.reviews'),
      items: data.reviewsDue,
      step: 'hulpverleningsplan',
      text: (i: Item) => (i.overdue ? t('workList.reviewOverdue', { date: formatDate(i.dueOn!) }) : t('workList.reviewDue', { date: formatDate(i.dueOn!) })),
    },
    { key: 'plans', title: t('workList.safetyPlans'), items: data.safetyPlansToReview, step: 'veiligheidsplan', text: (i: Item) => t('workList.planOverdue', { date: formatDate(i.dueOn!) }) },
    { key: 'risk', title: t('workList.risk'), items: data.withoutInitialRiskAssessment, step: 'screening-en-risico', text: () => t('workList.riskItem') },
  ].filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="work-list-heading" className="baken-section">
      <Heading2 id="work-list-heading">{t('workList.title')}</Heading2>
      <p className="utrecht-paragraph">{t('workList.intro', { count: data.files })}</p>
      {groups.length === 0 && data.files > 0 && <EmptyState title={t('workList.nothing')} />}
      <div className="baken-work-list">
        {groups.map((group) => (
          <section key={group.key} aria-labelledby={`work-${group.key}`} className="baken-card">
            <Heading3 id={`work-${group.key}`}>
              {group.title} ({group.items.length})
            </Heading3>
            <ul className="baken-plain-list">
              {group.items.map((item) => (
                <li key={item.youthId} className={item.overdue ? 'baken-overdue' : undefined}>
                  <Link className="utrecht-link" to={`/jongeren/${item.youthId}/${group.step}`}>
                    {item.name}
                  </Link>
                  : {group.text(item)}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
