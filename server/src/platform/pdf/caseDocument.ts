// The furniture of Baken's case-file papers (the safety plan, the police
// information sheet, a received disclosure, the CoMensha registration): Baken
// and the organisation above the title, the photo beside it, and on every page
// whose paper it is, that it is confidential, its number and who printed it.
// A loose page, in a police car or on a desk, must still say all of that.
// Each document keeps its own words: its title, its confidentiality line, its
// sections.
import { INK, MUTED, PRIMARY, RULE, contentWidth, drawPageFurniture, openDocument, rule } from './layout.js';
import { formatMoment, pdfSafe } from './text.js';

type Doc = PDFKit.PDFDocument;

export const CASE_DOCUMENT_TEXT = {
  brand: 'Baken',
  photoUnreadable: 'De foto kon niet worden afgedrukt.',
  page: (n: number, of: number) => `Pagina ${n} van ${of}`,
  printed: (date: string, name: string) => `Afgedrukt op ${date} door ${name}`,
} as const;

/** A case-file document. The title is what a PDF viewer shows in its tab and window list: never a name. */
export function openCaseDocument(title: string, organisationName: string) {
  const brand = CASE_DOCUMENT_TEXT.brand;
  return openDocument({ Title: title, Author: pdfSafe(organisationName), Creator: brand, Producer: brand });
}

/** Baken and the organisation over a line; returns where the title block starts. */
export function drawLetterhead(doc: Doc, organisationName: string): number {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const top = doc.page.margins.top;
  doc.font('Helvetica-Bold').fontSize(11).fillColor(PRIMARY).text(CASE_DOCUMENT_TEXT.brand, left, top, { lineBreak: false });
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(pdfSafe(organisationName), left + 80, top + 1, { width: width - 80, align: 'right' });
  rule(doc, top + 20, PRIMARY);
  return top + 34;
}

/** The document's title and, below it, whom it is about; doc.y ends under the name. */
export function drawTitle(doc: Doc, title: string, subject: string, at: { y: number; width: number; titleSize?: number; subjectSize?: number }) {
  doc.font('Helvetica-Bold').fontSize(at.titleSize ?? 22).fillColor(PRIMARY).text(title, doc.page.margins.left, at.y, { width: at.width });
  doc.moveDown(0.15);
  doc.font('Helvetica-Bold').fontSize(at.subjectSize ?? 15).fillColor(INK).text(subject, { width: at.width });
}

export interface PhotoPlacement {
  x: number;
  y: number;
  box: { width: number; height: number };
  /** Under the photo; null for none. */
  caption: string | null;
  /** Whether the caption still says something under a photo that could not be printed. */
  captionWhenUnreadable?: boolean;
}

/** The photo scaled into its box, with its caption under it. Returns the bottom of the block. */
export function drawPhoto(doc: Doc, content: Buffer, { x, y, box, caption, captionWhenUnreadable = true }: PhotoPlacement): number {
  let imageBottom: number;
  let printed = true;
  try {
    // Only the first bytes were checked on upload; a damaged image must not cost the reader the whole document.
    // openImage is pdfkit's, missing from its types: it decodes once, so the size is known before drawing.
    const image = (doc as Doc & { openImage(src: Buffer): { width: number; height: number } }).openImage(content);
    const scale = Math.min(box.width / image.width, box.height / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    const ix = x + (box.width - w) / 2;
    doc.image(image as never, ix, y, { width: w, height: h });
    doc.rect(ix, y, w, h).lineWidth(0.5).strokeColor(RULE).stroke();
    imageBottom = y + h;
  } catch {
    printed = false;
    doc.rect(x, y, box.width, 60).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(CASE_DOCUMENT_TEXT.photoUnreadable, x + 8, y + 16, { width: box.width - 16, align: 'center' });
    imageBottom = y + 60;
  }
  if (caption === null || (!printed && !captionWhenUnreadable)) return imageBottom;
  doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(pdfSafe(caption), x - 8, imageBottom + 5, { width: box.width + 16, align: 'center' });
  return doc.y;
}

/** A section's heading across the text width. */
export function sectionHeading(doc: Doc, text: string, opts: { size?: number; color?: string; after?: number } = {}) {
  doc
    .font('Helvetica-Bold')
    .fontSize(opts.size ?? 12.5)
    .fillColor(opts.color ?? PRIMARY)
    .text(pdfSafe(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(opts.after ?? 0.3);
}

export interface CaseFurniture {
  organisationName: string;
  /** The running header's right half from page 2: what the document is and whose. */
  runningTitle: string;
  confidential: string;
  printedAt: string;
  printedByName: string;
}

/** The running header (from page 2) and the footer of every page, once the number of pages is known. */
export function drawCaseFurniture(doc: Doc, f: CaseFurniture) {
  drawPageFurniture(doc, {
    headerLeft: `${CASE_DOCUMENT_TEXT.brand} · ${f.organisationName}`,
    headerRight: f.runningTitle,
    confidential: f.confidential,
    page: CASE_DOCUMENT_TEXT.page,
    printed: CASE_DOCUMENT_TEXT.printed(formatMoment(f.printedAt), pdfSafe(f.printedByName)),
  });
}
