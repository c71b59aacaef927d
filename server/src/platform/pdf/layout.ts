// Page layout shared by Baken's papers, the reports (self-assessment, municipal
// checklist, inspection reports) and the case-file documents (caseDocument.ts):
// A4 margins, the house colours, and the few drawing steps every paper repeats.
// Each paper keeps its own content.
import PDFDocument from 'pdfkit';

type Doc = PDFKit.PDFDocument;

export const MARGINS = { top: 62, bottom: 72, left: 62, right: 62 };
export const INK = '#142430';
export const MUTED = '#4d5a63';
export const RULE = '#b9c6cf';
// The screen's colours (web/src/ui/theme.css), darkened where needed to print legibly.
export const PRIMARY = '#0b506f';
export const DANGER = '#9b1c1c';
export const WARNING = '#7a4a00';

/** An A4 page in Dutch whose bytes are collected: `finished` holds the file once doc.end() is called. */
export function openDocument(info: PDFKit.DocumentInfo): { doc: Doc; finished: Promise<Buffer> } {
  // bufferPages: the furniture is drawn last, when the number of pages is known.
  const doc = new PDFDocument({ size: 'A4', margins: MARGINS, bufferPages: true, lang: 'nl-NL', info });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}

export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** A new page when what follows would not fit on this one. */
export function keepTogether(doc: Doc, needed: number) {
  if (doc.y + needed > bottomLimit(doc)) doc.addPage();
}

/** A thin line across the text width. */
export function rule(doc: Doc, y: number, color = RULE) {
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.75)
    .strokeColor(color)
    .stroke();
}

export interface LabelledOptions {
  labelWidth: number;
  /** The value's colour and weight. */
  color?: string;
  bold?: boolean;
  size?: number;
  /** The value's size when it differs from the label's. */
  valueSize?: number;
  labelColor?: string;
  /** Space between the label's column and the value's. */
  labelGap?: number;
  /** Space below the row. */
  gap?: number;
}

/** A label with its value beside it, the next line below the taller of the two. */
export function labelled(doc: Doc, x: number, width: number, label: string, value: string, opts: LabelledOptions) {
  const size = opts.size ?? 10;
  const y = doc.y;
  doc
    .font('Helvetica-Bold')
    .fontSize(size)
    .fillColor(opts.labelColor ?? MUTED)
    .text(label, x, y, { width: opts.labelWidth - (opts.labelGap ?? 8) });
  const labelBottom = doc.y;
  doc
    .font(opts.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(opts.valueSize ?? size)
    .fillColor(opts.color ?? INK)
    .text(value, x + opts.labelWidth, y, { width: width - opts.labelWidth, lineGap: 1.5 });
  doc.y = Math.max(doc.y, labelBottom) + (opts.gap ?? 2);
  doc.x = x;
}
