// Registrations per year as horizontal bars, one segment per form of
// exploitation. A picture for the eye only: the table beside it is the same
// data for everyone, so the figure names itself and points there, and each
// segment carries its number as text, not only its colour.
import { useTranslation } from 'react-i18next';
import { EXPLOITATION_FORMS } from '../../../../server/src/modules/comensha/comensha.options';
import type { ComenshaRegister } from './api';

type Counts = ComenshaRegister['countsByYear'];

const COLOURS: Record<(typeof EXPLOITATION_FORMS)[number], string> = { sexual: '#0b506f', criminal: '#9a4a12', both: '#5b3f8c' };
const LABEL_WIDTH = 56;
const BAR_AREA = 480;
const ROW = 34;
const BAR = 22;

export function CountsChart({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...counts.map((c) => c.total));
  const height = counts.length * ROW + 8;
  return (
    <figure className="baken-comensha-chart">
      <svg viewBox={`0 0 ${LABEL_WIDTH + BAR_AREA + 48} ${height}`} role="img" aria-labelledby="comensha-chart-title comensha-chart-desc" className="baken-comensha-chart__svg">
        <title id="comensha-chart-title">{t('comensha.register.chartTitle')}</title>
        <desc id="comensha-chart-desc">{t('comensha.register.chartDescription')}</desc>
        {counts.map((row, i) => {
          const y = i * ROW + 4;
          let x = LABEL_WIDTH;
          return (
            <g key={row.year}>
              <text x={LABEL_WIDTH - 10} y={y + BAR / 2} textAnchor="end" dominantBaseline="central" className="baken-comensha-chart__year">
                {row.year}
              </text>
              {EXPLOITATION_FORMS.map((form) => {
                const width = (row[form] / max) * BAR_AREA;
                const at = x;
                x += width;
                if (row[form] === 0) return null;
                return (
                  <g key={form}>
                    <rect x={at} y={y} width={width} height={BAR} fill={COLOURS[form]} stroke="#fff" strokeWidth={1} />
                    {width >= 22 && (
                      <text x={at + width / 2} y={y + BAR / 2} textAnchor="middle" dominantBaseline="central" fill="#fff" className="baken-comensha-chart__value">
                        {row[form]}
                      </text>
                    )}
                  </g>
                );
              })}
              <text x={x + 8} y={y + BAR / 2} dominantBaseline="central" className="baken-comensha-chart__total">
                {row.total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="baken-comensha-chart__legend">
          {EXPLOITATION_FORMS.map((form) => (
            <li key={form}>
              <span className="baken-comensha-chart__swatch" style={{ background: COLOURS[form] }} aria-hidden="true" />
              {t(`comensha.options.forms.${form}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
