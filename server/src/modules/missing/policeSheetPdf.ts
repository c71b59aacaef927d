// The police information sheet on paper (A4, Dutch), in the look of the
// printed safety plan: exactly the content that was handed over, the photo
// beside the name, and on every page whose sheet it is, that it is
// confidential, and when it went to whom. An officer may get it as a loose
// page in a car: the name, the 24/7 number and the urgency come first.
import type { DisclosedContent } from '../disclosures/disclosures.schemas.js';
import { SECTION_HEADINGS } from './policeSheetText.js';
import { formatMoment, pdfSafe } from '../../platform/pdf/text.js';
import { DANGER, INK, MUTED, bottomLimit, contentWidth, labelled, rule } from '../../platform/pdf/layout.js';
import { drawCaseFurniture, drawLetterhead, drawPhoto, drawTitle, openCaseDocument, sectionHeading } from '../../platform/pdf/caseDocument.js';

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

const PHOTO_BOX = { width: 124, height: 156 };
const LABEL_WIDTH = 150;

export const PDF_TEXT = {
  handedOver: (to: string, at: string) => `Overgedragen aan ${to} op ${at}`,
  decidedBy: (name: string) => `Besluit tot verstrekken: ${name}`,
  confidential: 'Vertrouwelijk — persoonsgegevens van een minderjarige, verstrekt voor het zoeken naar de jongere',
} as const;

export function renderPoliceSheetPdf(sheet: PrintedPoliceSheet): Promise<Buffer> {
  const { doc, finished } = openCaseDocument(sheet.content.title, sheet.organisationName);
  const photoSection = sheet.content.sections.find((s) => s.heading === SECTION_HEADINGS.photo);
  // Who to call back stands under the name, where an officer looks first.
  const contactSection = sheet.content.sections.find((s) => s.heading === SECTION_HEADINGS.organisation);
  drawHeader(doc, sheet, photoSection?.lines[0]?.text ?? null, contactSection);
  for (const section of sheet.content.sections) {
    // The photo stands beside the name; its line is the caption there.
    if ((section === photoSection && sheet.photo) || section === contactSection) continue;
    drawSection(doc, section);
  }
  drawCaseFurniture(doc, {
    organisationName: sheet.organisationName,
    runningTitle: `${pdfSafe(sheet.content.title)} ${pdfSafe(sheet.subjectName)}`,
    confidential: PDF_TEXT.confidential,
    printedAt: sheet.printedAt,
    printedByName: sheet.printedByName,
  });
  doc.end();
  return finished;
}

function drawHeader(doc: Doc, sheet: PrintedPoliceSheet, photoCaption: string | null, contact: DisclosedContent['sections'][number] | undefined) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const blockTop = drawLetterhead(doc, sheet.organisationName);
  const textWidth = sheet.photo ? width - PHOTO_BOX.width - 24 : width;
  const photoBottom = sheet.photo ? drawPhoto(doc, sheet.photo.content, { x: left + width - PHOTO_BOX.width, y: blockTop, box: PHOTO_BOX, caption: photoCaption }) : blockTop;
  drawTitle(doc, pdfSafe(sheet.content.title), pdfSafe(sheet.subjectName), { y: blockTop, width: textWidth, subjectSize: 17 });
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
  sectionHeading(doc, section.heading, { color: urgent ? DANGER : undefined });
  for (const line of section.lines) {
    if (doc.y + lineHeight(doc, line, width) > bottomLimit(doc)) doc.addPage();
    if (line.label) {
      const labelColor = urgent ? DANGER : MUTED;
      labelled(doc, left, width, pdfSafe(line.label), pdfSafe(line.text), { labelWidth: LABEL_WIDTH, labelGap: 10, labelColor, valueSize: 10.5, gap: 4 });
    } else {
      doc.font('Helvetica').fontSize(10.5).fillColor(INK).text(pdfSafe(line.text), left, doc.y, { width, lineGap: 1.5 });
      doc.y += 4;
      doc.x = left;
    }
  }
  doc.moveDown(0.9);
}
