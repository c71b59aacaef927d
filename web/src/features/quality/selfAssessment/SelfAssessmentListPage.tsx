// All self-assessments of the organisation, newest first, and (for the quality
// officer) starting a new one. Starting closes the one in progress, so that is
// asked first.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, Heading2 } from '../../../ui/Heading';
import { Button, TextLink } from '../../../ui/Button';
import { ErrorSummary, TextField } from '../../../ui/Form';
import { Cell, Row, Table } from '../../../ui/Table';
import { StatusBadge } from '../../../ui/Badge';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState, LoadError, Loading } from '../../../ui/States';
import { formatDate } from '../../../ui/format';
import { todayIso } from '../../../ui/calendar';
import { can, useSession } from '../../../app/session';
import { useAssessments, useStartAssessment, type AssessmentListItem } from './api';
import { assessedCount } from './words';
import './selfAssessment.css';
import { BackLink } from '../../../ui/BackLink';

function StartForm({ assessments }: { assessments: AssessmentListItem[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartAssessment();
  const [title, setTitle] = useState(() => t('selfAssessment.start.defaultName', { year: todayIso().slice(0, 4) }));
  const [carryOver, setCarryOver] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const open = assessments.find((a) => a.open);
  const go = () =>
    start.mutate(
      { title, carryOver: assessments.length > 0 && carryOver },
      {
        onSuccess: (assessment) => navigate(`/kwaliteit/zelfevaluatie/${assessment.id}`),
        onSettled: () => setConfirming(false),
      },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (open) setConfirming(true);
    else go();
  };
  return (
    <section className="baken-section" aria-labelledby="sa-start">
      <Heading2 id="sa-start">{t('selfAssessment.start.title')}</Heading2>
      <form className="baken-form" onSubmit={submit} noValidate>
        <ErrorSummary error={start.error} labels={{ title: t('selfAssessment.start.name') }} />
        <TextField
          label={t('selfAssessment.start.name')}
          name="title"
          description={t('selfAssessment.start.nameHint')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={start.error?.field('title')}
          required
          maxLength={120}
        />
        {assessments.length > 0 && (
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="sa-carry-over">
                <input
                  id="sa-carry-over"
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  checked={carryOver}
                  onChange={(e) => setCarryOver(e.target.checked)}
                  aria-describedby="sa-carry-over-hint"
                />{' '}
                {t('selfAssessment.start.carryOver')}
              </label>
            </div>
            <div className="utrecht-form-field-description" id="sa-carry-over-hint">
              {t('selfAssessment.start.carryOverHint')}
            </div>
          </div>
        )}
        <Button appearance="primary" type="submit" busy={start.isPending && !confirming}>
          {t('selfAssessment.start.submit')}
        </Button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('selfAssessment.start.confirmTitle')}
        confirmLabel={t('selfAssessment.start.confirm')}
        busy={start.isPending}
        onConfirm={go}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{t('selfAssessment.start.confirmText', { title: open?.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

export function SelfAssessmentListPage() {
  const { t } = useTranslation();
  const session = useSession();
  const assessments = useAssessments();
  const manage = can(session.data, 'quality.manage');
  return (
    <>
      <BackLink to="/kwaliteit">{t('selfAssessment.backToQuality')}</BackLink>
      <PageHeading title={t('selfAssessment.title')}>{t('selfAssessment.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('selfAssessment.intro')}</p>
      {assessments.isPending ? (
        <Loading />
      ) : assessments.isError ? (
        <LoadError error={assessments.error} />
      ) : (
        <>
          {assessments.data.length === 0 ? (
            <EmptyState title={t('selfAssessment.empty')}>{manage && <p className="utrecht-paragraph">{t('selfAssessment.emptyText')}</p>}</EmptyState>
          ) : (
            <Table
              caption={t('selfAssessment.listCaption')}
              head={[t('selfAssessment.columns.title'), t('selfAssessment.columns.startedOn'), t('selfAssessment.columns.state'), t('selfAssessment.columns.progress')]}
            >
              {assessments.data.map((a) => (
                <Row key={a.id}>
                  <Cell header>
                    <TextLink to={`/kwaliteit/zelfevaluatie/${a.id}`}>{a.title}</TextLink>
                  </Cell>
                  <Cell>{formatDate(a.startedOn)}</Cell>
                  <Cell>
                    {a.open ? <StatusBadge status="active">{t('selfAssessment.open')}</StatusBadge> : <StatusBadge status="inactive">{t('selfAssessment.closed')}</StatusBadge>}
                  </Cell>
                  <Cell>{t('selfAssessment.assessedOf', { assessed: assessedCount(a.criteria), total: a.criteria.total })}</Cell>
                </Row>
              ))}
            </Table>
          )}
          {manage && <StartForm assessments={assessments.data} />}
        </>
      )}
    </>
  );
}
