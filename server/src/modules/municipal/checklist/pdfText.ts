// The Dutch words on the printed checklist. The answer and status labels repeat
// the ones on screen (web/src/i18n/municipal.nl.ts).
import type { ActionStatus, ChecklistAnswer } from './checklist.options.js';

export const ANSWER_LABELS: Record<ChecklistAnswer | 'notAnswered', string> = {
  notAnswered: 'Nog niet beantwoord',
  yes: 'Ja',
  partly: 'Deels',
  no: 'Nee',
  unknown: 'Weet niet',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', inProgress: 'In uitvoering', done: 'Klaar' };

export const PDF_TEXT = {
  brand: 'Baken',
  kicker: 'Checklist gemeenten',
  title: (year: number) => `Checklist aanpak uitbuiting van jongeren ${year}`,
  purpose:
    'Hoe de gemeente ervoor staat op de vijf checks voor beleid tegen uitbuiting van jongeren: kennis, preventie, signaleren en melden, samenwerking in de zorg- en veiligheidsketen, en opvang en nazorg. Met per vraag het antwoord, de toelichting en het bewijs, de vergelijking met vorig jaar en het actieplan.',
  source: 'Bron',
  sourceValue: (citation: string, version: string) => `${citation} (versie ${version} in Baken)`,
  year: 'Jaar',
  region: 'Regio',
  regionValue: (name: string, members: string) => `${name}: ${members}`,
  alone: 'Eigen checklist van de gemeente',
  overview: 'Stand van zaken',
  answeredLine: (answered: number, total: number) => `${answered} van de ${total} vragen zijn beantwoord.`,
  countsLine: (yes: number, partly: number, no: number, unknown: number) => `Ja: ${yes} · Deels: ${partly} · Nee: ${no} · Weet niet: ${unknown}`,
  previousLine: (year: number, yes: number, total: number) => `Vorig jaar (${year}): ${yes} van de ${total} vragen met ja beantwoord.`,
  perCheck: 'Per check',
  columnCheck: 'Check',
  columnNow: 'Dit jaar',
  columnThen: 'Vorig jaar',
  ofQuestions: (yes: number, answered: number, total: number) => `ja ${yes} · beantwoord ${answered}/${total}`,
  none: '—',
  check: (ref: string) => `Check ${ref}`,
  sourceRef: (ref: string) => `(checklist gemeenten, check ${ref})`,
  questionSource: (ref: string) => `(checklist gemeenten, vraag ${ref})`,
  why: 'Waarom dit ertoe doet',
  answer: 'Antwoord',
  lastYear: (year: number) => `Vorig jaar (${year})`,
  notes: 'Toelichting',
  evidence: 'Bewijs',
  answeredBy: 'Beantwoord',
  answeredByValue: (name: string, organisation: string, when: string) => `${name} (${organisation}), ${when}`,
  actionPlan: 'Actieplan',
  actionPlanIntro: 'Acties bij de vragen die niet met ja zijn beantwoord: uit de suggesties bij de check of eigen acties.',
  actionCounts: (total: number, open: number, inProgress: number, done: number) => `${total} ${total === 1 ? 'actie' : 'acties'}: ${open} open, ${inProgress} in uitvoering, ${done} klaar.`,
  overdueCount: (n: number) => (n === 1 ? '1 actie is over de streefdatum.' : `${n} acties zijn over de streefdatum.`),
  noActions: 'Er staan nog geen acties in het actieplan.',
  forQuestion: (ref: string) => `Bij vraag ${ref}`,
  owner: 'Eigenaar',
  dueOn: 'Streefdatum',
  overdue: 'over de streefdatum',
  status: 'Status',
  progress: 'Voortgang',
  ownAction: 'eigen actie',
  confidential: 'Beleidsdocument van de gemeente — bevat geen persoonsgegevens van jongeren',
  page: (n: number, of: number) => `Pagina ${n} van ${of}`,
  printed: (when: string, name: string) => `Afgedrukt op ${when} door ${name} — uit Baken`,
};
