// One kind of record on a page: the list, a form to add one, a form in place
// to change one, its history, and sign-off where the kind has it. Each kind's
// page gives the fields and how one record reads.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can, useSession } from '../../../app/session';
import { Alert } from '../../../ui/Alert';
import { StatusBadge } from '../../../ui/Badge';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { formatDate } from '../../../ui/format';
import { Heading2, Heading3 } from '../../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../../ui/States';
import { useCaseFile } from '../CaseFileLayout';
import { RecordForm, type FieldSpec } from './RecordForm';
import { RecordHistory } from './RecordHistory';
import { useCreateRecord, useRecords, useSignOff, useUpdateRecord, type CaseRecord } from './recordApi';

export function RecordSection<T extends CaseRecord>({
  kind,
  path,
  fields,
  title,
  renderItem,
  signOff = false,
  newDefaults,
  lockedWhenSignedOff = signOff,
  intro,
  headingLevel = 2,
}: {
  kind: string;
  path: string;
  fields: FieldSpec[];
  title: string;
  renderItem: (record: T) => ReactNode;
  signOff?: boolean;
  /** Values a new record starts with (today's date, the last version's text). */
  newDefaults?: (records: T[]) => Record<string, unknown>;
  lockedWhenSignedOff?: boolean;
  intro?: ReactNode;
  /** 3 where the section sits under the tab's own heading instead of beside it. */
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { youth, access } = useCaseFile();
  const records = useRecords<T>(youth.id, path);
  const create = useCreateRecord<T>(youth.id, path);
  const update = useUpdateRecord<T>(youth.id, path);
  const signOffMutation = useSignOff<T>(youth.id, path);
  const [mode, setMode] = useState<{ kind: 'idle' } | { kind: 'new' } | { kind: 'edit'; id: string }>({ kind: 'idle' });
  const [confirming, setConfirming] = useState<T | null>(null);
  const [notice, setNotice] = useState(0);
  const headingId = `section-${kind}`;
  const canSignOff = signOff && access.canUpdate && can(session.data, 'caseFile.signOff');

  const done = () => {
    setMode({ kind: 'idle' });
    setNotice((n) => n + 1);
  };

  return (
    <section aria-labelledby={headingId} className="baken-record-section">
      {headingLevel === 3 ? <Heading3 id={headingId}>{title}</Heading3> : <Heading2 id={headingId}>{title}</Heading2>}
      {intro}
      {notice > 0 && mode.kind === 'idle' && (
        <Alert kind="ok" takeFocus key={notice}>
          {t('records.saved')}
        </Alert>
      )}
      {access.canUpdate && mode.kind !== 'new' && (
        <p className="utrecht-paragraph">
          <Button appearance="secondary" onClick={() => (create.reset(), setMode({ kind: 'new' }))}>
            {t('records.addKind', { kind: t(`recordKinds.${kind}.one` as 'recordKinds.signal.one') })}
          </Button>
        </p>
      )}
      {mode.kind === 'new' && (
        <div className="baken-card">
          <RecordForm
            kind={kind}
            fields={fields}
            initial={newDefaults?.(records.data ?? [])}
            submitLabel={t('records.save')}
            busy={create.isPending}
            error={create.error}
            onSubmit={(body) => create.mutate(body, { onSuccess: done })}
            onCancel={() => setMode({ kind: 'idle' })}
          />
        </div>
      )}
      {records.isPending && <Loading />}
      {records.isError && <LoadError error={records.error} />}
      {records.data?.length === 0 && mode.kind !== 'new' && <EmptyState title={t('records.none')} />}
      {records.data && records.data.length > 0 && (
        <ol className="baken-records">
          {records.data.map((record) => {
            const signed = !!record.signedOffAt;
            const editing = mode.kind === 'edit' && mode.id === record.id;
            return (
              <li key={record.id} className="baken-card">
                {editing ? (
                  <RecordForm
                    kind={kind}
                    fields={fields}
                    initial={record}
                    submitLabel={t('records.save')}
                    busy={update.isPending}
                    error={update.error}
                    onSubmit={(body) => update.mutate({ id: record.id, body: { ...body, updatedAt: record.updatedAt } }, { onSuccess: done })}
                    onCancel={() => setMode({ kind: 'idle' })}
                  />
                ) : (
                  <>
                    {signOff && (
                      <p className="baken-record__status">
                        {signed ? (
                          <StatusBadge status="success">
                            {t('records.signedOff', { name: record.signedOffByName ?? '—', date: formatDate(record.signedOffAt!) })}
                          </StatusBadge>
                        ) : (
                          <StatusBadge status="warning">{t('records.draft')}</StatusBadge>
                        )}
                      </p>
                    )}
                    {renderItem(record)}
                    <p className="baken-record__meta">{t('records.recordedBy', { name: record.createdByName ?? '—', date: formatDate(record.createdAt) })}</p>
                    <ButtonGroup>
                      {access.canUpdate && !(lockedWhenSignedOff && signed) && (
                        <Button appearance="secondary" onClick={() => (update.reset(), setMode({ kind: 'edit', id: record.id }))}>
                          {t('records.edit')}
                        </Button>
                      )}
                      {canSignOff && !signed && (
                        <Button appearance="primary" onClick={() => setConfirming(record)}>
                          {t('records.signOff')}
                        </Button>
                      )}
                    </ButtonGroup>
                    <RecordHistory youthId={youth.id} recordId={record.id} kind={kind} />
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {signOffMutation.error && <Alert kind="error">{signOffMutation.error.message}</Alert>}
      <ConfirmDialog
        open={confirming !== null}
        title={t('records.signOffTitle')}
        confirmLabel={t('records.signOff')}
        busy={signOffMutation.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && signOffMutation.mutate(confirming, { onSuccess: done, onSettled: () => setConfirming(null) })}
      >
        <p className="utrecht-paragraph">{t('records.signOffText')}</p>
      </ConfirmDialog>
    </section>
  );
}
