// The round's improvement plans as one spreadsheet: a row per action (or per
// point without actions), in Dutch, semicolons, UTF-8 with a byte-order mark,
// and no cell a spreadsheet would run as a formula (everything here is typed in).
import { csvCell } from '../../disclosures/register/registerCsv.js';
import { ACTION_STATUS_LABELS, CARE_KIND_LABELS, VERDICT_LABELS } from '../reports/reportText.js';
import type { readImprovementExport } from './improvement.service.js';

type Export = Awaited<ReturnType<typeof readImprovementExport>>;

export function improvementCsv({ rows }: Export): string {
  const header = ['Aanbieder', 'Soort hulp', 'Verbeterpunt', 'Verwachtingen', 'Punt gereed vóór', 'Actie', 'Eigenaar', 'Actie gereed vóór', 'Stand', 'Over de datum', 'Voortgang', 'Laatste opvolging', 'Opvolging op', 'Toelichting inspectie'];
  const lines = rows.map(({ provider, point, action }) => {
    const last = action?.followUps.at(-1);
    return [
      provider.name,
      CARE_KIND_LABELS[provider.careKind],
      point.description,
      point.expectationRefs.join(', '),
      point.dueOn ?? '',
      action?.what ?? '',
      action?.ownerName ?? '',
      action?.dueOn ?? '',
      action ? ACTION_STATUS_LABELS[action.status] : '',
      action ? (action.overdue ? 'ja' : 'nee') : '',
      action?.progressNote ?? '',
      last ? VERDICT_LABELS[last.verdict] : '',
      last?.followedUpOn ?? '',
      last?.note ?? '',
    ];
  });
  return `\uFEFF${[header, ...lines].map((row) => row.map((v) => csvCell(String(v))).join(';')).join('\r\n')}\r\n`;
}
