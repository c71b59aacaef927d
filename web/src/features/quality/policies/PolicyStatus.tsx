// Where a policy stands: withdrawn, its review overdue or due within 60 days.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/Badge';
import type { Policy } from './api';

export function ReviewBadge({ review, days }: { review: 'overdue' | 'dueSoon' | 'later' | null; days: number }) {
  const { t } = useTranslation();
  if (review === 'overdue') return <StatusBadge status="danger">{t('policies.review.overdue', { count: -days })}</StatusBadge>;
  if (review === 'dueSoon') return <StatusBadge status="warning">{days === 0 ? t('policies.review.dueToday') : t('policies.review.dueSoon', { count: days })}</StatusBadge>;
  return null;
}

export function PolicyStatus({ policy }: { policy: Pick<Policy, 'status' | 'review' | 'daysToReview'> }) {
  const { t } = useTranslation();
  if (policy.status === 'withdrawn') return <StatusBadge status="inactive">{t('policies.statuses.withdrawn')}</StatusBadge>;
  return (
    <>
      <StatusBadge status="success">{t('policies.statuses.current')}</StatusBadge> <ReviewBadge review={policy.review} days={policy.daysToReview} />
    </>
  );
}
