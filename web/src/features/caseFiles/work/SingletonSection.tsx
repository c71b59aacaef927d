// A record a file has once (placement, network analysis, aftercare plan): shown
// as it is, changed in place, saved with the version last read.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Heading2 } from '../../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../../ui/States';
import { formatDate } from '../../../ui/format';
import { useCaseFile } from '../CaseFileLayout';
import { RecordForm, type FieldSpec } from './RecordForm';
import { RecordHistory } from './RecordHistory';
import { useSaveSingleton, useSingleton, type CaseRecord } from './recordApi';

export function SingletonSection<T extends CaseRecord>({
  kind,
  path,
  fields,
  title,
  render,
  defaults,
  intro,
}: {
  kind: string;
  path: string;
  fields: FieldSpec[];
  title: string;
  render: (record: T) => ReactNode;
  defaults?: Record<string, unknown>;
  intro?: ReactNode;
}) {
  const { t } = useTranslation();
  const { youth, access } = useCaseFile();
  const record = useSingleton<T>(youth.id, path);
  const save = useSaveSingleton<T>(youth.id, path);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(0);
  const headingId = `section-${kind}`;
  return (
    <section aria-labelledby={headingId} className="baken-record-section">
      <Heading2 id={headingId}>{title}</Heading2>
      {intro}
      {saved > 0 && !editing && (
        <Alert kind="ok" takeFocus key={saved}>
          {t('records.saved')}
        </Alert>
      )}
      {record.isPending && <Loading />}
      {record.isError && <LoadError error={record.error} />}
      {record.isSuccess &&
        (editing ? (
          <div className="baken-card">
            <RecordForm
              kind={kind}
              fields={fields}
              initial={record.data ?? defaults}
              submitLabel={t('records.save')}
              busy={save.isPending}
              error={save.error}
              onSubmit={(body) =>
                save.mutate({ ...body, updatedAt: record.data?.updatedAt ?? null }, { onSuccess: () => (setEditing(false), setSaved((n) => n + 1)) })
              }
              onCancel={() => setEditing(false)}
            />
          </div>
        ) : (
          <div className="baken-card">
            {record.data ? (
              <>
                {render(record.data)}
                <p className="baken-record__meta">{t('records.recordedBy', { name: record.data.updatedByName ?? '—', date: formatDate(record.data.updatedAt) })}</p>
              </>
            ) : (
              <EmptyState title={t('records.none')} />
            )}
            {access.canUpdate && (
              <Button appearance="secondary" onClick={() => (save.reset(), setEditing(true))}>
                {record.data ? t('records.edit') : t('records.add')}
              </Button>
            )}
            {record.data && <RecordHistory youthId={youth.id} recordId={record.data.id} kind={kind} />}
          </div>
        ))}
    </section>
  );
}
