// The inspector's rounds: the list, newest first, and a form to start a new
// round. A round opens on its own page, where the providers are added.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROUND_KINDS } from '../../../../server/src/modules/inspection/inspection.options';
import type { ApiError } from '../../api/http';
import { StatusBadge } from '../../ui/Badge';
import { Button, ButtonGroup, TextLink } from '../../ui/Button';
import { ErrorSummary, SelectField, TextAreaField, TextField, formValues } from '../../ui/Form';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { useCreateRound, useRounds, type RoundInput } from './api';
import { period } from './words';
import './inspection.css';

function NewRoundForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRound();
  const [error, setError] = useState<ApiError | null>(null);
  const labels = {
    title: t('inspection.newRound.fields.title'),
    kind: t('inspection.newRound.fields.kind'),
    description: t('inspection.newRound.fields.description'),
    periodStart: t('inspection.newRound.fields.periodStart'),
    periodEnd: t('inspection.newRound.fields.periodEnd'),
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget) as Record<string, string>;
    setError(null);
    create.mutate(
      {
        title: v.title ?? '',
        kind: (v.kind ?? 'thematic') as RoundInput['kind'],
        description: v.description ?? '',
        periodStart: v.periodStart || null,
        periodEnd: v.periodEnd || null,
      },
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
          <TextField label={labels.title} name="title" required autoComplete="off" description={t('inspection.newRound.fields.titleHint')} error={error?.field('title')} />
          <SelectField
            label={labels.kind}
            name="kind"
            required
            defaultValue="thematic"
            options={ROUND_KINDS.map((k) => ({ value: k, label: t(`inspectionWords.roundKind.${k}`) }))}
            error={error?.field('kind')}
          />
          <TextAreaField label={labels.description} name="description" optional rows={3} description={t('inspection.newRound.fields.descriptionHint')} error={error?.field('description')} />
          <TextField label={labels.periodStart} name="periodStart" type="date" optional error={error?.field('periodStart')} />
          <TextField label={labels.periodEnd} name="periodEnd" type="date" optional error={error?.field('periodEnd')} />
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
