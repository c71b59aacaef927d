// For a provider's quality officer: the directory entries linked to their
// organisation, and sharing (or no longer sharing) the date of the latest
// closed self-assessment. The date is copied at the moment of sharing; the
// page says so. Stopping asks first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDate, formatDateTime } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { useOwnEntries, useShareSelfAssessment } from './api';
import './providerDirectory.css';

export function OwnEntryPage() {
  const { t } = useTranslation();
  const own = useOwnEntries();
  const share = useShareSelfAssessment();
  const [stopping, setStopping] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const send = (id: string, value: boolean) => {
    setError(null);
    setNotice(null);
    share.mutate(
      { id, share: value },
      {
        onSuccess: (result) => {
          setStopping(null);
          const date = result.entries.find((e) => e.id === id)?.selfAssessment?.date;
          setNotice({ text: value && date ? t('providerDirectory.own.didShare', { date: formatDate(date) }) : t('providerDirectory.own.didStop'), key: Date.now() });
        },
        onError: (e) => {
          setStopping(null);
          setError(e);
        },
      },
    );
  };

  const stoppingEntry = own.data?.entries.find((e) => e.id === stopping);
  return (
    <>
      <PageHeading title={t('providerDirectory.own.title')}>{t('providerDirectory.own.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('providerDirectory.own.intro')}</p>
      <p className="utrecht-paragraph">{t('providerDirectory.own.how')}</p>
      {notice && (
        <Alert kind="ok" takeFocus key={notice.key}>
          {notice.text}
        </Alert>
      )}
      {error && <Alert kind="error">{error.message}</Alert>}
      {own.isPending && <Loading />}
      {own.isError && <LoadError error={own.error} />}
      {own.data && (
        <>
          <p className="utrecht-paragraph">
            {own.data.latestClosedSelfAssessment ? t('providerDirectory.own.latest', { date: formatDate(own.data.latestClosedSelfAssessment) }) : t('providerDirectory.own.noClosed')}
          </p>
          {own.data.entries.length === 0 && (
            <EmptyState title={t('providerDirectory.own.noEntries')}>
              <p className="utrecht-paragraph">{t('providerDirectory.own.noEntriesHint')}</p>
            </EmptyState>
          )}
          {own.data.entries.map((entry) => (
            <section key={entry.id} aria-labelledby={`own-${entry.id}`} className="baken-section">
              <Heading2 id={`own-${entry.id}`}>{t('providerDirectory.own.directoryEntry', { name: entry.name })}</Heading2>
              <p className="utrecht-paragraph">
                {entry.selfAssessment
                  ? t('providerDirectory.own.sharedOn', { date: formatDate(entry.selfAssessment.date), sharedAt: formatDateTime(entry.selfAssessment.sharedAt) })
                  : t('providerDirectory.own.notShared')}
              </p>
              <ButtonGroup>
                {own.data.latestClosedSelfAssessment && (
                  <Button appearance="primary" busy={share.isPending} onClick={() => send(entry.id, true)}>
                    {entry.selfAssessment ? t('providerDirectory.own.reshare') : t('providerDirectory.own.share')}
                  </Button>
                )}
                {entry.selfAssessment && (
                  <Button appearance="danger" onClick={() => setStopping(entry.id)}>
                    {t('providerDirectory.own.stop')}
                  </Button>
                )}
              </ButtonGroup>
            </section>
          ))}
          <ConfirmDialog
            open={stoppingEntry !== undefined}
            title={t('providerDirectory.own.stopConfirmTitle')}
            confirmLabel={t('providerDirectory.own.stopConfirm')}
            busy={share.isPending}
            onCancel={() => setStopping(null)}
            onConfirm={() => stopping && send(stopping, false)}
          >
            <p className="utrecht-paragraph">{t('providerDirectory.own.stopConfirmText')}</p>
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
