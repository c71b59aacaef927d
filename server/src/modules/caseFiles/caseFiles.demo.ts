// Five more worked files for the demo world, so the quality indicator
// dashboard (/kwaliteit/indicatoren) has shares to show that are neither all
// nor nothing: Mohammed (200 days in care, nearly everything in order), Kevin
// (150 days, half of it: an unstructured risk assessment, a safety plan
// without the internet section, an overdue review), Sara (100 days, in order
// but her education goal came after phase 1), Emma (ambulant, 60 days,
// everything still a draft) and Fenna (in a foster family, 20 days: only in
// the two-week populations). Made through the records service, as the mentors
// and the lead professional would, so the rules and the audit trail apply.
// Dates are relative to today. Everything is invented.
import type { Actor } from '../../platform/authz/actor.js';
import type { Role } from '../../platform/authz/roles.js';
import type { RecordKindName } from '../../platform/audit/actions.js';
import { loadContent } from '../../platform/content/content.js';
import type { Database } from '../../platform/db/database.js';
import type { Platform } from '../../platform/http/app-types.js';
import { todayInNetherlands } from '../../platform/http/schemas.js';
import { noRegistrationInput } from '../comensha/comensha.schemas.js';
import { recordNoRegistration } from '../comensha/registrations.service.js';
import { RECORD_KIND_DEFINITIONS } from './records/kinds/index.js';
import { createRecord, signOffRecord } from './records/records.service.js';

/** The demo youths these files belong to (all of De Haven). */
export interface DemoCareFileYouths {
  /** Mohammed Yilmaz, open residential group; case team of `mentor`. */
  mohammed: string;
  /** Kevin Mulder, open residential group; case team of `colleague`. */
  kevin: string;
  /** Sara Haddou, open residential group; case team of `colleague`. */
  sara: string;
  /** Emma de Boer, lives at home (ambulant care); case team of `colleague`. */
  emma: string;
  /** Fenna Bos, foster care; case team of `mentor`. */
  fenna: string;
}

export interface DemoCareFilePeople {
  /** Case worker leading Mohammed's and Fenna's case teams. */
  mentor: string;
  /** Case worker leading Kevin's, Sara's and Emma's case teams. */
  colleague: string;
  /** Lead professional on every case team; signs off. */
  lead: string;
}

export async function loadDemoCareFiles(database: Database, organisationId: string, youthIds: DemoCareFileYouths, people: DemoCareFilePeople): Promise<void> {
  const platform = { database, content: loadContent() } as unknown as Platform;
  const as = (userId: string, roles: Role[]): Actor => ({ userId, organisationId, organisationKind: 'provider', roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' });
  const mentor = as(people.mentor, ['caseWorker']);
  const colleague = as(people.colleague, ['caseWorker']);
  const lead = as(people.lead, ['leadProfessional']);
  const day = (offset: number) => {
    const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return d.toISOString().slice(0, 10);
  };
  const add = (actor: Actor, youthId: string, kind: RecordKindName, input: Record<string, unknown>) =>
    createRecord(platform, actor, youthId, RECORD_KIND_DEFINITIONS[kind], RECORD_KIND_DEFINITIONS[kind].input.parse(input) as Record<string, unknown>);
  const signOff = async (youthId: string, kind: RecordKindName, record: { id: string; updatedAt: string }) => {
    await signOffRecord(platform, lead, youthId, RECORD_KIND_DEFINITIONS[kind], record.id, record.updatedAt);
  };
  const goal = async (actor: Actor, youthId: string, input: Record<string, unknown>, progress?: { reportedOn: string; assessment: string; report: string }) => {
    const created = await add(actor, youthId, 'careGoal', input);
    if (progress) await add(actor, youthId, 'goalProgress', { goalId: created.id, ...progress });
  };

  // Mohammed: criminal exploitation (running drugs), 200 days in care, the file in order.
  {
    const y = youthIds.mohammed;
    await add(mentor, y, 'placement', {
      careStartedOn: day(-200),
      groupComposition: 'mixed',
      reasoning: 'Gemengde groep van zes jongeren; geen groepsgenoten uit zijn oude wijk. Een jongensgroep met jongeren uit hetzelfde netwerk zou te riskant zijn.',
      genderSensitiveApproach: 'Aandacht voor wat “een echte man zijn” voor hem betekent, voor schaamte en voor geld; een vaste mannelijke mentor naast de vrouwelijke.',
    });
    const risk = await add(lead, y, 'riskAssessment', {
      instrument: 'startAv',
      assessedOn: day(-198),
      participants: ['Mohammed', 'Mentor', 'Behandelcoördinator', 'Vader'],
      riskFactors: 'Bracht pakketjes rond voor oudere jongens uit de wijk; heeft een schuld bij hen; twee telefoons.',
      protectiveFactors: 'Vader en zus staan achter hem; wil zijn diploma halen; voetbalt graag.',
      level: 'high',
      conclusion: 'Hoog risico op criminele uitbuiting. Veiligheidsplan en netwerkanalyse maken; wijkagent betrekken.',
      isInitial: true,
    });
    await signOff(y, 'riskAssessment', risk);
    await add(mentor, y, 'medicalDecision', {
      decidedOn: day(-196),
      moment: 'startOfCare',
      stiCheck: 'offered',
      pregnancyTest: 'notNeeded',
      medication: 'notNeeded',
      firstAid: 'done',
      csgReferral: 'notNeeded',
      reasoning: 'Bij de start aangeboden volgens het protocol; schaafwond aan zijn hand verzorgd.',
      outcome: 'Soa-test wil hij later doen; wond is goed genezen.',
    });
    const plan = await add(mentor, y, 'safetyPlan', {
      reviewOn: day(30),
      riskyNetwork: 'Geen contact met “Dino” en zijn vrienden (zie netwerkanalyse). Benadert iemand hem, dan zegt hij het tegen de mentor.',
      internetUse: 'Eén telefoon, van de groep; de tweede telefoon is ingeleverd. Berichten van onbekenden samen bekijken.',
      abscondingRisk: 'Risico hoger als de schuld ter sprake komt. Dan direct een gesprek met de mentor.',
      possibleAddresses: 'Parkweg 8, Zeestad (Dino); snackbar aan het Marktplein.',
      parentContact: 'Vader komt elke zondag op bezoek; Mohammed belt zijn zus op woensdag.',
      policeCooperation: 'Wijkagent kent de situatie; de groep meldt het als Dino of zijn vrienden langskomen.',
      staffSafety: 'Dino heeft één keer bij de deur gestaan. Collega’s laten onbekenden niet binnen en bellen bij dreiging 112.',
      agreementsYouth: 'Jij gebruikt alleen de telefoon van de groep. Jij bent om 22.00 uur binnen.',
      agreementsParents: 'Vader vertelt het de mentor als iemand naar Mohammed vraagt.',
    });
    await signOff(y, 'safetyPlan', plan);
    const analysis = await add(lead, y, 'carePlanAnalysis', {
      analysedOn: day(-185),
      participants: ['Mohammed', 'Vader', 'Mentor', 'Behandelcoördinator'],
      problems: 'Bracht pakketjes rond voor een groep oudere jongens; spijbelde veel.',
      risks: 'Criminele uitbuiting; geweld als hij zijn schuld niet afbetaalt.',
      needs: 'Veiligheid, een plan voor de schuld, weer naar school.',
      strengths: 'Zorgzaam voor zijn zus, goed met zijn handen, sportief.',
      exploitation: 'Vanaf zijn vijftiende, twee tot drie keer per week. Kreeg eerst geld en kleding, later “moest” hij een schuld terugbetalen.',
      surfaceBehaviour: 'Stoer, houdt de boot af, schiet uit bij vragen over geld.',
      underlyingProblems: 'Schaamte en angst; gemis van zijn moeder, die twee jaar geleden overleed.',
      education: 'Vmbo basis, derde jaar; veel gemist.',
      socialNetwork: 'Vader en zus steunend; oude vrienden vooral uit de groep rond Dino.',
      youthSummary: 'Jij wilt van de schuld af en weer naar school. Wij zorgen dat je veilig bent en zoeken samen uit hoe het verder kan.',
    });
    await signOff(y, 'carePlanAnalysis', analysis);
    await add(mentor, y, 'networkPerson', { name: 'Dino (bijnaam)', relation: 'Oudere jongen uit de wijk, ongeveer 24 jaar', classification: 'dangerous', phones: ['06-55544433'], addresses: ['Parkweg 8, Zeestad'], notes: 'Gaf hem opdrachten en zegt dat hij hem geld schuldig is.' });
    await add(mentor, y, 'networkPerson', { name: 'Vader Yilmaz', relation: 'Vader', classification: 'supportive', phones: ['06-12312312'] });
    await add(mentor, y, 'networkPerson', { name: 'Yasmina Yilmaz', relation: 'Zus, 20 jaar', classification: 'supportive' });
    await add(mentor, y, 'networkPlace', { address: 'Snackbar aan het Marktplein, Zeestad', kind: 'hangout', classification: 'risky', notes: 'Hier kreeg hij zijn opdrachten.' });
    await add(mentor, y, 'networkAnalysis', { madeWithYouth: true, explainedToYouth: true, lastReviewedOn: day(-30), notes: 'Samen met Mohammed gemaakt en met hem besproken.' });
    await add(mentor, y, 'carePhase', { number: 1, name: 'Veilig landen', rules: 'Alleen de telefoon van de groep; geen verlof zonder begeleiding.', startedOn: day(-200), endedOn: day(-86), transitionReason: 'Houdt zich aan de afspraken en gaat weer naar school.' });
    await add(mentor, y, 'carePhase', { number: 2, name: 'Opbouwen', rules: 'Verlof in het weekend bij vader; telefoon ’s avonds bij de groepsleiding.', youthText: 'Jij gaat in het weekend naar huis en bouwt je eigen leven weer op.', startedOn: day(-85) });
    await goal(mentor, y, { domain: 'education', description: 'Elke dag naar school; het derde jaar afmaken.', youthText: 'Jij gaat elke dag naar school.', startedOn: day(-190) }, { reportedOn: day(-60), assessment: 'progress', report: 'Sinds de kerstvakantie geen les meer gemist.' });
    await goal(mentor, y, { domain: 'parentsNetwork', description: 'Vader weet wat hij kan doen als iemand Mohammed benadert.', youthText: 'Jij en je vader weten wat jullie doen als iemand je benadert.', startedOn: day(-185) }, { reportedOn: day(-50), assessment: 'progress', report: 'Vader heeft twee gesprekken gehad met de mentor en weet wie Dino is.' });
    await goal(mentor, y, { domain: 'traumaProcessing', description: 'Praten over het verlies van zijn moeder en over wat hij heeft meegemaakt.', youthText: 'Jij praat met de psycholoog over je moeder en over wat er is gebeurd.', startedOn: day(-150) }, { reportedOn: day(-20), assessment: 'noChange', report: 'Gaat naar de gesprekken, maar zegt nog weinig.' });
    await goal(mentor, y, { domain: 'selfEsteem', description: 'Zien wat hij zelf kan, zonder geld of spullen van anderen.', youthText: 'Jij ziet waar je goed in bent.', startedOn: day(-150) }, { reportedOn: day(-30), assessment: 'progress', report: 'Trots op de kast die hij bij techniek heeft gemaakt.' });
    await goal(mentor, y, { domain: 'healthyRelationships', description: 'Herkennen wie het goed met hem meent.', youthText: 'Jij leert zien wie een echte vriend is.', startedOn: day(-150) });
    await goal(mentor, y, { domain: 'leisure', description: 'Weer voetballen bij een club.', youthText: 'Jij gaat weer voetballen.', startedOn: day(-120) });
    await goal(mentor, y, { domain: 'housing', description: 'Terug naar huis bij vader, met hulp van het wijkteam.', youthText: 'Jij gaat weer bij je vader wonen.', startedOn: day(-60) });
    await add(lead, y, 'careReview', { reviewedOn: day(-170), participants: ['Mohammed', 'Vader', 'Mentor', 'Behandelcoördinator'], summary: 'Gewend op de groep; nog veel boosheid.', decisions: 'Fase 1 blijft.', nextReviewOn: day(-85) });
    await add(lead, y, 'careReview', { reviewedOn: day(-85), participants: ['Mohammed', 'Vader', 'Mentor', 'Behandelcoördinator'], summary: 'Gaat weer naar school; geen contact meer met Dino.', decisions: 'Over naar fase 2; terugkeer naar huis voorbereiden.', nextReviewOn: day(5) });
    await add(mentor, y, 'aftercare', {
      nextProvider: 'Ambulant team Zuid',
      districtTeam: 'Wijkteam Zeestad-Oost',
      localPoliceOfficer: 'Wijkagent van Zeestad-Oost',
      plan: 'Over ongeveer twee maanden terug naar vader. Warme overdracht met Mohammed, vader, het ambulante team en het wijkteam.',
    });
    await recordNoRegistration(platform, lead, y, noRegistrationInput.parse({ reason: 'youthRefused', explanation: 'Mohammed wil geen melding bij CoMensha uit angst dat Dino het hoort. Uitgelegd wat CoMensha doet; over drie maanden vragen we het opnieuw.', decidedOn: day(-150) }));
  }

  // Kevin: 150 days in care, half of the file in order.
  {
    const y = youthIds.kevin;
    await add(colleague, y, 'placement', {
      careStartedOn: day(-150),
      groupComposition: 'homogeneous',
      reasoning: 'Jongensgroep met jongeren die iets vergelijkbaars meemaakten; de begeleiding is erop ingericht.',
      genderSensitiveApproach: 'Gesprekken over grenzen en over hoe jongens ook slachtoffer kunnen zijn; vaste mannelijke mentor.',
    });
    // Made without a structured instrument: the start of care asks for one.
    const risk = await add(lead, y, 'riskAssessment', {
      instrument: 'unstructured',
      assessedOn: day(-148),
      participants: ['Mentor', 'Behandelcoördinator'],
      riskFactors: 'Contact via een game met een volwassen man die hem cadeaukaarten stuurt.',
      protectiveFactors: 'Goede band met zijn mentor op school.',
      level: 'moderate',
      conclusion: 'Gemiddeld risico op seksuele uitbuiting via internet. Internetgebruik begeleiden.',
      isInitial: true,
    });
    await signOff(y, 'riskAssessment', risk);
    await add(colleague, y, 'medicalDecision', {
      decidedOn: day(-140),
      moment: 'startOfCare',
      stiCheck: 'declined',
      pregnancyTest: 'notNeeded',
      medication: 'notNeeded',
      firstAid: 'notNeeded',
      csgReferral: 'offered',
      reasoning: 'Bij de start besproken; Kevin wil nu geen onderzoek.',
      outcome: '',
    });
    // Signed off, but without the section on internet and social media.
    const plan = await add(colleague, y, 'safetyPlan', {
      reviewOn: day(20),
      riskyNetwork: 'Geen contact met “Gamer_77” (zie netwerkanalyse).',
      abscondingRisk: 'Laag; is nog nooit weggelopen.',
      parentContact: 'Moeder belt twee keer per week.',
      policeCooperation: 'De chats zijn aan de politie gegeven.',
      staffSafety: 'Geen gevaar voor medewerkers of andere jongeren bekend.',
      agreementsYouth: 'Jij vertelt het als iemand je online iets geeft of vraagt.',
    });
    await signOff(y, 'safetyPlan', plan);
    // Signed off, but says nothing about the exploitation itself.
    const analysis = await add(lead, y, 'carePlanAnalysis', {
      analysedOn: day(-135),
      participants: ['Kevin', 'Moeder', 'Mentor', 'Behandelcoördinator'],
      problems: 'Zit veel online; trekt zich terug.',
      risks: 'Seksuele uitbuiting via internet.',
      needs: 'Begeleiding bij internet, vrienden in het echt.',
      strengths: 'Slim, creatief, houdt van tekenen.',
      surfaceBehaviour: 'Stil, ontwijkt gesprekken.',
      underlyingProblems: 'Voelt zich eenzaam sinds hij van school wisselde.',
    });
    await signOff(y, 'carePlanAnalysis', analysis);
    await add(colleague, y, 'networkPerson', { name: 'Gamer_77', relation: 'Onbekende volwassene uit een online game', classification: 'risky', socialHandles: ['Gamer_77'], notes: 'Stuurde cadeaukaarten en vroeg om foto’s.' });
    await add(colleague, y, 'networkAccount', { platform: 'Discord', handle: 'gamer_77', classification: 'risky' });
    await add(colleague, y, 'networkAnalysis', { madeWithYouth: false, explainedToYouth: true, lastReviewedOn: day(-100), notes: 'Nog zonder Kevin gemaakt; wie hem steunt moet nog worden uitgezocht.' });
    await add(colleague, y, 'carePhase', { number: 1, name: 'Rust en overzicht', rules: 'Internet alleen in de huiskamer; games samen met de groepsleiding.', startedOn: day(-150) });
    await goal(colleague, y, { domain: 'education', description: 'Wennen op de nieuwe school.', youthText: 'Jij gaat naar je nieuwe school.', startedOn: day(-140) });
    await goal(colleague, y, { domain: 'leisure', description: 'Een tekenclub vinden.', youthText: 'Jij zoekt een club waar je kunt tekenen.', startedOn: day(-120) }, { reportedOn: day(-40), assessment: 'progress', report: 'Gaat sinds een maand naar de tekenles in het buurthuis.' });
    await goal(colleague, y, { domain: 'selfEsteem', description: 'Zeggen wat hij wil en niet wil.', youthText: 'Jij zegt wat je wel en niet wilt.', startedOn: day(-120) }, { reportedOn: day(-35), assessment: 'setback', report: 'Durfde op de groep niet te zeggen dat hij niet mee wilde.' });
    await goal(colleague, y, { domain: 'parentsNetwork', description: 'Moeder leert wat er online gebeurt en hoe ze kan helpen.', youthText: 'Jij en je moeder praten over wat je online doet.', startedOn: day(-120) });
    // The review agreed three months ago has not taken place.
    await add(lead, y, 'careReview', { reviewedOn: day(-120), participants: ['Kevin', 'Moeder', 'Mentor', 'Behandelcoördinator'], summary: 'Kevin is gewend; gebruikt internet op de afgesproken plek.', decisions: 'Fase 1 blijft.', nextReviewOn: day(-30) });
  }

  // Sara: 100 days in care, in order, but her education goal came after phase 1.
  {
    const y = youthIds.sara;
    await add(colleague, y, 'placement', {
      careStartedOn: day(-100),
      groupComposition: 'homogeneous',
      reasoning: 'Meidengroep: Sara voelt zich veiliger zonder jongens op de groep.',
      genderSensitiveApproach: 'Doelen over eigenwaarde en gezonde relaties; vaste vrouwelijke mentor; gesprekken over schaamte.',
    });
    const risk = await add(lead, y, 'riskAssessment', {
      instrument: 'risL',
      assessedOn: day(-99),
      participants: ['Sara', 'Mentor', 'Behandelcoördinator', 'Tante'],
      riskFactors: 'Werd door een “vriend” naar hotels in andere steden gebracht; weggelopen van thuis.',
      protectiveFactors: 'Tante steunt haar; wil kapster worden.',
      level: 'veryHigh',
      conclusion: 'Zeer hoog risico op seksuele uitbuiting. Beveiligende maatregelen bespreken; veiligheidsplan en netwerkanalyse direct maken.',
      isInitial: true,
    });
    await signOff(y, 'riskAssessment', risk);
    await add(colleague, y, 'medicalDecision', {
      decidedOn: day(-97),
      moment: 'startOfCare',
      stiCheck: 'done',
      pregnancyTest: 'done',
      medication: 'notNeeded',
      firstAid: 'notNeeded',
      csgReferral: 'done',
      reasoning: 'Na wat ze vertelde direct het Centrum Seksueel Geweld ingeschakeld.',
      outcome: 'Uitslagen met Sara besproken.',
    });
    const plan = await add(colleague, y, 'safetyPlan', {
      reviewOn: day(-5),
      riskyNetwork: 'Geen contact met “Rico” (zie netwerkanalyse).',
      internetUse: 'Instagram samen bekijken; geen nieuwe contacten toevoegen zonder overleg.',
      abscondingRisk: 'Hoog in het weekend. Bij weglopen direct de politie bellen.',
      possibleAddresses: 'Hotels rond het station in Havenstad; Kade 3, Zeestad.',
      parentContact: 'Tante belt elke dag; contact met moeder onder begeleiding.',
      policeCooperation: 'Zedenpolitie is op de hoogte; bij vermissing het vermissingsformulier meegeven.',
      staffSafety: 'Rico weet niet waar Sara woont. Geen gevaar voor anderen bekend.',
      agreementsYouth: 'Jij bent om 21.00 uur binnen en vertelt het als Rico contact zoekt.',
      agreementsParents: 'Tante meldt contact met onbekenden aan de mentor.',
    });
    await signOff(y, 'safetyPlan', plan);
    // A new version in progress, the police section not yet written; version 1 stays in force.
    await add(colleague, y, 'safetyPlan', {
      reviewOn: day(60),
      riskyNetwork: 'Geen contact met “Rico” en zijn neef (zie netwerkanalyse).',
      internetUse: 'Eigen telefoon overdag; ’s avonds bij de groepsleiding.',
      abscondingRisk: 'Lager sinds ze weekendverlof bij haar tante heeft.',
      parentContact: 'Weekendverlof bij tante; moeder eens per twee weken.',
      staffSafety: 'Geen gevaar voor anderen bekend.',
    });
    const analysis = await add(lead, y, 'carePlanAnalysis', {
      analysedOn: day(-90),
      participants: ['Sara', 'Tante', 'Mentor', 'Behandelcoördinator'],
      problems: 'Seksueel uitgebuit door een oudere man die zich haar vriend noemde; weggelopen.',
      risks: 'Opnieuw uitbuiting; weglopen; terugval in contact met Rico.',
      needs: 'Veiligheid, rust, iemand die ze vertrouwt.',
      strengths: 'Doorzetter, kan goed met jonge kinderen, wil kapster worden.',
      exploitation: 'Een half jaar lang, meerdere keren per week, in hotels in andere steden. Rico regelde alles en hield het geld.',
      surfaceBehaviour: 'Loopt weg als het spannend wordt; wantrouwig.',
      underlyingProblems: 'Trauma; verwaarlozing toen ze klein was.',
      education: 'Mbo entree, gestopt.',
      socialNetwork: 'Tante is haar steun; weinig vriendinnen.',
      youthSummary: 'Jij wilt je veilig voelen en kapster worden. Wij helpen je om Rico los te laten en om weer naar school te gaan.',
    });
    await signOff(y, 'carePlanAnalysis', analysis);
    await add(colleague, y, 'networkPerson', { name: 'Rico (bijnaam)', relation: 'Noemde zich haar vriend, ongeveer 30 jaar', classification: 'dangerous', phones: ['06-77788899'], vehicles: [{ plate: 'KL-456-T', description: 'zwarte auto' }] });
    await add(colleague, y, 'networkAccount', { platform: 'Instagram', handle: 'rico.zeestad', classification: 'dangerous' });
    await add(colleague, y, 'networkPerson', { name: 'Tante Haddou', relation: 'Tante', classification: 'supportive', phones: ['06-44455566'] });
    await add(colleague, y, 'networkPlace', { address: 'Buurthuis De Kade, Zeestad', kind: 'other', classification: 'supportive', notes: 'Helpt hier op woensdag bij de kinderclub.' });
    await add(colleague, y, 'networkAnalysis', { madeWithYouth: true, explainedToYouth: true, lastReviewedOn: day(-14), notes: 'Met Sara gemaakt; uitgelegd wie de gegevens ziet.' });
    await add(colleague, y, 'carePhase', { number: 1, name: 'Veilig landen', rules: 'Geen verlof zonder begeleiding; telefoon alleen onder toezicht.', startedOn: day(-100), endedOn: day(-40), transitionReason: 'Is niet meer weggelopen en houdt zich aan de afspraken.' });
    await add(colleague, y, 'carePhase', { number: 2, name: 'Vooruitkijken', rules: 'Weekendverlof bij tante; eigen telefoon overdag.', startedOn: day(-39) });
    await goal(colleague, y, { domain: 'traumaProcessing', description: 'Traumabehandeling (EMDR) bij de psycholoog.', youthText: 'Jij werkt met de psycholoog aan wat je hebt meegemaakt.', startedOn: day(-85) }, { reportedOn: day(-10), assessment: 'progress', report: 'Zes sessies gehad; slaapt beter.' });
    await goal(colleague, y, { domain: 'selfEsteem', description: 'Zelf keuzes maken en daarvoor staan.', youthText: 'Jij maakt je eigen keuzes.', startedOn: day(-85) }, { reportedOn: day(-12), assessment: 'progress', report: 'Koos zelf voor de kapperscursus.' });
    await goal(colleague, y, { domain: 'healthyRelationships', description: 'Verschil herkennen tussen liefde en gebruikt worden.', youthText: 'Jij leert wat een gezonde relatie is.', startedOn: day(-85) }, { reportedOn: day(-12), assessment: 'progress', report: 'Kon in de groepstraining zelf uitleggen wat loverboys doen.' });
    await goal(colleague, y, { domain: 'parentsNetwork', description: 'Tante en moeder weten wat ze doen als Rico contact zoekt.', youthText: 'Jouw tante en moeder weten wat ze doen als Rico je zoekt.', startedOn: day(-80) }, { reportedOn: day(-30), assessment: 'progress', report: 'Tante heeft samen met de mentor een plan gemaakt.' });
    await goal(colleague, y, { domain: 'leisure', description: 'Vrijwilligerswerk bij de kinderclub volhouden.', youthText: 'Jij helpt bij de kinderclub.', startedOn: day(-60) });
    await goal(colleague, y, { domain: 'housing', description: 'Naar een kamertrainingscentrum in de buurt van haar tante.', youthText: 'Jij gaat oefenen met zelfstandig wonen.', startedOn: day(-30) });
    // Only after phase 1: 003 2.6 asks for school in the first phase.
    await goal(colleague, y, { domain: 'education', description: 'Starten met de kappersopleiding.', youthText: 'Jij begint met je kappersopleiding.', startedOn: day(-20) });
    await add(lead, y, 'careReview', { reviewedOn: day(-45), participants: ['Sara', 'Tante', 'Mentor', 'Behandelcoördinator'], summary: 'Niet meer weggelopen; traumabehandeling gestart.', decisions: 'Over naar fase 2; weekendverlof bij tante.', nextReviewOn: day(45) });
    await recordNoRegistration(platform, lead, y, noRegistrationInput.parse({ reason: 'notYetAsked', explanation: 'Sara was bij de start te onrustig voor dit gesprek. De mentor vraagt haar toestemming bij de volgende evaluatie.', decidedOn: day(-60) }));
  }

  // Emma: ambulant care at home, 60 days in; most of it still a draft.
  {
    const y = youthIds.emma;
    await add(colleague, y, 'placement', {
      careStartedOn: day(-60),
      groupComposition: 'notResidential',
      reasoning: 'Emma woont thuis bij haar ouders; ambulante begeleiding, twee keer per week.',
      genderSensitiveApproach: 'Gesprekken met een vrouwelijke hulpverlener over grenzen en sociale media.',
    });
    await add(lead, y, 'riskAssessment', {
      instrument: 'risL',
      assessedOn: day(-55),
      participants: ['Emma', 'Moeder', 'Hulpverlener'],
      riskFactors: 'Deelt foto’s met onbekenden op sociale media; kreeg geld aangeboden.',
      protectiveFactors: 'Betrokken ouders; gaat graag naar school.',
      level: 'moderate',
      conclusion: 'Gemiddeld risico. Afspraken over sociale media en een veiligheidsplan.',
      isInitial: true,
    });
    await add(colleague, y, 'medicalDecision', {
      decidedOn: day(-58),
      moment: 'startOfCare',
      stiCheck: 'notNeeded',
      pregnancyTest: 'notNeeded',
      medication: 'notNeeded',
      firstAid: 'notNeeded',
      csgReferral: 'notNeeded',
      reasoning: 'Besproken met Emma en moeder; er is geen lichamelijk contact geweest.',
      outcome: '',
    });
    await add(colleague, y, 'safetyPlan', {
      reviewOn: day(30),
      riskyNetwork: 'Geen contact met accounts die geld of cadeaus aanbieden.',
      internetUse: 'Account op privé; samen met moeder de volgers nagelopen.',
      abscondingRisk: 'Niet van toepassing; nooit weggelopen.',
      parentContact: 'Emma woont thuis; ouders zijn op de hoogte van de afspraken.',
      policeCooperation: 'Wijkagent nog niet ingelicht; bespreken bij de volgende afspraak.',
      agreementsYouth: 'Jij stuurt geen foto’s naar mensen die je niet in het echt kent.',
    });
    await add(lead, y, 'carePlanAnalysis', {
      analysedOn: day(-50),
      participants: ['Emma', 'Moeder', 'Vader', 'Hulpverlener'],
      problems: 'Deelt foto’s met onbekenden; liegt over haar telefoongebruik.',
      risks: 'Sextortion; seksuele uitbuiting via internet.',
      needs: 'Weten wat veilig is online; ouders die meekijken.',
      strengths: 'Open naar haar ouders, doet het goed op school.',
    });
    await goal(colleague, y, { domain: 'parentsNetwork', description: 'Ouders kijken mee op sociale media zonder te controleren.', youthText: 'Jij en je ouders praten over wat je online doet.', startedOn: day(-50) }, { reportedOn: day(-15), assessment: 'progress', report: 'Ouders en Emma hebben samen afspraken op papier gezet.' });
    await goal(colleague, y, { domain: 'education', description: 'Op school blijven zoals nu.', youthText: 'Jij blijft naar school gaan.', startedOn: day(-50) });
    await goal(colleague, y, { domain: 'safety', description: 'Weten wat ze doet als iemand online om foto’s of een afspraak vraagt.', youthText: 'Jij weet wat je doet als iemand online om foto’s vraagt.', startedOn: day(-50) });
    // Begun, but it does not yet say who takes over.
    await add(colleague, y, 'aftercare', { plan: 'Na de zomer afschalen naar één gesprek per maand; wie het daarna overneemt is nog niet besproken.' });
  }

  // Fenna: foster care, 20 days in: a month's populations do not count her yet.
  {
    const y = youthIds.fenna;
    await add(mentor, y, 'placement', {
      careStartedOn: day(-20),
      groupComposition: 'notResidential',
      reasoning: 'Pleeggezin in een ander deel van de regio, ver van de jongeren die haar benaderden.',
      genderSensitiveApproach: 'Vrouwelijke mentor; pleegmoeder doet mee aan de gesprekken over grenzen.',
    });
    const risk = await add(lead, y, 'riskAssessment', {
      instrument: 'risL',
      assessedOn: day(-18),
      participants: ['Fenna', 'Pleegmoeder', 'Mentor', 'Behandelcoördinator'],
      riskFactors: 'Werd op school benaderd door oudere meiden die haar meenamen naar feestjes.',
      protectiveFactors: 'Goede band met haar pleegmoeder; sport fanatiek.',
      level: 'moderate',
      conclusion: 'Gemiddeld risico. Veiligheidsplan maken; school informeren.',
      isInitial: true,
    });
    await signOff(y, 'riskAssessment', risk);
    await add(mentor, y, 'safetyPlan', {
      reviewOn: day(40),
      riskyNetwork: 'Geen contact met de meiden van de feestjes.',
      internetUse: 'Telefoon ’s nachts beneden.',
      parentContact: 'Moeder belt op zondag; pleegmoeder is erbij.',
    });
  }
}
