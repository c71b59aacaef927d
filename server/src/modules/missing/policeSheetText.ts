// The Dutch words of the police information sheet. The sheet leaves the
// organisation as words (disclosed content), so the server writes them. Labels
// for the criteria and options repeat what the professional sees on screen
// (web/src/i18n/missing.nl.ts); policeSheet.test.ts holds the two equal.
import type { FOUND_BY, SheetSectionKey, UrgencyCriterion } from './missing.options.js';

export const CRITERION_LABELS: Record<UrgencyCriterion, string> = {
  honourViolence: 'Kans op (eergerelateerd) geweld',
  crimeVictim: 'Mogelijk slachtoffer van een misdrijf',
  withCriminals: 'Vermoedelijk bij criminelen of mensenhandelaars',
  intellectualDisability: '(Licht) verstandelijke beperking',
  suicideRisk: 'Kans op suïcide',
  youngAge: 'Jonge leeftijd',
};

export const FOUND_BY_LABELS: Record<(typeof FOUND_BY)[number], string> = {
  cameBack: 'Zelf teruggekomen',
  police: 'Gevonden door de politie',
  staff: 'Gevonden door medewerkers',
  parents: 'Gevonden door ouders of familie',
  other: 'Anders',
};

export const SECTION_HEADINGS: Record<SheetSectionKey, string> = {
  photo: 'Foto',
  identity: 'Persoonsgegevens',
  contact: 'Bereikbaarheid van de jongere',
  description: 'Signalement',
  lastSeen: 'Vermissing',
  urgency: 'Waarom dit urgent is',
  risk: 'Risicofactoren',
  persons: 'Personen uit het netwerk (risicovol of gevaarlijk)',
  places: 'Plekken en adressen waar de jongere kan zijn',
  accounts: 'Online accounts',
  family: 'Ouders en voogd',
  organisation: 'Contact met de zorgorganisatie',
};

/** As on screen (web/src/i18n/nl.ts genders, caseWork.nl.ts options.riskLevels). */
export const GENDER_LABELS: Record<string, string> = { female: 'Meisje / vrouw', male: 'Jongen / man', other: 'Anders', unknown: 'Onbekend' };
export const RISK_LEVEL_LABELS: Record<string, string> = { low: 'Laag', moderate: 'Matig', high: 'Hoog', veryHigh: 'Zeer hoog' };

export const SHEET_TEXT = {
  title: 'Informatieblad vermissing',
  name: 'Naam',
  dateOfBirth: 'Geboortedatum',
  age: (age: number) => `${age} jaar`,
  gender: 'Geslacht',
  language: 'Taal',
  address: 'Adres',
  youthPhone: 'Telefoon van de jongere',
  appearance: 'Kleding en uiterlijk',
  lastSeenAt: 'Laatst gezien',
  lastSeenPlace: 'Waar',
  circumstances: 'Omstandigheden',
  companions: 'In gezelschap van',
  photo: 'Foto',
  photoTakenOn: (date: string) => `Recente foto bijgevoegd, gemaakt op ${date}`,
  photoUploadedOn: (date: string) => `Recente foto bijgevoegd, toegevoegd op ${date}`,
  riskAssessment: (date: string) => `Risicotaxatie van ${date}`,
  riskLevel: (level: string) => `Risiconiveau: ${level.toLowerCase()}.`,
  absconding: 'Risico op weglopen (veiligheidsplan)',
  safetyPlanAddresses: 'Adressen uit het veiligheidsplan',
  phones: 'telefoon',
  addresses: 'adres',
  vehicles: 'voertuig',
  handles: 'online',
  parents: 'Ouders',
  guardian: 'Gezinsvoogd of voogd',
  organisationName: 'Organisatie',
  phone247: '24/7 bereikbaar',
} as const;
