// The designated officer's review list: every break-the-glass access, with the
// reason given, judged justified or not. Open ones first.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import type { BreakGlassGrant } from '../../api/types';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorSummary, FieldIdScope, SelectField, TextAreaField } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { useBreakGlassGrants, useReviewBreakGlass } from './api';

function ReviewForm({ grant, onDone }: { grant: BreakGlassGrant; onDone: () => void }) {
  const { t } = useTranslation();
  const review = useReviewBreakGlass();
  const [error, setError] = useState<ApiError | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setError(null);
    review.mutate({ id: grant.id, verdict: String(data.get('verdict')), note: String(data.get('note') ?? '') }, { onSuccess: onDone, onError: setError });
  };
  return (
    <FieldIdScope scope={grant.id}>
    <form onSubmit={submit} noValidate className="baken-form">
      <ErrorSummary error={error} labels={{ verdict: t('breakGlass.verdict'), note: t('breakGlass.note') }} />
      <SelectField
        label={t('breakGlass.verdict')}
        name="verdict"
        required
        placeholder={t('caseTeam.choose')}
        options={[
          { value: 'justified', label: t('breakGlass.justified') },
          { value: 'notJustified', label: t('breakGlass.notJustified') },
        ]}
        error={error?.field('verdict')}
      />
      <TextAreaField label={t('breakGlass.note')} name="note" optional rows={3} error={error?.field('note')} />
      <Button type="submit" appearance="primary" busy={review.isPending}>
        {t('breakGlass.saveReview')}
      </Button>
    </form>
    </FieldIdScope>
  );
}

export function BreakGlassReviewPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const grants = useBreakGlassGrants(status);
  const [reviewed, setReviewed] = useState(0);
  return (
    <>
      <PageHeading title={t('breakGlass.reviewTitle')}>{t('breakGlass.reviewTitle')}</PageHeading>
      <p className="utrecht-paragraph">{t('breakGlass.reviewIntro')}</p>
      <div className="baken-filter">
        <SelectField
          label={t('breakGlass.show')}
          name="status"
          value={status}
          onChange={(e) => setStatus(e.target.value as 'open' | 'all')}
          options={[
            { value: 'open', label: t('breakGlass.showOpen') },
            { value: 'all', label: t('breakGlass.showAll') },
          ]}
        />
      </div>
      {reviewed > 0 && <Alert kind="ok" takeFocus key={reviewed}>{t('breakGlass.reviewSaved')}</Alert>}
      {grants.isPending && <Loading />}
      {grants.isError && <LoadError error={grants.error} />}
      {grants.data && grants.data.length === 0 && <EmptyState title={status === 'open' ? t('breakGlass.noneOpen') : t('breakGlass.noneAtAll')} />}
      {grants.data?.map((g) => (
        <article key={g.id} className="baken-card" aria-labelledby={`grant-${g.id}`}>
          <Heading2 id={`grant-${g.id}`}>
            {t('breakGlass.grantTitle', { user: g.userName, youth: g.youthName })}
          </Heading2>
          <p className="utrecht-paragraph">
            {formatDateTime(g.createdAt)} · {t('breakGlass.until', { time: formatDateTime(g.expiresAt) })} ·{' '}
            <Link className="utrecht-link" to={`/logboek?dossier=${g.youthId}`}>
              {t('breakGlass.seeLog')}
            </Link>
          </p>
          <blockquote className="baken-quote">{g.reason}</blockquote>
          {g.reviewedAt ? (
            <p className="utrecht-paragraph">
              <StatusBadge status={g.reviewVerdict === 'justified' ? 'success' : 'danger'}>
                {g.reviewVerdict === 'justified' ? t('breakGlass.justified') : t('breakGlass.notJustified')}
              </StatusBadge>{' '}
              {t('breakGlass.reviewedBy', { name: g.reviewerName ?? '—', time: formatDateTime(g.reviewedAt) })}
              {g.reviewNote && <> — {g.reviewNote}</>}
            </p>
          ) : (
            <ReviewForm grant={g} onDone={() => setReviewed((n) => n + 1)} />
          )}
        </article>
      ))}
    </>
  );
}
