// The round's figures, as seed 004 shows them: per expectation and per theme
// the number of providers sufficient and insufficient, as stacked bars with
// the same numbers in a table beside them (the chart is hidden from screen
// readers; the table is the alternative), per provider a table, and each
// figure as CSV.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TextLink } from '../../ui/Button';
import { Heading2, PageHeading } from '../../ui/Heading';
import { EmptyState, LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { figureCsvUrl, useFigures, useFramework, type Figures } from './api';
import { expectationsByRef, JUDGMENT_COLOURS, textOf } from './words';
import './inspection.css';
import { BackLink } from '../../ui/BackLink';

const SHOWN = ['sufficient', 'insufficient', 'notAssessed'] as const;

/** One bar's data; only the counts (a field named "ref" would reach React as a ref). */
const bar = (name: string, c: { sufficient: number; insufficient: number; notAssessed: number }) => ({ name, sufficient: c.sufficient, insufficient: c.insufficient, notAssessed: c.notAssessed });

function StackedBars({ data, label }: { data: { name: string; sufficient: number; insufficient: number; notAssessed: number }[]; label: string }) {
  const { t } = useTranslation();
  const height = Math.max(160, data.length * 44 + 70);
  return (
    <figure className="baken-insp-chart">
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 13 }} />
            <YAxis type="category" dataKey="name" width={48} tick={{ fontSize: 13 }} />
            <Tooltip itemStyle={{ color: 'hsl(205 40% 12%)' }} />
            <Legend wrapperStyle={{ fontSize: 14 }} />
            {SHOWN.map((s) => (
              <Bar key={s} dataKey={s} name={t(`inspection.figures.${s}`)} stackId="providers" fill={JUDGMENT_COLOURS[s]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="baken-hint">
        {label}. {t('inspection.figures.chartHidden')}
      </figcaption>
    </figure>
  );
}

function CsvLink({ roundId, figure }: { roundId: string; figure: 'providers' | 'expectations' | 'themes' }) {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph">
      <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={figureCsvUrl(roundId, figure)} download>
        {t(`inspection.figures.csvOf.${figure}`)}
      </a>
    </p>
  );
}

function FigureSections({ figures, framework }: { figures: Figures; framework: NonNullable<ReturnType<typeof useFramework>['data']> }) {
  const { t, i18n } = useTranslation();
  const expectations = expectationsByRef(framework);
  const themeName = new Map(framework.themes.map((th) => [th.ref, textOf(th, i18n.language)]));
  const roundId = figures.round.id;
  const counts = (c: { applicable: number; sufficient: number; insufficient: number; notAssessed: number }) => (
    <>
      <Cell>{c.applicable}</Cell>
      <Cell>{c.sufficient}</Cell>
      <Cell>{c.insufficient}</Cell>
      <Cell>{c.notAssessed}</Cell>
    </>
  );
  const countHead = [t('inspection.figures.applicable'), t('inspection.figures.sufficient'), t('inspection.figures.insufficient'), t('inspection.figures.notAssessed')];
  return (
    <>
      <section aria-labelledby="by-expectation">
        <Heading2 id="by-expectation">{t('inspection.figures.byExpectation')}</Heading2>
        <div className="baken-insp-figure">
          <StackedBars label={t('inspection.figures.expectationCaption')} data={figures.expectations.map((e) => bar(e.ref, e))} />
          <Table caption={t('inspection.figures.expectationCaption')} head={[t('inspection.figures.expectation'), ...countHead]}>
            {figures.expectations.map((e) => (
              <Row key={e.ref}>
                <Cell header>
                  <span className="baken-insp-ref">{e.ref}</span>
                  {expectations.get(e.ref) && <span className="baken-insp-text">{textOf(expectations.get(e.ref)!, i18n.language)}</span>}
                </Cell>
                {counts(e)}
              </Row>
            ))}
          </Table>
        </div>
        <CsvLink roundId={roundId} figure="expectations" />
      </section>

      <section aria-labelledby="by-theme">
        <Heading2 id="by-theme">{t('inspection.figures.byTheme')}</Heading2>
        <div className="baken-insp-figure">
          <StackedBars label={t('inspection.figures.themeCaption')} data={figures.themes.map((th) => bar(th.ref, th))} />
          <Table caption={t('inspection.figures.themeCaption')} head={[t('inspection.figures.theme'), ...countHead, t('inspection.figures.inPack'), t('inspection.figures.inSource')]}>
            {figures.themes.map((th) => (
              <Row key={th.ref}>
                <Cell header>
                  {th.ref}. {themeName.get(th.ref) ?? ''}
                  {th.inPack.open + th.inPack.secured === 0 && <div className="baken-hint">{t('inspection.figures.noExpectationsInTheme')}</div>}
                </Cell>
                {counts(th)}
                <Cell>
                  {th.inPack.open} / {th.inPack.secured}
                </Cell>
                <Cell>
                  {th.inSource.open} / {th.inSource.secured}
                </Cell>
              </Row>
            ))}
          </Table>
        </div>
        <CsvLink roundId={roundId} figure="themes" />
      </section>

      <section aria-labelledby="by-provider">
        <Heading2 id="by-provider">{t('inspection.figures.byProvider')}</Heading2>
        <Table
          caption={t('inspection.figures.providerCaption')}
          head={[t('inspection.figures.provider'), t('inspection.figures.careKind'), t('inspection.figures.expectations'), t('inspection.figures.sufficient'), t('inspection.figures.insufficient'), t('inspection.figures.notAssessed')]}
        >
          {figures.providers.map((p) => (
            <Row key={p.id}>
              <Cell header>
                <TextLink to={`/inspectie/rondes/${roundId}/aanbieders/${p.id}`}>{p.name}</TextLink>
              </Cell>
              <Cell>{t(`inspectionWords.careKind.${p.careKind}`)}</Cell>
              {counts(p)}
            </Row>
          ))}
        </Table>
        <CsvLink roundId={roundId} figure="providers" />
      </section>
    </>
  );
}

export function FiguresPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const figures = useFigures(id);
  const framework = useFramework();
  const back = (
    <BackLink to={`/inspectie/rondes/${id}`}>{t('inspection.figures.back')}</BackLink>
  );
  if (figures.isPending || framework.isPending)
    return (
      <>
        <PageHeading title={t('inspection.title')}>{t('inspection.title')}</PageHeading>
        <Loading />
      </>
    );
  if (figures.isError || framework.isError)
    return (
      <>
        <PageHeading title={t('inspection.title')}>{t('inspection.title')}</PageHeading>
        <LoadError error={figures.error ?? framework.error} />
        {back}
      </>
    );
  const f = figures.data;
  const title = t('inspection.figures.titleOf', { title: f.round.title });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {back}
      <p className="utrecht-paragraph">{t('inspection.figures.intro')}</p>
      {f.providerCount === 0 ? (
        <EmptyState title={t('inspection.figures.empty')} />
      ) : (
        <>
          <p className="utrecht-paragraph">{t('inspection.figures.providerCount', { count: f.providerCount, open: f.providersByVariant.open, secured: f.providersByVariant.secured })}</p>
          <FigureSections figures={f} framework={framework.data} />
        </>
      )}
    </>
  );
}
