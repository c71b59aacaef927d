// The Dutch words on the printed safety plan. The section headings repeat the
// labels the professional sees on screen (web/src/i18n/caseWork.nl.ts,
// fields.safetyPlan): the server does not import the client's catalog, so
// safetyPlan.test.ts holds the two equal and a change to one fails until the
// other follows.
import type { NETWORK_CLASSIFICATIONS, PLACE_KINDS } from '../caseFiles.options.js';
import type { SAFETY_PLAN_SECTIONS } from '../records/kinds/safetyPlan.js';

export const SECTION_HEADINGS: Record<(typeof SAFETY_PLAN_SECTIONS)[number], string> = {
  riskyNetwork: 'Risicovol netwerk',
  internetUse: 'Internet en social media',
  abscondingRisk: 'Risico op weglopen en wat het voorkomt',
  possibleAddresses: 'Adressen waar de jongere naartoe kan gaan',
  parentContact: 'Contact met ouders',
  policeCooperation: 'Samenwerking met de politie',
  staffSafety: 'Veiligheid van medewerkers en andere jongeren',
  agreementsYouth: 'Afspraken met de jongere',
  agreementsParents: 'Afspraken met ouders of voogd',
};

export const CLASSIFICATION_LABELS: Record<(typeof NETWORK_CLASSIFICATIONS)[number], string> = {
  supportive: 'Steunend',
  neutral: 'Neutraal',
  risky: 'Risicovol',
  dangerous: 'Gevaarlijk',
};

export const PLACE_KIND_LABELS: Record<(typeof PLACE_KINDS)[number], string> = {
  home: 'Woning',
  family: 'Familie',
  friend: 'Vriend of vriendin',
  hangout: 'Hangplek',
  school: 'School',
  work: 'Werk',
  hotel: 'Hotel of pension',
  other: 'Anders',
};

export const PDF_TEXT = {
  title: 'Veiligheidsplan',
  bornOn: 'Geboren op',
  version: 'Versie',
  status: 'Status',
  draft: 'Concept — nog niet vastgesteld door een behandelcoördinator',
  signedOff: (name: string, date: string) => `Vastgesteld door ${name} op ${date}`,
  reviewOn: 'Evalueren op',
  lastChanged: 'Laatst gewijzigd',
  by: 'door',
  photoTakenOn: (date: string) => `Foto van ${date}`,
  photoUploadedOn: (date: string) => `Foto toegevoegd op ${date}`,
  empty: 'Niet ingevuld.',
  appendixLabel: 'Bijlage',
  appendixTitle: 'Risicovol netwerk uit de netwerkanalyse',
  appendixIntro: (date: string) =>
    `Personen en plekken die in de netwerkanalyse als risicovol of gevaarlijk zijn ingedeeld, zoals de netwerkanalyse ze op ${date} bevat. De netwerkanalyse in Baken is leidend; deze bijlage is een momentopname.`,
  persons: 'Personen',
  places: 'Plekken',
  noPersons: 'De netwerkanalyse noemt geen risicovolle of gevaarlijke personen.',
  noPlaces: 'De netwerkanalyse noemt geen risicovolle of gevaarlijke plekken.',
  relation: 'Relatie',
  phones: 'Telefoon',
  addresses: 'Adressen',
  vehicles: 'Voertuigen',
  placeKind: 'Soort plek',
  confidential: 'Vertrouwelijk — bevat persoonsgegevens van een minderjarige',
} as const;
