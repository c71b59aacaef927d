// The regional figures of a municipality or region (issue 7, point 2): per
// measure a bar chart per quarter with the same counts in a table beside it
// (the chart is hidden from screen readers; the table is the alternative),
// the funnel of seed 004 figure 1 with the estimate form, what is counted
// and how small counts are hidden, and the CSV. Suppression is done by the
// server; this page only shows what arrives.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { todayIso } from '../../ui/calendar';
import { ErrorSummary, SelectField, TextField } from '../../ui/Form';
import { Heading2, PageHeading } from '../../ui/Heading';
import { LoadError, Loading } from '../../ui/States';
import { Cell, Row, Table } from '../../ui/Table';
import { barValue, csvUrl, shownText, useFigures, useSaveEstimate, type Figures, type Shown } from './api';
import './regionalFigures.css';

const BAR_COLOUR = 'hsl(205 70% 35%)';

function Bars({ data, label }: { data: { name: string; value: number | null }[]; label: string }) {
  const { t } = useTranslation();
  // Axes with no bar say nothing; the table beside it still shows what is known.
  if (data.every((d) => d.value === null)) {
    return (
      <p className="utrecht-paragraph baken-rf-chart baken-rf-nochart">
        {t('regionalFigures.noChart')}
      </p>
    );
  }
  return (
    <figure className="baken-rf-chart">
      <div aria-hidden="true" style={{ width: '100%', height: 220 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
            <YAxis allowDecimals={false} tick={{ fontSize: 13 }} width={48} />
            <Tooltip itemStyle={{ color: 'hsl(205 40% 12%)' }} />
            <Bar dataKey="value" name={t('regionalFigures.count')} fill={BAR_COLOUR} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="baken-hint">
        {label}. {t('regionalFigures.chartHidden')}
      </figcaption>
    </figure>
  );
}

function MeasureSection({ row, year }: { row: Figures['rows'][number]; year: number }) {
  const { t } = useTranslation();
  const id = `rf-${row.measure}`;
  const title = t(`regionalFigures.measures.${row.measure}`);
  const quarters = row.quarters.map((s, i) => ({ name: t('regionalFigures.quarter', { q: i + 1 }), shown: s }));
  return (
    <section className="baken-section" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      <p className="utrecht-paragraph baken-hint">{t(`regionalFigures.measureHelp.${row.measure}`)}</p>
      <div className="baken-rf-figure">
        <Bars label={`${title}, ${year}`} data={quarters.map((q) => ({ name: q.name, value: barValue(q.shown) }))} />
        <Table caption={`${title}, ${year}`} head={[t('regionalFigures.period'), t('regionalFigures.count')]}>
          {quarters.map((q) => (
            <Row key={q.name}>
              <Cell header>{q.name}</Cell>
              <Cell>{shownText(q.shown)}</Cell>
            </Row>
          ))}
          <Row>
            <Cell header>{t('regionalFigures.yearColumn', { year })}</Cell>
            <Cell>{shownText(row.year)}</Cell>
          </Row>
        </Table>
      </div>
    </section>
  );
}

function EstimateForm({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const save = useSaveEstimate(figures.year);
  const [estimate, setEstimate] = useState(figures.funnel.estimate ? String(figures.funnel.estimate.value) : '');
  const [source, setSource] = useState(figures.funnel.estimate?.source ?? '');
  useEffect(() => {
    setEstimate(figures.funnel.estimate ? String(figures.funnel.estimate.value) : '');
    setSource(figures.funnel.estimate?.source ?? '');
    save.reset();
    // Only when another year is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [figures.year]);
  const labels = { estimate: t('regionalFigures.funnel.estimateField', { year: figures.year }), source: t('regionalFigures.funnel.sourceField') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = estimate.trim() === '' ? null : Number(estimate);
    save.mutate({ estimate: value === null || Number.isNaN(value) ? (null as unknown as number) : value, source });
  };
  return (
    <form className="baken-form" onSubmit={submit} noValidate aria-labelledby="rf-estimate-form">
      <h3 className="utrecht-heading-3" id="rf-estimate-form">
        {t('regionalFigures.funnel.formTitle', { year: figures.year })}
      </h3>
      <ErrorSummary error={save.error} labels={labels} />
      {save.isSuccess && <Alert kind="ok">{t('regionalFigures.funnel.saved')}</Alert>}
      <TextField
        label={labels.estimate}
        name="estimate"
        type="number"
        inputMode="numeric"
        min={0}
        description={t('regionalFigures.funnel.estimateHint')}
        value={estimate}
        onChange={(e) => setEstimate(e.target.value)}
        error={save.error?.field('estimate')}
        required
      />
      <TextField
        label={labels.source}
        name="source"
        description={t('regionalFigures.funnel.sourceHint')}
        value={source}
        onChange={(e) => setSource(e.target.value)}
        error={save.error?.field('source')}
        maxLength={500}
        required
      />
      <Button appearance="primary" type="submit" busy={save.isPending}>
        {t('regionalFigures.funnel.save')}
      </Button>
    </form>
  );
}

function Funnel({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const { estimate, comenshaRegistrations, specialisedCare } = figures.funnel;
  const steps: { name: string; shown: Shown | null; note?: string }[] = [
    { name: t('regionalFigures.funnel.estimate'), shown: estimate ? { kind: 'value', value: estimate.value } : null, note: estimate ? t('regionalFigures.funnel.source', { source: estimate.source }) : undefined },
    { name: t('regionalFigures.funnel.registered'), shown: comenshaRegistrations },
    { name: t('regionalFigures.funnel.inCare'), shown: specialisedCare },
  ];
  const caption = t('regionalFigures.funnel.caption', { year: figures.year });
  return (
    <section className="baken-section" aria-labelledby="rf-funnel">
      <Heading2 id="rf-funnel">{t('regionalFigures.funnel.title')}</Heading2>
      <p className="utrecht-paragraph">{t('regionalFigures.funnel.intro')}</p>
      <div className="baken-rf-figure">
        <Bars label={caption} data={steps.map((s) => ({ name: s.name, value: s.shown ? barValue(s.shown) : null }))} />
        <Table caption={caption} head={[t('regionalFigures.funnel.step'), t('regionalFigures.count')]}>
          {steps.map((s) => (
            <Row key={s.name}>
              <Cell header>
                {s.name}
                {s.note && <div className="baken-hint">{s.note}</div>}
              </Cell>
              <Cell>{s.shown ? shownText(s.shown) : t('regionalFigures.funnel.estimateNone')}</Cell>
            </Row>
          ))}
        </Table>
      </div>
      <EstimateForm figures={figures} />
    </section>
  );
}

export function RegionalFiguresPage() {
  const { t } = useTranslation();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const figures = useFigures(year);
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  return (
    <>
      <PageHeading title={t('regionalFigures.title')}>{t('regionalFigures.title')}</PageHeading>
      <p className="utrecht-paragraph">{t('regionalFigures.intro')}</p>
      <div className="baken-rf-year">
        <SelectField label={t('regionalFigures.year')} name="year" options={years.map((y) => ({ value: y, label: y }))} value={String(year)} onChange={(e) => setYear(Number(e.target.value))} />
      </div>
      <section className="baken-section" aria-labelledby="rf-how">
        <Heading2 id="rf-how">{t('regionalFigures.howTitle')}</Heading2>
        <p className="utrecht-paragraph">{t('regionalFigures.howIntro')}</p>
        <p className="utrecht-paragraph">
          <strong>{t('regionalFigures.suppressionTitle')}.</strong> {t('regionalFigures.suppression')}
        </p>
        <p className="utrecht-paragraph">{t('regionalFigures.yearNote')}</p>
      </section>
      {figures.isPending && <Loading label={t('regionalFigures.loading')} />}
      {figures.isError && <LoadError error={figures.error} />}
      {figures.data && (
        <>
          {figures.data.municipalityCodes.length > 0 ? (
            <p className="utrecht-paragraph">{t('regionalFigures.municipalities', { codes: figures.data.municipalityCodes.join(', ') })}</p>
          ) : (
            <Alert kind="warning">{t('regionalFigures.noMunicipalities')}</Alert>
          )}
          <p className="utrecht-paragraph">
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={csvUrl(year)} download>
              {t('regionalFigures.csv', { year })}
            </a>
          </p>
          <Funnel figures={figures.data} />
          {figures.data.rows.map((row) => (
            <MeasureSection key={row.measure} row={row} year={year} />
          ))}
        </>
      )}
    </>
  );
}
