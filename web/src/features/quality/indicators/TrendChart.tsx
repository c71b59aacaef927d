// The trend of one indicator: the share meeting it per month as a line (the
// chart is hidden from screen readers), and the same figures in a table inside
// a <details>, which a keyboard reaches and opens like any button.
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Cell, Row, Table } from '../../../ui/Table';
import { percent, type IndicatorFigure } from './api';

/** "2026-03" as "mrt 2026" (or "Mar 2026"). */
function monthLabel(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, 1)));
}

export function TrendChart({ figure, months, title }: { figure: IndicatorFigure; months: string[]; title: string }) {
  const { t, i18n } = useTranslation();
  const byMonth = new Map(figure.trend.map((p) => [p.month, p]));
  const data = months.map((month) => {
    const point = byMonth.get(month);
    return { month: monthLabel(month, i18n.language), share: point ? percent(point.share) : null };
  });
  return (
    <div className="baken-indicator-trend">
      <figure className="baken-indicator-trend__chart">
        <div aria-hidden="true" style={{ width: '100%', height: 180 }}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="month" tick={{ fontSize: 11 }} interval={0} />
              <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" width={44} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(value) => [`${String(value)}%`, t('indicators.trend.share')]} />
              <Line type="linear" dataKey="share" stroke="hsl(205 70% 35%)" strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <figcaption className="baken-hint">{t('indicators.trend.chartLabel')}</figcaption>
      </figure>
      <details className="baken-indicator-trend__table">
        <summary>{t('indicators.trend.showTable')}</summary>
        <Table caption={t('indicators.trend.caption', { indicator: title })} head={[t('indicators.trend.month'), t('indicators.trend.met'), t('indicators.trend.population'), t('indicators.trend.share')]}>
          {months.map((month) => {
            const point = byMonth.get(month);
            const share = point ? percent(point.share) : null;
            return (
              <Row key={month}>
                <Cell header>
                  {monthLabel(month, i18n.language)} {point?.live ? t('indicators.trend.live') : ''}
                </Cell>
                <Cell>{point ? point.met : t('indicators.trend.notMeasured')}</Cell>
                <Cell>{point ? point.population : ''}</Cell>
                <Cell>{share === null ? '' : `${share}%`}</Cell>
              </Row>
            );
          })}
        </Table>
        <p className="utrecht-paragraph baken-hint">{t('indicators.trend.explain')}</p>
      </details>
    </div>
  );
}
