// The registrations made, each with its copy as PDF, and the form for a new one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import { Heading2, Heading3 } from '../../ui/Heading';
import { EmptyState } from '../../ui/States';
import { copyHref, type ComenshaFile } from './api';
import { RegistrationForm } from './RegistrationForm';

export function RegistrationSection({ youthId, file, canUpdate }: { youthId: string; file: ComenshaFile; canUpdate: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(0);
  return (
    <section aria-labelledby="comensha-registration" className="baken-record-section">
      <Heading2 id="comensha-registration">{t('comensha.registration.title')}</Heading2>
      <p className="utrecht-paragraph">{t('comensha.registration.intro', { recipient: file.recipientName })}</p>
      {saved > 0 && !adding && (
        <Alert kind="ok" takeFocus key={saved}>
          {t('comensha.registration.saved')}
        </Alert>
      )}
      {canUpdate && !adding && (
        <p className="utrecht-paragraph">
          <Button appearance="secondary" onClick={() => setAdding(true)}>
            {t('comensha.registration.add')}
          </Button>
        </p>
      )}
      {adding && (
        <div className="baken-card">
          <RegistrationForm youthId={youthId} file={file} onDone={() => (setAdding(false), setSaved((n) => n + 1))} onCancel={() => setAdding(false)} />
        </div>
      )}
      {file.registrations.length === 0 && !adding && <EmptyState title={t('comensha.registration.none')} />}
      {file.registrations.length > 0 && (
        <ol className="baken-records">
          {file.registrations.map((r) => (
            <li key={r.id} className="baken-card">
              <Heading3>{t('comensha.registration.item', { date: formatDateTime(r.registeredAt) })}</Heading3>
              <p className="utrecht-paragraph">
                <strong>{t(`comensha.options.forms.${r.form}`)}</strong> · {r.place} · {r.period}
              </p>
              <p className="utrecht-paragraph baken-print-link">
                <a className="utrecht-link utrecht-link--html-a" href={copyHref(youthId, r.id)} target="_blank" rel="noopener noreferrer">
                  {t('comensha.registration.print')}
                  <span className="baken-visually-hidden">, {t('comensha.registration.printFor', { date: formatDateTime(r.registeredAt) })}</span>
                </a>
              </p>
              <p className="baken-record__meta">
                {t('comensha.registration.meta', { decider: r.decidedByName ?? '—', name: r.recordedByName ?? '—', recipient: r.recipientName })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
