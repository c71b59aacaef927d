// Page layout shared by Baken's papers, the reports (self-assessment, municipal
// checklist, inspection reports) and the case-file documents (caseDocument.ts):
// A4 margins, the house colours, and the few drawing steps every paper repeats.
// Each paper keeps its own content.
import PDFDocument from 'pdfkit';
import { pdfSafe } from './text.js';

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

/** The text cut to fit the width on one line, with an ellipsis when cut (in the current font and size). */
export function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export interface PageFurniture {
  /** The running header from page 2: who (left) and what (right); printed safe and cut to fit. */
  headerLeft: string;
  headerRight: string;
  /** The share of the width for the left part of the running header. */
  headerSplit?: number;
  /** The bold line at the foot of every page: how confidential the paper is. */
  confidential: string;
  /** "Pagina n van m" in the paper's words. */
  page: (n: number, of: number) => string;
  /** Who printed it and when. */
  printed: string;
}

/**
 * The running header (from page 2) and the footer of every page, drawn once
 * the number of pages is known (the document must buffer its pages).
 */
export function drawPageFurniture(doc: Doc, f: PageFurniture) {
  const { start, count } = doc.bufferedPageRange();
  const split = f.headerSplit ?? 0.5;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const left = doc.page.margins.left;
    const width = contentWidth(doc);
    // Writing in the bottom margin would make pdfkit start a new page; lift the margin while the footer is drawn.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (i > start) {
      const leftWidth = width * split;
      const rightWidth = width - leftWidth - 8;
      doc.font('Helvetica').fontSize(8).fillColor(MUTED);
      doc.text(fit(doc, pdfSafe(f.headerLeft), leftWidth), left, 34, { width: leftWidth, lineBreak: false });
      doc.text(fit(doc, pdfSafe(f.headerRight), rightWidth), left + leftWidth + 8, 34, { width: rightWidth, align: 'right', lineBreak: false });
      rule(doc, 46);
    }
    const footerTop = doc.page.height - 52;
    rule(doc, footerTop);
    doc.font('Helvetica-Bold').fontSize(8).fillColor(INK).text(f.confidential, left, footerTop + 7, { width: width - 90, lineBreak: false });
    doc.font('Helvetica').fontSize(8).fillColor(INK).text(f.page(i - start + 1, count), left + width - 90, footerTop + 7, { width: 90, align: 'right', lineBreak: false });
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED).text(f.printed, left, footerTop + 19, { width, lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
