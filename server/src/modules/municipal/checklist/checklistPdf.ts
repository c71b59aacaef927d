// The checklist on paper (A4, Dutch) in the look of Baken's other papers: a
// first page with what it is, whose, the region, where it stands and a table
// per check against last year; then per check why it matters and every
// question with its answer, last year's answer, notes and evidence; then the
// action plan. Every page says what it is and its number; every check and
// question cites its place in the checklist.
import PDFDocument from 'pdfkit';
import { INK, MARGINS, MUTED, bottomLimit, contentWidth, drawPageFurniture, keepTogether, labelled, rule } from '../../../platform/pdf/layout.js';
import type { MunicipalChecklist } from '../../../platform/content/content.js';
import type { ChecklistAnswer } from './checklist.options.js';
import type { ActionPlanOutput, AnswerCounts, ChecklistOutput } from './checklist.schemas.js';
import { ACTION_STATUS_LABELS, ANSWER_LABELS, PDF_TEXT } from './pdfText.js';
import { formatDay, formatMoment, pdfSafe } from '../../../platform/pdf/text.js';

export interface PrintedChecklist {
  pack: MunicipalChecklist;
  checklist: ChecklistOutput;
  plan: ActionPlanOutput;
  printedAt: string;
  printedByName: string;
}

type Doc = PDFKit.PDFDocument;

const PRIMARY = '#0b506f';
const DANGER = '#9b1c1c';
const WARNING = '#7a4a00';
const OK = '#1d6b37';

const ANSWER_COLOURS: Record<ChecklistAnswer | 'notAnswered', string> = { yes: OK, partly: '#c27c0e', no: DANGER, unknown: '#5b4b8a', notAnswered: '#c9d2d8' };
const TEXT_COLOURS: Record<ChecklistAnswer | 'notAnswered', string> = { yes: OK, partly: WARNING, no: DANGER, unknown: '#5b4b8a', notAnswered: MUTED };
const BAR_ORDER = ['yes', 'partly', 'no', 'unknown', 'notAnswered'] as const;



/** Whose checklist: the region's name, or the municipality's. */
const whose = (c: ChecklistOutput) => c.regionName ?? c.owner.name;

export function renderChecklistPdf(printed: PrintedChecklist): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'nl-NL',
    info: {
      Title: pdfSafe(`${PDF_TEXT.title(printed.checklist.year)} — ${whose(printed.checklist)}`),
      Author: pdfSafe(printed.checklist.owner.name),
      Subject: pdfSafe(printed.pack.title.nl),
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
  drawChecks(doc, printed);
  drawActionPlan(doc, printed);
  drawFurniture(doc, printed);
  doc.end();
  return finished;
}


function answerBar(doc: Doc, x: number, y: number, width: number, height: number, counts: AnswerCounts) {
  let at = x;
  const parts: Record<(typeof BAR_ORDER)[number], number> = { ...counts, notAnswered: counts.questions - counts.answered };
  for (const key of BAR_ORDER) {
    const n = parts[key];
    if (n === 0 || counts.questions === 0) continue;
    const w = (n / counts.questions) * width;
    doc.rect(at, y, w, height).fillColor(ANSWER_COLOURS[key]).fill();
    at += w;
  }
  doc.rect(x, y, width, height).lineWidth(0.5).strokeColor(MUTED).stroke();
}

function drawLegend(doc: Doc, counts: AnswerCounts) {
  const left = doc.page.margins.left;
  let x = left;
  const y = doc.y;
  const parts: Record<(typeof BAR_ORDER)[number], number> = { ...counts, notAnswered: counts.questions - counts.answered };
  doc.font('Helvetica').fontSize(8.5);
  for (const key of BAR_ORDER) {
    const label = `${ANSWER_LABELS[key]}: ${parts[key]}`;
    const w = doc.widthOfString(label) + 24;
    doc.rect(x, y + 1, 8, 8).fillColor(ANSWER_COLOURS[key]).fill();
    doc.fillColor(INK).text(label, x + 12, y, { lineBreak: false });
    x += w;
  }
  doc.x = left;
  doc.y = y + 14;
}

function drawTitlePage(doc: Doc, { pack, checklist, printedAt, printedByName }: PrintedChecklist) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const top = doc.page.margins.top;
  doc.font('Helvetica-Bold').fontSize(11).fillColor(PRIMARY).text(PDF_TEXT.brand, left, top, { lineBreak: false });
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(pdfSafe(checklist.owner.name), left + 80, top + 1, { width: width - 80, align: 'right' });
  rule(doc, top + 20, PRIMARY);

  doc.y = top + 44;
  doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED).text(PDF_TEXT.kicker.toUpperCase(), left, doc.y, { characterSpacing: 1 });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(22).fillColor(PRIMARY).text(PDF_TEXT.title(checklist.year), left, doc.y, { width });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(14).fillColor(INK).text(pdfSafe(whose(checklist)), { width });
  doc.moveDown(0.6);
  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(PDF_TEXT.purpose, { width, lineGap: 1.5 });
  doc.moveDown(1);

  const members = [checklist.owner.name, ...checklist.participants.map((p) => p.name)].join(', ');
  const rows: [string, string][] = [
    [PDF_TEXT.source, PDF_TEXT.sourceValue(pack.citation.nl, checklist.packVersion)],
    [PDF_TEXT.year, String(checklist.year)],
    [PDF_TEXT.region, checklist.regionName ? pdfSafe(PDF_TEXT.regionValue(checklist.regionName, members)) : PDF_TEXT.alone],
    ['', PDF_TEXT.printed(formatMoment(printedAt), pdfSafe(printedByName))],
  ];
  for (const [label, value] of rows) labelled(doc, left, width, label, value, { labelWidth: 90 });
  doc.moveDown(0.8);
  rule(doc, doc.y);
  doc.y += 14;

  const p = checklist.progress;
  doc.font('Helvetica-Bold').fontSize(13).fillColor(PRIMARY).text(PDF_TEXT.overview, left, doc.y, { width });
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(10).fillColor(INK).text(PDF_TEXT.answeredLine(p.answered, p.questions), { width });
  doc.text(PDF_TEXT.countsLine(p.yes, p.partly, p.no, p.unknown), { width });
  if (checklist.previousYear !== null) {
    const yesThen = checklist.checks.reduce((n, c) => n + (c.previous?.yes ?? 0), 0);
    const totalThen = checklist.checks.reduce((n, c) => n + (c.previous?.questions ?? 0), 0);
    doc.fillColor(MUTED).text(PDF_TEXT.previousLine(checklist.previousYear, yesThen, totalThen), { width });
  }
  doc.moveDown(0.5);
  answerBar(doc, left, doc.y, width, 14, p);
  doc.y += 20;
  drawLegend(doc, p);
  doc.moveDown(1);

  doc.font('Helvetica-Bold').fontSize(11.5).fillColor(PRIMARY).text(PDF_TEXT.perCheck, left, doc.y, { width });
  doc.moveDown(0.3);
  const nameWidth = width - 250;
  const nowX = left + nameWidth + 10;
  const thenX = nowX + 130;
  doc.font('Helvetica-Bold').fontSize(8.5).fillColor(MUTED);
  const headY = doc.y;
  doc.text(PDF_TEXT.columnCheck, left, headY, { width: nameWidth });
  doc.text(PDF_TEXT.columnNow, nowX, headY, { width: 120 });
  doc.text(checklist.previousYear !== null ? `${PDF_TEXT.columnThen} (${checklist.previousYear})` : PDF_TEXT.columnThen, thenX, headY, { width: 110 });
  doc.y = headY + 13;
  rule(doc, doc.y);
  doc.y += 4;
  for (const check of pack.checks) {
    const counts = checklist.checks.find((c) => c.ref === check.ref);
    if (!counts) continue;
    keepTogether(doc, 30);
    const y = doc.y;
    doc.font('Helvetica').fontSize(9).fillColor(INK).text(`${check.ref}  ${pdfSafe(check.nl)}`, left, y, { width: nameWidth });
    const rowBottom = doc.y;
    answerBar(doc, nowX, y + 1, 110, 8, counts.current);
    doc.font('Helvetica').fontSize(8).fillColor(INK).text(PDF_TEXT.ofQuestions(counts.current.yes, counts.current.answered, counts.current.questions), nowX, y + 11, { width: 125, lineBreak: false });
    if (counts.previous) {
      answerBar(doc, thenX, y + 1, 100, 8, counts.previous);
      doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(PDF_TEXT.ofQuestions(counts.previous.yes, counts.previous.answered, counts.previous.questions), thenX, y + 11, { width: 115, lineBreak: false });
    } else {
      doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(PDF_TEXT.none, thenX, y, { width: 100, lineBreak: false });
    }
    doc.y = Math.max(rowBottom, y + 22) + 4;
  }
}

function drawChecks(doc: Doc, { pack, checklist }: PrintedChecklist) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const answers = new Map(checklist.answers.map((a) => [a.ref, a]));
  for (const check of pack.checks) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED).text(PDF_TEXT.check(check.ref).toUpperCase(), left, doc.y, { characterSpacing: 1 });
    doc.font('Helvetica-Bold').fontSize(17).fillColor(PRIMARY).text(pdfSafe(check.nl), { width });
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(PDF_TEXT.sourceRef(check.ref), { width });
    doc.moveDown(0.4);
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(PDF_TEXT.why, { width });
    doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(pdfSafe(check.whyNl), { width, lineGap: 1.5 });
    doc.moveDown(0.6);
    const counts = checklist.checks.find((c) => c.ref === check.ref)?.current;
    if (counts) {
      answerBar(doc, left, doc.y, width, 10, counts);
      doc.y += 14;
      drawLegend(doc, counts);
      doc.moveDown(0.6);
    }
    for (const question of check.questions.filter((q) => !q.retired)) {
      const given = answers.get(question.ref);
      const answer = given?.answer ?? 'notAnswered';
      const text = pdfSafe(question.nl);
      doc.font('Helvetica').fontSize(10);
      keepTogether(doc, doc.heightOfString(text, { width: width - 40 }) + 60);
      rule(doc, doc.y);
      doc.y += 6;
      const y = doc.y;
      doc.font('Helvetica-Bold').fontSize(9).fillColor(PRIMARY).text(question.ref, left, y + 1, { width: 36 });
      doc.font('Helvetica').fontSize(10).fillColor(INK).text(text, left + 40, y, { width: width - 40, lineGap: 1.5 });
      doc.font('Helvetica-Oblique').fontSize(7.5).fillColor(MUTED).text(PDF_TEXT.questionSource(question.ref), left + 40, doc.y, { width: width - 40 });
      doc.moveDown(0.2);
      const x = left + 40;
      const w = width - 40;
      labelled(doc, x, w, PDF_TEXT.answer, ANSWER_LABELS[answer], { labelWidth: 95, color: TEXT_COLOURS[answer], bold: true, size: 9 });
      if (given?.previous) {
        const then = given.previous.answer ?? 'notAnswered';
        labelled(doc, x, w, PDF_TEXT.lastYear(given.previous.year), ANSWER_LABELS[then], { labelWidth: 95, color: MUTED, size: 9 });
      }
      if (given?.notes) labelled(doc, x, w, PDF_TEXT.notes, pdfSafe(given.notes), { labelWidth: 95, size: 9 });
      if (given && (given.evidence || given.evidenceUrl)) labelled(doc, x, w, PDF_TEXT.evidence, pdfSafe([given.evidence, given.evidenceUrl].filter(Boolean).join('\n')), { labelWidth: 95, size: 9 });
      if (given?.answeredAt && given.answeredByName)
        labelled(doc, x, w, PDF_TEXT.answeredBy, pdfSafe(PDF_TEXT.answeredByValue(given.answeredByName, given.answeredByOrganisation ?? '', formatMoment(given.answeredAt))), { labelWidth: 95, size: 8.5, color: MUTED });
      doc.moveDown(0.5);
    }
  }
}

function drawActionPlan(doc: Doc, { pack, plan }: PrintedChecklist) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(18).fillColor(PRIMARY).text(PDF_TEXT.actionPlan, left, doc.y, { width });
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(PDF_TEXT.actionPlanIntro, { width });
  doc.moveDown(0.4);
  const c = plan.counts;
  doc.font('Helvetica').fontSize(10).fillColor(INK).text(PDF_TEXT.actionCounts(c.total, c.open, c.inProgress, c.done), { width });
  if (c.overdue > 0) doc.font('Helvetica-Bold').fillColor(DANGER).text(PDF_TEXT.overdueCount(c.overdue), { width });
  doc.moveDown(0.6);
  if (plan.actions.length === 0) {
    doc.font('Helvetica-Oblique').fontSize(10).fillColor(MUTED).text(PDF_TEXT.noActions, { width });
    return;
  }
  for (const action of plan.actions) {
    const check = pack.checks.find((x) => x.ref === action.checkRef);
    const title = pdfSafe(action.title);
    doc.font('Helvetica-Bold').fontSize(10);
    keepTogether(doc, doc.heightOfString(title, { width: width - 40 }) + 70);
    rule(doc, doc.y);
    doc.y += 6;
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(9).fillColor(PRIMARY).text(action.questionRef, left, y + 1, { width: 36 });
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(title, left + 40, y, { width: width - 40, lineGap: 1.5 });
    const origin = `${PDF_TEXT.forQuestion(action.questionRef)} · ${PDF_TEXT.check(action.checkRef)} ${pdfSafe(check?.nl ?? '')}${action.actionCode ? '' : ` · ${PDF_TEXT.ownAction}`}`;
    doc.font('Helvetica-Oblique').fontSize(7.5).fillColor(MUTED).text(origin, left + 40, doc.y, { width: width - 40 });
    doc.moveDown(0.2);
    const x = left + 40;
    const w = width - 40;
    labelled(doc, x, w, PDF_TEXT.owner, pdfSafe(action.ownerName), { labelWidth: 80, size: 9 });
    labelled(doc, x, w, PDF_TEXT.dueOn, action.dueOn ? `${formatDay(action.dueOn)}${action.overdue ? ` — ${PDF_TEXT.overdue}` : ''}` : PDF_TEXT.none, {
      labelWidth: 80,
      size: 9,
      color: action.overdue ? DANGER : INK,
      bold: action.overdue,
    });
    labelled(doc, x, w, PDF_TEXT.status, ACTION_STATUS_LABELS[action.status], { labelWidth: 80, size: 9, bold: true, color: action.status === 'done' ? OK : INK });
    if (action.progressNote) labelled(doc, x, w, PDF_TEXT.progress, pdfSafe(action.progressNote), { labelWidth: 80, size: 9 });
    doc.moveDown(0.5);
  }
}

function drawFurniture(doc: Doc, { checklist, printedAt, printedByName }: PrintedChecklist) {
  drawPageFurniture(doc, {
    headerLeft: `${PDF_TEXT.brand} · ${whose(checklist)}`,
    headerRight: `${PDF_TEXT.kicker} ${checklist.year}`,
    confidential: PDF_TEXT.confidential,
    page: PDF_TEXT.page,
    printed: PDF_TEXT.printed(formatMoment(printedAt), pdfSafe(printedByName)),
  });
}
