// The inspection reports on paper (A4, Dutch), in the look of Baken's other
// papers (selfAssessmentPdf.ts): a title page with what it is, for whom, which
// round and framework version and when printed; headings per part; tables with
// the numbers; every judgment and point cites its expectation in the framework;
// a running header and "Pagina n van m" on every page.
import PDFDocument from 'pdfkit';
import { INK, MARGINS, MUTED, bottomLimit, contentWidth, drawPageFurniture, keepTogether, labelled, rule } from '../../../platform/pdf/layout.js';
import type { InspectionFramework } from '../../../platform/content/content.js';
import type { RoundFigures, Tally } from '../figures.js';
import { providerScore } from '../figures.js';
import { applicableExpectations, themeOfRef, variantOf } from '../framework.js';
import type { GoodPracticeOutput } from '../goodPractices/goodPractices.schemas.js';
import type { RoundProvider } from '../improvement/improvement.access.js';
import type { OwnPointOutput, PointOutput } from '../improvement/improvement.schemas.js';
import type { CareKind, JudgmentValue, RoundKind, RoundStatus } from '../inspection.options.js';
import { ACTION_STATUS_LABELS, CARE_KIND_LABELS, JUDGMENT_LABELS, METHOD_TEXT, REPORT_TEXT as T, ROUND_KIND_LABELS, VERDICT_LABELS } from './reportText.js';
import { formatDay, formatMoment, pdfSafe } from '../../../platform/pdf/text.js';

type Doc = PDFKit.PDFDocument;

interface RoundInfo {
  title: string;
  kind: RoundKind;
  status: RoundStatus;
  periodStart: string | null;
  periodEnd: string | null;
  frameworkVersion: string;
}

export interface ProviderReportData {
  /** Whose copy: the inspector's, or the provider's own. */
  copy: 'inspector' | 'provider';
  framework: InspectionFramework;
  organisationName: string;
  round: RoundInfo;
  provider: { name: string; location: string | null; careKind: CareKind };
  judgments: { ref: string; judgment: JudgmentValue; findings: string | null }[];
  points: (PointOutput | OwnPointOutput)[];
  goodPractices: GoodPracticeOutput[];
  printedAt: string;
  printedByName: string;
}

export interface RoundReportData {
  framework: InspectionFramework;
  organisationName: string;
  round: RoundInfo & { description: string | null };
  figures: RoundFigures;
  providers: RoundProvider[];
  points: Map<string, OwnPointOutput[]>;
  goodPractices: Map<string, GoodPracticeOutput[]>;
  printedAt: string;
  printedByName: string;
}

const PRIMARY = '#0b506f';
const DANGER = '#9b1c1c';
const OK = '#1d6b37';
const WARNING = '#7a4a00';
const ZEBRA = '#f1f4f6';


const safe = (text: string | null | undefined) => pdfSafe(text ?? '');


function newDocument(title: string, author: string, subject: string): { doc: Doc; finished: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'nl-NL',
    info: { Title: pdfSafe(title), Author: pdfSafe(author), Subject: pdfSafe(subject), Creator: T.brand, Producer: T.brand },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}


function heading(doc: Doc, text: string, opts: { newPage?: boolean; kicker?: string } = {}) {
  if (opts.newPage) doc.addPage();
  else keepTogether(doc, 90);
  const left = doc.page.margins.left;
  if (opts.kicker) doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED).text(opts.kicker.toUpperCase(), left, doc.y, { characterSpacing: 1 });
  doc.font('Helvetica-Bold').fontSize(17).fillColor(PRIMARY).text(pdfSafe(text), left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
}

function subheading(doc: Doc, text: string, source?: string) {
  keepTogether(doc, 70);
  const left = doc.page.margins.left;
  rule(doc, doc.y, PRIMARY);
  doc.y += 7;
  doc.font('Helvetica-Bold').fontSize(12.5).fillColor(PRIMARY).text(pdfSafe(text), left, doc.y, { width: contentWidth(doc) });
  if (source) doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(source, { width: contentWidth(doc) });
  doc.moveDown(0.35);
}

function paragraph(doc: Doc, text: string, opts: { color?: string; size?: number; italic?: boolean } = {}) {
  doc
    .font(opts.italic ? 'Helvetica-Oblique' : 'Helvetica')
    .fontSize(opts.size ?? 10)
    .fillColor(opts.color ?? INK)
    .text(pdfSafe(text), doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.moveDown(0.4);
}

interface Column {
  label: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A table with a header row that repeats on a new page; the last row may be a bold total. */
function table(doc: Doc, columns: Column[], rows: { cells: string[]; bold?: boolean; colors?: (string | undefined)[] }[]) {
  const left = doc.page.margins.left;
  const total = columns.reduce((n, c) => n + c.width, 0);
  const scale = contentWidth(doc) / total;
  const widths = columns.map((c) => c.width * scale);
  const pad = 4;
  // A header word never breaks: a label whose longest word does not fit gets a smaller size.
  doc.font('Helvetica-Bold');
  const headerSizes = columns.map((c, i) => {
    let size = 8.5;
    const longest = c.label.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    while (size > 6 && doc.fontSize(size).widthOfString(longest) > widths[i]! - 2 * pad) size -= 0.5;
    return size;
  });
  const drawHeader = () => {
    doc.font('Helvetica-Bold').fillColor(MUTED);
    const heights = columns.map((c, i) => doc.fontSize(headerSizes[i]!).heightOfString(c.label, { width: widths[i]! - 2 * pad }));
    const h = Math.max(...heights) + 6;
    const y = doc.y;
    let x = left;
    columns.forEach((c, i) => {
      doc.fontSize(headerSizes[i]!).text(c.label, x + pad, y + 3, { width: widths[i]! - 2 * pad, align: c.align ?? 'left' });
      x += widths[i]!;
    });
    doc.y = y + h;
    rule(doc, doc.y, MUTED);
    doc.y += 2;
  };
  keepTogether(doc, 60);
  drawHeader();
  rows.forEach((row, r) => {
    doc.font(row.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const heights = row.cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * pad, lineGap: 1 }));
    const h = Math.max(...heights) + 6;
    if (doc.y + h > bottomLimit(doc)) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    if (r % 2 === 1 && !row.bold) doc.rect(left, y, contentWidth(doc), h).fillColor(ZEBRA).fill();
    if (row.bold) rule(doc, y, MUTED);
    let x = left;
    row.cells.forEach((cell, i) => {
      doc
        .font(row.bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9)
        .fillColor(row.colors?.[i] ?? INK)
        .text(cell, x + pad, y + 3, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? 'left', lineGap: 1 });
      x += widths[i]!;
    });
    doc.y = y + h;
  });
  doc.x = left;
  doc.moveDown(0.6);
}

/** Two bars per row (sufficient, insufficient), scaled to the largest count, with the number beside them. */
function barChart(doc: Doc, rows: { label: string; sufficient: number; insufficient: number }[]) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const labelWidth = 170;
  const barSpace = width - labelWidth - 30;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.sufficient, r.insufficient)));
  keepTogether(doc, rows.length * 24 + 30);
  // Legend
  let y = doc.y;
  doc.rect(left, y + 1, 8, 8).fillColor(OK).fill();
  doc.font('Helvetica').fontSize(8.5).fillColor(INK).text(T.legendSufficient, left + 12, y, { lineBreak: false });
  doc.rect(left + 90, y + 1, 8, 8).fillColor(DANGER).fill();
  doc.fillColor(INK).text(T.legendInsufficient, left + 102, y, { lineBreak: false });
  y += 16;
  for (const row of rows) {
    doc.font('Helvetica').fontSize(8.5).fillColor(INK).text(pdfSafe(row.label), left, y + 2, { width: labelWidth - 8, height: 20, ellipsis: true });
    const bars: [number, string][] = [
      [row.sufficient, OK],
      [row.insufficient, DANGER],
    ];
    bars.forEach(([n, color], i) => {
      const by = y + i * 9;
      const w = (n / max) * barSpace;
      if (w > 0) doc.rect(left + labelWidth, by, w, 7.5).fillColor(color).fill();
      doc.font('Helvetica').fontSize(7.5).fillColor(INK).text(String(n), left + labelWidth + w + 3, by, { lineBreak: false });
    });
    y += 24;
  }
  doc.y = y;
  doc.font('Helvetica-Oblique').fontSize(8).fillColor(MUTED).text(T.chartNote, left, doc.y, { width });
  doc.moveDown(0.8);
}

function period(round: RoundInfo): string {
  if (!round.periodStart && !round.periodEnd) return '—';
  return `${round.periodStart ? formatDay(round.periodStart) : '…'} – ${round.periodEnd ? formatDay(round.periodEnd) : '…'}`;
}

function titlePage(doc: Doc, kicker: string, title: string, subtitle: string, intro: string, rows: [string, string, string?][], organisationName: string) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const top = doc.page.margins.top;
  doc.font('Helvetica-Bold').fontSize(11).fillColor(PRIMARY).text(T.brand, left, top, { lineBreak: false });
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(pdfSafe(organisationName), left + 80, top + 1, { width: width - 80, align: 'right' });
  rule(doc, top + 20, PRIMARY);
  doc.y = top + 44;
  doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED).text(kicker.toUpperCase(), left, doc.y, { characterSpacing: 1 });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(24).fillColor(PRIMARY).text(pdfSafe(title), left, doc.y, { width });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(13).fillColor(INK).text(pdfSafe(subtitle), { width });
  doc.moveDown(0.6);
  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(intro, { width, lineGap: 1.5 });
  doc.moveDown(1);
  for (const [label, value, color] of rows) labelled(doc, left, width, label, value, { labelWidth: 120, color });
  doc.moveDown(0.8);
  rule(doc, doc.y);
  doc.y += 14;
}


function pageFurniture(doc: Doc, left: string, right: string, confidential: string, printed: string) {
  drawPageFurniture(doc, { headerLeft: left, headerRight: right, headerSplit: 0.4, confidential, page: T.page, printed });
}

const judgmentColour = (j: JudgmentValue | null) => (j === 'sufficient' ? OK : j === 'insufficient' ? DANGER : MUTED);
const outcomeLabel = (o: 'sufficient' | 'insufficient' | 'notAssessed' | null) => (o ? JUDGMENT_LABELS[o] : '—');

function variantLine(framework: InspectionFramework, careKind: CareKind): string {
  const n = applicableExpectations(framework, careKind).length;
  return variantOf(careKind) === 'open' ? T.variantOpen(n) : T.variantSecured(n);
}

// ------------------------------------------------------------------ the improvement plan (both reports)

function drawPoints(doc: Doc, points: (PointOutput | OwnPointOutput)[]) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  points.forEach((point, n) => {
    keepTogether(doc, 110);
    doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(T.point(n + 1), left, doc.y, { width });
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(`${T.pointRefs}: ${point.expectationRefs.map((r) => T.frameworkRef(r)).join('; ')}`, { width });
    doc.moveDown(0.2);
    doc.font('Helvetica').fontSize(10).fillColor(INK).text(safe(point.description), left, doc.y, { width, lineGap: 1.5 });
    if (point.dueOn) doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(`${T.dueOn}: ${formatDay(point.dueOn)}`, { width });
    doc.moveDown(0.3);
    if (point.actions.length === 0) {
      paragraph(doc, T.noActions, { color: MUTED, size: 9, italic: true });
      return;
    }
    const x = left + 16;
    const w = width - 16;
    point.actions.forEach((action, a) => {
      doc.font('Helvetica').fontSize(9.5);
      keepTogether(doc, doc.heightOfString(safe(action.what), { width: w - 90 }) + 60);
      doc.font('Helvetica-Bold').fontSize(9.5).fillColor(PRIMARY).text(`${T.action} ${n + 1}.${a + 1}`, x, doc.y, { width: w });
      labelled(doc, x, w, T.action, safe(action.what), { labelWidth: 110, size: 9 });
      labelled(doc, x, w, T.owner, safe(action.ownerName), { labelWidth: 110, size: 9 });
      labelled(doc, x, w, T.actionDue, `${formatDay(action.dueOn)}${action.overdue ? ` — ${T.overdue}` : ''}`, { labelWidth: 110, size: 9, color: action.overdue ? DANGER : INK, bold: action.overdue });
      labelled(doc, x, w, T.actionStatus, ACTION_STATUS_LABELS[action.status], { labelWidth: 110, size: 9, color: action.status === 'done' ? OK : action.status === 'inProgress' ? WARNING : INK });
      if (action.progressNote) labelled(doc, x, w, T.progress, safe(action.progressNote), { labelWidth: 110, size: 9 });
      const followUps = action.followUps.map(
        (f) => T.followUpLine(VERDICT_LABELS[f.verdict], formatDay(f.followedUpOn), safe(f.recordedByName)) + (f.note ? `: ${safe(f.note)}` : ''),
      );
      labelled(doc, x, w, T.followUp, followUps.length ? followUps.join('\n') : T.noFollowUp, { labelWidth: 110, size: 9, color: followUps.length ? INK : MUTED });
      doc.moveDown(0.4);
    });
    doc.moveDown(0.4);
  });
}

function drawGoodPractices(doc: Doc, practices: GoodPracticeOutput[]) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  practices.forEach((p, i) => {
    doc.font('Helvetica').fontSize(9.5);
    keepTogether(doc, doc.heightOfString(safe(p.description), { width: width - 20 }) + 40);
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(`${i + 1}. ${safe(p.title)}`, left, doc.y, { width });
    if (p.ref) doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(/^\d$/.test(p.ref) ? T.themeRef(p.ref) : T.frameworkRef(p.ref), { width });
    doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(safe(p.description), left + 14, doc.y, { width: width - 14, lineGap: 1.5 });
    doc.moveDown(0.5);
  });
}

function drawSources(doc: Doc, framework: InspectionFramework, version: string) {
  heading(doc, T.sources);
  paragraph(doc, T.sourceFramework(framework.citation.nl, version));
  paragraph(doc, T.sourceRefs, { color: MUTED, size: 9 });
}

// ------------------------------------------------------------------ the provider report

export function renderProviderReport(data: ProviderReportData): Promise<Buffer> {
  const { framework, round, provider } = data;
  const title = `${T.providerTitle} ${provider.name}`;
  const { doc, finished } = newDocument(title, data.organisationName, framework.title.nl);
  const judged = new Map(data.judgments.map((j) => [j.ref, j]));
  const applicable = applicableExpectations(framework, provider.careKind);
  const byTheme = new Map<string, Tally>();
  for (const e of applicable) {
    const j = judged.get(e.ref)?.judgment;
    if (j !== 'sufficient' && j !== 'insufficient') continue;
    const t = byTheme.get(e.themeRef) ?? { sufficient: 0, insufficient: 0 };
    t[j] += 1;
    byTheme.set(e.themeRef, t);
  }
  const score = providerScore(framework, { id: '', name: provider.name, careKind: provider.careKind }, byTheme);

  titlePage(
    doc,
    T.providerTitle,
    provider.name,
    round.title,
    T.improvementIntro,
    [
      [T.provider, safe(provider.name) + (provider.location ? `, ${safe(provider.location)}` : '')],
      [T.careKind, CARE_KIND_LABELS[provider.careKind]],
      [T.variant, variantLine(framework, provider.careKind)],
      [T.round, safe(round.title)],
      [T.kind, ROUND_KIND_LABELS[round.kind]],
      [T.period, period(round)],
      [T.status, round.status === 'open' ? T.statusOpen : T.statusClosed, round.status === 'open' ? WARNING : INK],
      [T.date, formatDay(data.printedAt)],
    ],
    data.organisationName,
  );

  // Score summary: per theme the counts and the theme's outcome.
  heading(doc, T.scoreSummary);
  const themeName = new Map(framework.themes.map((t) => [t.ref, t.nl]));
  table(
    doc,
    [
      { label: T.theme, width: 200 },
      { label: T.applicable, width: 62, align: 'right' },
      { label: T.sufficient, width: 62, align: 'right' },
      { label: T.insufficient, width: 66, align: 'right' },
      { label: T.notAssessed, width: 66, align: 'right' },
      { label: T.outcome, width: 80 },
    ],
    [
      ...score.themes.map((t) => ({
        cells: [`${t.ref}  ${safe(themeName.get(t.ref))}`, String(t.applicable), String(t.sufficient), String(t.insufficient), String(t.notAssessed), outcomeLabel(t.outcome)],
        colors: [undefined, undefined, undefined, t.insufficient > 0 ? DANGER : undefined, undefined, t.outcome === 'insufficient' ? DANGER : t.outcome === 'sufficient' ? OK : MUTED],
      })),
      { cells: [T.total, String(score.applicable), String(score.sufficient), String(score.insufficient), String(score.notAssessed), ''], bold: true },
    ],
  );

  // Findings per theme and expectation.
  heading(doc, T.findings, { newPage: true });
  for (const theme of framework.themes) {
    subheading(doc, `${T.theme} ${theme.ref}  ${theme.nl}`, T.themeRef(theme.ref));
    const expectations = applicable.filter((e) => e.themeRef === theme.ref);
    if (expectations.length === 0) {
      paragraph(doc, T.themeEmpty(round.frameworkVersion, theme.inSource.open, theme.inSource.secured), { color: MUTED, size: 9, italic: true });
      continue;
    }
    for (const e of expectations) {
      const j = judged.get(e.ref);
      const text = safe(e.nl);
      doc.font('Helvetica').fontSize(9.5);
      keepTogether(doc, doc.heightOfString(text, { width: contentWidth(doc) - 46 }) + 40);
      const left = doc.page.margins.left;
      const y = doc.y;
      doc.font('Helvetica-Bold').fontSize(8.5).fillColor(MUTED).text(e.ref, left, y + 1, { width: 44 });
      doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(text, left + 46, y, { width: contentWidth(doc) - 46, lineGap: 1.5 });
      const x = left + 46;
      const w = contentWidth(doc) - 46;
      const value = j && j.judgment !== 'notAssessed' ? JUDGMENT_LABELS[j.judgment] : T.notJudged;
      labelled(doc, x, w, T.judgment, value, { labelWidth: 90, size: 9, bold: true, color: judgmentColour(j?.judgment ?? null) });
      if (j?.findings) labelled(doc, x, w, T.findings, safe(j.findings), { labelWidth: 90, size: 9 });
      doc.moveDown(0.5);
    }
  }

  heading(doc, T.improvementPlan, { newPage: true });
  paragraph(doc, T.improvementIntro, { color: MUTED, size: 9.5 });
  if (data.points.length === 0) paragraph(doc, T.noPoints, { color: MUTED, italic: true });
  else drawPoints(doc, data.points);

  heading(doc, T.goodPractices);
  paragraph(doc, T.goodPracticesIntro, { color: MUTED, size: 9.5 });
  if (data.goodPractices.length === 0) paragraph(doc, T.noGoodPractices, { color: MUTED, italic: true });
  else drawGoodPractices(doc, data.goodPractices);

  drawSources(doc, framework, round.frameworkVersion);

  pageFurniture(
    doc,
    `${T.brand} · ${provider.name}`,
    `${T.providerTitle}: ${round.title}`,
    data.copy === 'provider' ? T.providerCopy : T.confidential,
    T.printed(formatMoment(data.printedAt), safe(data.printedByName)),
  );
  doc.end();
  return finished;
}

// ------------------------------------------------------------------ the round report

export function renderRoundReport(data: RoundReportData): Promise<Buffer> {
  const { framework, round, figures } = data;
  const { doc, finished } = newDocument(`${T.roundTitle} ${round.title}`, data.organisationName, framework.title.nl);
  const themeName = new Map(framework.themes.map((t) => [t.ref, t.nl]));
  const expectationText = new Map(framework.themes.flatMap((t) => t.expectations.map((e) => [e.ref, e.nl] as const)));
  const totals = figures.providers.reduce((n, p) => ({ s: n.s + p.sufficient, i: n.i + p.insufficient, na: n.na + p.notAssessed }), { s: 0, i: 0, na: 0 });

  titlePage(
    doc,
    T.roundTitle,
    round.title,
    ROUND_KIND_LABELS[round.kind],
    round.description ? safe(round.description) : T.roundIntro,
    [
      [T.kind, ROUND_KIND_LABELS[round.kind]],
      [T.period, period(round)],
      [T.status, round.status === 'open' ? T.statusOpen : T.statusClosed, round.status === 'open' ? WARNING : INK],
      [T.inspectorate, safe(data.organisationName)],
      [T.date, formatDay(data.printedAt)],
    ],
    data.organisationName,
  );

  heading(doc, T.summary);
  paragraph(doc, T.providerCount(figures.providerCount, figures.providersByVariant.open, figures.providersByVariant.secured));
  paragraph(doc, T.judgedTotals(totals.s, totals.i, totals.na));
  const worst = [...figures.expectations].filter((e) => e.insufficient > 0).sort((a, b) => b.insufficient - a.insufficient || a.ref.localeCompare(b.ref));
  const top = worst.filter((e) => e.insufficient === worst[0]?.insufficient);
  paragraph(doc, top.length ? T.weakest(top.map((e) => `verwachting ${e.ref} (${e.insufficient}×)`).join(', ')) : T.noInsufficient);

  // Per theme: providers sufficient and insufficient, as a chart and a table.
  heading(doc, T.figuresPerTheme, { newPage: true });
  paragraph(doc, T.figuresPerThemeIntro, { color: MUTED, size: 9.5 });
  barChart(
    doc,
    figures.themes.map((t) => ({ label: `${t.ref} ${themeName.get(t.ref) ?? ''}`, sufficient: t.sufficient, insufficient: t.insufficient })),
  );
  table(
    doc,
    [
      { label: T.theme, width: 210 },
      { label: 'Aanbieders', width: 70, align: 'right' },
      { label: T.sufficient, width: 70, align: 'right' },
      { label: T.insufficient, width: 74, align: 'right' },
      { label: T.notAssessed, width: 74, align: 'right' },
    ],
    figures.themes.map((t) => ({
      cells: [`${t.ref}  ${safe(themeName.get(t.ref))}`, String(t.applicable), String(t.sufficient), String(t.insufficient), String(t.notAssessed)],
      colors: [undefined, undefined, undefined, t.insufficient > 0 ? DANGER : undefined, undefined],
    })),
  );

  heading(doc, T.figuresPerExpectation);
  paragraph(doc, T.figuresPerExpectationIntro, { color: MUTED, size: 9.5 });
  for (const theme of framework.themes) {
    const rows = figures.expectations.filter((e) => e.themeRef === theme.ref);
    subheading(doc, `${T.theme} ${theme.ref}  ${theme.nl}`, T.themeRef(theme.ref));
    if (rows.length === 0) {
      paragraph(doc, T.themeEmpty(round.frameworkVersion, theme.inSource.open, theme.inSource.secured), { color: MUTED, size: 9, italic: true });
      continue;
    }
    table(
      doc,
      [
        { label: 'Verwachting', width: 62 },
        { label: 'Omschrijving', width: 200 },
        { label: 'Aanbieders', width: 56, align: 'right' },
        { label: T.sufficient, width: 56, align: 'right' },
        { label: T.insufficient, width: 62, align: 'right' },
        { label: T.notAssessed, width: 60, align: 'right' },
      ],
      rows.map((e) => ({
        cells: [e.ref, safe(expectationText.get(e.ref)), String(e.applicable), String(e.sufficient), String(e.insufficient), String(e.notAssessed)],
        colors: [undefined, undefined, undefined, undefined, e.insufficient > 0 ? DANGER : undefined, undefined],
      })),
    );
  }

  heading(doc, T.scoresPerProvider, { newPage: true });
  table(
    doc,
    [
      { label: T.provider, width: 160 },
      { label: T.careKind, width: 100 },
      { label: T.applicable, width: 62, align: 'right' },
      { label: T.sufficient, width: 62, align: 'right' },
      { label: T.insufficient, width: 70, align: 'right' },
      { label: T.notAssessed, width: 66, align: 'right' },
    ],
    figures.providers.map((p) => ({
      cells: [safe(p.name), CARE_KIND_LABELS[p.careKind], String(p.applicable), String(p.sufficient), String(p.insufficient), String(p.notAssessed)],
      colors: [undefined, undefined, undefined, undefined, p.insufficient > 0 ? DANGER : undefined, undefined],
    })),
  );

  heading(doc, T.improvementPoints);
  paragraph(doc, T.improvementPointsIntro, { color: MUTED, size: 9.5 });
  const withPoints = data.providers.filter((p) => (data.points.get(p.id) ?? []).length > 0);
  if (withPoints.length === 0) paragraph(doc, T.noPointsRound, { color: MUTED, italic: true });
  for (const provider of withPoints) {
    const points = data.points.get(provider.id)!;
    subheading(doc, provider.name, CARE_KIND_LABELS[provider.careKind]);
    for (const point of points) {
      const done = point.actions.filter((a) => a.status === 'done').length;
      const accepted = point.actions.filter((a) => a.latestVerdict === 'accepted').length;
      keepTogether(doc, 50);
      doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(point.expectationRefs.map((r) => T.frameworkRef(r)).join('; '), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
      doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(safe(point.description), { width: contentWidth(doc), lineGap: 1.5 });
      doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(T.actionsCounts(point.actions.length, done, accepted), { width: contentWidth(doc) });
      doc.moveDown(0.5);
    }
  }

  heading(doc, T.goodPracticesByProvider, { newPage: true });
  paragraph(doc, T.goodPracticesIntro, { color: MUTED, size: 9.5 });
  const withPractices = data.providers.filter((p) => (data.goodPractices.get(p.id) ?? []).length > 0);
  if (withPractices.length === 0) paragraph(doc, T.noGoodPractices, { color: MUTED, italic: true });
  for (const provider of withPractices) {
    subheading(doc, `${provider.name} (${CARE_KIND_LABELS[provider.careKind].toLowerCase()})`);
    drawGoodPractices(doc, data.goodPractices.get(provider.id)!);
  }

  heading(doc, METHOD_TEXT.heading);
  for (const p of METHOD_TEXT.paragraphs) paragraph(doc, p);
  paragraph(doc, METHOD_TEXT.source, { color: MUTED, size: 9, italic: true });
  drawSources(doc, framework, round.frameworkVersion);

  pageFurniture(doc, `${T.brand} · ${data.organisationName}`, `${T.roundTitle}: ${round.title}`, T.confidential, T.printed(formatMoment(data.printedAt), safe(data.printedByName)));
  doc.end();
  return finished;
}

export { themeOfRef };
