// What to do right after starting an episode. Urgent: call 112 now and tell the
// police which criteria hold and what shows each. Not urgent: report through
// the police's form or their general number. Either way: do not keep calling
// the youth. Shown until the call or the report is recorded.
import { useTranslation } from 'react-i18next';
import { POLICE_MISSING_FORM_URL, POLICE_NON_EMERGENCY } from '../../../../server/src/modules/missing/missing.options';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import type { Episode } from './api';

export function UrgencyAlert({ episode, takeFocus, busy, onCalled }: { episode: Episode; takeFocus: boolean; busy: boolean; onCalled?: () => void }) {
  const { t } = useTranslation();
  const battery = <p className="utrecht-paragraph">{t('missing.urgency.battery')}</p>;
  if (episode.urgent) {
    return (
      <div className="baken-call-112">
        <Alert kind="error" title={t('missing.urgency.call112Title')} takeFocus={takeFocus}>
          <p className="utrecht-paragraph">{t('missing.urgency.call112Intro')}</p>
          <ul className="baken-call-112__criteria">
            {episode.urgency.map((u) => (
              <li key={u.criterion}>
                <strong>{t(`missing.criteria.${u.criterion}`)}</strong>: {u.explanation}
              </li>
            ))}
          </ul>
          {battery}
          {onCalled && (
            <Button appearance="primary" busy={busy} onClick={onCalled}>
              {t('missing.urgency.called112')}
            </Button>
          )}
        </Alert>
      </div>
    );
  }
  return (
    <Alert kind="warning" title={t('missing.urgency.notUrgentTitle')} takeFocus={takeFocus}>
      <p className="utrecht-paragraph">
        {t('missing.urgency.notUrgentReport', { url: POLICE_MISSING_FORM_URL.replace('https://', ''), phone: POLICE_NON_EMERGENCY })}
      </p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={POLICE_MISSING_FORM_URL} target="_blank" rel="noopener noreferrer">
          {POLICE_MISSING_FORM_URL.replace('https://', '')}
        </a>
      </p>
      {battery}
    </Alert>
  );
}
