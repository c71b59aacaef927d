// A clear notice above the network when the analysis was not made with the
// youth, not explained to them, or is older than three months: the seed asks
// for an analysis made together and kept current for when the youth goes missing.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../ui/Alert';
import { todayIso } from '../../../../ui/calendar';
import { formatDate } from '../../../../ui/format';
import { analysisConcerns, type NetworkAnalysis } from './networkModel';

export function AnalysisNotice({ analysis, hasNetwork }: { analysis: NetworkAnalysis | null; hasNetwork: boolean }) {
  const { t } = useTranslation();
  const concerns = analysisConcerns(analysis, todayIso(), hasNetwork);
  if (concerns.length === 0) return null;
  return (
    <Alert kind="warning" title={t('network.notice.title')}>
      <ul className="utrecht-unordered-list">
        {concerns.map((c) => (
          <li key={c} className="utrecht-unordered-list__item">
            {t(`network.notice.${c}`, { date: analysis ? formatDate(analysis.lastReviewedOn) : '' })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
