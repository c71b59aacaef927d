// The inspector's rounds: the list, newest first, and a form to start a new
// round. A round opens on its own page, where the providers are added.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup, TextLink } from '../../ui/Button';
import { ErrorSummary, formValues } from '../../ui/Form';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useCreateRound, useRounds } from './api';
import { RoundFields, roundInputFrom, roundLabels } from './RoundFields';
import { period } from './words';
import './inspection.css';

function NewRoundForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRound();
  const [error, setError] = useState<ApiError | null>(null);
  const labels = roundLabels(t);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget) as Record<string, string>;
    setError(null);
    create.mutate(
      roundInputFrom(v),
      {
        onSuccess: (round) => void navigate(`/inspectie/rondes/${round.id}`, { state: { notice: t('inspection.newRound.created', { title: round.title }) } }),
        onError: setError,
      },
    );
  };
  return (
    <section aria-labelledby="new-round">
      <Heading2 id="new-round">{t('inspection.newRound.title')}</Heading2>
      <p className="utrecht-paragraph">{t('inspection.newRound.intro')}</p>
      <div className="baken-narrow">
        <ErrorSummary error={error} labels={labels} />
        <form onSubmit={submit} noValidate className="baken-form">
          <RoundFields error={error} />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={create.isPending}>
              {t('inspection.newRound.submit')}
            </Button>
          </ButtonGroup>
        </form>
      </div>
    </section>
  );
}

export function InspectionPage() {
  const { t } = useTranslation();
  const rounds = useRounds();
  return (
    <>
      <PageHeading title={t('inspection.title')}>{t('inspection.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('inspection.intro')}</p>
      <section aria-labelledby="rounds">
        <Heading2 id="rounds">{t('inspection.rounds.title')}</Heading2>
        {rounds.isPending ? (
          <Loading />
        ) : rounds.isError ? (
          <LoadError error={rounds.error} />
        ) : rounds.data.length === 0 ? (
          <EmptyState title={t('inspection.rounds.empty')} />
        ) : (
          <Table
            caption={t('inspection.rounds.caption')}
            captionHidden
            head={[t('inspection.rounds.name'), t('inspection.rounds.kind'), t('inspection.rounds.period'), t('inspection.rounds.status'), t('inspection.rounds.providers'), t('inspection.rounds.judged')]}
          >
            {rounds.data.map((r) => (
              <Row key={r.id}>
                <Cell header>
                  <TextLink to={`/inspectie/rondes/${r.id}`}>{r.title}</TextLink>
                </Cell>
                <Cell>{t(`inspectionWords.roundKind.${r.kind}`)}</Cell>
                <Cell>{period(t, r.periodStart, r.periodEnd)}</Cell>
                <Cell>
                  <StatusBadge status={r.status === 'open' ? 'active' : 'neutral'}>{t(`inspectionWords.roundStatus.${r.status}`)}</StatusBadge>
                </Cell>
                <Cell>{r.providerCount}</Cell>
                <Cell>{r.judgedCount}</Cell>
              </Row>
            ))}
          </Table>
        )}
      </section>
      <NewRoundForm />
    </>
  );
}
