// A received disclosure on paper (A4, Dutch), for the police desk: whom it is
// about, who disclosed it and how to reach them day and night, purpose, legal
// ground, the kinds of data with why each was needed, the photo, and every
// section exactly as it was disclosed. A loose page must still say what it is
// and that it is confidential, so every page carries the header and footer.
import type { PrintedReceipt } from './received.service.js';
import { CATEGORY_LABELS, KIND_LABELS, LEGAL_GROUND_LABELS } from '../disclosures.labels.js';
import { RECEIPT_PDF_TEXT as TEXT } from './receiptPdfText.js';
import { formatMoment, pdfSafe } from '../../../platform/pdf/text.js';
import { INK, contentWidth, keepTogether, labelled as labelledRow, rule } from '../../../platform/pdf/layout.js';
import { drawCaseFurniture, drawLetterhead, drawPhoto, drawTitle, openCaseDocument, sectionHeading } from '../../../platform/pdf/caseDocument.js';

type Doc = PDFKit.PDFDocument;

const PHOTO_BOX = { width: 112, height: 140 };

export function renderReceiptPdf(receipt: PrintedReceipt): Promise<Buffer> {
  const { doc, finished } = openCaseDocument(TEXT.title, receipt.sourceOrganisationName);
  drawHeader(doc, receipt);
  drawCategories(doc, receipt);
  drawContent(doc, receipt);
  drawCaseFurniture(doc, {
    organisationName: receipt.receivingOrganisationName,
    runningTitle: `${TEXT.title}: ${pdfSafe(receipt.subjectName)}`,
    confidential: TEXT.confidential,
    printedAt: receipt.printedAt,
    printedByName: receipt.printedByName,
  });
  doc.end();
  return finished;
}

function labelled(doc: Doc, x: number, width: number, label: string, value: string, labelWidth = 110) {
  labelledRow(doc, x, width, label, pdfSafe(value), { labelWidth, gap: 3 });
}

function drawHeader(doc: Doc, r: PrintedReceipt) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const blockTop = drawLetterhead(doc, r.receivingOrganisationName);
  const textWidth = r.photo ? width - PHOTO_BOX.width - 24 : width;
  const photoAt = { x: left + width - PHOTO_BOX.width, y: blockTop, box: PHOTO_BOX, caption: TEXT.photo, captionWhenUnreadable: false };
  const photoBottom = r.photo ? drawPhoto(doc, r.photo, photoAt) : blockTop;
  drawTitle(doc, TEXT.title, pdfSafe(r.subjectName), { y: blockTop, width: textWidth, titleSize: 20 });
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

function heading(doc: Doc, text: string, size = 12.5) {
  keepTogether(doc, 48);
  sectionHeading(doc, text, { size });
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

/** The name stays out of the file name: it would land in the downloads folder and the browser's history. */
export function receiptPdfFilename(receipt: Pick<PrintedReceipt, 'disclosedAt'>): string {
  return `ontvangen-gegevens-${receipt.disclosedAt.slice(0, 10)}.pdf`;
}
