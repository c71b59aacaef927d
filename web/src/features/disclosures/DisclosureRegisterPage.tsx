// The organisation's register of disclosures, for the designated officer:
// filters in the address (period, recipient kind, legal ground, source), the
// counts, the newest 500 rows, and the whole selection as CSV. A row links to
// the file only when the server says the viewer may open it.
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DISCLOSURE_SOURCES, LEGAL_GROUNDS, RECIPIENT_KINDS, type LegalGround, type RecipientKind } from '../../../../server/src/modules/disclosures/disclosures.options';
import { Button, ButtonGroup, TextLink } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Form';
import { formatDateTime } from '../../ui/format';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { ErrorSummary } from '../../ui/Form';
import { registerCsvHref, useRegister, type RegisterQuery } from './api';
import { categoryLabel, legalGroundLabel, recipientKindLabel, sourceLabel } from './labels';
import './disclosures.css';

/** Dutch names in the address bar, the API's names in the request. */
const PARAMS = { from: 'van', to: 'tot', recipientKind: 'ontvanger', legalGround: 'grondslag', source: 'bron' } as const;

export function DisclosureRegisterPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(
    Object.entries(PARAMS)
      .map(([key, param]) => [key, params.get(param) ?? undefined])
      .filter(([, v]) => v),
  ) as RegisterQuery;
  const register = useRegister(filter);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const [key, param] of Object.entries(PARAMS)) {
      const value = String(data.get(key) ?? '');
      if (value) next.set(param, value);
    }
    setParams(next);
  };
  const labels = { from: t('disclosureRegister.from'), to: t('disclosureRegister.to') };
  const r = register.data;
  return (
    <>
      <PageHeading title={t('disclosureRegister.title')}>{t('disclosureRegister.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('disclosureRegister.intro')}</p>
      <ErrorSummary error={register.error?.fields.length ? register.error : null} labels={labels} />
      <form onSubmit={submit} className="baken-search baken-register-filters" role="search" aria-label={t('disclosureRegister.filters')} key={params.toString()}>
        <TextField label={labels.from} name="from" type="date" defaultValue={filter.from ?? ''} error={register.error?.field('from')} />
        <TextField label={labels.to} name="to" type="date" defaultValue={filter.to ?? ''} error={register.error?.field('to')} />
        <SelectField
          label={t('disclosureRegister.recipientKind')}
          name="recipientKind"
          defaultValue={filter.recipientKind ?? ''}
          placeholder={t('disclosureRegister.all')}
          options={RECIPIENT_KINDS.map((k) => ({ value: k, label: recipientKindLabel(t, k) }))}
        />
        <SelectField
          label={t('disclosureRegister.legalGround')}
          name="legalGround"
          defaultValue={filter.legalGround ?? ''}
          placeholder={t('disclosureRegister.all')}
          options={LEGAL_GROUNDS.map((g) => ({ value: g, label: legalGroundLabel(t, g) }))}
        />
        <SelectField
          label={t('disclosureRegister.source')}
          name="source"
          defaultValue={filter.source ?? ''}
          placeholder={t('disclosureRegister.all')}
          options={DISCLOSURE_SOURCES.map((s) => ({ value: s, label: sourceLabel(t, s) }))}
        />
        <ButtonGroup>
          <Button type="submit">{t('disclosureRegister.apply')}</Button>
          {params.toString() && (
            <Button appearance="subtle" onClick={() => setParams(new URLSearchParams())}>
              {t('disclosureRegister.clear')}
            </Button>
          )}
        </ButtonGroup>
      </form>
      {register.isPending && <Loading />}
      {register.isError && !register.error.fields.length && <LoadError error={register.error} />}
      {r && (
        <>
          <p className="utrecht-paragraph baken-register-total" role="status">
            <strong>{t('disclosureRegister.total', { count: r.total })}</strong>
            {r.total > 0 && (
              <>
                {' · '}
                <a className="utrecht-link" href={registerCsvHref(filter)} download>
                  {t('disclosureRegister.csv')}
                </a>
              </>
            )}
          </p>
          {r.total > 0 && (
            <section aria-labelledby="register-counts">
              <Heading2 id="register-counts">{t('disclosureRegister.countsTitle')}</Heading2>
              <div className="baken-register-counts">
                <Table caption={t('disclosureRegister.byRecipientKind')} head={[t('disclosureRegister.recipientKind'), t('disclosureRegister.count')]}>
                  {r.byRecipientKind.map((c) => (
                    <Row key={c.key}>
                      <Cell header>{recipientKindLabel(t, c.key as RecipientKind)}</Cell>
                      <Cell>{c.count}</Cell>
                    </Row>
                  ))}
                </Table>
                <Table caption={t('disclosureRegister.byLegalGround')} head={[t('disclosureRegister.legalGround'), t('disclosureRegister.count')]}>
                  {r.byLegalGround.map((c) => (
                    <Row key={c.key}>
                      <Cell header>{legalGroundLabel(t, c.key as LegalGround)}</Cell>
                      <Cell>{c.count}</Cell>
                    </Row>
                  ))}
                </Table>
              </div>
            </section>
          )}
          {r.rows.length === 0 ? (
            <EmptyState title={t('disclosureRegister.none')} />
          ) : (
            <>
              {r.rows.length < r.total && <p className="utrecht-paragraph baken-hint">{t('disclosureRegister.shown', { shown: r.rows.length })}</p>}
              <Table stack
                caption={t('disclosureRegister.caption')}
                head={[t('disclosureRegister.when'), t('disclosureRegister.youth'), t('disclosureRegister.recipient'), t('disclosureRegister.purpose'), t('disclosureRegister.legalGround2'), t('disclosureRegister.categories'), t('disclosureRegister.decidedBy')]}
              >
                {r.rows.map((d) => (
                  <Row key={d.id}>
                    <Cell>
                      {formatDateTime(d.disclosedAt)}
                      <span className="baken-cell-sub">{sourceLabel(t, d.source)}</span>
                    </Cell>
                    <Cell header>
                      {d.youthId ? <TextLink to={`/jongeren/${d.youthId}/verstrekkingen/${d.id}`}>{d.youthName}</TextLink> : <span className="baken-hint">{t('disclosureRegister.noAccess')}</span>}
                    </Cell>
                    <Cell>
                      {d.recipientName}
                      <span className="baken-cell-sub">{recipientKindLabel(t, d.recipientKind)}</span>
                    </Cell>
                    <Cell>
                      <span className="baken-clamp">{d.purpose}</span>
                    </Cell>
                    <Cell>{legalGroundLabel(t, d.legalGround)}</Cell>
                    <Cell>{d.categories.map((c) => categoryLabel(t, c)).join(', ')}</Cell>
                    <Cell>{d.decidedByName ?? '—'}</Cell>
                  </Row>
                ))}
              </Table>
            </>
          )}
        </>
      )}
    </>
  );
}
