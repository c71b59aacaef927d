// Page layout shared by Baken's reports (self-assessment, municipal checklist,
// inspection reports): A4 margins, the house colours, and the few drawing
// steps every report repeats. Each report keeps its own content and furniture.
type Doc = PDFKit.PDFDocument;

export const MARGINS = { top: 62, bottom: 72, left: 62, right: 62 };
export const INK = '#142430';
export const MUTED = '#4d5a63';
export const RULE = '#b9c6cf';

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

/** A label with its value beside it, the next line below the taller of the two. */
export function labelled(doc: Doc, x: number, width: number, label: string, value: string, opts: { labelWidth: number; color?: string; bold?: boolean; size?: number }) {
  const size = opts.size ?? 10;
  const y = doc.y;
  doc.font('Helvetica-Bold').fontSize(size).fillColor(MUTED).text(label, x, y, { width: opts.labelWidth - 8 });
  const labelBottom = doc.y;
  doc
    .font(opts.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(size)
    .fillColor(opts.color ?? INK)
    .text(value, x + opts.labelWidth, y, { width: width - opts.labelWidth, lineGap: 1.5 });
  doc.y = Math.max(doc.y, labelBottom) + 2;
  doc.x = x;
}
