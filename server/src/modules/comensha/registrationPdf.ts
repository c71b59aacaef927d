// The copy of a CoMensha registration on paper (A4, Dutch), in the look of the
// printed safety plan: Baken and the organisation at the top, the title and
// whom it is about, then every section of the registration as label and text.
// The professional prints it or sends it to CoMensha, so every page carries
// the footer that says it is confidential and whose it is.
import PDFDocument from 'pdfkit';
import type { DisclosedContent } from '../disclosures/disclosures.schemas.js';
import { PDF_TEXT, REGISTRATION_TEXT } from './registrationText.js';
import { dutchLocalDateTime } from './registrationContent.js';
import { formatMoment, pdfSafe } from '../../platform/pdf/text.js';

export interface PrintedRegistration {
  organisationName: string;
  youthName: string;
  /** Local Dutch time as registered (YYYY-MM-DDTHH:mm). */
  registeredAt: string;
  recipientName: string;
  content: DisclosedContent;
  printedAt: string;
  printedByName: string;
}

type Doc = PDFKit.PDFDocument;

// The safety plan's colours (safetyPlanPdf.ts), so Baken's papers look alike.
const PRIMARY = '#0b506f';
const INK = '#142430';
const MUTED = '#4d5a63';
const RULE = '#b9c6cf';

const MARGINS = { top: 62, bottom: 72, left: 62, right: 62 };
const LABEL_WIDTH = 150;
const BODY = { size: 10, lineGap: 1.8 };

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function keepTogether(doc: Doc, needed: number) {
  if (doc.y + needed > bottomLimit(doc)) doc.addPage();
}

function rule(doc: Doc, y: number, color = RULE) {
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.75)
    .strokeColor(color)
    .stroke();
}

export function renderRegistrationPdf(r: PrintedRegistration): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'nl-NL',
    // What a viewer shows in its tab: no name in it.
    info: { Title: REGISTRATION_TEXT.title, Author: pdfSafe(r.organisationName), Creator: PDF_TEXT.brand, Producer: PDF_TEXT.brand },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawHeader(doc, r);
  for (const section of r.content.sections) drawSection(doc, section);
  drawPageFurniture(doc, r);
  doc.end();
  return finished;
}

function drawHeader(doc: Doc, r: PrintedRegistration) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const top = doc.page.margins.top;
  doc.font('Helvetica-Bold').fontSize(11).fillColor(PRIMARY).text(PDF_TEXT.brand, left, top, { lineBreak: false });
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(pdfSafe(r.organisationName), left + 80, top + 1, { width: width - 80, align: 'right' });
  rule(doc, top + 20, PRIMARY);

  doc.font('Helvetica-Bold').fontSize(22).fillColor(PRIMARY).text(REGISTRATION_TEXT.title, left, top + 34, { width });
  doc.moveDown(0.15);
  doc.font('Helvetica-Bold').fontSize(15).fillColor(INK).text(pdfSafe(r.youthName), { width });
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(PDF_TEXT.intro, { width, lineGap: 1.5 });
  doc.moveDown(0.8);
  labelled(doc, PDF_TEXT.recipient, pdfSafe(r.recipientName));
  labelled(doc, REGISTRATION_TEXT.registeredAt, dutchLocalDateTime(r.registeredAt));
  doc.y += 10;
  rule(doc, doc.y);
  doc.y += 16;
}

/** A label and its text side by side; the text wraps in its own column and may run on to the next page. */
function labelled(doc: Doc, label: string | null, text: string) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const value = pdfSafe(text.trim()) || '—';
  const valueX = label ? left + LABEL_WIDTH : left;
  const valueWidth = label ? width - LABEL_WIDTH : width;
  doc.font('Helvetica').fontSize(BODY.size);
  const firstLines = Math.min(doc.heightOfString(value, { width: valueWidth, lineGap: BODY.lineGap }), 3 * (BODY.size * 1.2 + BODY.lineGap));
  doc.font('Helvetica-Bold');
  const labelHeight = label ? doc.heightOfString(label, { width: LABEL_WIDTH - 10 }) : 0;
  keepTogether(doc, Math.max(firstLines, labelHeight) + 4);
  const y = doc.y;
  let labelBottom = y;
  if (label) {
    // Half a point lower: the smaller label then shares the text's baseline.
    doc.font('Helvetica-Bold').fontSize(BODY.size - 0.5).fillColor(MUTED).text(label, left, y + 0.5, { width: LABEL_WIDTH - 10 });
    labelBottom = doc.y;
  }
  const startPage = doc.bufferedPageRange().count;
  doc.font('Helvetica').fontSize(BODY.size).fillColor(INK).text(value, valueX, y, { width: valueWidth, lineGap: BODY.lineGap });
  // A text that ran on to another page ends below its label whatever the label's height.
  const ranOn = doc.bufferedPageRange().count !== startPage;
  doc.y = (ranOn ? doc.y : Math.max(doc.y, labelBottom)) + 7;
  doc.x = left;
}

function drawSection(doc: Doc, section: DisclosedContent['sections'][number]) {
  keepTogether(doc, 60);
  doc.font('Helvetica-Bold').fontSize(12.5).fillColor(PRIMARY).text(pdfSafe(section.heading), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.35);
  for (const l of section.lines) labelled(doc, l.label === null ? null : pdfSafe(l.label), l.text);
  doc.moveDown(0.9);
}

function drawPageFurniture(doc: Doc, r: PrintedRegistration) {
  const { start, count } = doc.bufferedPageRange();
  const printed = PDF_TEXT.printed(formatMoment(r.printedAt), pdfSafe(r.printedByName));
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const left = doc.page.margins.left;
    const width = contentWidth(doc);
    // Writing in the bottom margin would make pdfkit start a new page; lift the margin while the footer is drawn.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (i > start) {
      doc.font('Helvetica').fontSize(8).fillColor(MUTED);
      doc.text(`${PDF_TEXT.brand} · ${pdfSafe(r.organisationName)}`, left, 34, { width: width / 2, lineBreak: false });
      doc.text(`${REGISTRATION_TEXT.title} · ${pdfSafe(r.youthName)}`, left + width / 2, 34, { width: width / 2, align: 'right', lineBreak: false });
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
