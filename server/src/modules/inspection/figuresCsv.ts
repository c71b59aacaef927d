// Every figure of a round as a spreadsheet, the way the register does it:
// Dutch column names and words, semicolons, UTF-8 with a byte-order mark, and
// no cell a spreadsheet would run as a formula (a provider's name is typed in).
import type { InspectionFramework } from '../../platform/content/content.js';
import { csvCell } from '../disclosures/register/registerCsv.js';
import { allExpectations } from './framework.js';
import type { FigureName } from './inspection.options.js';
import type { FiguresOutput } from './inspection.schemas.js';

const CARE_KIND_LABELS = { open: 'open', secured: 'gesloten', both: 'open en gesloten' } as const;
const VARIANT_LABELS = { open: 'open', secured: 'gesloten' } as const;

function table(header: string[], rows: (string | number)[][]): string {
  const lines = [header, ...rows].map((row) => row.map((value) => csvCell(String(value))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function figureCsv(framework: InspectionFramework, figures: FiguresOutput, figure: FigureName): string {
  const themeName = new Map(framework.themes.map((t) => [t.ref, t.nl]));
  const expectationText = new Map(allExpectations(framework).map((e) => [e.ref, e.nl]));
  const counts = (c: { applicable: number; sufficient: number; insufficient: number; notAssessed: number }) => [c.applicable, c.sufficient, c.insufficient, c.notAssessed];
  switch (figure) {
    case 'providers':
      return table(
        ['Aanbieder', 'Soort zorg', 'Variant kader', 'Verwachtingen', 'Voldoende', 'Onvoldoende', 'Niet beoordeeld'],
        figures.providers.map((p) => [p.name, CARE_KIND_LABELS[p.careKind], VARIANT_LABELS[p.variant], ...counts(p)]),
      );
    case 'expectations':
      return table(
        ['Thema', 'Verwachting', 'Omschrijving', 'Aanbieders', 'Voldoende', 'Onvoldoende', 'Niet beoordeeld'],
        figures.expectations.map((e) => [`${e.themeRef} ${themeName.get(e.themeRef) ?? ''}`, e.ref, expectationText.get(e.ref) ?? '', ...counts(e)]),
      );
    case 'themes':
      return table(
        ['Thema', 'Naam', 'Aanbieders', 'Voldoende', 'Onvoldoende', 'Niet beoordeeld', 'In kader (open)', 'In kader (gesloten)', 'In bron (open)', 'In bron (gesloten)'],
        figures.themes.map((t) => [t.ref, themeName.get(t.ref) ?? '', ...counts(t), t.inPack.open, t.inPack.secured, t.inSource.open, t.inSource.secured]),
      );
  }
}
