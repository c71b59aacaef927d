// Parts of one criterion or indicator on the self-assessment page: what is
// recorded now, and its history (loaded when opened).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { StatusBadge } from '../../../ui/Badge';
import { LoadError, Loading } from '../../../ui/States';
import { formatDate, formatDateTime } from '../../../ui/format';
import type { IndicatorAnswer } from '../../../../../server/src/modules/quality/selfAssessment/selfAssessment.options';
import type { StatusKey } from './words';
import { documentUrl, useItemHistory, type Criterion, type HistoryItem } from './api';

/** Key and value on one line (stacked on narrow screens): a criterion stays short enough to scan. */
export function CompactList({ items }: { items: { key: string; value: ReactNode }[] }) {
  return (
    <dl className="baken-sa-dl">
      {items.map((item) => (
        <div key={item.key}>
          <dt>{item.key}</dt>
          <dd>{item.value === null || item.value === undefined || item.value === '' ? '—' : item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function statusBadge(status: Criterion['status']) {
  const tone = status === 'inPractice' ? 'success' : status === 'onPaper' ? 'active' : status === 'beingArranged' ? 'warning' : status === 'notArranged' ? 'danger' : 'neutral';
  return { tone, key: status ?? 'notAssessed' } as const;
}

export function CriterionStatus({ status }: { status: Criterion['status'] }) {
  const { t } = useTranslation();
  const badge = statusBadge(status);
  return <StatusBadge status={badge.tone}>{t(`selfAssessment.statuses.${badge.key}`)}</StatusBadge>;
}

export function CriterionValues({ assessmentId, criterion }: { assessmentId: string; criterion: Criterion }) {
  const { t } = useTranslation();
  const evidence = [
    criterion.policy && (
      <span key="policy">
        {t('selfAssessment.criterion.policyLabel', { title: criterion.policy.title, version: criterion.policy.versionLabel })}
        {criterion.policy.withdrawn && <> ({t('selfAssessment.criterion.withdrawn')})</>}
      </span>
    ),
    criterion.document && (
      <a key="document" className="utrecht-link" href={documentUrl(assessmentId, criterion.document.id)} download={criterion.document.fileName}>
        {criterion.document.fileName}
      </a>
    ),
  ].filter(Boolean);
  // A criterion nobody assessed yet shows just that, not four empty rows.
  const blank = criterion.status === null && !evidence.length && !criterion.owner && !criterion.dueOn && !criterion.comments;
  if (blank) return <CompactList items={[{ key: t('selfAssessment.criterion.status'), value: <CriterionStatus status={null} /> }]} />;
  return (
    <CompactList
      items={[
        { key: t('selfAssessment.criterion.status'), value: <CriterionStatus status={criterion.status} /> },
        {
          key: t('selfAssessment.criterion.evidence'),
          value: evidence.length ? (
            <span className="baken-sa-evidence">
              {evidence.map((e, i) => (
                <span key={i}>{e}</span>
              ))}
            </span>
          ) : (
            t('selfAssessment.criterion.noEvidence')
          ),
        },
        { key: t('selfAssessment.criterion.owner'), value: criterion.owner?.name ?? t('selfAssessment.criterion.noOwner') },
        {
          key: t('selfAssessment.criterion.dueOn'),
          value: criterion.dueOn ? (
            <span className={criterion.overdue ? 'baken-overdue' : undefined}>
              {formatDate(criterion.dueOn)}
              {criterion.overdue && <> ({t('selfAssessment.criterion.overdue')})</>}
            </span>
          ) : (
            t('selfAssessment.criterion.noDueOn')
          ),
        },
        { key: t('selfAssessment.criterion.comments'), value: criterion.comments ? <span className="baken-prewrap">{criterion.comments}</span> : null },
      ]}
    />
  );
}

export function UpdatedBy({ item }: { item: { updatedByName: string | null; updatedAt: string } }) {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph baken-hint">
      {item.updatedByName ? t('selfAssessment.criterion.updatedBy', { name: item.updatedByName, date: formatDateTime(item.updatedAt) }) : t('selfAssessment.criterion.neverUpdated')}
    </p>
  );
}

function describe(item: HistoryItem, t: TFunction): string {
  const s = item.snapshot as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof s.status === 'string') parts.push(t(`selfAssessment.statuses.${s.status as StatusKey}`));
  if (typeof s.answer === 'string') parts.push(t(`selfAssessment.answers.${s.answer as IndicatorAnswer}`));
  const policy = s.policy as { title?: string; versionLabel?: string } | null | undefined;
  if (policy?.title) parts.push(`${t('selfAssessment.criterion.evidence')}: ${t('selfAssessment.criterion.policyLabel', { title: policy.title, version: policy.versionLabel ?? '' })}`);
  const document = s.document as { fileName?: string } | null | undefined;
  if (document?.fileName) parts.push(`${t('selfAssessment.criterion.evidence')}: ${document.fileName}`);
  const owner = s.owner as { name?: string } | null | undefined;
  if (owner?.name) parts.push(`${t('selfAssessment.criterion.owner')}: ${owner.name}`);
  if (typeof s.dueOn === 'string') parts.push(`${t('selfAssessment.criterion.dueOn')}: ${formatDate(s.dueOn)}`);
  if (typeof s.comments === 'string' && s.comments) parts.push(`“${s.comments}”`);
  return parts.join(' · ');
}

function HistoryList({ assessmentId, itemRef }: { assessmentId: string; itemRef: string }) {
  const { t } = useTranslation();
  const history = useItemHistory(assessmentId, itemRef, true);
  if (history.isPending) return <Loading />;
  if (history.isError) return <LoadError error={history.error} />;
  if (history.data.length === 0) return <p className="utrecht-paragraph">{t('selfAssessment.history.empty')}</p>;
  return (
    <ol className="baken-sa-history">
      {history.data.map((item, i) => {
        const from = (item.snapshot as { from?: unknown }).from;
        return (
          <li key={i}>
            <strong>{item.change === 'carriedOver' ? t('selfAssessment.history.carriedOver', { from: typeof from === 'string' ? from : '' }) : t(`selfAssessment.history.${item.change}`)}</strong>{' '}
            <span className="baken-hint">({t('selfAssessment.history.by', { date: formatDateTime(item.changedAt), name: item.changedByName ?? '—' })})</span>
            {describe(item, t) && <div>{describe(item, t)}</div>}
          </li>
        );
      })}
    </ol>
  );
}

/** History behind a disclosure: keyboard and screen readers get the native <details> behaviour. */
export function ItemHistory({ assessmentId, itemRef }: { assessmentId: string; itemRef: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="baken-sa-details" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('selfAssessment.history.show')}</summary>
      {open && <HistoryList assessmentId={assessmentId} itemRef={itemRef} />}
    </details>
  );
}
