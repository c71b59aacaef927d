// The copy of a CoMensha registration on paper (A4, Dutch), in the look of the
// printed safety plan: Baken and the organisation at the top, the title and
// whom it is about, then every section of the registration as label and text.
// The professional prints it or sends it to CoMensha, so every page carries
// the footer that says it is confidential and whose it is.
import type { DisclosedContent } from '../disclosures/disclosures.schemas.js';
import { PDF_TEXT, REGISTRATION_TEXT } from './registrationText.js';
import { dutchLocalDateTime } from './registrationContent.js';
import { pdfSafe } from '../../platform/pdf/text.js';
import { INK, MUTED, contentWidth, keepTogether, rule } from '../../platform/pdf/layout.js';
import { drawCaseFurniture, drawLetterhead, drawTitle, openCaseDocument, sectionHeading } from '../../platform/pdf/caseDocument.js';

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

const LABEL_WIDTH = 150;
const BODY = { size: 10, lineGap: 1.8 };

export function renderRegistrationPdf(r: PrintedRegistration): Promise<Buffer> {
  const { doc, finished } = openCaseDocument(REGISTRATION_TEXT.title, r.organisationName);
  drawHeader(doc, r);
  for (const section of r.content.sections) drawSection(doc, section);
  drawCaseFurniture(doc, {
    organisationName: r.organisationName,
    runningTitle: `${REGISTRATION_TEXT.title} · ${pdfSafe(r.youthName)}`,
    confidential: PDF_TEXT.confidential,
    printedAt: r.printedAt,
    printedByName: r.printedByName,
  });
  doc.end();
  return finished;
}

function drawHeader(doc: Doc, r: PrintedRegistration) {
  const width = contentWidth(doc);
  const blockTop = drawLetterhead(doc, r.organisationName);
  drawTitle(doc, REGISTRATION_TEXT.title, pdfSafe(r.youthName), { y: blockTop, width });
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
  sectionHeading(doc, section.heading, { after: 0.35 });
  for (const l of section.lines) labelled(doc, l.label === null ? null : pdfSafe(l.label), l.text);
  doc.moveDown(0.9);
}
