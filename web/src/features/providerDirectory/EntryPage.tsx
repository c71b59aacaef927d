// One provider in the directory: its details, who last changed it (the
// organisation by name; the person only for colleagues), the history, and
// for the care coordinator editing, archiving (after confirmation) and
// restoring. Nothing is ever deleted.
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useSession } from '../../app/session';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup, ButtonLink } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DataList } from '../../ui/DataList';
import { formatDate, formatDateTime } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useEntry, useEntryHistory, useSetArchived, type Entry, type HistoryItem } from './api';
import './providerDirectory.css';
import { BackLink } from '../../ui/BackLink';

function List({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="utrecht-unordered-list baken-directory-list">
      {items.map((item) => (
        <li key={item} className="utrecht-unordered-list__item">
          {item}
        </li>
      ))}
    </ul>
  );
}

function Details({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  return (
    <DataList
      items={[
        { key: t('providerDirectory.entry.careKind'), value: t(`providerDirectory.careKinds.${entry.careKind}`) },
        { key: t('providerDirectory.entry.targetGroups'), value: entry.targetGroups.map((g) => t(`providerDirectory.targetGroups.${g}`)).join(', ') },
        { key: t('providerDirectory.entry.programmes'), value: <List items={entry.programmes} /> },
        { key: t('providerDirectory.entry.regions'), value: entry.regions.join(', ') },
        { key: t('providerDirectory.entry.capacity'), value: entry.capacity === null ? '' : t('providerDirectory.entry.capacityPlaces', { count: entry.capacity }) },
        { key: t('providerDirectory.entry.national'), value: entry.nationalAvailability ? t('providerDirectory.results.yes') : t('providerDirectory.results.no') },
        { key: t('providerDirectory.entry.qualityFramework'), value: t(`providerDirectory.qualityFramework.${entry.qualityFramework}`) },
        {
          key: t('providerDirectory.entry.selfAssessment'),
          value: entry.selfAssessment
            ? t('providerDirectory.entry.selfAssessmentShared', { date: formatDate(entry.selfAssessment.date), sharedAt: formatDate(entry.selfAssessment.sharedAt) })
            : t('providerDirectory.entry.selfAssessmentNotShared'),
        },
        { key: t('providerDirectory.entry.phone'), value: entry.phone ? <a className="utrecht-link" href={`tel:${entry.phone.replace(/[^0-9+]/g, '')}`}>{entry.phone}</a> : '' },
        { key: t('providerDirectory.entry.email'), value: entry.email ? <a className="utrecht-link" href={`mailto:${entry.email}`}>{entry.email}</a> : '' },
        {
          key: t('providerDirectory.entry.website'),
          value: entry.website ? (
            <a className="utrecht-link" href={entry.website} rel="noopener noreferrer" target="_blank">
              {entry.website}
            </a>
          ) : (
            ''
          ),
        },
        { key: t('providerDirectory.entry.worksInBaken'), value: entry.linkedOrganisationName ?? '' },
        { key: t('providerDirectory.entry.notes'), value: entry.notes ? <span className="baken-pre-line">{entry.notes}</span> : '' },
      ]}
    />
  );
}

function ChangeText({ item }: { item: HistoryItem }) {
  const { t } = useTranslation();
  if (item.change === 'assessmentShared') {
    const date = item.snapshot.selfAssessmentDate;
    return <>{t('providerDirectory.history.changes.assessmentShared', { date: typeof date === 'string' ? formatDate(date) : '—' })}</>;
  }
  const base = t(`providerDirectory.history.changes.${item.change}`);
  const changed = Array.isArray(item.snapshot.changed) ? (item.snapshot.changed as string[]) : [];
  if (item.change !== 'updated' || changed.length === 0) return <>{base}</>;
  const fields = changed.map((field) => String(t(`providerDirectory.history.fields.${field}` as 'providerDirectory.history.fields.name', { defaultValue: field }))).join(', ');
  return <>{t('providerDirectory.history.changedFields', { fields })}</>;
}

function History({ id }: { id: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const history = useEntryHistory(id, open);
  return (
    <section aria-labelledby="entry-history" className="baken-section">
      <Heading2 id="entry-history">{t('providerDirectory.history.title')}</Heading2>
      {!open && <Button onClick={() => setOpen(true)}>{t('providerDirectory.history.show')}</Button>}
      {open && history.isPending && <Loading />}
      {open && history.isError && <LoadError error={history.error} />}
      {history.data && history.data.length === 0 && <EmptyState title={t('providerDirectory.history.empty')} />}
      {history.data && history.data.length > 0 && (
        <Table caption={t('providerDirectory.history.title')} captionHidden head={[t('providerDirectory.history.when'), t('providerDirectory.history.who'), t('providerDirectory.history.what')]}>
          {history.data.map((item) => (
            <Row key={item.id}>
              <Cell>{formatDateTime(item.changedAt)}</Cell>
              <Cell>
                {item.changedByOrganisationName ?? '—'}
                {item.changedByName && <span className="baken-cell-sub">{item.changedByName}</span>}
              </Cell>
              <Cell>
                <ChangeText item={item} />
              </Cell>
            </Row>
          ))}
        </Table>
      )}
    </section>
  );
}

export function EntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const manage = can(session.data, 'providerDirectory.manage');
  const entry = useEntry(id);
  const setArchived = useSetArchived(id);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const title = entry.data?.name ?? t('providerDirectory.title');
  const notice = ((useLocation().state ?? {}) as { notice?: string }).notice;

  const change = (archived: boolean) => {
    if (!entry.data) return;
    setError(null);
    const name = entry.data.name;
    setArchived.mutate(
      { archived, updatedAt: entry.data.updatedAt },
      {
        onSuccess: () => {
          setConfirming(false);
          void navigate('/aanbieders', { state: { notice: archived ? t('providerDirectory.entry.archived', { name }) : t('providerDirectory.entry.restored', { name }) } });
        },
        onError: (e) => {
          setConfirming(false);
          setError(e);
        },
      },
    );
  };

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <BackLink to="/aanbieders">{t('providerDirectory.entry.back')}</BackLink>
      {notice && (
        <Alert kind="ok" takeFocus>
          {notice}
        </Alert>
      )}
      {entry.isPending && <Loading />}
      {entry.isError && (entry.error.status === 404 ? <Alert kind="error">{t('providerDirectory.entry.notFound')}</Alert> : <LoadError error={entry.error} />)}
      {error && <Alert kind="error">{error.message}</Alert>}
      {entry.data && (
        <>
          {entry.data.archived && <Alert kind="warning">{t('providerDirectory.entry.archivedNotice')}</Alert>}
          <section aria-labelledby="entry-details" className="baken-section">
            <Heading2 id="entry-details">{t('providerDirectory.entry.details')}</Heading2>
            <Details entry={entry.data} />
            <p className="utrecht-paragraph baken-hint">
              {entry.data.updatedByName
                ? t('providerDirectory.entry.lastChangedBy', { date: formatDateTime(entry.data.updatedAt), name: entry.data.updatedByName, organisation: entry.data.updatedByOrganisationName ?? '—' })
                : t('providerDirectory.entry.lastChanged', { date: formatDateTime(entry.data.updatedAt), organisation: entry.data.updatedByOrganisationName ?? '—' })}
            </p>
            {manage && !entry.data.archived && (
              <ButtonGroup>
                <ButtonLink to={`/aanbieders/${id}/wijzigen`} appearance="primary">
                  {t('providerDirectory.entry.edit')}
                </ButtonLink>
              </ButtonGroup>
            )}
          </section>
          {manage && (
            <section aria-labelledby="entry-archive" className="baken-section">
              <Heading2 id="entry-archive">{t('providerDirectory.entry.archiveTitle')}</Heading2>
              {entry.data.archived ? (
                <Button busy={setArchived.isPending} onClick={() => change(false)}>
                  {t('providerDirectory.entry.restore')}
                </Button>
              ) : (
                <>
                  <p className="utrecht-paragraph">{t('providerDirectory.entry.archiveIntro')}</p>
                  <Button appearance="danger" onClick={() => setConfirming(true)}>
                    {t('providerDirectory.entry.archive')}
                  </Button>
                </>
              )}
              <ConfirmDialog
                open={confirming}
                title={t('providerDirectory.entry.archiveConfirmTitle', { name: entry.data.name })}
                confirmLabel={t('providerDirectory.entry.archiveConfirm')}
                busy={setArchived.isPending}
                onCancel={() => setConfirming(false)}
                onConfirm={() => change(true)}
              >
                <p className="utrecht-paragraph">{t('providerDirectory.entry.archiveConfirmText')}</p>
              </ConfirmDialog>
            </section>
          )}
          <History id={id} />
        </>
      )}
    </>
  );
}
