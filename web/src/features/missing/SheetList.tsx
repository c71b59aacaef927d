// The police information sheets handed over in an episode, each with its PDF:
// exactly what went, to whom and when.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { Heading3 } from '../../ui/Heading';
import { sheetPdfPath, type Episode } from './api';

export function SheetList({ youthId, episode }: { youthId: string; episode: Episode }) {
  const { t } = useTranslation();
  if (episode.sheets.length === 0) return null;
  const headingId = `sheets-${episode.id}`;
  return (
    <>
      <Heading3 id={headingId}>{t('missing.episode.sheetsTitle')}</Heading3>
      <ul className="baken-plain-list" aria-labelledby={headingId}>
        {episode.sheets.map((sheet) => (
          <li key={sheet.disclosureId}>
            {t('missing.episode.sheetHandedOver', { recipient: sheet.recipientName, date: formatDateTime(sheet.disclosedAt) })}
            {sheet.delivered && <> ({t('missing.episode.sheetInBaken')})</>} ·{' '}
            {/* A plain link: the browser's own viewer shows and prints it, and the server records the printing. */}
            <a className="utrecht-link utrecht-link--html-a" href={sheetPdfPath(youthId, episode.id, sheet.disclosureId)} target="_blank" rel="noopener noreferrer">
              {t('missing.episode.sheetPdf')}
              <span className="baken-visually-hidden">, {t('missing.episode.sheetPdfFor', { recipient: sheet.recipientName })}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
