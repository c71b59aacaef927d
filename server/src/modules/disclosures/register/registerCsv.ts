// The register as a spreadsheet: Dutch column names and words for the codes,
// semicolons (what Excel expects in a Dutch locale), UTF-8 with a byte-order
// mark so accents survive. A cell that a spreadsheet would read as a formula
// (starting with = + - @ or a tab) gets a leading apostrophe: a recipient's
// name typed in must never run as a formula on the officer's machine.
import { CATEGORY_LABELS, KIND_LABELS, LEGAL_GROUND_LABELS, RECIPIENT_KIND_LABELS, SECRECY_GROUND_LABELS } from '../disclosures.labels.js';
import type { RegisterRow } from './register.schemas.js';
import { formatMoment } from '../../../platform/pdf/text.js';

const HEADER = [
  'Verstrekt op',
  'Bron',
  'Soort ontvanger',
  'Ontvanger',
  'Doel',
  'Grondslag',
  'Beroepsgeheim',
  'Soorten gegevens',
  'Besloten door',
  'Jongere geïnformeerd',
  'In Baken bezorgd',
  'Jongere',
];

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function registerCsv(rows: RegisterRow[]): string {
  const lines = rows.map((r) =>
    [
      formatMoment(r.disclosedAt),
      KIND_LABELS[r.source],
      RECIPIENT_KIND_LABELS[r.recipientKind],
      r.recipientName,
      r.purpose,
      LEGAL_GROUND_LABELS[r.legalGround],
      SECRECY_GROUND_LABELS[r.secrecyGround],
      r.categories.map((c) => CATEGORY_LABELS[c]).join(', '),
      r.decidedByName ?? '',
      r.youthInformed ? 'ja' : 'nee',
      r.delivered ? 'ja' : 'nee',
      // A file the viewer may not open stays unnamed here too.
      r.youthName ?? '',
    ]
      .map(csvCell)
      .join(';'),
  );
  return `\uFEFF${[HEADER.map(csvCell).join(';'), ...lines].join('\r\n')}\r\n`;
}
