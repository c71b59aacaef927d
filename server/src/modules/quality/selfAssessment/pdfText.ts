// The Dutch words on the printed self-assessment. The status and answer labels
// repeat the ones on screen (web/src/i18n/quality.nl.ts, selfAssessment.status
// and .answer); selfAssessmentPdf.test.ts holds the two equal.
import type { CriterionStatus, IndicatorAnswer } from './selfAssessment.options.js';

export const STATUS_LABELS: Record<CriterionStatus | 'notAssessed', string> = {
  notAssessed: 'Nog niet beoordeeld',
  notArranged: 'Niet geregeld',
  beingArranged: 'Wordt geregeld',
  onPaper: 'Op papier geregeld',
  inPractice: 'In de praktijk',
};

export const ANSWER_LABELS: Record<IndicatorAnswer | 'notAnswered', string> = {
  notAnswered: 'Nog niet beantwoord',
  met: 'Voldoet',
  partlyMet: 'Voldoet deels',
  notMet: 'Voldoet niet',
  unknown: 'Niet bekend',
};

export const GROUP_LABELS = { basic: 'Basiselementen', general: 'Algemene kernelementen', specific: 'Specifieke kernelementen' } as const;

export const PDF_TEXT = {
  brand: 'Baken',
  kicker: 'Zelfevaluatie',
  title: 'Zelfevaluatie kwaliteitskader',
  purpose:
    'Waar de organisatie staat op de kwaliteitscriteria van het kwaliteitskader voor specialistische opvang en hulp bij seksuele uitbuiting, met het bewijs, wie eraan werkt en wanneer het geregeld moet zijn. Voor directie, toezicht en samenwerkingspartners.',
  framework: 'Kwaliteitskader',
  frameworkValue: (citation: string, version: string) => `${citation} (versie ${version} in Baken)`,
  startedOn: 'Gestart op',
  state: 'Stand',
  open: 'Lopend — antwoorden kunnen nog veranderen',
  closed: (date: string, name: string) => `Afgesloten op ${date} door ${name}`,
  carriedOver: 'Voortgezet uit',
  overview: 'Stand van zaken',
  criteriaLine: (inPractice: number, total: number) => `${inPractice} van de ${total} criteria zijn in de praktijk geregeld.`,
  overdueLine: (n: number) => (n === 1 ? '1 criterium is over de streefdatum.' : `${n} criteria zijn over de streefdatum.`),
  indicatorsLine: (answered: number, selfAssessed: number, computed: number) =>
    `${answered} van de ${selfAssessed} indicatoren die de dossiers niet kunnen beantwoorden zijn beantwoord; ${computed} indicatoren berekent Baken uit de dossiers.`,
  perElement: 'Per kernelement',
  columnElement: 'Kernelement',
  columnProgress: 'In de praktijk',
  criteria: 'Kwaliteitscriteria (organisatie)',
  indicators: 'Indicatoren',
  status: 'Status',
  evidence: 'Bewijs',
  noEvidence: 'Geen bewijs vastgelegd',
  policy: (title: string, version: string) => `Protocol of beleid: ${title}${version ? `, versie ${version}` : ''}`,
  policyWithdrawn: ' (inmiddels ingetrokken)',
  document: (name: string) => `Document: ${name}`,
  owner: 'Eigenaar',
  dueOn: 'Streefdatum',
  overdue: 'over de datum',
  comments: 'Toelichting',
  source: (citation: string, ref: string) => `${citation}, §${ref}`,
  groupKicker: (citation: string, first: string, last: string) => `${citation}, §${first}–${last}`,
  level: { client: 'cliëntniveau', professional: 'medewerkersniveau', organisation: 'organisatieniveau' } as const,
  computed: 'Berekend uit de dossiers: zie Kwaliteit, Indicatoren in Baken.',
  selfAssessed: 'Beantwoord in de zelfevaluatie',
  answer: 'Antwoord',
  confidential: 'Intern document — bevat geen gegevens van jongeren',
  page: (n: number, of: number) => `Pagina ${n} van ${of}`,
  printed: (date: string, name: string) => `Afgedrukt op ${date} door ${name}`,
} as const;
