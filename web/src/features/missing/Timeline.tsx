// The timeline of an episode: what happened when, how long after the youth was
// last seen, and who recorded it.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../ui/format';
import type { Episode, EpisodeEvent } from './api';
import { elapsedText } from './time';

export function eventLabel(t: TFunction, kind: EpisodeEvent['kind']): string {
  switch (kind) {
    case 'started':
    case 'detailsUpdated':
    case 'sheetHandedOver':
    case 'transferred':
    case 'returned':
    case 'medicalCheck':
      return t(`missing.events.${kind}`);
    default:
      return t(`missing.steps.${kind}`);
  }
}

export function Timeline({ episode, headingId }: { episode: Episode; headingId: string }) {
  const { t } = useTranslation();
  return (
    <ol className="baken-timeline baken-missing-timeline" aria-labelledby={headingId}>
      {episode.events.map((event) => (
        <li key={event.id} className="baken-timeline__item">
          <p className="utrecht-paragraph">
            <strong>{eventLabel(t, event.kind)}</strong>
            {event.note && <> — {event.note}</>}
          </p>
          <p className="baken-hint">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            {event.kind !== 'started' && <> · {t('missing.episode.elapsedAt', { elapsed: elapsedText(t, episode.lastSeenAt, new Date(event.at).getTime()) })}</>}
            {event.recordedByName && <> · {t('missing.episode.recordedBy', { name: event.recordedByName })}</>}
          </p>
        </li>
      ))}
    </ol>
  );
}
