// Messages for invalid fields, Dutch first. Schemas name a message by key
// (`fieldKey('bsnInvalid')`); issues without one get a message for their kind.
// Both are looked up in the request's language when the error is answered, so
// a field error never shows zod's technical default text.
import type { Locale } from './messages.js';

const nl = {
  required: 'Vul dit veld in.',
  tooShort: 'Gebruik minstens {min} tekens.',
  tooLong: 'Gebruik hoogstens {max} tekens.',
  tooMany: 'Kies er hoogstens {max}.',
  tooSmall: 'Vul een waarde van minstens {min} in.',
  tooBig: 'Vul een waarde van hoogstens {max} in.',
  invalidOption: 'Kies een van de mogelijkheden.',
  invalidEmail: 'Vul een geldig e-mailadres in.',
  invalidUrl: 'Vul een geldig webadres in, beginnend met https://.',
  invalid: 'Deze waarde klopt niet.',
  dateFormat: 'Vul een datum in als JJJJ-MM-DD.',
  dateDoesNotExist: 'Deze datum bestaat niet.',
  dateOfBirthInFuture: 'De geboortedatum ligt in de toekomst.',
  youthTooOld: 'Baken is voor jongeren tot en met 27 jaar. Controleer de geboortedatum.',
  bsnInvalid: 'Dit BSN klopt niet: het voldoet niet aan de elfproef.',
  phoneInvalid: 'Vul een geldig telefoonnummer in.',
  noteDateInFuture: 'Een notitie gaat over iets wat al gebeurd is. De datum ligt in de toekomst.',
  totpFormat: 'Vul de 6 cijfers uit uw authenticator-app in.',
  codeOrRecoveryCode: 'Vul een code of een herstelcode in.',
  passwordTooShort: 'Kies een wachtwoord van minstens {min} tekens.',
  searchTooShort: 'Vul minstens twee letters van de naam in.',
  breakGlassReasonTooShort: 'Leg in minstens {min} tekens uit waarom u nu toegang nodig heeft.',
  dateInFuture: 'Deze datum ligt in de toekomst.',
  ageOutsideInstrument: 'Dit instrument is voor jongeren van {min} tot en met {max} jaar. De jongere was op die dag {age} jaar.',
  ageBelowInstrument: 'Dit instrument is voor jongeren vanaf {min} jaar. De jongere was op die dag {age} jaar.',
  phaseNumberTaken: 'Er is al een fase met dit nummer.',
  refusalReasonMissing: 'Schrijf op waarom de bezoeker is geweigerd.',
  unknownInstrument: 'Kies een instrument uit de lijst.',
  unknownSignal: 'Kies een signaal uit de lijst, of laat het leeg bij een ander signaal.',
  initialExists: 'Er is al een risicotaxatie gemarkeerd als die bij de start van de hulp.',
  unknownPerson: 'Deze persoon staat niet in de netwerkanalyse van deze jongere.',
  unknownGoal: 'Dit doel hoort niet bij deze jongere.',
  endBeforeStart: 'De einddatum ligt voor de begindatum.',
  reviewBeforeReviewed: 'De volgende evaluatie moet na deze evaluatie liggen.',
  stepDetailsMissing: 'Vul voor deze stap de gevraagde antwoorden in.',
  closedBeforeOpened: 'Een dossier kan niet gesloten worden vóór de dag waarop het is geopend.',
  unknownPartner: 'Kies een partner uit de lijst van uw organisatie.',
  secrecyReasoningMissing: 'Leg uit waarom het beroepsgeheim hier doorbroken mag worden.',
  notInformedReasonMissing: 'Schrijf op waarom de jongere niet is geïnformeerd.',
  categoryTwice: 'Deze soort gegevens staat er al.',
  municipalityCode: 'Vul de CBS-code van de gemeente in, zoals GM0363.',
  deciderNotLead: 'Kies een behandelcoördinator of aandachtsfunctionaris van uw organisatie: die besluit over het verstrekken.',
  urgencyExplanationMissing: 'Schrijf op waar dit uit blijkt. Dat vertelt u de politie.',
  criterionTwice: 'Dit criterium staat er al.',
  episodeStillOpen: 'Dit kan pas als de jongere terug is.',
  returnBeforeLastSeen: 'De terugkeer ligt vóór het moment dat de jongere voor het laatst is gezien.',
  comenshaNoConsent: 'Er is geen toestemming gekozen. Zonder uitdrukkelijke toestemming kan er niet bij CoMensha worden gemeld. Leg de toestemming vast of schrijf op waarom er niet wordt gemeld.',
  comenshaUnknownConsent: 'Deze toestemming hoort niet bij deze jongere.',
  comenshaConsentWithdrawn: 'Deze toestemming is ingetrokken op of vóór de datum van de melding.',
  comenshaSignerMustBeYouth: 'De jongere was {age} jaar toen er getekend werd. Vanaf 16 jaar geeft de jongere zelf toestemming, niet de ouders of de voogd.',
  comenshaSignerMustBeParents: 'De jongere was {age} jaar toen er getekend werd. Onder de 16 jaar geven de ouders of de voogd toestemming.',
  comenshaNoDocument: 'De getekende toestemmingsverklaring ontbreekt. Voeg het getekende document toe aan de toestemming.',
  comenshaSignedAfter: 'De toestemming is getekend na de datum van de melding. Melden kan pas als er toestemming is.',
  consentSignedBeforeBirth: 'Deze datum ligt vóór de geboortedatum van de jongere.',
  withdrawnBeforeSigned: 'De intrekking ligt vóór de dag waarop de toestemming is getekend.',
  noRegistrationExplanationMissing: 'Leg uit waarom er niet bij CoMensha is gemeld.',
  nonPunishmentMissing: 'Schrijf op hoe het non-punishmentbeginsel is besproken: de jongere heeft mogelijk strafbare feiten gepleegd terwijl hij of zij werd uitgebuit.',
  reportAgainstWish: 'De jongere doet hier zelf aangifte, maar volgens deze afweging wil de jongere dat niet. Is de wens veranderd? Leg dan een nieuwe afweging vast.',
  outcomeDateMissing: 'Vul de datum in waarop dit is gebeurd.',
  outcomeNoteMissing: 'Beschrijf de uitkomst.',
  policeRouteMissing: 'Kies hoe de politie is ingelicht.',
  policeContactAtMissing: 'Vul in wanneer de politie is ingelicht of de aangifte is gedaan.',
  reportFilerMissing: 'Kies wie de aangifte heeft gedaan.',
  closingNoteMissing: 'Schrijf op waarom de melding wordt afgesloten.',
  licencePlateInvalid: 'Een kenteken bestaat uit letters, cijfers en streepjes, hoogstens 12 tekens.',
  suspectEmpty: 'Beschrijf deze persoon, of haal de beschrijving weg.',
  phoneFormat: 'Vul een telefoonnummer in met cijfers, eventueel met spaties, streepjes of een + met landnummer vooraan. Bijvoorbeeld 010-123 4567.',
  emailFormat: 'Vul een e-mailadres in zoals naam@organisatie.nl, of laat het veld leeg.',
  policeUnitUnknown: 'Er werkt geen politie-eenheid met deze korte naam in Baken. Vraag de politie om de korte naam van hun eenheid in Baken.',
  bakenLinkOnlyPolice: 'Alleen een politiepartner (wijkagent, team mensenhandel, contact vermissingen of politie) kan gekoppeld worden aan een politie-eenheid in Baken.',
  officerNotDesignated: 'Kies een actieve collega met de rol aandachtsfunctionaris.',
  substituteNotCaseUser: 'Kies een actieve collega die met dossiers werkt.',
  substituteIsOfficer: 'De vervanger moet iemand anders zijn dan de aandachtsfunctionaris.',
  partyTwice: 'Deze partij staat er al.',
  unknownTheme: 'Kies een thema uit de lijst.',
  unknownExpectation: 'Deze verwachting staat niet in het toetsingskader.',
  expectationNotApplicable: 'Deze verwachting hoort niet bij het kader voor deze soort zorg.',
  expectationTwice: 'Deze verwachting staat er twee keer in.',
  findingsRequired: 'Schrijf bij een onvoldoende op wat u aantrof, zodat de aanbieder weet wat er beter moet.',
  providerNameTaken: 'Deze aanbieder staat al in deze ronde.',
  unknownProviderSlug: 'Er werkt geen zorgaanbieder met deze korte naam in Baken. Controleer de korte naam of laat het veld leeg.',
  providerAlreadyLinked: 'Deze zorgaanbieder in Baken is al aan een andere aanbieder in deze ronde gekoppeld.',
  themeTwice: 'Dit thema staat er al.',
  evaluationBeforeSigned: 'De evaluatiedatum ligt voor de datum van ondertekening.',
  categoriesMissing: 'Kies welke soorten gegevens u verstrekt.',
  categoryWhyMissing: 'Schrijf op waarom deze gegevens nodig zijn voor het doel.',
  photoNotInCategories: 'Kies ook "Foto" bij de soorten gegevens en schrijf op waarom die nodig is, of stuur geen foto mee.',
  noPhotoToAttach: 'Er is geen foto van de jongere om mee te sturen.',
  partnerWithoutNumber: 'Van deze partner is geen telefoonnummer bekend. Kies een partner met een bekend nummer.',
  requestRefusalReasonMissing: 'Schrijf op waarom u de vraag hebt geweigerd.',
  pointExpectationsMissing: 'Kies minstens één verwachting waar dit verbeterpunt over gaat.',
  pointExpectationUnknown: 'Kies een verwachting uit het toetsingskader die geldt voor het soort hulp van deze aanbieder.',
  pointExpectationTwice: 'Deze verwachting staat er al.',
  unknownFrameworkRef: 'Kies een thema of verwachting uit het toetsingskader, of laat dit leeg.',
  ownerMissing: 'Vul in wie deze actie uitvoert.',
  ownerNotColleague: 'Kies een actieve collega van uw organisatie, of vul een naam in.',
  followUpNoteMissing: 'Schrijf op wat er nog ontbreekt: dat leest de aanbieder.',
  evidenceRequired: 'Bij "op papier geregeld" of "in de praktijk" hoort bewijs: kies een protocol uit het register of voeg een document toe.',
  ownerRequiredWhileArranging: 'Kies wie dit regelt: bij "wordt geregeld" hoort een eigenaar.',
  dueOnRequiredWhileArranging: 'Vul in wanneer dit geregeld moet zijn: bij "wordt geregeld" hoort een streefdatum.',
  unknownOwner: 'Kies een actieve collega van uw organisatie.',
  unknownPolicy: 'Kies een protocol of beleidsstuk uit het register van uw organisatie.',
  unknownEvidenceDocument: 'Dit document is niet gevonden. Voeg het opnieuw toe.',
  notCaseStaff: 'Kies een actieve collega die met dossiers werkt.',
  accreditationBodyMissing: 'Vul in wie de scholing heeft geaccrediteerd, of zet geaccrediteerd uit.',
  pointsWithoutAccreditation: 'Punten horen bij een geaccrediteerde scholing. Zet geaccrediteerd aan of laat de punten leeg.',
  registerNameMissing: 'Vul de naam van het register in.',
  expiryNotAfterStart: 'De einddatum van de registratie moet na de begindatum liggen.',
  reviewBeforeAdopted: 'De evaluatiedatum ligt voor de datum van vaststelling.',
  documentOrReferenceMissing: 'Voeg het document toe (pdf) of vul in waar het te vinden is.',
  adoptedBeforeCurrent: 'Een nieuwe versie kan niet eerder zijn vastgesteld dan de huidige versie.',
  versionLabelUnchanged: 'Geef de nieuwe versie een ander versienummer dan de huidige.',
  withdrawnBeforeAdopted: 'Het beleidsstuk kan niet zijn ingetrokken voor de datum waarop het is vastgesteld.',
  unknownQualityDocument: 'Dit document is niet gevonden. Voeg het opnieuw toe.',
  policyDocumentNotPdf: 'Een beleidsstuk voegt u toe als pdf.',
  qualityDocumentInUse: 'Dit document hoort al bij iets anders in het register. Voeg het opnieuw toe.',
  directoryProviderUnknown: 'Er werkt geen zorgaanbieder met deze korte naam in Baken. Vraag de aanbieder om de korte naam van hun organisatie in Baken.',
  checklistYearTaken: 'Voor dit jaar is er al een checklist. Open die en werk hem bij.',
  unknownMunicipality: 'Er werkt geen gemeente met deze korte naam in Baken. Controleer de korte naam.',
  municipalityTwice: 'Deze gemeente staat er al.',
  regionNameMissing: 'Geef de regio een naam: er doen andere gemeenten mee.',
  unknownChecklistQuestion: 'Deze vraag staat niet in de checklist.',
  actionNeedsGap: 'Een actie hoort bij een vraag die met "deels", "nee" of "weet niet" is beantwoord. Beantwoord de vraag eerst.',
  unknownSuggestedAction: 'Kies een actie uit de suggesties bij deze check, of beschrijf een eigen actie.',
  actionAlreadyPlanned: 'Deze actie staat al in het actieplan bij deze vraag.',
  actionTitleMissing: 'Beschrijf wat er moet gebeuren.',
  conferenceOrganisationUnknown: 'Er werkt geen organisatie met deze korte naam in Baken. Vraag de organisatie om haar korte naam in Baken.',
  conferenceOrganisationTwice: 'Deze organisatie is al uitgenodigd.',
  conferencePlaceMissing: 'Vul de plaats in, of kies voor online.',
  conferenceNotParticipantColleague: 'Kies een collega die aan zorgtafels mag deelnemen.',
  conferenceAlreadyParticipant: 'Deze persoon neemt al deel.',
  conferenceIdentityMissing: 'Een besproken jongere met naam vraagt dat u de identiteit als gegeven deelt. Kies anders voor bespreken zonder naam.',
  conferenceOwnerUnknown: 'Kies een deelnemer aan deze zorgtafel als eigenaar.',
  conferenceCaseUnknown: 'Deze casus staat niet op de agenda van deze zorgtafel.',
  conferenceAgendaIncomplete: 'Zet elke casus van de agenda precies één keer in de volgorde.',
  conferenceClosed: 'Deze zorgtafel is gesloten; er kan niets meer bij.',
} as const;

export type FieldMessageKey = keyof typeof nl;

const en: Record<FieldMessageKey, string> = {
  required: 'Fill in this field.',
  tooShort: 'Use at least {min} characters.',
  tooLong: 'Use at most {max} characters.',
  tooMany: 'Choose at most {max}.',
  tooSmall: 'Enter a value of at least {min}.',
  tooBig: 'Enter a value of at most {max}.',
  invalidOption: 'Choose one of the options.',
  invalidEmail: 'Enter a valid email address.',
  invalidUrl: 'Enter a valid web address starting with https://.',
  invalid: 'This value is not valid.',
  dateFormat: 'Enter a date as YYYY-MM-DD.',
  dateDoesNotExist: 'This date does not exist.',
  dateOfBirthInFuture: 'The date of birth is in the future.',
  youthTooOld: 'Baken is for young people up to and including 27. Check the date of birth.',
  bsnInvalid: 'This citizen service number is not valid: it fails the eleven test.',
  phoneInvalid: 'Enter a valid phone number.',
  noteDateInFuture: 'A note is about something that has happened. The date is in the future.',
  totpFormat: 'Enter the 6 digits from your authenticator app.',
  codeOrRecoveryCode: 'Enter a code or a recovery code.',
  passwordTooShort: 'Choose a password of at least {min} characters.',
  searchTooShort: 'Enter at least two letters of the name.',
  breakGlassReasonTooShort: 'Explain in at least {min} characters why you need access now.',
  dateInFuture: 'This date is in the future.',
  ageOutsideInstrument: 'This instrument is for young people aged {min} up to and including {max}. The young person was {age} on that day.',
  ageBelowInstrument: 'This instrument is for young people from {min}. The young person was {age} on that day.',
  phaseNumberTaken: 'There is already a phase with this number.',
  refusalReasonMissing: 'Write down why the visitor was refused.',
  unknownInstrument: 'Choose an instrument from the list.',
  unknownSignal: 'Choose a signal from the list, or leave it empty for another signal.',
  initialExists: 'Another risk assessment is already marked as the one at the start of care.',
  unknownPerson: "This person is not in this young person's network analysis.",
  unknownGoal: 'This goal does not belong to this young person.',
  endBeforeStart: 'The end date is before the start date.',
  reviewBeforeReviewed: 'The next review must come after this review.',
  stepDetailsMissing: 'Fill in the answers this step asks for.',
  closedBeforeOpened: 'A file cannot be closed before the day it was opened.',
  unknownPartner: "Choose a partner from your organisation's list.",
  secrecyReasoningMissing: 'Explain why professional secrecy may be set aside here.',
  notInformedReasonMissing: 'Write down why the young person was not informed.',
  categoryTwice: 'This kind of data is already listed.',
  municipalityCode: 'Enter the CBS code of the municipality, such as GM0363.',
  deciderNotLead: 'Choose a lead professional or designated officer of your organisation: they decide about disclosing.',
  urgencyExplanationMissing: 'Write down what shows this. That is what you tell the police.',
  criterionTwice: 'This criterion is already listed.',
  episodeStillOpen: 'This can only be done once the young person is back.',
  returnBeforeLastSeen: 'The return is before the moment the young person was last seen.',
  comenshaNoConsent: 'No consent was chosen. Without explicit consent there can be no registration with CoMensha. Record the consent, or write down why there is no registration.',
  comenshaUnknownConsent: 'This consent does not belong to this young person.',
  comenshaConsentWithdrawn: 'This consent was withdrawn on or before the date of the registration.',
  comenshaSignerMustBeYouth: 'The young person was {age} when it was signed. From 16 the young person consents themself, not the parents or the guardian.',
  comenshaSignerMustBeParents: 'The young person was {age} when it was signed. Under 16 the parents or the guardian consent.',
  comenshaNoDocument: 'The signed consent form is missing. Add the signed document to the consent.',
  comenshaSignedAfter: 'The consent was signed after the date of the registration. A registration can only follow consent.',
  consentSignedBeforeBirth: "This date is before the young person's date of birth.",
  withdrawnBeforeSigned: 'The withdrawal is before the day the consent was signed.',
  noRegistrationExplanationMissing: 'Explain why there was no registration with CoMensha.',
  nonPunishmentMissing: 'Write down how the non-punishment principle was discussed: the young person may have committed offences while being exploited.',
  reportAgainstWish: 'The young person files a report here, but according to this deliberation they do not want to. Has the wish changed? Then record a new deliberation.',
  outcomeDateMissing: 'Enter the date on which this happened.',
  outcomeNoteMissing: 'Describe the outcome.',
  policeRouteMissing: 'Choose how the police were informed.',
  policeContactAtMissing: 'Enter when the police were informed or the report was filed.',
  reportFilerMissing: 'Choose who filed the report.',
  closingNoteMissing: 'Write down why the incident is being closed.',
  licencePlateInvalid: 'A licence plate has letters, digits and hyphens, at most 12 characters.',
  suspectEmpty: 'Describe this person, or remove the description.',
  phoneFormat: 'Enter a phone number in digits, optionally with spaces, hyphens or a + and country code in front. For example 010-123 4567.',
  emailFormat: 'Enter an email address such as name@organisation.nl, or leave the field empty.',
  policeUnitUnknown: 'No police unit with this short name works in Baken. Ask the police for the short name of their unit in Baken.',
  bakenLinkOnlyPolice: 'Only a police partner (community officer, trafficking team, missing-persons contact or police) can be linked to a police unit in Baken.',
  officerNotDesignated: 'Choose an active colleague with the designated officer role.',
  substituteNotCaseUser: 'Choose an active colleague who works with case files.',
  substituteIsOfficer: 'The substitute must be someone other than the designated officer.',
  partyTwice: 'This party is already listed.',
  unknownTheme: 'Choose a theme from the list.',
  unknownExpectation: 'This expectation is not in the inspection framework.',
  expectationNotApplicable: 'This expectation is not part of the framework for this kind of care.',
  expectationTwice: 'This expectation is listed twice.',
  findingsRequired: 'With an insufficient judgment, write down what you found, so the provider knows what has to improve.',
  providerNameTaken: 'This provider is already in this round.',
  unknownProviderSlug: 'No care provider with this short name works in Baken. Check the short name or leave the field empty.',
  providerAlreadyLinked: 'This care provider in Baken is already linked to another provider in this round.',
  themeTwice: 'This theme is already listed.',
  evaluationBeforeSigned: 'The evaluation date is before the date of signing.',
  categoriesMissing: 'Choose which kinds of data you disclose.',
  categoryWhyMissing: 'Write down why this data is needed for the purpose.',
  photoNotInCategories: 'Also choose "Photo" among the kinds of data and write down why it is needed, or send no photo.',
  noPhotoToAttach: 'There is no photo of the young person to send.',
  partnerWithoutNumber: 'No phone number is known for this partner. Choose a partner with a known number.',
  requestRefusalReasonMissing: 'Write down why you refused the request.',
  pointExpectationsMissing: 'Choose at least one expectation this point for improvement is about.',
  pointExpectationUnknown: "Choose an expectation of the framework that applies to this provider's kind of care.",
  pointExpectationTwice: 'This expectation is already listed.',
  unknownFrameworkRef: 'Choose a theme or expectation of the framework, or leave this empty.',
  ownerMissing: 'Fill in who carries out this action.',
  ownerNotColleague: 'Choose an active colleague of your organisation, or fill in a name.',
  followUpNoteMissing: 'Write down what is still missing: the provider reads this.',
  evidenceRequired: '"Arranged on paper" and "in practice" need evidence: choose a policy from the register or add a document.',
  ownerRequiredWhileArranging: 'Choose who arranges this: "being arranged" needs an owner.',
  dueOnRequiredWhileArranging: 'Fill in when this must be arranged: "being arranged" needs a due date.',
  unknownOwner: 'Choose an active colleague of your organisation.',
  unknownPolicy: "Choose a policy or protocol from your organisation's register.",
  unknownEvidenceDocument: 'This document was not found. Add it again.',
  notCaseStaff: 'Choose an active colleague who works with case files.',
  accreditationBodyMissing: 'Fill in who accredited the training, or switch accredited off.',
  pointsWithoutAccreditation: 'Points belong to an accredited training. Switch accredited on or leave the points empty.',
  registerNameMissing: 'Fill in the name of the register.',
  expiryNotAfterStart: 'The end date of the registration must be after its start date.',
  reviewBeforeAdopted: 'The review date is before the date of adoption.',
  documentOrReferenceMissing: 'Add the document (PDF) or fill in where it can be found.',
  adoptedBeforeCurrent: 'A new version cannot have been adopted before the current version.',
  versionLabelUnchanged: 'Give the new version a different version number from the current one.',
  withdrawnBeforeAdopted: 'The policy cannot have been withdrawn before the date it was adopted.',
  unknownQualityDocument: 'This document was not found. Add it again.',
  policyDocumentNotPdf: 'Add a policy as a PDF.',
  qualityDocumentInUse: 'This document already belongs to something else in the register. Add it again.',
  directoryProviderUnknown: 'No care provider with this short name works in Baken. Ask the provider for the short name of their organisation in Baken.',
  checklistYearTaken: 'There is already a checklist for this year. Open it and update it.',
  unknownMunicipality: 'No municipality with this short name works in Baken. Check the short name.',
  municipalityTwice: 'This municipality is already listed.',
  regionNameMissing: 'Give the region a name: other municipalities take part.',
  unknownChecklistQuestion: 'This question is not in the checklist.',
  actionNeedsGap: 'An action belongs to a question answered "partly", "no" or "unknown". Answer the question first.',
  unknownSuggestedAction: "Choose an action from this check's suggestions, or describe an action of your own.",
  actionAlreadyPlanned: 'This action is already in the action plan for this question.',
  actionTitleMissing: 'Describe what has to be done.',
  conferenceOrganisationUnknown: 'No organisation with this short name works in Baken. Ask the organisation for its short name in Baken.',
  conferenceOrganisationTwice: 'This organisation has already been invited.',
  conferencePlaceMissing: 'Fill in the place, or choose online.',
  conferenceNotParticipantColleague: 'Choose a colleague who may take part in case conferences.',
  conferenceAlreadyParticipant: 'This person already takes part.',
  conferenceIdentityMissing: 'A named case needs identity among the data shared. Otherwise bring the case in without a name.',
  conferenceOwnerUnknown: 'Choose a participant of this case conference as owner.',
  conferenceCaseUnknown: 'This case is not on the agenda of this case conference.',
  conferenceAgendaIncomplete: 'Put every case on the agenda in the order exactly once.',
  conferenceClosed: 'This case conference is closed; nothing can be added.',
};

const catalogs: Record<Locale, Record<FieldMessageKey, string>> = { nl, en };
const PREFIX = 'field:';

/**
 * zod's global error hook: a missing value is named as such here, because the
 * issue that reaches the error handler no longer carries the input.
 */
export function markMissingValues(issue: { code?: string; input?: unknown }): string | undefined {
  return issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null) ? fieldKey('required') : undefined;
}

/** The message a schema gives for a rule of its own: a key, translated when answered. */
export function fieldKey(key: FieldMessageKey): string {
  return `${PREFIX}${key}`;
}

interface Issue {
  keyword: string;
  message?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

function kindOf(issue: Issue): FieldMessageKey {
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'invalid_type':
      return 'invalid';
    case 'too_small':
      if (p.origin === 'string') return p.minimum === 1 ? 'required' : 'tooShort';
      if (p.origin === 'array' || p.origin === 'set') return 'invalid';
      return 'tooSmall';
    case 'too_big':
      if (p.origin === 'string') return 'tooLong';
      if (p.origin === 'array' || p.origin === 'set') return 'tooMany';
      return 'tooBig';
    case 'invalid_value':
    case 'invalid_union':
      return 'invalidOption';
    case 'invalid_format':
      if (p.format === 'email') return 'invalidEmail';
      if (p.format === 'url') return 'invalidUrl';
      return 'invalid';
    default:
      return 'invalid';
  }
}

export function fieldMessage(locale: Locale, issue: Issue): string {
  const named = issue.message?.startsWith(PREFIX) ? (issue.message.slice(PREFIX.length) as FieldMessageKey) : undefined;
  const template = catalogs[locale][named && named in nl ? named : kindOf(issue)];
  const p = issue.params ?? {};
  return template
    .replace('{min}', String(p.minimum ?? ''))
    .replace('{max}', String(p.maximum ?? ''))
    .replace('{age}', String(p.age ?? ''));
}
