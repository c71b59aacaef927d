// The Dutch words of the copy of a CoMensha registration (the disclosed content
// and its PDF). The option labels repeat what the professional picked on
// screen (web/src/i18n/comensha.nl.ts): the server does not import the
// client's catalog, so comensha.test.ts holds the two equal.
import type { GENDERS } from '../caseFiles/caseFiles.options.js';
import type { ConsentGiver, ExploitationForm, PoliceReportState, RecruitmentMethod } from './comensha.options.js';

export const GIVER_LABELS: Record<ConsentGiver, string> = {
  youth: 'De jongere zelf',
  parents: 'Ouder(s)',
  guardian: 'Voogd',
};

export const FORM_LABELS: Record<ExploitationForm, string> = {
  sexual: 'Seksuele uitbuiting',
  criminal: 'Criminele uitbuiting',
  both: 'Seksuele en criminele uitbuiting',
};

export const RECRUITMENT_LABELS: Record<RecruitmentMethod, string> = {
  online: 'Online (sociale media, chat, games)',
  viaFriend: 'Via een vriend of vriendin',
  loverboy: 'Loverboymethode (verliefd gemaakt)',
  family: 'Via familie',
  streetOrSchool: 'Op straat, school of een hangplek',
  debt: 'Via een schuld of een gunst',
  other: 'Anders',
  unknown: 'Onbekend',
};

export const POLICE_REPORT_LABELS: Record<PoliceReportState, string> = {
  reportMade: 'Er is aangifte gedaan',
  considered: 'Aangifte is overwogen, niet gedaan',
  notConsidered: 'Aangifte is (nog) niet overwogen',
};

export const GENDER_LABELS: Record<(typeof GENDERS)[number], string> = {
  female: 'Meisje / vrouw',
  male: 'Jongen / man',
  other: 'Anders',
  unknown: 'Onbekend',
};

export const REGISTRATION_TEXT = {
  title: 'Melding bij CoMensha',
  youth: 'De jongere',
  name: 'Naam',
  dateOfBirth: 'Geboortedatum',
  gender: 'Geslacht',
  consent: 'Toestemming',
  givenBy: 'Gegeven door',
  signer: 'Getekend door',
  signedOn: 'Getekend op',
  document: 'Getekende verklaring',
  documentInFile: 'Bewaard in het dossier van de jongere',
  exploitation: 'De uitbuiting',
  form: 'Vorm',
  period: 'Periode',
  place: 'Gemeente of regio',
  recruitment: 'Hoe de jongere is geronseld',
  recruitmentNote: 'Toelichting op het ronselen',
  work: 'Werk of strafbare feiten waartoe de jongere is gedwongen',
  signals: 'Signalen die tot de melding leidden',
  police: 'Politie',
  policeReport: 'Aangifte',
  policeReportNote: 'Toelichting',
  care: 'Hulp',
  careGiven: 'Geboden hulp',
  currentStay: 'Verblijft nu',
  remarks: 'Opmerkingen',
  reporter: 'Melder',
  organisation: 'Organisatie',
  decidedBy: 'Besloten door',
  recordedBy: 'Vastgelegd door',
  registeredAt: 'Datum en tijd van de melding',
} as const;

/** Why each kind of data goes to CoMensha: prefilled on the disclosure, in the words of the minimisation question. */
export const CATEGORY_REASONS = {
  identity: 'CoMensha telt elk slachtoffer één keer; met naam, geboortedatum en geslacht herkent CoMensha een dubbele melding.',
  exploitation: 'Vorm, periode, plaats en manier van ronselen zijn waar de registratie over gaat: het beeld van aantal en aard van de slachtoffers.',
  offences: 'Bij criminele uitbuiting hoort welke strafbare feiten de jongere moest plegen bij de aard van de uitbuiting.',
  healthCare: 'De geboden hulp en waar de jongere nu verblijft laten zien of opvang en hulp geregeld zijn.',
} as const;

export const REGISTRATION_PURPOSE =
  'Melding van een (vermoedelijk) slachtoffer van uitbuiting bij CoMensha, het landelijke coördinatiecentrum, voor een goed beeld van het aantal en de aard van de slachtoffers.';

export const PDF_TEXT = {
  intro: 'Ingevuld meldingsformulier zoals het uit het dossier is verstrekt aan CoMensha. Dit afschrift wordt bewaard in het dossier van de jongere.',
  recipient: 'Ontvanger',
  confidential: 'Vertrouwelijk — bevat persoonsgegevens van een (vermoedelijk) slachtoffer',
} as const;
