// One round: its facts (changed in place while the round is open), links to
// its figures, improvement plans, good practices and report, the providers
// with their kind of care and the state of their judgments, a form to add a
// provider, and closing or reopening the round (asked first).
import { useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup, ButtonLink, TextLink } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DataList } from '../../ui/DataList';
import { ErrorSummary, formValues } from '../../ui/Form';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { roundReportUrl, providerReportUrl, useAddProvider, useRound, useUpdateRound, type Round } from './api';
import { DetailsEditor } from './DetailsEditor';
import { ProviderFields, providerInputFrom, providerLabels } from './ProviderFields';
import { RoundFields, roundInputFrom, roundLabels } from './RoundFields';
import { period } from './words';
import './inspection.css';
import { BackLink } from '../../ui/BackLink';

function AddProviderForm({ roundId, onAdded }: { roundId: string; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const add = useAddProvider(roundId);
  const [error, setError] = useState<ApiError | null>(null);
  const [formKey, setFormKey] = useState(0);
  const labels = providerLabels(t);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget) as Record<string, string>;
    setError(null);
    add.mutate(
      providerInputFrom(v),
      {
        onSuccess: (provider) => {
          setFormKey((k) => k + 1);
          onAdded(provider.name);
        },
        onError: setError,
      },
    );
  };
  return (
    <section aria-labelledby="add-provider">
      <Heading2 id="add-provider">{t('inspection.addProvider.title')}</Heading2>
      <p className="utrecht-paragraph">{t('inspection.addProvider.intro')}</p>
      <div className="baken-narrow">
        <ErrorSummary error={error} labels={labels} />
        <form onSubmit={submit} noValidate className="baken-form" key={formKey}>
          <ProviderFields error={error} />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={add.isPending}>
              {t('inspection.addProvider.submit')}
            </Button>
          </ButtonGroup>
        </form>
      </div>
    </section>
  );
}

/** The round's details; its status stays as it is (closing and reopening are asked first, below). */
function EditRound({ round, onConflict }: { round: Round; onConflict: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateRound(round.id);
  return (
    <DetailsEditor
      scope="edit-round"
      editLabel={t('inspection.edit.round')}
      version={round.updatedAt}
      labels={roundLabels(t)}
      conflictText={t('inspection.edit.roundConflict', { name: round.updatedByName ?? t('inspection.edit.someoneElse') })}
      savedText={t('inspection.edit.roundSaved')}
      save={(values, updatedAt) => update.mutateAsync({ ...roundInputFrom(values), status: round.status, updatedAt })}
      onConflict={onConflict}
    >
      {(error) => <RoundFields error={error} initial={round} />}
    </DetailsEditor>
  );
}

function StatusChange({ round, onDone }: { round: Round; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateRound(round.id);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const closing = round.status === 'open';
  const confirm = () => {
    setError(null);
    update.mutate(
      {
        title: round.title,
        kind: round.kind,
        description: round.description ?? '',
        periodStart: round.periodStart,
        periodEnd: round.periodEnd,
        status: closing ? 'closed' : 'open',
        updatedAt: round.updatedAt,
      },
      {
        onSuccess: () => {
          setAsking(false);
          onDone(closing ? t('inspection.round.closed') : t('inspection.round.reopened'));
        },
        onError: (e) => {
          setAsking(false);
          setError(e);
        },
      },
    );
  };
  return (
    <>
      {error && <Alert kind="error">{error.message}</Alert>}
      <ButtonGroup>
        <Button appearance={closing ? 'secondary' : 'subtle'} onClick={() => setAsking(true)}>
          {closing ? t('inspection.round.close') : t('inspection.round.reopen')}
        </Button>
      </ButtonGroup>
      <ConfirmDialog
        open={asking}
        title={closing ? t('inspection.round.closeTitle') : t('inspection.round.reopenTitle')}
        confirmLabel={closing ? t('inspection.round.close') : t('inspection.round.reopen')}
        busy={update.isPending}
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      >
        <p className="utrecht-paragraph">{closing ? t('inspection.round.closeText') : t('inspection.round.reopenText')}</p>
      </ConfirmDialog>
    </>
  );
}

export function RoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const round = useRound(id);
  const arrived = ((useLocation().state ?? {}) as { notice?: string }).notice;
  const [notice, setNotice] = useState<string | null>(null);
  const shown = notice ?? arrived;

  if (round.isPending)
    return (
      <>
        <PageHeading title={t('inspection.title')}>{t('inspection.title')}</PageHeading>
        <Loading />
      </>
    );
  if (round.isError)
    return (
      <>
        <PageHeading title={t('inspection.title')}>{t('inspection.title')}</PageHeading>
        <LoadError error={round.error} />
        <BackLink to="/inspectie">{t('inspection.round.back')}</BackLink>
      </>
    );
  const r = round.data;
  const base = `/inspectie/rondes/${r.id}`;
  return (
    <>
      <PageHeading title={r.title}>{r.title}</PageHeading>
      <BackLink to="/inspectie">{t('inspection.round.back')}</BackLink>
      {shown && (
        <Alert kind="ok" takeFocus>
          {shown}
        </Alert>
      )}
      {r.status === 'closed' && <Alert kind="info">{t('inspection.round.closedNotice')}</Alert>}
      <DataList
        items={[
          { key: t('inspection.round.facts.kind'), value: t(`inspectionWords.roundKind.${r.kind}`) },
          {
            key: t('inspection.round.facts.status'),
            value: <StatusBadge status={r.status === 'open' ? 'active' : 'neutral'}>{t(`inspectionWords.roundStatus.${r.status}`)}</StatusBadge>,
          },
          { key: t('inspection.round.facts.period'), value: period(t, r.periodStart, r.periodEnd) },
          { key: t('inspection.round.facts.framework'), value: t('inspection.round.facts.frameworkVersion', { version: r.frameworkVersion }) },
          { key: t('inspection.round.facts.judged'), value: String(r.judgedCount) },
          ...(r.description ? [{ key: t('inspection.round.facts.description'), value: r.description }] : []),
        ]}
      />
      {/* The server would take new details for a closed round too, but a closed round promises that nothing changes until it is reopened. */}
      {r.status === 'open' && <EditRound round={r} onConflict={() => void round.refetch()} />}
      <nav className="baken-insp-links" aria-label={t('inspection.round.providersTitle')}>
        <ButtonGroup>
          <ButtonLink to={`${base}/cijfers`} appearance="primary">
            {t('inspection.round.toFigures')}
          </ButtonLink>
          <ButtonLink to={`${base}/verbeterplannen`}>{t('inspection.round.toPlans')}</ButtonLink>
          <ButtonLink to={`${base}/goede-voorbeelden`}>{t('inspection.round.toPractices')}</ButtonLink>
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--subtle" href={roundReportUrl(r.id)}>
            {t('inspection.round.roundReport')}
          </a>
        </ButtonGroup>
      </nav>

      <section aria-labelledby="providers">
        <Heading2 id="providers">{t('inspection.round.providersTitle')}</Heading2>
        {r.providers.length === 0 ? (
          <EmptyState title={t('inspection.round.providersEmpty')} />
        ) : (
          <Table
            caption={t('inspection.round.providersCaption')}
            captionHidden
            head={[
              t('inspection.round.provider'),
              t('inspection.round.careKind'),
              t('inspection.round.sufficient'),
              t('inspection.round.insufficient'),
              t('inspection.round.notAssessed'),
              t('inspection.round.report'),
            ]}
          >
            {r.providers.map((p) => (
              <Row key={p.id}>
                <Cell header>
                  <TextLink to={`${base}/aanbieders/${p.id}`}>{p.name}</TextLink>
                  {p.location && <span className="baken-hint"> — {p.location}</span>}
                  {p.bakenSlug && <div className="baken-hint">{t('inspection.round.linked', { slug: p.bakenSlug })}</div>}
                </Cell>
                <Cell>{t(`inspectionWords.careKind.${p.careKind}`)}</Cell>
                <Cell>{p.sufficient}</Cell>
                <Cell>{p.insufficient}</Cell>
                <Cell>{p.notAssessed}</Cell>
                <Cell>
                  <a className="utrecht-link utrecht-link--html-a" href={providerReportUrl(r.id, p.id)}>
                    {t('inspection.round.reportLink')}
                    <span className="baken-visually-hidden"> {t('inspection.round.reportOf', { name: p.name })}</span>
                  </a>
                </Cell>
              </Row>
            ))}
          </Table>
        )}
      </section>
      {r.status === 'open' && <AddProviderForm roundId={r.id} onAdded={(name) => setNotice(t('inspection.addProvider.added', { name }))} />}
      <section aria-labelledby="round-status">
        <Heading2 id="round-status">{t('inspection.round.statusTitle')}</Heading2>
        <p className="utrecht-paragraph">{r.status === 'open' ? t('inspection.round.statusOpen') : t('inspection.round.statusClosed')}</p>
        <StatusChange round={r} onDone={setNotice} />
      </section>
    </>
  );
}
