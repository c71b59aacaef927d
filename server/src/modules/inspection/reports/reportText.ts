// The Dutch words on the printed inspection reports and in their spreadsheets.
// The labels repeat what the inspector sees on screen (web/src/i18n/
// inspectionReports.nl.ts); the server does not import the client's catalog.
import type { ActionStatus, FollowUpVerdict } from '../improvement/improvement.options.js';
import type { CareKind, JudgmentValue, RoundKind } from '../inspection.options.js';

export const CARE_KIND_LABELS: Record<CareKind, string> = {
  open: 'Open jeugdhulp',
  secured: 'Gesloten jeugdhulp',
  both: 'Open en gesloten jeugdhulp',
};

export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  thematic: 'Thematisch onderzoek',
  regular: 'Regulier toezicht',
  incident: 'Onderzoek naar aanleiding van een incident',
  followUp: 'Vervolgonderzoek',
};

export const JUDGMENT_LABELS: Record<JudgmentValue, string> = {
  sufficient: 'Voldoende',
  insufficient: 'Onvoldoende',
  notAssessed: 'Niet beoordeeld',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Nog niet gestart',
  inProgress: 'Loopt',
  done: 'Gereed',
};

export const VERDICT_LABELS: Record<FollowUpVerdict, string> = {
  accepted: 'Akkoord',
  notYetSufficient: 'Nog niet voldoende',
  closed: 'Afgesloten',
};

export const REPORT_TEXT = {
  brand: 'Baken',
  providerTitle: 'Inspectierapport',
  roundTitle: 'Rapport van de inspectieronde',
  roundIntro: 'Wat de inspectie in deze ronde zag: de oordelen per thema en per verwachting, de scores per aanbieder, de verbeterpunten met de stand van de acties en de goede praktijkvoorbeelden.',
  round: 'Ronde',
  kind: 'Soort onderzoek',
  period: 'Periode',
  provider: 'Aanbieder',
  location: 'Locatie',
  careKind: 'Soort hulp',
  variant: 'Getoetst op',
  variantOpen: (n: number) => `de verwachtingen voor open jeugdhulp (${n} in dit kader)`,
  variantSecured: (n: number) => `de verwachtingen voor gesloten jeugdhulp (${n} in dit kader)`,
  date: 'Datum',
  status: 'Status ronde',
  statusOpen: 'Loopt nog: oordelen kunnen nog veranderen',
  statusClosed: 'Afgesloten',
  inspectorate: 'Inspectie',
  summary: 'Samenvatting',
  scoreSummary: 'Oordelen per thema',
  theme: 'Thema',
  expectations: 'Verwachtingen',
  sufficient: 'Voldoende',
  insufficient: 'Onvoldoende',
  notAssessed: 'Niet beoordeeld',
  outcome: 'Oordeel thema',
  judgment: 'Oordeel',
  total: 'Totaal',
  findings: 'Bevindingen',
  noFindings: 'Geen bevindingen vastgelegd.',
  notJudged: 'Niet beoordeeld in deze ronde.',
  themeEmpty: (version: string, open: number, secured: number) =>
    `Het toetsingskader in Baken (versie ${version}) bevat voor dit thema nog geen genummerde verwachtingen. De bron telt er ${open} voor open en ${secured} voor gesloten jeugdhulp.`,
  frameworkRef: (ref: string) => `Toetsingskader, verwachting ${ref}`,
  themeRef: (ref: string) => `Toetsingskader, thema ${ref}`,
  improvementPlan: 'Verbeterplan',
  improvementIntro: 'Wat de aanbieder moet verbeteren, de acties die de aanbieder daarvoor onderneemt en hoe de inspectie elke actie heeft opgevolgd.',
  noPoints: 'De inspectie heeft voor deze aanbieder geen verbeterpunten vastgesteld.',
  noPointsRound: 'De inspectie heeft voor de aanbieders in deze ronde geen verbeterpunten vastgesteld.',
  point: (n: number) => `Verbeterpunt ${n}`,
  pointRefs: 'Gaat over',
  dueOn: 'Gereed vóór',
  noActions: 'De aanbieder heeft nog geen acties ingevuld.',
  action: 'Actie',
  owner: 'Eigenaar',
  actionDue: 'Gepland gereed',
  actionStatus: 'Stand',
  overdue: 'over de datum',
  progress: 'Voortgang',
  followUp: 'Opvolging inspectie',
  noFollowUp: 'Nog niet opgevolgd.',
  followUpLine: (verdict: string, date: string, name: string) => `${verdict} op ${date} (${name})`,
  goodPractices: 'Goede praktijkvoorbeelden',
  goodPracticesIntro: 'Werkwijzen die de inspectie tijdens het onderzoek zag en die andere aanbieders kunnen inspireren, in de woorden van de inspectie.',
  noGoodPractices: 'Er zijn geen goede praktijkvoorbeelden vastgelegd.',
  sources: 'Bronnen',
  sourceFramework: (title: string, version: string) => `${title}, versie ${version} in Baken.`,
  sourceRefs: 'Elk oordeel noemt het nummer van de verwachting in het toetsingskader. Waar de bron een verwachting zonder nummer noemt, staat het thema met -s1 of -s2.',
  // Round report
  providers: 'Onderzochte aanbieders',
  providerCount: (n: number, open: number, secured: number) =>
    `In deze ronde ${n === 1 ? 'is 1 aanbieder' : `zijn ${n} aanbieders`} onderzocht: ${open} op de verwachtingen voor open jeugdhulp en ${secured} op die voor gesloten jeugdhulp (aanbieders met open én gesloten groepen tellen bij gesloten).`,
  judgedTotals: (sufficient: number, insufficient: number, notAssessed: number) =>
    `Samen kregen zij ${sufficient} keer het oordeel voldoende en ${insufficient} keer onvoldoende; ${notAssessed} keer is een verwachting die op hen van toepassing is niet beoordeeld.`,
  weakest: (refs: string) => `De meeste onvoldoendes vielen op ${refs}.`,
  noInsufficient: 'Geen enkele verwachting is als onvoldoende beoordeeld.',
  figuresPerTheme: 'Oordelen per thema',
  figuresPerThemeIntro: 'Per thema het aantal aanbieders met een voldoende en een onvoldoende op dat thema. Een aanbieder scoort onvoldoende op een thema als één verwachting daarvan onvoldoende is.',
  figuresPerExpectation: 'Oordelen per verwachting',
  figuresPerExpectationIntro: 'Per verwachting het aantal aanbieders dat voldoende en onvoldoende scoorde.',
  scoresPerProvider: 'Scores per aanbieder',
  applicable: 'Van toepassing',
  improvementPoints: 'Verbeterpunten',
  improvementPointsIntro: 'De verbeterpunten die de inspectie per aanbieder heeft vastgesteld, met de stand van de acties.',
  actionsCounts: (total: number, done: number, accepted: number) => `${total} ${total === 1 ? 'actie' : 'acties'}, ${done} gereed, ${accepted} akkoord bevonden door de inspectie`,
  goodPracticesByProvider: 'Goede praktijkvoorbeelden per aanbieder',
  legendSufficient: 'Voldoende',
  legendInsufficient: 'Onvoldoende',
  chartNote: 'Een staaf telt de aanbieders; het getal staat erin of ernaast.',
  confidential: 'Vertrouwelijk — alleen voor de inspectie',
  providerCopy: 'Vertrouwelijk — voor de inspectie en de aanbieder',
  page: (n: number, of: number) => `Pagina ${n} van ${of}`,
  printed: (date: string, name: string) => `Afgedrukt op ${date} door ${name}`,
} as const;

/** The round report's closing section: how the inspection was done, in our words (seed 004 describes the method). */
export const METHOD_TEXT = {
  heading: 'Werkwijze',
  paragraphs: [
    'De inspectie toetste elke aanbieder aan de kernverwachtingen van het toetsingskader, ingedeeld in vijf thema’s. Aanbieders met alleen open groepen zijn getoetst op de verwachtingen voor open jeugdhulp; aanbieders met gesloten groepen ook op de verwachtingen over vrijheidsbeperkende maatregelen en verlof.',
    'Per verwachting geeft de inspecteur het oordeel voldoende of onvoldoende, met de bevindingen. Een thema is voor een aanbieder onvoldoende zodra één verwachting van dat thema onvoldoende is. Een verwachting die niet is beoordeeld telt niet mee in het oordeel.',
    'Waar een verwachting onvoldoende is, legt de inspectie een verbeterpunt vast. De aanbieder vult per verbeterpunt de acties in, met eigenaar, datum en voortgang; de inspectie volgt elke actie op. Goede praktijkvoorbeelden zijn vastgelegd zodat aanbieders van elkaar kunnen leren.',
  ],
  source: 'Bron van de werkwijze: het verslag van het thematisch onderzoek naar hulp aan slachtoffers van loverboys (IGJ, 2018) en het toetsingskader Verantwoorde Hulp voor Jeugd.',
} as const;
