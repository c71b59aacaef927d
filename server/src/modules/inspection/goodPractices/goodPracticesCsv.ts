// The register of good practices as a spreadsheet, like the other exports:
// Dutch, semicolons, UTF-8 with a byte-order mark, no cell run as a formula.
import { csvCell } from '../../disclosures/register/registerCsv.js';
import { CARE_KIND_LABELS } from '../reports/reportText.js';
import type { RegisterEntry } from './goodPractices.schemas.js';

export function goodPracticesCsv(entries: RegisterEntry[]): string {
  const header = ['Ronde', 'Aanbieder', 'Soort hulp', 'Titel', 'Beschrijving', 'Thema of verwachting', 'Vastgelegd door', 'Vastgelegd op'];
  const lines = entries.map((e) => [e.roundTitle, e.providerName, CARE_KIND_LABELS[e.careKind], e.title, e.description, e.ref ?? '', e.createdByName, e.createdAt.slice(0, 10)]);
  return `\uFEFF${[header, ...lines].map((row) => row.map((v) => csvCell(String(v))).join(';')).join('\r\n')}\r\n`;
}
