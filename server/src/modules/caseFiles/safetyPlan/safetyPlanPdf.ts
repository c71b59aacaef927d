// The safety plan on paper (A4, Dutch): who it is about and which version, the
// photo, every section, and as an appendix the risky network from the network
// analysis. Professionals print it for the group's office and for the police
// when the youth goes missing, so a loose page must still say what it is, whose
// it is and that it is confidential: every page carries a running header and
// the footer (platform/pdf/caseDocument.ts). Helvetica is built into every PDF
// reader; pdfSafe keeps the text within what it can print.
import { CLASSIFICATION_LABELS, PDF_TEXT, PLACE_KIND_LABELS, SECTION_HEADINGS } from './pdfText.js';
import type { SAFETY_PLAN_SECTIONS } from '../records/kinds/safetyPlan.js';
import { dayOf, formatDay, formatMoment, pdfSafe } from '../../../platform/pdf/text.js';
import { DANGER, INK, MUTED, PRIMARY, WARNING, contentWidth, keepTogether, labelled, rule } from '../../../platform/pdf/layout.js';
import { drawCaseFurniture, drawLetterhead, drawPhoto, drawTitle, openCaseDocument, sectionHeading } from '../../../platform/pdf/caseDocument.js';

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

const PHOTO_BOX = { width: 112, height: 140 };
const BODY = { font: 'Helvetica', size: 10.5, lineGap: 2.5 };

export function renderSafetyPlanPdf(plan: PrintedSafetyPlan): Promise<Buffer> {
  const { doc, finished } = openCaseDocument(`${PDF_TEXT.title} versie ${plan.version}`, plan.organisationName);
  const fullName = pdfSafe(`${plan.youth.firstName} ${plan.youth.lastName}`);
  drawHeader(doc, plan, fullName);
  for (const { section, text } of plan.sections) drawSection(doc, SECTION_HEADINGS[section], text);
  drawAppendix(doc, plan);
  drawCaseFurniture(doc, {
    organisationName: plan.organisationName,
    runningTitle: `${PDF_TEXT.title} ${fullName}, ${PDF_TEXT.version.toLowerCase()} ${plan.version}`,
    confidential: PDF_TEXT.confidential,
    printedAt: plan.printedAt,
    printedByName: plan.printedByName,
  });
  doc.end();
  return finished;
}

function drawHeader(doc: Doc, plan: PrintedSafetyPlan, fullName: string) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const blockTop = drawLetterhead(doc, plan.organisationName);
  const textWidth = plan.photo ? width - PHOTO_BOX.width - 24 : width;
  const photoBottom = plan.photo ? drawPlanPhoto(doc, plan.photo, left + width - PHOTO_BOX.width, blockTop) : blockTop;
  drawTitle(doc, PDF_TEXT.title, fullName, { y: blockTop, width: textWidth });
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

function drawPlanPhoto(doc: Doc, photo: NonNullable<PrintedSafetyPlan['photo']>, x: number, y: number): number {
  const caption = photo.takenOn ? PDF_TEXT.photoTakenOn(formatDay(photo.takenOn)) : PDF_TEXT.photoUploadedOn(formatDay(dayOf(photo.uploadedAt)));
  return drawPhoto(doc, photo.content, { x, y, box: PHOTO_BOX, caption });
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
