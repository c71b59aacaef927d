// On the youth's file (the disclosures page), for the organisation that
// brought the youth in: the case conferences where this youth was discussed by
// name. Other organisations never reach this: the link lives behind the
// bringing organisation's row-level security.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/Badge';
import { TextLink } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import { Heading2 } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { useFileCases } from './api';

export function FileConferencesSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const cases = useFileCases(youthId);
  return (
    <section aria-labelledby="file-conferences" className="baken-record-section">
      <Heading2 id="file-conferences">{t('caseConferences.file.title')}</Heading2>
      {cases.isPending && <Loading />}
      {cases.isError && <LoadError error={cases.error} />}
      {cases.data?.cases.length === 0 && <p className="utrecht-paragraph baken-hint">{t('caseConferences.file.none')}</p>}
      {cases.data && cases.data.cases.length > 0 && (
        <ul className="baken-plain-list">
          {cases.data.cases.map((c) => (
            <li key={c.caseId}>
              <TextLink to={`/zorgtafels/${c.conferenceId}`}>{c.conferenceTitle}</TextLink> — {formatDateTime(c.startsAt)}{' '}
              <StatusBadge status={c.status === 'planned' ? 'active' : 'neutral'}>{t(`caseConferences.statuses.${c.status}`)}</StatusBadge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
