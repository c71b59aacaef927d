// The history of one record: every version as it was saved, newest first.
// Opening it is a read of the file and is audited as such.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../ui/format';
import { LoadError, Loading } from '../../../ui/States';
import { useRecordHistory } from './recordApi';

const META = new Set(['id', 'createdAt', 'createdByName', 'updatedAt', 'updatedByName', 'signedOffAt', 'signedOffByName']);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? Object.values(v as object).filter(Boolean).join(' — ') : String(v))).join(', ') || '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function RecordHistory({ youthId, recordId, kind }: { youthId: string; recordId: string; kind: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const history = useRecordHistory(youthId, recordId, open);
  const label = (field: string) => t(`fields.${kind}.${field}` as 'fields.signal.form', { defaultValue: field });
  return (
    <div className="baken-history">
      <Button appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('records.history')}
      </Button>
      {open && (
        <section aria-label={t('records.historyTitle')} className="baken-history__panel">
          {history.isPending && <Loading />}
          {history.isError && <LoadError error={history.error} />}
          {history.data?.map((entry, i) => (
            <details key={i} open={i === 0}>
              <summary>
                {t(`records.historyChange.${entry.change}`)} · {formatDateTime(entry.changedAt)} · {t('records.by', { name: entry.changedByName ?? '—' })}
              </summary>
              <dl className="baken-history__values">
                {Object.entries(entry.snapshot)
                  .filter(([field]) => !META.has(field))
                  .map(([field, value]) => (
                    <div key={field}>
                      <dt>{label(field)}</dt>
                      <dd>{show(value)}</dd>
                    </div>
                  ))}
              </dl>
            </details>
          ))}
        </section>
      )}
    </div>
  );
}
