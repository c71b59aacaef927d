// The summary per core element: a stacked bar per element with the number of
// criteria per status, and the same figures in a table beside it (the chart
// is hidden from screen readers, the table is the alternative).
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Cell, Row, Table } from '../../../ui/Table';
import type { Assessment, QualityFramework } from './api';
import { elementsByRef, nameOf, STATUS_ORDER } from './words';

/** Grey for not assessed, then from red to green; each also has its own place in the bar and the legend. */
const COLOURS: Record<(typeof STATUS_ORDER)[number], string> = {
  notAssessed: 'hsl(205 10% 72%)',
  notArranged: 'hsl(3 65% 45%)',
  beingArranged: 'hsl(38 95% 50%)',
  onPaper: 'hsl(199 70% 45%)',
  inPractice: 'hsl(145 55% 30%)',
};

export function SummaryTable({
  assessment,
  framework,
  caption,
  captionHidden = false,
  linkElements = false,
}: {
  assessment: Assessment;
  framework: QualityFramework;
  caption: string;
  captionHidden?: boolean;
  /** Each element's name links to its section further down the page. */
  linkElements?: boolean;
}) {
  const { t } = useTranslation();
  const elements = elementsByRef(framework);
  const overall = assessment.summary.overall.criteria;
  return (
    <Table
      caption={caption}
      captionHidden={captionHidden}
      head={[t('selfAssessment.summary.element'), ...STATUS_ORDER.map((s) => t(`selfAssessment.statuses.${s}`)), t('selfAssessment.summary.total'), t('selfAssessment.summary.overdue')]}
    >
      {assessment.summary.elements.map((e) => {
        const element = elements.get(e.ref);
        return (
          <Row key={e.ref}>
            <Cell header>
              {linkElements ? (
                <a className="utrecht-link" href={`#element-${e.ref.replace('.', '_')}`}>
                  {e.ref} {element ? nameOf(element) : ''}
                </a>
              ) : (
                <>
                  {e.ref} {element ? nameOf(element) : ''}
                </>
              )}
            </Cell>
            {STATUS_ORDER.map((s) => (
              <Cell key={s}>{e.criteria[s]}</Cell>
            ))}
            <Cell>{e.criteria.total}</Cell>
            <Cell>{e.criteria.overdue}</Cell>
          </Row>
        );
      })}
      <Row>
        <Cell header>{t('selfAssessment.summary.overall')}</Cell>
        {STATUS_ORDER.map((s) => (
          <Cell key={s}>{overall[s]}</Cell>
        ))}
        <Cell>{overall.total}</Cell>
        <Cell>{overall.overdue}</Cell>
      </Row>
    </Table>
  );
}

export function SummaryChart({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  // Not "ref": Recharts spreads each entry onto its elements, and React reads ref as a ref.
  const data = assessment.summary.elements.map((e) => ({ element: e.ref, ...Object.fromEntries(STATUS_ORDER.map((s) => [s, e.criteria[s]])) }));
  return (
    <figure className="baken-sa-chart">
      <div aria-hidden="true" inert style={{ width: '100%', height: 320 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="element" tick={{ fontSize: 13 }} />
            <YAxis allowDecimals={false} width={32} tick={{ fontSize: 13 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 14 }} formatter={(value: string) => <span style={{ color: 'var(--baken-color-ink)' }}>{value}</span>} itemSorter={(item) => STATUS_ORDER.indexOf(item.dataKey as (typeof STATUS_ORDER)[number])} />
            {[...STATUS_ORDER].reverse().map((s) => (
              <Bar key={s} dataKey={s} name={t(`selfAssessment.statuses.${s}`)} stackId="criteria" fill={COLOURS[s]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="baken-hint">{t('selfAssessment.summary.chartLabel')}</figcaption>
    </figure>
  );
}
