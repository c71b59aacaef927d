// The safety plan on paper (A4, Dutch): who it is about and which version, the
// photo, every section, and as an appendix the risky network from the network
// analysis. Professionals print it for the group's office and for the police
// when the youth goes missing, so a loose page must still say what it is, whose
// it is and that it is confidential: every page carries a running header and
// the footer. Helvetica is built into every PDF reader; pdfSafe keeps the text
// within what it can print.
import PDFDocument from 'pdfkit';
import { CLASSIFICATION_LABELS, PDF_TEXT, PLACE_KIND_LABELS, SECTION_HEADINGS } from './pdfText.js';
import type { SAFETY_PLAN_SECTIONS } from '../records/kinds/safetyPlan.js';
import { dayOf, formatDay, formatMoment, pdfSafe } from '../../../platform/pdf/text.js';

export interface PrintedSafetyPlan {
  organisationName: string;
  youth: { firstName: string; lastName: string; dateOfBirth: string };
  version: number;
  reviewOn: string | null;
  signedOff: { at: string; byName: string } | null;
  updated: { at: string; byName: string };
  sections: { section: (typeof SAFETY_PLAN_SECTIONS)[number]; text: string }[];
  photo: { content: Buffer; takenOn: string | null; uploadedAt: string } | null;
  persons: { name: string; relation: string; classification: string; phones: string[]; addresses: string[]; vehicles: { plate: string; description: string }[] }[];
  places: { address: string; kind: string; classification: string }[];
  printedAt: string;
  printedByName: string;
}

type Doc = PDFKit.PDFDocument;

// The screen's colours (web/src/ui/theme.css), darkened where needed to print legibly.
const PRIMARY = '#0b506f';
const INK = '#142430';
const MUTED = '#4d5a63';
const RULE = '#b9c6cf';
const DANGER = '#9b1c1c';
const WARNING = '#7a4a00';

const MARGINS = { top: 62, bottom: 72, left: 62, right: 62 };
const PHOTO_BOX = { width: 112, height: 140 };
const BODY = { font: 'Helvetica', size: 10.5, lineGap: 2.5 };

export function renderSafetyPlanPdf(plan: PrintedSafetyPlan): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'nl-NL',
    // The title is what a PDF viewer shows in its tab and window list: no name in it.
    info: { Title: `${PDF_TEXT.title} versie ${plan.version}`, Author: pdfSafe(plan.organisationName), Creator: PDF_TEXT.brand, Producer: PDF_TEXT.brand },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fullName = pdfSafe(`${plan.youth.firstName} ${plan.youth.lastName}`);
  drawHeader(doc, plan, fullName);
  for (const { section, text } of plan.sections) drawSection(doc, SECTION_HEADINGS[section], text);
  drawAppendix(doc, plan);
  drawPageFurniture(doc, plan, fullName);
  doc.end();
  return finished;
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomLimit = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `needed` points still fit, so a heading never ends a page alone. */
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

function drawHeader(doc: Doc, plan: PrintedSafetyPlan, fullName: string) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const top = doc.page.margins.top;

  doc.font('Helvetica-Bold').fontSize(11).fillColor(PRIMARY).text(PDF_TEXT.brand, left, top, { lineBreak: false });
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(pdfSafe(plan.organisationName), left + 80, top + 1, { width: width - 80, align: 'right' });
  rule(doc, top + 20, PRIMARY);

  const blockTop = top + 34;
  const textWidth = plan.photo ? width - PHOTO_BOX.width - 24 : width;
  const photoBottom = plan.photo ? drawPhoto(doc, plan.photo, left + width - PHOTO_BOX.width, blockTop) : blockTop;

  doc.font('Helvetica-Bold').fontSize(22).fillColor(PRIMARY).text(PDF_TEXT.title, left, blockTop, { width: textWidth });
  doc.moveDown(0.15);
  doc.font('Helvetica-Bold').fontSize(15).fillColor(INK).text(fullName, { width: textWidth });
  doc.font('Helvetica').fontSize(10.5).fillColor(MUTED).text(`${PDF_TEXT.bornOn} ${formatDay(plan.youth.dateOfBirth)}`, { width: textWidth });
  doc.moveDown(0.9);

  const status = plan.signedOff ? PDF_TEXT.signedOff(pdfSafe(plan.signedOff.byName), formatMoment(plan.signedOff.at)) : PDF_TEXT.draft;
  const rows: [string, string, string?][] = [
    [PDF_TEXT.version, String(plan.version)],
    [PDF_TEXT.status, status, plan.signedOff ? INK : WARNING],
    [PDF_TEXT.reviewOn, plan.reviewOn ? formatDay(plan.reviewOn) : '—'],
    [PDF_TEXT.lastChanged, `${formatMoment(plan.updated.at)} ${PDF_TEXT.by} ${pdfSafe(plan.updated.byName)}`],
  ];
  for (const [label, value, color] of rows) labelled(doc, left, textWidth, label, value, { labelWidth: 96, color, bold: label === PDF_TEXT.status });

  doc.y = Math.max(doc.y, photoBottom) + 14;
  rule(doc, doc.y);
  doc.y += 16;
}

/** The photo scaled into its box, with when it was taken under it. Returns the bottom of the block. */
function drawPhoto(doc: Doc, photo: NonNullable<PrintedSafetyPlan['photo']>, x: number, y: number): number {
  const caption = photo.takenOn ? PDF_TEXT.photoTakenOn(formatDay(photo.takenOn)) : PDF_TEXT.photoUploadedOn(formatDay(dayOf(photo.uploadedAt)));
  let imageBottom: number;
  try {
    // Only the first bytes were checked on upload; a damaged image must not cost the professional the whole plan.
    // openImage is pdfkit's, missing from its types: it decodes once, so the size is known before drawing.
    const image = (doc as Doc & { openImage(src: Buffer): { width: number; height: number } }).openImage(photo.content);
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
  doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(caption, x - 8, imageBottom + 5, { width: PHOTO_BOX.width + 16, align: 'center' });
  return doc.y;
}

/** A label and its value side by side; the value wraps in its own column. */
function labelled(doc: Doc, x: number, width: number, label: string, value: string, opts: { labelWidth: number; color?: string; bold?: boolean; size?: number }) {
  const size = opts.size ?? 10;
  const y = doc.y;
  const valueWidth = width - opts.labelWidth;
  doc.font('Helvetica-Bold').fontSize(size).fillColor(MUTED).text(label, x, y, { width: opts.labelWidth - 8 });
  const labelBottom = doc.y;
  doc
    .font(opts.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(size)
    .fillColor(opts.color ?? INK)
    .text(value, x + opts.labelWidth, y, { width: valueWidth, lineGap: 1.5 });
  doc.y = Math.max(doc.y, labelBottom) + 2;
  doc.x = x;
}

function sectionHeading(doc: Doc, text: string, size = 12.5) {
  doc.font('Helvetica-Bold').fontSize(size).fillColor(PRIMARY).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function drawSection(doc: Doc, heading: string, text: string) {
  const body = pdfSafe(text.trim());
  const width = contentWidth(doc);
  // The heading and at least its first three lines (or all of a short text) on one page.
  doc.font(BODY.font).fontSize(BODY.size);
  const firstLines = Math.min(doc.heightOfString(body || PDF_TEXT.empty, { width, lineGap: BODY.lineGap }), 3 * (BODY.size * 1.2 + BODY.lineGap));
  keepTogether(doc, 24 + firstLines);
  sectionHeading(doc, heading);
  if (body) {
    doc.font(BODY.font).fontSize(BODY.size).fillColor(INK).text(body, doc.page.margins.left, doc.y, { width, lineGap: BODY.lineGap });
  } else {
    doc.font('Helvetica-Oblique').fontSize(BODY.size).fillColor(MUTED).text(PDF_TEXT.empty, doc.page.margins.left, doc.y, { width });
  }
  doc.moveDown(1.1);
}

function classificationText(classification: string): { text: string; color: string } {
  const text = CLASSIFICATION_LABELS[classification as keyof typeof CLASSIFICATION_LABELS] ?? classification;
  return { text, color: classification === 'dangerous' ? DANGER : WARNING };
}

function drawAppendix(doc: Doc, plan: PrintedSafetyPlan) {
  doc.addPage();
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED).text(PDF_TEXT.appendixLabel.toUpperCase(), left, doc.y, { characterSpacing: 1 });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(17).fillColor(PRIMARY).text(PDF_TEXT.appendixTitle, { width });
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(PDF_TEXT.appendixIntro(formatDay(dayOf(plan.printedAt))), { width, lineGap: 1.5 });
  doc.moveDown(1);

  sectionHeading(doc, PDF_TEXT.persons);
  if (plan.persons.length === 0) emptyNote(doc, PDF_TEXT.noPersons);
  plan.persons.forEach((person, i) => {
    const details: [string, string][] = [[PDF_TEXT.relation, person.relation]];
    if (person.phones.length) details.push([PDF_TEXT.phones, person.phones.join(', ')]);
    if (person.addresses.length) details.push([PDF_TEXT.addresses, person.addresses.join('\n')]);
    const vehicles = person.vehicles.map((v) => [v.plate, v.description].filter(Boolean).join(' — ')).filter(Boolean);
    if (vehicles.length) details.push([PDF_TEXT.vehicles, vehicles.join('\n')]);
    drawNetworkEntry(doc, person.name, person.classification, details, i > 0);
  });
  doc.moveDown(0.8);

  keepTogether(doc, 60);
  sectionHeading(doc, PDF_TEXT.places);
  if (plan.places.length === 0) emptyNote(doc, PDF_TEXT.noPlaces);
  plan.places.forEach((place, i) => {
    const kind = PLACE_KIND_LABELS[place.kind as keyof typeof PLACE_KIND_LABELS] ?? place.kind;
    drawNetworkEntry(doc, place.address, place.classification, [[PDF_TEXT.placeKind, kind]], i > 0);
  });
}

function emptyNote(doc: Doc, text: string) {
  doc.font('Helvetica-Oblique').fontSize(BODY.size).fillColor(MUTED).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
}

/** One person or place: its name with the classification beside it, then its details. Kept on one page. */
function drawNetworkEntry(doc: Doc, title: string, classification: string, details: [string, string][], separated: boolean) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const label = classificationText(classification);
  const safeDetails = details.map(([k, v]) => [k, pdfSafe(v)] as const);
  doc.font('Helvetica').fontSize(10);
  const detailsHeight = safeDetails.reduce((sum, [, v]) => sum + doc.heightOfString(v, { width: width - 96, lineGap: 1.5 }) + 2, 0);
  keepTogether(doc, 30 + detailsHeight);
  if (separated) {
    rule(doc, doc.y + 2);
    doc.y += 9;
  }
  doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(pdfSafe(title), left, doc.y, { width: width - 90, continued: true });
  doc.font('Helvetica-Bold').fontSize(9.5).fillColor(label.color).text(`   ${label.text.toUpperCase()}`);
  doc.moveDown(0.2);
  for (const [k, v] of safeDetails) labelled(doc, left + 12, width - 12, k, v, { labelWidth: 84 });
  doc.moveDown(0.4);
}

/** The running header (from page 2) and the footer of every page, once the number of pages is known. */
function drawPageFurniture(doc: Doc, plan: PrintedSafetyPlan, fullName: string) {
  const { start, count } = doc.bufferedPageRange();
  const printed = PDF_TEXT.printed(formatMoment(plan.printedAt), pdfSafe(plan.printedByName));
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const left = doc.page.margins.left;
    const width = contentWidth(doc);
    // Writing in the bottom margin would make pdfkit start a new page; lift the margin while the footer is drawn.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (i > start) {
      doc.font('Helvetica').fontSize(8).fillColor(MUTED);
      doc.text(`${PDF_TEXT.brand} · ${pdfSafe(plan.organisationName)}`, left, 34, { width: width / 2, lineBreak: false });
      doc.text(`${PDF_TEXT.title} ${fullName}, ${PDF_TEXT.version.toLowerCase()} ${plan.version}`, left + width / 2, 34, { width: width / 2, align: 'right', lineBreak: false });
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
