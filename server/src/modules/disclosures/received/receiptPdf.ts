// A received disclosure on paper (A4, Dutch), for the police desk: whom it is
// about, who disclosed it and how to reach them day and night, purpose, legal
// ground, the kinds of data with why each was needed, the photo, and every
// section exactly as it was disclosed. A loose page must still say what it is
// and that it is confidential, so every page carries the header and footer.
import PDFDocument from 'pdfkit';
import type { PrintedReceipt } from './received.service.js';
import { CATEGORY_LABELS, KIND_LABELS, LEGAL_GROUND_LABELS } from '../disclosures.labels.js';
import { RECEIPT_PDF_TEXT as TEXT } from './receiptPdfText.js';
import { formatMoment, pdfSafe } from '../../../platform/pdf/text.js';

type Doc = PDFKit.PDFDocument;

const PRIMARY = '#0b506f';
const INK = '#142430';
const MUTED = '#4d5a63';
const RULE = '#b9c6cf';
const MARGINS = { top: 62, bottom: 72, left: 62, right: 62 };
const PHOTO_BOX = { width: 112, height: 140 };

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
const keepTogether = (doc: Doc, needed: number) => {
  if (doc.y + needed > bottomLimit(doc)) doc.addPage();
};

function rule(doc: Doc, y: number, color = RULE) {
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.75)
    .strokeColor(color)
    .stroke();
}

export function renderReceiptPdf(receipt: PrintedReceipt): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'nl-NL',
    // What a viewer shows in its tab: no name in it.
    info: { Title: TEXT.title, Author: pdfSafe(receipt.sourceOrganisationName), Creator: TEXT.brand, Producer: TEXT.brand },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawHeader(doc, receipt);
  drawCategories(doc, receipt);
  drawContent(doc, receipt);
  drawPageFurniture(doc, receipt);
  doc.end();
  return finished;
}

function labelled(doc: Doc, x: number, width: number, label: string, value: string, labelWidth = 110) {
  const y = doc.y;
  doc.font('Helvetica-Bold').fontSize(10).fillColor(MUTED).text(label, x, y, { width: labelWidth - 8 });
  const labelBottom = doc.y;
  doc.font('Helvetica').fontSize(10).fillColor(INK).text(pdfSafe(value), x + labelWidth, y, { width: width - labelWidth, lineGap: 1.5 });
  doc.y = Math.max(doc.y, labelBottom) + 3;
  doc.x = x;
}

function drawHeader(doc: Doc, r: PrintedReceipt) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const top = doc.page.margins.top;
  doc.font('Helvetica-Bold').fontSize(11).fillColor(PRIMARY).text(TEXT.brand, left, top, { lineBreak: false });
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(pdfSafe(r.receivingOrganisationName), left + 80, top + 1, { width: width - 80, align: 'right' });
  rule(doc, top + 20, PRIMARY);

  const blockTop = top + 34;
  const textWidth = r.photo ? width - PHOTO_BOX.width - 24 : width;
  const photoBottom = r.photo ? drawPhoto(doc, r.photo, left + width - PHOTO_BOX.width, blockTop) : blockTop;
  doc.font('Helvetica-Bold').fontSize(20).fillColor(PRIMARY).text(TEXT.title, left, blockTop, { width: textWidth });
  doc.moveDown(0.15);
  doc.font('Helvetica-Bold').fontSize(15).fillColor(INK).text(pdfSafe(r.subjectName), { width: textWidth });
  doc.moveDown(0.8);
  const rows: [string, string][] = [
    [TEXT.from, r.sourceOrganisationName],
    [TEXT.phone247, r.sourcePhone247 ?? TEXT.noPhone],
    [TEXT.kind, KIND_LABELS[r.kind]],
    [TEXT.purpose, r.purpose],
    [TEXT.legalGround, LEGAL_GROUND_LABELS[r.legalGround]],
    [TEXT.decidedBy, r.decidedByName],
    [TEXT.disclosedAt, formatMoment(r.disclosedAt)],
    [TEXT.receivedAt, formatMoment(r.receivedAt)],
  ];
  for (const [label, value] of rows) labelled(doc, left, textWidth, label, value);
  doc.y = Math.max(doc.y, photoBottom) + 12;
  rule(doc, doc.y);
  doc.y += 14;
}

function drawPhoto(doc: Doc, photo: Buffer, x: number, y: number): number {
  try {
    // openImage is pdfkit's, missing from its types: it decodes once, so the size is known before drawing.
    const image = (doc as Doc & { openImage(src: Buffer): { width: number; height: number } }).openImage(photo);
    const scale = Math.min(PHOTO_BOX.width / image.width, PHOTO_BOX.height / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    const ix = x + (PHOTO_BOX.width - w) / 2;
    doc.image(image as never, ix, y, { width: w, height: h });
    doc.rect(ix, y, w, h).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(TEXT.photo, x, y + h + 5, { width: PHOTO_BOX.width, align: 'center' });
  } catch {
    // A damaged image must not cost the desk the whole page.
    doc.rect(x, y, PHOTO_BOX.width, 60).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(TEXT.photoUnreadable, x + 8, y + 16, { width: PHOTO_BOX.width - 16, align: 'center' });
  }
  return doc.y;
}

function heading(doc: Doc, text: string, size = 12.5) {
  keepTogether(doc, 48);
  doc.font('Helvetica-Bold').fontSize(size).fillColor(PRIMARY).text(pdfSafe(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function drawCategories(doc: Doc, r: PrintedReceipt) {
  heading(doc, TEXT.categories);
  const left = doc.page.margins.left;
  for (const c of r.categories) {
    keepTogether(doc, 28);
    labelled(doc, left, contentWidth(doc), CATEGORY_LABELS[c.category], c.why, 160);
  }
  doc.moveDown(0.8);
}

function drawContent(doc: Doc, r: PrintedReceipt) {
  heading(doc, TEXT.content);
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  if (r.content.title) {
    doc.font('Helvetica-Bold').fontSize(11.5).fillColor(INK).text(pdfSafe(r.content.title), left, doc.y, { width });
    doc.moveDown(0.5);
  }
  for (const section of r.content.sections) {
    if (section.heading) heading(doc, section.heading, 11);
    for (const line of section.lines) {
      keepTogether(doc, 20);
      if (line.label) labelled(doc, left, width, line.label, line.text, 150);
      else {
        doc.font('Helvetica').fontSize(10.5).fillColor(INK).text(pdfSafe(line.text), left, doc.y, { width, lineGap: 2 });
        doc.moveDown(0.2);
      }
    }
    doc.moveDown(0.7);
  }
}

function drawPageFurniture(doc: Doc, r: PrintedReceipt) {
  const { start, count } = doc.bufferedPageRange();
  const printed = TEXT.printed(formatMoment(r.printedAt), pdfSafe(r.printedByName));
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const left = doc.page.margins.left;
    const width = contentWidth(doc);
    // Writing in the bottom margin would make pdfkit start a new page; lift it while drawing.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (i > start) {
      doc.font('Helvetica').fontSize(8).fillColor(MUTED);
      doc.text(`${TEXT.brand} · ${pdfSafe(r.receivingOrganisationName)}`, left, 34, { width: width / 2, lineBreak: false });
      doc.text(`${TEXT.title}: ${pdfSafe(r.subjectName)}`, left + width / 2, 34, { width: width / 2, align: 'right', lineBreak: false });
      rule(doc, 46);
    }
    const footerTop = doc.page.height - 52;
    rule(doc, footerTop);
    doc.font('Helvetica-Bold').fontSize(8).fillColor(INK).text(TEXT.confidential, left, footerTop + 7, { width: width - 90, lineBreak: false });
    doc.font('Helvetica').fontSize(8).fillColor(INK).text(TEXT.page(i - start + 1, count), left + width - 90, footerTop + 7, { width: 90, align: 'right', lineBreak: false });
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED).text(printed, left, footerTop + 19, { width, lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** The name stays out of the file name: it would land in the downloads folder and the browser's history. */
export function receiptPdfFilename(receipt: Pick<PrintedReceipt, 'disclosedAt'>): string {
  return `ontvangen-gegevens-${receipt.disclosedAt.slice(0, 10)}.pdf`;
}
