// The indicator figures as a spreadsheet: one row per indicator with its
// population, how many meet it and the share now, then the share per month of
// the trend. Counts only: no file is named. Semicolons and a byte-order mark,
// as the disclosure register does, for Excel in a Dutch locale.
import type { QualityFramework } from '../../../platform/content/content.js';
import { csvCell } from '../../disclosures/register/registerCsv.js';
import type { IndicatorsOutput } from './indicators.schemas.js';

const percent = (share: number | null) => (share === null ? '' : String(Math.round(share * 100)));

export function indicatorsCsv(output: IndicatorsOutput, framework: QualityFramework): string {
  const elements = new Map(framework.coreElements.map((e) => [e.ref, e]));
  const header = [
    'Kernelement',
    'Indicator',
    'Omschrijving',
    'Telt',
    'Van toepassing op',
    'Voldoet',
    'Aandeel (%)',
    'Voldoet niet, u kunt openen',
    'Voldoet niet, overige',
    ...output.months.map((m) => `Aandeel ${m} (%)`),
  ];
  const lines = output.indicators.map((figure) => {
    const element = elements.get(figure.coreElementRef);
    const text = element?.indicators.find((i) => i.ref === figure.ref)?.nl ?? '';
    const byMonth = new Map(figure.trend.map((p) => [p.month, p]));
    return [
      element ? `${element.ref} ${element.nl}` : figure.coreElementRef,
      figure.ref,
      text,
      figure.unit === 'staff' ? 'medewerkers' : 'dossiers',
      String(figure.population),
      String(figure.met),
      percent(figure.share),
      String(figure.notMet.openable),
      String(figure.notMet.hidden),
      ...output.months.map((m) => percent(byMonth.get(m)?.share ?? null)),
    ]
      .map(csvCell)
      .join(';');
  });
  return `\uFEFF${[header.map(csvCell).join(';'), ...lines].join('\r\n')}\r\n`;
}
