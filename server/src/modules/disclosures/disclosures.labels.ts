// The Dutch words for the option codes, where the server itself writes text
// (the printed receipt, the register's CSV). They repeat what the interface
// shows (web/src/i18n/disclosures.nl.ts): the server does not import the
// client's catalog, so disclosures.labels.test.ts holds the two equal.
import type { DATA_CATEGORIES, DISCLOSURE_SOURCES, LEGAL_GROUNDS, RECIPIENT_KINDS, SECRECY_GROUNDS } from './disclosures.options.js';

export const LEGAL_GROUND_LABELS: Record<(typeof LEGAL_GROUNDS)[number], string> = {
  consent: 'Toestemming',
  contract: 'Uitvoering van een overeenkomst',
  legalObligation: 'Wettelijke verplichting',
  vitalInterest: 'Vitaal belang',
  publicTask: 'Publieke taak',
  legitimateInterest: 'Gerechtvaardigd belang',
};

export const CATEGORY_LABELS: Record<(typeof DATA_CATEGORIES)[number], string> = {
  identity: 'Naam en geboortedatum',
  photo: 'Foto',
  description: 'Signalement',
  contactDetails: 'Adres en telefoonnummer',
  parentsContacts: 'Contactgegevens van ouders',
  riskFactors: 'Risicofactoren',
  urgency: 'Urgentie',
  networkPersons: 'Personen uit het netwerk',
  networkPlaces: 'Plekken uit het netwerk',
  onlineAccounts: 'Online accounts',
  healthCare: 'Gezondheid en zorg',
  exploitation: 'Signalen van uitbuiting',
  offences: 'Strafbare feiten',
  other: 'Overig',
};

export const KIND_LABELS: Record<(typeof DISCLOSURE_SOURCES)[number], string> = {
  manual: 'Verstrekking',
  policeSheet: 'Informatieblad voor de politie',
  comenshaRegistration: 'Melding aan CoMensha',
  policeRequest: 'Antwoord op een politievraag',
  caseConference: 'Casusoverleg',
};

export const RECIPIENT_KIND_LABELS: Record<(typeof RECIPIENT_KINDS)[number], string> = {
  police: 'Politie',
  comensha: 'CoMensha',
  veiligThuis: 'Veilig Thuis',
  caseConference: 'Casusoverleg',
  school: 'School',
  careCoordinator: 'Zorgcoördinator mensenhandel',
  prosecutor: 'Openbaar Ministerie',
  other: 'Anders',
};

export const SECRECY_GROUND_LABELS: Record<(typeof SECRECY_GROUNDS)[number], string> = {
  notApplicable: 'Geen beroepsgeheim van toepassing',
  consent: 'Toestemming van de jongere of ouders',
  conflictOfDuties: 'Conflict van plichten',
  statutoryDuty: 'Wettelijke plicht',
};
