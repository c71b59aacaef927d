// The covenants of the organisation, soonest evaluation first, with the ones
// to evaluate within 30 days or overdue marked; and the pages to record a new
// one and change one.
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { can, useSession } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { ButtonLink, TextLink } from '../../ui/Button';
import { formatDate } from '../../ui/format';
import { PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { GuidanceTips } from '../caseFiles/work/GuidanceTips';
import { useCovenant, useCovenants, useCreateCovenant, useUpdateCovenant, type Covenant } from './api';
import { CovenantForm } from './CovenantForm';
import './partners.css';
import { BackLink } from '../../ui/BackLink';

/** The evaluation as a badge: overdue, due within 30 days, or just the date. */
export function EvaluationBadge({ covenant }: { covenant: Pick<Covenant, 'evaluation' | 'daysToEvaluation'> }) {
  const { t } = useTranslation();
  if (covenant.evaluation === 'overdue') return <StatusBadge status="danger">{t('covenants.overdue', { count: -covenant.daysToEvaluation })}</StatusBadge>;
  if (covenant.evaluation === 'due')
    return <StatusBadge status="warning">{covenant.daysToEvaluation === 0 ? t('covenants.dueToday') : t('covenants.due', { count: covenant.daysToEvaluation })}</StatusBadge>;
  return null;
}

export function CovenantsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const manage = can(session.data, 'partners.manage');
  const covenants = useCovenants();
  const notice = ((useLocation().state ?? {}) as { notice?: string }).notice;
  const toEvaluate = covenants.data?.filter((c) => c.evaluation !== 'later') ?? [];
  return (
    <>
      <PageHeading title={t('covenants.title')}>{t('covenants.title')}</PageHeading>
      {notice && (
        <Alert kind="ok" takeFocus>
          {notice}
        </Alert>
      )}
      <div className="baken-work">
        <div>
          <p className="utrecht-paragraph">{t('covenants.intro')}</p>
          <BackLink to="/partners">{t('covenants.toPartners')}</BackLink>
          {manage && (
            <p className="utrecht-paragraph">
              <ButtonLink to="/partners/convenanten/nieuw" appearance="primary">
                {t('covenants.new')}
              </ButtonLink>
            </p>
          )}
          {toEvaluate.length > 0 && (
            <Alert kind="warning" title={t('covenants.remindersTitle')}>
              <p className="utrecht-paragraph">{t('covenants.remindersIntro', { count: toEvaluate.length })}</p>
            </Alert>
          )}
          {covenants.isPending && <Loading />}
          {covenants.isError && <LoadError error={covenants.error} />}
          {covenants.data?.length === 0 && (
            <EmptyState title={t('covenants.empty')}>
              <p className="utrecht-paragraph">{manage ? t('covenants.emptyManage') : t('covenants.emptyRead')}</p>
            </EmptyState>
          )}
          {covenants.data && covenants.data.length > 0 && (
            <Table caption={t('covenants.caption')} captionHidden head={[t('covenants.form.title'), t('covenants.form.parties'), t('covenants.validity'), t('covenants.form.evaluationOn'), t('covenants.themesColumn')]}>
              {covenants.data.map((c) => (
                <Row key={c.id}>
                  <Cell header>
                    <TextLink to={`/partners/convenanten/${c.id}`}>{c.title}</TextLink>
                  </Cell>
                  <Cell>{c.parties.map((p) => p.name).join(', ')}</Cell>
                  <Cell>
                    {c.signedOn ? t('covenants.signedOnDate', { date: formatDate(c.signedOn) }) : t('covenants.notSigned')}
                    <span className="baken-cell-sub">{c.validUntil ? t('covenants.validUntilDate', { date: formatDate(c.validUntil) }) : t('covenants.noEnd')}</span>
                  </Cell>
                  <Cell>
                    {formatDate(c.evaluationOn)} <EvaluationBadge covenant={c} />
                  </Cell>
                  <Cell>{t('covenants.themesAgreed', { agreed: c.themes.filter((x) => x.agreements).length, total: c.themes.length })}</Cell>
                </Row>
              ))}
            </Table>
          )}
        </div>
        <GuidanceTips place="partners" />
      </div>
    </>
  );
}

export function NewCovenantPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCovenant();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <>
      <PageHeading title={t('covenants.form.newTitle')}>{t('covenants.form.newTitle')}</PageHeading>
      <div className="baken-narrow">
        <CovenantForm
          busy={create.isPending}
          error={error}
          submitLabel={t('covenants.form.create')}
          cancelTo="/partners/convenanten"
          onSubmit={(input) => {
            setError(null);
            create.mutate(input, {
              onSuccess: (c) => void navigate(`/partners/convenanten/${c.id}`, { state: { notice: t('covenants.form.created') } }),
              onError: setError,
            });
          }}
        />
      </div>
    </>
  );
}

export function EditCovenantPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const covenant = useCovenant(id);
  const update = useUpdateCovenant(id);
  const [error, setError] = useState<ApiError | null>(null);
  const title = t('covenants.form.editTitle');
  return (
    <>
      <PageHeading title={title}>{covenant.data ? `${title}: ${covenant.data.title}` : title}</PageHeading>
      {covenant.isPending && <Loading />}
      {covenant.isError && <LoadError error={covenant.error} />}
      {covenant.data && (
        <div className="baken-narrow">
          <CovenantForm
            initial={covenant.data}
            busy={update.isPending}
            error={error}
            submitLabel={t('common.save')}
            cancelTo={`/partners/convenanten/${id}`}
            onSubmit={(input) => {
              setError(null);
              update.mutate(
                { ...input, updatedAt: covenant.data.updatedAt },
                { onSuccess: () => void navigate(`/partners/convenanten/${id}`, { state: { notice: t('covenants.form.saved') } }), onError: setError },
              );
            }}
          />
        </div>
      )}
    </>
  );
}
