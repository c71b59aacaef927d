// The self-assessment on paper (A4, Dutch) for management and partners, in the
// look of Baken's other papers: a first page with what it is, whose, which
// framework version, where it stands and a table per core element; then per
// group and core element every criterion with status, evidence, owner, due
// date and comments, and the indicators. Every page says what it is and its
// number; every element cites its place in the framework.
import PDFDocument from 'pdfkit';
import { INK, MARGINS, MUTED, bottomLimit, contentWidth, drawPageFurniture, keepTogether, labelled, rule } from '../../../platform/pdf/layout.js';
import type { QualityFramework } from '../../../platform/content/content.js';
import type { AssessmentOutput } from './selfAssessment.schemas.js';
import type { StatusCounts } from './summary.js';
import { ANSWER_LABELS, GROUP_LABELS, PDF_TEXT, STATUS_LABELS } from './pdfText.js';
import { formatDay, formatMoment, pdfSafe } from '../../../platform/pdf/text.js';

export interface PrintedAssessment {
  organisationName: string;
  framework: QualityFramework;
  assessment: AssessmentOutput;
  printedAt: string;
  printedByName: string;
}

type Doc = PDFKit.PDFDocument;

// The safety plan's colours (safetyPlanPdf.ts), so Baken's papers look alike.
const PRIMARY = '#0b506f';
const DANGER = '#9b1c1c';
const WARNING = '#7a4a00';
const OK = '#1d6b37';

/** Status colours, also the segments of the bars: from nothing (red) to practice (green). */
const STATUS_COLOURS: Record<keyof typeof STATUS_LABELS, string> = {
  notAssessed: '#c9d2d8',
  notArranged: DANGER,
  beingArranged: '#c27c0e',
  onPaper: '#3d7ea6',
  inPractice: OK,
};
const STATUS_ORDER = ['inPractice', 'onPaper', 'beingArranged', 'notArranged', 'notAssessed'] as const;

const BODY = { font: 'Helvetica', size: 10, lineGap: 2 };




export function renderSelfAssessmentPdf(printed: PrintedAssessment): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'nl-NL',
    info: {
      Title: pdfSafe(`${PDF_TEXT.title} — ${printed.assessment.title}`),
      Author: pdfSafe(printed.organisationName),
      Subject: pdfSafe(printed.framework.title.nl),
      Creator: PDF_TEXT.brand,
      Producer: PDF_TEXT.brand,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawTitlePage(doc, printed);
  drawElements(doc, printed);
  drawFurniture(doc, printed);
  doc.end();
  return finished;
}


/** A bar of the criteria per status, left to right from practice to not assessed. */
function statusBar(doc: Doc, x: number, y: number, width: number, height: number, counts: StatusCounts) {
  let at = x;
  for (const status of STATUS_ORDER) {
    const n = counts[status];
    if (n === 0 || counts.total === 0) continue;
    const w = (n / counts.total) * width;
    doc.rect(at, y, w, height).fillColor(STATUS_COLOURS[status]).fill();
    at += w;
  }
  doc.rect(x, y, width, height).lineWidth(0.5).strokeColor(MUTED).stroke();
}

function drawTitlePage(doc: Doc, { organisationName, framework, assessment, printedAt, printedByName }: PrintedAssessment) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const top = doc.page.margins.top;
  doc.font('Helvetica-Bold').fontSize(11).fillColor(PRIMARY).text(PDF_TEXT.brand, left, top, { lineBreak: false });
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(pdfSafe(organisationName), left + 80, top + 1, { width: width - 80, align: 'right' });
  rule(doc, top + 20, PRIMARY);

  doc.y = top + 44;
  doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED).text(PDF_TEXT.kicker.toUpperCase(), left, doc.y, { characterSpacing: 1 });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(24).fillColor(PRIMARY).text(pdfSafe(assessment.title), left, doc.y, { width });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(14).fillColor(INK).text(pdfSafe(organisationName), { width });
  doc.moveDown(0.6);
  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(PDF_TEXT.purpose, { width, lineGap: 1.5 });
  doc.moveDown(1);

  const rows: [string, string, string?][] = [
    [PDF_TEXT.framework, PDF_TEXT.frameworkValue(framework.citation.nl, assessment.frameworkVersion)],
    [PDF_TEXT.startedOn, formatDay(assessment.startedOn)],
    [PDF_TEXT.state, assessment.open ? PDF_TEXT.open : PDF_TEXT.closed(formatMoment(assessment.closedAt!), pdfSafe(assessment.closedByName ?? '—')), assessment.open ? WARNING : INK],
  ];
  if (assessment.carriedOverFrom) rows.push([PDF_TEXT.carriedOver, pdfSafe(assessment.carriedOverFrom)]);
  rows.push(['', PDF_TEXT.printed(formatMoment(printedAt), pdfSafe(printedByName))]);
  for (const [label, value, color] of rows) labelled(doc, left, width, label, value, { labelWidth: 110, color });
  doc.moveDown(0.8);
  rule(doc, doc.y);
  doc.y += 14;

  const { criteria, indicators } = assessment.summary.overall;
  doc.font('Helvetica-Bold').fontSize(13).fillColor(PRIMARY).text(PDF_TEXT.overview, left, doc.y, { width });
  doc.moveDown(0.3);
  doc.font(BODY.font).fontSize(BODY.size).fillColor(INK).text(PDF_TEXT.criteriaLine(criteria.inPractice, criteria.total), { width });
  if (criteria.overdue > 0) doc.fillColor(DANGER).text(PDF_TEXT.overdueLine(criteria.overdue), { width });
  doc.fillColor(INK).text(PDF_TEXT.indicatorsLine(indicators.answered, indicators.selfAssessed, indicators.computed), { width, lineGap: 1.5 });
  doc.moveDown(0.5);
  statusBar(doc, left, doc.y, width, 14, criteria);
  doc.y += 20;
  drawLegend(doc, criteria);
  doc.moveDown(1);

  // The table per core element: ref and name, a bar, and the count in practice.
  keepTogether(doc, 40);
  doc.font('Helvetica-Bold').fontSize(11.5).fillColor(PRIMARY).text(PDF_TEXT.perElement, left, doc.y, { width });
  doc.moveDown(0.3);
  const nameWidth = width - 200;
  doc.font('Helvetica-Bold').fontSize(8.5).fillColor(MUTED);
  const headY = doc.y;
  doc.text(PDF_TEXT.columnElement, left, headY, { width: nameWidth });
  doc.text(PDF_TEXT.columnProgress, left + nameWidth + 10, headY, { width: 190 });
  doc.y = headY + 13;
  rule(doc, doc.y);
  doc.y += 4;
  for (const element of framework.coreElements) {
    const counts = assessment.summary.elements.find((e) => e.ref === element.ref)?.criteria;
    if (!counts) continue;
    keepTogether(doc, 18);
    const y = doc.y;
    doc.font('Helvetica').fontSize(9).fillColor(INK).text(`${element.ref}  ${pdfSafe(element.nl)}`, left, y, { width: nameWidth });
    const rowBottom = doc.y;
    statusBar(doc, left + nameWidth + 10, y + 1, 120, 8, counts);
    doc.font('Helvetica').fontSize(9).fillColor(INK).text(`${counts.inPractice}/${counts.total}`, left + nameWidth + 140, y, { width: 50, lineBreak: false });
    doc.y = Math.max(rowBottom, y + 11) + 3;
  }
}

function drawLegend(doc: Doc, counts: StatusCounts) {
  const left = doc.page.margins.left;
  let x = left;
  const y = doc.y;
  doc.font('Helvetica').fontSize(8.5);
  for (const status of STATUS_ORDER) {
    const label = `${STATUS_LABELS[status]}: ${counts[status]}`;
    const w = doc.widthOfString(label) + 24;
    if (x + w > left + contentWidth(doc)) break;
    doc.rect(x, y + 1, 8, 8).fillColor(STATUS_COLOURS[status]).fill();
    doc.fillColor(INK).text(label, x + 12, y, { lineBreak: false });
    x += w;
  }
  doc.x = left;
  doc.y = y + 14;
}

function statusColour(status: keyof typeof STATUS_LABELS): string {
  return status === 'notAssessed' ? MUTED : status === 'beingArranged' ? WARNING : STATUS_COLOURS[status];
}

function drawElements(doc: Doc, { framework, assessment }: PrintedAssessment) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const criteria = new Map(assessment.criteria.map((c) => [c.ref, c]));
  const answers = new Map(assessment.indicators.map((i) => [i.ref, i]));
  let group: string | null = null;
  for (const element of framework.coreElements) {
    if (element.group !== group) {
      group = element.group;
      doc.addPage();
      const g = framework.groups.find((x) => x.code === group)!;
      const refs = framework.coreElements.filter((e) => e.group === group).map((e) => e.ref);
      doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED).text(PDF_TEXT.groupKicker(framework.citation.nl, refs[0]!, refs[refs.length - 1]!).toUpperCase(), left, doc.y, { characterSpacing: 1 });
      doc.font('Helvetica-Bold').fontSize(18).fillColor(PRIMARY).text(`${g.ref}  ${GROUP_LABELS[element.group]}`, { width });
      doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(pdfSafe(g.descriptionNl), { width });
      doc.moveDown(0.8);
    }
    keepTogether(doc, 120);
    rule(doc, doc.y, PRIMARY);
    doc.y += 8;
    doc.font('Helvetica-Bold').fontSize(13.5).fillColor(PRIMARY).text(`${element.ref}  ${pdfSafe(element.nl)}`, left, doc.y, { width });
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(PDF_TEXT.source(framework.citation.nl, element.ref), { width });
    doc.moveDown(0.3);
    doc.font(BODY.font).fontSize(9.5).fillColor(INK).text(pdfSafe(element.descriptionNl), { width, lineGap: 1.5 });
    doc.moveDown(0.6);

    doc.font('Helvetica-Bold').fontSize(10.5).fillColor(INK).text(PDF_TEXT.criteria, left, doc.y, { width });
    doc.moveDown(0.3);
    for (const criterion of element.criteria) {
      const answer = criteria.get(criterion.ref);
      const status = answer?.status ?? 'notAssessed';
      const text = pdfSafe(criterion.nl);
      doc.font(BODY.font).fontSize(BODY.size);
      keepTogether(doc, doc.heightOfString(text, { width: width - 46 }) + 50);
      const y = doc.y;
      doc.font('Helvetica-Bold').fontSize(8.5).fillColor(MUTED).text(criterion.ref, left, y + 1, { width: 44 });
      doc.font(BODY.font).fontSize(BODY.size).fillColor(INK).text(text, left + 46, y, { width: width - 46, lineGap: BODY.lineGap });
      doc.moveDown(0.15);
      const x = left + 46;
      const w = width - 46;
      labelled(doc, x, w, PDF_TEXT.status, STATUS_LABELS[status], { labelWidth: 80, color: statusColour(status), bold: true, size: 9 });
      const evidence = [
        answer?.policy ? PDF_TEXT.policy(pdfSafe(answer.policy.title), pdfSafe(answer.policy.versionLabel)) + (answer.policy.withdrawn ? PDF_TEXT.policyWithdrawn : '') : null,
        answer?.document ? PDF_TEXT.document(pdfSafe(answer.document.fileName)) : null,
      ].filter((e): e is string => !!e);
      if (answer?.status) labelled(doc, x, w, PDF_TEXT.evidence, evidence.length ? evidence.join('\n') : PDF_TEXT.noEvidence, { labelWidth: 80, size: 9, color: evidence.length ? INK : MUTED });
      if (answer?.owner) labelled(doc, x, w, PDF_TEXT.owner, pdfSafe(answer.owner.name), { labelWidth: 80, size: 9 });
      if (answer?.dueOn)
        labelled(doc, x, w, PDF_TEXT.dueOn, `${formatDay(answer.dueOn)}${answer.overdue ? ` — ${PDF_TEXT.overdue}` : ''}`, { labelWidth: 80, size: 9, color: answer.overdue ? DANGER : INK, bold: answer.overdue });
      if (answer?.comments) labelled(doc, x, w, PDF_TEXT.comments, pdfSafe(answer.comments), { labelWidth: 80, size: 9 });
      doc.moveDown(0.5);
    }

    keepTogether(doc, 50);
    doc.font('Helvetica-Bold').fontSize(10.5).fillColor(INK).text(PDF_TEXT.indicators, left, doc.y, { width });
    doc.moveDown(0.3);
    for (const indicator of element.indicators) {
      const text = `${pdfSafe(indicator.nl)} (${PDF_TEXT.level[indicator.level]})`;
      doc.font(BODY.font).fontSize(BODY.size);
      keepTogether(doc, doc.heightOfString(text, { width: width - 46 }) + 30);
      const y = doc.y;
      doc.font('Helvetica-Bold').fontSize(8.5).fillColor(MUTED).text(indicator.ref, left, y + 1, { width: 44 });
      doc.font(BODY.font).fontSize(BODY.size).fillColor(INK).text(text, left + 46, y, { width: width - 46, lineGap: BODY.lineGap });
      doc.moveDown(0.15);
      const x = left + 46;
      const w = width - 46;
      if (indicator.answeredBy === 'computed') {
        doc.font('Helvetica-Oblique').fontSize(9).fillColor(MUTED).text(PDF_TEXT.computed, x, doc.y, { width: w });
      } else {
        const given = answers.get(indicator.ref);
        const answer = given?.answer ?? 'notAnswered';
        labelled(doc, x, w, PDF_TEXT.answer, `${ANSWER_LABELS[answer]} (${PDF_TEXT.selfAssessed.toLowerCase()})`, {
          labelWidth: 80,
          size: 9,
          bold: true,
          color: answer === 'met' ? OK : answer === 'notMet' ? DANGER : answer === 'partlyMet' ? WARNING : MUTED,
        });
        if (given?.comments) labelled(doc, x, w, PDF_TEXT.comments, pdfSafe(given.comments), { labelWidth: 80, size: 9 });
      }
      doc.moveDown(0.5);
    }
    doc.moveDown(0.6);
  }
}

/** The running header (from page 2) and the footer of every page, once the number of pages is known. */
function drawFurniture(doc: Doc, { organisationName, assessment, printedAt, printedByName }: PrintedAssessment) {
  drawPageFurniture(doc, {
    headerLeft: `${PDF_TEXT.brand} · ${organisationName}`,
    // "Zelfevaluatie: Zelfevaluatie 2026" says it twice: the title alone when it already says what it is.
    headerRight: /^zelfevaluatie\b/i.test(assessment.title.trim()) ? assessment.title : `${PDF_TEXT.kicker}: ${assessment.title}`,
    confidential: PDF_TEXT.confidential,
    page: PDF_TEXT.page,
    printed: PDF_TEXT.printed(formatMoment(printedAt), pdfSafe(printedByName)),
  });
}
