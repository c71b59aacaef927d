// When the plan is next to be reviewed, and how urgent that is: a warning from
// fourteen days before, an error once the date has passed. A closed file has
// no reviews ahead, so it shows none.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../ui/Alert';
import { todayIso } from '../../../../ui/calendar';
import { formatDate } from '../../../../ui/format';
import { LoadError } from '../../../../ui/States';
import { useCaseFile } from '../../CaseFileLayout';
import { reviewUrgency } from './schedule';
import { useReviewDue } from './useReviewDue';

export function ReviewDueNotice() {
  const { t } = useTranslation();
  const { youth } = useCaseFile();
  const { due, error } = useReviewDue();
  if (youth.closedOn) return null;
  if (error) return <LoadError error={error} />;
  if (!due) return null;
  const { urgency, days } = reviewUrgency(due.on, todayIso());
  const date = formatDate(due.on);
  const basis = <p className="utrecht-paragraph baken-review-due__basis">{t(`carePlan.reviewDue.basis.${due.basis}`)}</p>;
  if (urgency === 'later') {
    return (
      <div className="baken-review-due">
        <p className="utrecht-paragraph">{t('carePlan.reviewDue.later', { date })}</p>
        {basis}
      </div>
    );
  }
  return (
    <Alert kind={urgency === 'overdue' ? 'error' : 'warning'} title={t(`carePlan.reviewDue.title.${urgency}`)}>
      <p className="utrecht-paragraph">
        {urgency === 'overdue'
          ? t('carePlan.reviewDue.overdue', { count: days, date })
          : days === 0
            ? t('carePlan.reviewDue.today', { date })
            : t('carePlan.reviewDue.soon', { count: days, date })}
      </p>
      {basis}
      <p className="utrecht-paragraph">{t('carePlan.reviewDue.rule')}</p>
    </Alert>
  );
}
