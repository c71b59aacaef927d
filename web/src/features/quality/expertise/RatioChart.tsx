// Registered and unregistered staff per team (inspection expectation 5.2.1):
// a stacked bar per team, and the same figures in a table beside it (the chart
// is hidden from screen readers; the table is the alternative).
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Cell, Row, Table } from '../../../ui/Table';
import type { TeamRatio } from './api';

const COLOURS = { registered: 'hsl(145 55% 30%)', unregistered: 'hsl(3 65% 45%)' };

export function useRatioName() {
  const { t } = useTranslation();
  return (r: TeamRatio) => (r.scope === 'team' ? (r.teamName ?? '') : r.scope === 'noTeam' ? t('expertise.ratios.noTeam') : t('expertise.ratios.organisation'));
}

const percent = (value: number | null) => (value === null ? '–' : `${value}%`);

export function RatioTable({ ratios }: { ratios: TeamRatio[] }) {
  const { t } = useTranslation();
  const name = useRatioName();
  return (
    <Table
      caption={t('expertise.ratios.caption')}
      head={[
        t('expertise.ratios.team'),
        t('expertise.ratios.staff'),
        t('expertise.ratios.registered'),
        t('expertise.ratios.unregistered'),
        t('expertise.ratios.registeredPercent'),
        t('expertise.ratios.trained'),
        t('expertise.ratios.trainedPercent'),
      ]}
    >
      {ratios.map((r) => (
        <Row key={r.teamId ?? r.scope}>
          <Cell header>{r.scope === 'organisation' ? <strong>{name(r)}</strong> : name(r)}</Cell>
          <Cell>{r.staff}</Cell>
          <Cell>{r.registered}</Cell>
          <Cell>{r.unregistered}</Cell>
          <Cell>{percent(r.registeredPercent)}</Cell>
          <Cell>{r.withRelevantTraining}</Cell>
          <Cell>{percent(r.trainingPercent)}</Cell>
        </Row>
      ))}
    </Table>
  );
}

export function RatioChart({ ratios }: { ratios: TeamRatio[] }) {
  const { t } = useTranslation();
  const name = useRatioName();
  const data = ratios.filter((r) => r.scope !== 'organisation').map((r) => ({ name: name(r), registered: r.registered, unregistered: r.unregistered }));
  return (
    <figure className="baken-expertise-chart">
      <div aria-hidden="true" style={{ width: '100%', height: Math.max(160, 56 * data.length + 60) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 13 }} />
            <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 13 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 14 }} />
            <Bar dataKey="registered" name={t('expertise.ratios.registered')} stackId="staff" fill={COLOURS.registered} isAnimationActive={false} />
            <Bar dataKey="unregistered" name={t('expertise.ratios.unregistered')} stackId="staff" fill={COLOURS.unregistered} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="baken-hint">{t('expertise.ratios.chartLabel')}</figcaption>
    </figure>
  );
}
