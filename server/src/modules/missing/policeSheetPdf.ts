// The police information sheet on paper (A4, Dutch), in the look of the
// printed safety plan: exactly the content that was handed over, the photo
// beside the name, and on every page whose sheet it is, that it is
// confidential, and when it went to whom. An officer may get it as a loose
// page in a car: the name, the 24/7 number and the urgency come first.
import PDFDocument from 'pdfkit';
import type { DisclosedContent } from '../disclosures/disclosures.schemas.js';
import { SECTION_HEADINGS } from './policeSheetText.js';
import { formatMoment, pdfSafe } from '../../platform/pdf/text.js';

export interface PrintedPoliceSheet {
  organisationName: string;
  subjectName: string;
  content: DisclosedContent;
  photo: { content: Buffer; takenOn: string | null; uploadedAt: string } | null;
  recipientName: string;
  disclosedAt: string;
  decidedByName: string;
  printedAt: string;
  printedByName: string;
}

type Doc = PDFKit.PDFDocument;

// The safety plan's colours (safetyPlanPdf.ts).
const PRIMARY = '#0b506f';
const INK = '#142430';
const MUTED = '#4d5a63';
const RULE = '#b9c6cf';
const DANGER = '#9b1c1c';

const MARGINS = { top: 62, bottom: 72, left: 62, right: 62 };
const PHOTO_BOX = { width: 124, height: 156 };
const LABEL_WIDTH = 150;

export const PDF_TEXT = {
  brand: 'Baken',
  handedOver: (to: string, at: string) => `Overgedragen aan ${to} op ${at}`,
  decidedBy: (name: string) => `Besluit tot verstrekken: ${name}`,
  photoUnreadable: 'De foto kon niet worden afgedrukt.',
  confidential: 'Vertrouwelijk — persoonsgegevens van een minderjarige, verstrekt voor het zoeken naar de jongere',
  page: (n: number, of: number) => `Pagina ${n} van ${of}`,
  printed: (date: string, name: string) => `Afgedrukt op ${date} door ${name}`,
} as const;

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function rule(doc: Doc, y: number, color = RULE) {
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.75)
    .strokeColor(color)
    .stroke();
}

export function renderPoliceSheetPdf(sheet: PrintedPoliceSheet): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'nl-NL',
    // What a viewer shows in its tab: no name in it.
    info: { Title: sheet.content.title, Author: pdfSafe(sheet.organisationName), Creator: PDF_TEXT.brand, Producer: PDF_TEXT.brand },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const photoSection = sheet.content.sections.find((s) => s.heading === SECTION_HEADINGS.photo);
  // Who to call back stands under the name, where an officer looks first.
  const contactSection = sheet.content.sections.find((s) => s.heading === SECTION_HEADINGS.organisation);
  drawHeader(doc, sheet, photoSection?.lines[0]?.text ?? null, contactSection);
  for (const section of sheet.content.sections) {
    // The photo stands beside the name; its line is the caption there.
    if ((section === photoSection && sheet.photo) || section === contactSection) continue;
    drawSection(doc, section);
  }
  drawPageFurniture(doc, sheet);
  doc.end();
  return finished;
}

function drawHeader(doc: Doc, sheet: PrintedPoliceSheet, photoCaption: string | null, contact: DisclosedContent['sections'][number] | undefined) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const top = doc.page.margins.top;
  doc.font('Helvetica-Bold').fontSize(11).fillColor(PRIMARY).text(PDF_TEXT.brand, left, top, { lineBreak: false });
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(pdfSafe(sheet.organisationName), left + 80, top + 1, { width: width - 80, align: 'right' });
  rule(doc, top + 20, PRIMARY);

  const blockTop = top + 34;
  const textWidth = sheet.photo ? width - PHOTO_BOX.width - 24 : width;
  const photoBottom = sheet.photo ? drawPhoto(doc, sheet.photo.content, photoCaption, left + width - PHOTO_BOX.width, blockTop) : blockTop;
  doc.font('Helvetica-Bold').fontSize(22).fillColor(PRIMARY).text(pdfSafe(sheet.content.title), left, blockTop, { width: textWidth });
  doc.moveDown(0.15);
  doc.font('Helvetica-Bold').fontSize(17).fillColor(INK).text(pdfSafe(sheet.subjectName), { width: textWidth });
  if (contact) {
    doc.moveDown(0.4);
    for (const line of contact.lines) {
      doc.font('Helvetica-Bold').fontSize(10.5).fillColor(INK).text(`${pdfSafe(line.label ?? '')}: `, { width: textWidth, continued: true });
      doc.font('Helvetica').text(pdfSafe(line.text));
    }
  }
  doc.moveDown(0.6);
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED);
  doc.text(PDF_TEXT.handedOver(pdfSafe(sheet.recipientName), formatMoment(sheet.disclosedAt)), { width: textWidth });
  doc.text(PDF_TEXT.decidedBy(pdfSafe(sheet.decidedByName)), { width: textWidth });
  doc.y = Math.max(doc.y, photoBottom) + 14;
  rule(doc, doc.y);
  doc.y += 14;
}

function drawPhoto(doc: Doc, content: Buffer, caption: string | null, x: number, y: number): number {
  let imageBottom: number;
  try {
    // openImage is pdfkit's, missing from its types: it decodes once, so the size is known before drawing.
    const image = (doc as Doc & { openImage(src: Buffer): { width: number; height: number } }).openImage(content);
    const scale = Math.min(PHOTO_BOX.width / image.width, PHOTO_BOX.height / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    const ix = x + (PHOTO_BOX.width - w) / 2;
    doc.image(image as never, ix, y, { width: w, height: h });
    doc.rect(ix, y, w, h).lineWidth(0.5).strokeColor(RULE).stroke();
    imageBottom = y + h;
  } catch {
    doc.rect(x, y, PHOTO_BOX.width, 60).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(PDF_TEXT.photoUnreadable, x + 8, y + 16, { width: PHOTO_BOX.width - 16, align: 'center' });
    imageBottom = y + 60;
  }
  if (caption) doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(pdfSafe(caption), x - 8, imageBottom + 5, { width: PHOTO_BOX.width + 16, align: 'center' });
  return doc.y;
}

function lineHeight(doc: Doc, line: { label: string | null; text: string }, width: number): number {
  doc.font('Helvetica').fontSize(10.5);
  const textWidth = line.label ? width - LABEL_WIDTH : width;
  const text = doc.heightOfString(pdfSafe(line.text), { width: textWidth, lineGap: 1.5 });
  doc.font('Helvetica-Bold').fontSize(10);
  const label = line.label ? doc.heightOfString(pdfSafe(line.label), { width: LABEL_WIDTH - 10 }) : 0;
  return Math.max(text, label) + 5;
}

function drawSection(doc: Doc, section: DisclosedContent['sections'][number]) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const urgent = section.heading === SECTION_HEADINGS.urgency;
  // The heading with at least its first line on one page.
  const first = section.lines[0];
  if (doc.y + 26 + (first ? lineHeight(doc, first, width) : 0) > bottomLimit(doc)) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(12.5).fillColor(urgent ? DANGER : PRIMARY).text(pdfSafe(section.heading), left, doc.y, { width });
  doc.moveDown(0.3);
  for (const line of section.lines) {
    if (doc.y + lineHeight(doc, line, width) > bottomLimit(doc)) doc.addPage();
    const y = doc.y;
    if (line.label) {
      doc.font('Helvetica-Bold').fontSize(10).fillColor(urgent ? DANGER : MUTED).text(pdfSafe(line.label), left, y, { width: LABEL_WIDTH - 10 });
      const labelBottom = doc.y;
      doc.font('Helvetica').fontSize(10.5).fillColor(INK).text(pdfSafe(line.text), left + LABEL_WIDTH, y, { width: width - LABEL_WIDTH, lineGap: 1.5 });
      doc.y = Math.max(doc.y, labelBottom) + 4;
    } else {
      doc.font('Helvetica').fontSize(10.5).fillColor(INK).text(pdfSafe(line.text), left, y, { width, lineGap: 1.5 });
      doc.y += 4;
    }
    doc.x = left;
  }
  doc.moveDown(0.9);
}

/** The running header (from page 2) and the footer of every page, once the number of pages is known. */
function drawPageFurniture(doc: Doc, sheet: PrintedPoliceSheet) {
  const { start, count } = doc.bufferedPageRange();
  const printed = PDF_TEXT.printed(formatMoment(sheet.printedAt), pdfSafe(sheet.printedByName));
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const left = doc.page.margins.left;
    const width = contentWidth(doc);
    // Writing in the bottom margin would make pdfkit start a new page; lift the margin while the footer is drawn.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (i > start) {
      doc.font('Helvetica').fontSize(8).fillColor(MUTED);
      doc.text(`${PDF_TEXT.brand} · ${pdfSafe(sheet.organisationName)}`, left, 34, { width: width / 2, lineBreak: false });
      doc.text(`${pdfSafe(sheet.content.title)} ${pdfSafe(sheet.subjectName)}`, left + width / 2, 34, { width: width / 2, align: 'right', lineBreak: false });
      rule(doc, 46);
    }
    const footerTop = doc.page.height - 52;
    rule(doc, footerTop);
    doc.font('Helvetica-Bold').fontSize(8).fillColor(INK).text(PDF_TEXT.confidential, left, footerTop + 7, { width: width - 90, lineBreak: false });
    doc.font('Helvetica').fontSize(8).fillColor(INK).text(PDF_TEXT.page(i - start + 1, count), left + width - 90, footerTop + 7, { width: 90, align: 'right', lineBreak: false });
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED).text(printed, left, footerTop + 19, { width, lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
