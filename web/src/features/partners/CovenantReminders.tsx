// On the start page of those who keep the covenants: the ones to evaluate
// within 30 days, and the overdue ones. Nothing to show, nothing shown.
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/Button';
import { formatDate } from '../../ui/format';
import { Heading2 } from '../../ui/Heading';
import { LoadError } from '../../ui/States';
import { useCovenantReminders } from './api';
import { EvaluationBadge } from './CovenantsPage';

export function CovenantReminders() {
  const { t } = useTranslation();
  const reminders = useCovenantReminders();
  if (reminders.isError) return <LoadError error={reminders.error} />;
  if (!reminders.data || reminders.data.length === 0) return null;
  return (
    <section aria-labelledby="covenant-reminders" className="baken-section">
      <Heading2 id="covenant-reminders">{t('covenants.remindersTitle')}</Heading2>
      <ul className="baken-step-links">
        {reminders.data.map((c) => (
          <li key={c.id} className="baken-step-links__attention">
            <TextLink to={`/partners/convenanten/${c.id}`}>{c.title}</TextLink>
            <span className="baken-cell-sub">
              {t('covenants.evaluationOnDate', { date: formatDate(c.evaluationOn) })} <EvaluationBadge covenant={c} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
