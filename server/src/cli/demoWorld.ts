// The fictitious demo world: a youth-care provider with two teams, a
// municipality, a police unit, a regional care coordination and the
// inspectorate, an account for every role, twelve youths with notes. Every name
// and fact is invented. Used by `npm run demo` and the browser journeys.
import { sql } from 'kysely';
import type { SecretBox } from '../platform/crypto.js';
import { recordAudit } from '../platform/audit/audit.js';
import type { Role } from '../platform/authz/roles.js';
import type { Database } from '../platform/db/database.js';
import { seedOrganisation, seedTeam, seedUser, seedYouth } from '../platform/db/seed.js';
import type { Actor } from '../platform/authz/actor.js';
import type { RecordKindName } from '../platform/audit/actions.js';
import { loadContent } from '../platform/content/content.js';
import type { Platform } from '../platform/http/app-types.js';
import { todayInNetherlands } from '../platform/http/schemas.js';
import { writeHouseRules } from '../modules/caseFiles/visitors/houseRules.service.js';
import { loadDemoPartners } from '../modules/organisations/partners/partners.demo.js';
import { loadDemoPoliceCooperation } from '../modules/policeCooperation/policeCooperation.demo.js';
import { loadDemoComensha } from '../modules/comensha/comensha.demo.js';
import { loadDemoDisclosures } from '../modules/disclosures/disclosures.demo.js';
import { loadDemoMissing } from '../modules/missing/missing.demo.js';
import { loadDemoExpertise } from '../modules/quality/expertise/expertise.demo.js';
import { loadDemoSelfAssessment } from '../modules/quality/selfAssessment/selfAssessment.demo.js';
import { loadDemoIndicatorTrend } from '../modules/quality/indicators/indicators.demo.js';
import { loadDemoInspection } from '../modules/inspection/inspection.demo.js';
import { loadDemoImprovement } from '../modules/inspection/improvement/improvement.demo.js';
import { loadDemoChecklist } from '../modules/municipal/checklist/checklist.demo.js';
import { loadDemoProviderDirectory } from '../modules/providerDirectory/providerDirectory.demo.js';
import { loadDemoRegionalFigures } from '../modules/regionalFigures/regionalFigures.demo.js';
import { loadDemoCaseConferences } from '../modules/caseConferences/caseConferences.demo.js';
import { loadDemoCareFiles } from '../modules/caseFiles/caseFiles.demo.js';
import { createRecord, signOffRecord } from '../modules/caseFiles/records/records.service.js';
import { RECORD_KIND_DEFINITIONS } from '../modules/caseFiles/records/kinds/index.js';

/** The demo accounts, as printed by `npm run demo`. */
export const DEMO_ACCOUNTS = [
  ['Jeugdzorg De Haven', 'mentor@dehaven.demo', 'mentor (casusteam van 6 jongeren)'],
  ['Jeugdzorg De Haven', 'hulpverlener@dehaven.demo', 'mentor (casusteam van 6 andere jongeren)'],
  ['Jeugdzorg De Haven', 'behandelaar@dehaven.demo', 'behandelcoördinator'],
  ['Jeugdzorg De Haven', 'aandacht@dehaven.demo', 'aandachtsfunctionaris'],
  ['Jeugdzorg De Haven', 'veiligheid@dehaven.demo', 'veiligheidsfunctionaris'],
  ['Jeugdzorg De Haven', 'kwaliteit@dehaven.demo', 'kwaliteitsmedewerker'],
  ['Jeugdzorg De Haven', 'beheer@dehaven.demo', 'beheerder'],
  ['Gemeente Zeestad', 'beleid@zeestad.demo', 'beleidsmedewerker'],
  ['Gemeente Zeestad', 'beheer@zeestad.demo', 'beheerder'],
  ['Politie eenheid Kust', 'avim@politie-kust.demo', 'contactpersoon politie'],
  ['Zorgcoördinatie Kustregio', 'zorgcoordinator@kustregio.demo', 'zorgcoördinator mensenhandel'],
  ['Inspectie', 'inspecteur@inspectie.demo', 'inspecteur'],
] as const;

/**
 * The demo world. `bare` leaves out the worked files and the modules' demo
 * data (partners, disclosures, missing episodes, ...): organisations, people
 * and youths only, for a browser test that starts a module from nothing.
 */
export async function loadDemoWorld(database: Database, secrets: SecretBox, password: string, passwordHash: string, options: { bare?: boolean } = {}): Promise<void> {
  const provider = await seedOrganisation(database, { name: 'Jeugdzorg De Haven (demo)', slug: 'de-haven', kind: 'provider', isDemo: true });
  const municipality = await seedOrganisation(database, { name: 'Gemeente Zeestad (demo)', slug: 'zeestad', kind: 'municipality', isDemo: true });
  const police = await seedOrganisation(database, { name: 'Politie eenheid Kust (demo)', slug: 'politie-kust', kind: 'police', isDemo: true });
  const region = await seedOrganisation(database, { name: 'Zorgcoördinatie Kustregio (demo)', slug: 'kustregio', kind: 'regionalCoordination', isDemo: true });
  const inspectorate = await seedOrganisation(database, { name: 'Inspectie (demo)', slug: 'inspectie', kind: 'inspectorate', isDemo: true });
  const teamNorth = await seedTeam(database, provider, 'Woongroep Noord');
  const teamSouth = await seedTeam(database, provider, 'Ambulant team Zuid');

  const user = (organisationId: string, email: string, displayName: string, roles: Role[], teamIds: string[] = []) =>
    seedUser(database, secrets, { organisationId, email, displayName, roles, password, passwordHash, teamIds });

  const caseWorker = await user(provider, 'mentor@dehaven.demo', 'Eva Mentor', ['caseWorker'], [teamNorth]);
  const caseWorker2 = await user(provider, 'hulpverlener@dehaven.demo', 'Daan Hulpverlener', ['caseWorker'], [teamSouth]);
  const lead = await user(provider, 'behandelaar@dehaven.demo', 'Fatima Behandelaar', ['leadProfessional'], [teamNorth, teamSouth]);
  await user(provider, 'aandacht@dehaven.demo', 'Karin Aandachtsfunctionaris', ['designatedOfficer']);
  const safetyOfficer = await user(provider, 'veiligheid@dehaven.demo', 'Joris Veiligheid', ['safetyOfficer']);
  await user(provider, 'kwaliteit@dehaven.demo', 'Ingrid Kwaliteit', ['qualityOfficer']);
  const providerAdmin = await user(provider, 'beheer@dehaven.demo', 'Bram Beheer', ['orgAdmin']);
  await user(municipality, 'beleid@zeestad.demo', 'Sophie Beleid', ['policyOfficer']);
  await user(municipality, 'beheer@zeestad.demo', 'Tim Beheer', ['orgAdmin']);
  await user(police, 'avim@politie-kust.demo', 'Rachid AVIM', ['policeLiaison']);
  await user(region, 'zorgcoordinator@kustregio.demo', 'Mila Zorgcoördinator', ['careCoordinator']);
  await user(inspectorate, 'inspecteur@inspectie.demo', 'Henk Inspecteur', ['inspector']);

  const youths: [string, string, string, string, string][] = [
    ['Sanne', 'Visser', '2009-03-14', 'female', 'openResidential'],
    ['Noor', 'El Idrissi', '2008-11-02', 'female', 'securedResidential'],
    ['Jayden', 'Kramer', '2007-06-21', 'male', 'atHome'],
    ['Lotte', 'Smit', '2010-01-30', 'female', 'fosterCare'],
    ['Mohammed', 'Yilmaz', '2008-08-08', 'male', 'openResidential'],
    ['Emma', 'de Boer', '2009-12-12', 'female', 'atHome'],
    ['Aylin', 'Demir', '2007-04-17', 'female', 'independent'],
    ['Kevin', 'Mulder', '2010-07-05', 'male', 'openResidential'],
    ['Iris', 'Dekker', '2008-02-26', 'female', 'securedResidential'],
    ['Ricardo', 'Martina', '2009-10-19', 'male', 'atHome'],
    ['Fenna', 'Bos', '2011-05-03', 'female', 'fosterCare'],
    ['Sara', 'Haddou', '2008-09-09', 'female', 'openResidential'],
  ];
  const notes = [
    ['observation', 'Jongere kwam laat terug op de groep en had nieuwe kleding waarvan de herkomst onduidelijk is.'],
    ['contact', 'Kennismakingsgesprek gevoerd; jongere wil graag werken aan school en sport.'],
    ['consultation', 'Overleg met de aandachtsfunctionaris over signalen; afgesproken de netwerkanalyse bij te werken.'],
  ] as const;
  const youthIds: string[] = [];
  for (const [i, [firstName, lastName, dateOfBirth, gender, livingSituation]] of youths.entries()) {
    const caseTeam = i % 2 === 0 ? [{ userId: caseWorker, teamRole: 'lead' as const }, { userId: lead }] : [{ userId: caseWorker2, teamRole: 'lead' as const }, { userId: lead }];
    const youthId = await seedYouth(database, {
      organisationId: provider,
      firstName,
      lastName,
      dateOfBirth,
      gender,
      livingSituation,
      legalFramework: livingSituation === 'securedResidential' ? 'courtOrder' : 'voluntary',
      lvbIndication: i % 4 === 0 ? 'suspected' : 'no',
      caseTeam,
    });
    youthIds.push(youthId);
    await database.unsafeSystemQuery
      .insertInto('journal_entries')
      .values(
        notes.map(([category, body], n) => ({
          organisation_id: provider,
          youth_id: youthId,
          category,
          body,
          author_id: caseTeam[0]!.userId,
          occurred_on: sql<string>`current_date - ${(3 - n) * 7}::int`,
        })),
      )
      .execute();
  }
  if (!options.bare) {
    await loadDemoCaseWork(database, provider, youthIds[0]!, { mentor: caseWorker, lead });
    // Five more worked files, so the quality indicators have shares to show.
    await loadDemoCareFiles(
      database,
      provider,
      { mohammed: youthIds[4]!, kevin: youthIds[7]!, sara: youthIds[11]!, emma: youthIds[5]!, fenna: youthIds[10]! },
      { mentor: caseWorker, colleague: caseWorker2, lead },
    );
    // Partners first: the disclosures and missing episodes reach the demo police unit through them.
    await loadDemoPartners(database, provider);
    await loadDemoDisclosures(database, provider, { answeredYouthId: youthIds[6]!, refusedYouthId: youthIds[8]! });
    await loadDemoMissing(database, provider);
    await loadDemoPoliceCooperation(database, provider, youthIds[0]!, { mentor: caseWorker, lead, colleague: caseWorker2, safetyOfficer });
    await loadDemoComensha(database, provider);
    // Quality work: the registers first, so the self-assessment's evidence points at real policies.
    await loadDemoExpertise(database, provider);
    await loadDemoSelfAssessment(database, provider);
    // The inspectorate: seed 004's study, and a follow-up round that De Haven reads as its own.
    const rounds = await loadDemoInspection(database, inspectorate, { linkedProviderSlug: 'de-haven' });
    await loadDemoImprovement(database, inspectorate, provider, rounds);
    // The municipality and the region.
    await loadDemoChecklist(database, municipality);
    await loadDemoProviderDirectory(database, region);
    await loadDemoCaseConferences(database, { regionId: region, providerId: provider, policeId: police });
    // The indicators' trend over the files every module above filled.
    await loadDemoIndicatorTrend(database, provider);
    // Last: the figures count the records every module above made.
    await loadDemoRegionalFigures(database, { municipalityId: municipality, regionId: region, providerId: provider });
    const platform = { database, content: loadContent() } as unknown as Platform;
    await writeHouseRules(
      platform,
      { userId: providerAdmin, organisationId: provider, organisationKind: 'provider', roles: ['orgAdmin'], sessionId: 'demo', ip: null, userAgent: 'npm run demo' },
      teamNorth,
      'Bezoek is welkom van 15.00 tot 20.00 uur, na afspraak met de mentor.\nBezoekers laten bij de deur een geldig identiteitsbewijs zien; wij noteren naam, geboortedatum en kenteken.\nWij kunnen met uw toestemming de politie vragen u na te trekken.\nBezoek kan worden geweigerd als het de veiligheid van een jongere raakt. Ophalen kan alleen na afspraak.',
    );
  }
  await database.unsafeSystemTransaction((tx) =>
    recordAudit(tx, { organisationId: provider, ip: null, userAgent: 'npm run demo' }, {
      action: 'setup.completed',
      recordType: 'organisation',
      recordId: provider,
      details: { demo: true },
    }),
  );
}

/**
 * One file walked from first signals to a care plan, so the demo shows what a
 * worked file looks like. Made through the records service, as the mentor and
 * the lead professional would, with dates relative to today.
 */
async function loadDemoCaseWork(database: Database, organisationId: string, youthId: string, people: { mentor: string; lead: string }) {
  const platform = { database, content: loadContent() } as unknown as Platform;
  const as = (userId: string, roles: Role[]): Actor => ({ userId, organisationId, organisationKind: 'provider', roles, sessionId: 'demo', ip: null, userAgent: 'npm run demo' });
  const mentor = as(people.mentor, ['caseWorker']);
  const lead = as(people.lead, ['leadProfessional']);
  const day = (offset: number) => {
    const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return d.toISOString().slice(0, 10);
  };
  const add = (actor: Actor, kind: RecordKindName, input: Record<string, unknown>) =>
    createRecord(platform, actor, youthId, RECORD_KIND_DEFINITIONS[kind], RECORD_KIND_DEFINITIONS[kind].input.parse(input) as Record<string, unknown>);

  await add(mentor, 'signal', { observedOn: day(-60), observerKind: 'staff', form: 'sexual', signalCode: 'lateReturns', description: 'Sanne kwam drie keer deze week na tienen terug en wilde niet zeggen waar ze was.', status: 'discussed' });
  await add(mentor, 'signal', { observedOn: day(-58), observerKind: 'school', observerName: 'mentor op school', form: 'sexual', signalCode: 'photoRequests', description: 'Een klasgenote zag berichten waarin iemand Sanne om foto’s vroeg.', status: 'discussed' });
  await add(mentor, 'signal', { observedOn: day(-5), observerKind: 'parents', form: 'sexual', signalCode: 'unknownVisitors', description: 'Moeder zag een grijze scooter bij de groep staan die Sanne kwam ophalen.', status: 'new' });
  await add(mentor, 'reportingCodeStep', { step: 1, occurredOn: day(-57), participants: 'Eva Mentor', outcome: 'Signalen van groep, school en moeder op een rij gezet.' });
  await add(mentor, 'reportingCodeStep', { step: 2, occurredOn: day(-55), participants: 'Eva Mentor, Karin Aandachtsfunctionaris', outcome: 'Zorgen gedeeld; zorgcoördinator mensenhandel gebeld voor advies.', details: { consulted: ['designatedOfficer', 'careCoordinator'] } });
  await add(mentor, 'screening', { instrument: 'scil', administeredOn: day(-50), administeredBy: 'Gedragswetenschapper', indication: 'none', outcome: 'Geen aanwijzingen voor een LVB.' });
  const risk = await add(lead, 'riskAssessment', {
    instrument: 'risL',
    assessedOn: day(-48),
    participants: ['Mentor', 'Behandelcoördinator', 'Gedragswetenschapper', 'Moeder'],
    riskFactors: 'Contact met een veel oudere jongen ("Mo") die cadeaus geeft en haar ophaalt; laat terugkomen; verzoeken om foto’s.',
    protectiveFactors: 'Goede band met oma; gaat graag naar school; sport twee keer per week.',
    level: 'high',
    conclusion: 'Hoog risico op seksuele uitbuiting. Veiligheidsplan en netwerkanalyse maken; wijkagent informeren.',
    isInitial: true,
  });
  await signOffRecord(platform, lead, youthId, RECORD_KIND_DEFINITIONS.riskAssessment, risk.id, risk.updatedAt);
  await add(mentor, 'placement', {
    careStartedOn: day(-45),
    groupComposition: 'homogeneous',
    reasoning: 'Meidengroep met jongeren met vergelijkbare ervaringen: veilig, en de begeleiding is erop ingericht.',
    genderSensitiveApproach: 'Doelen over weerbaarheid, eigenwaarde en gezonde relaties; vaste vrouwelijke mentor.',
  });
  await add(mentor, 'medicalDecision', {
    decidedOn: day(-44),
    moment: 'startOfCare',
    stiCheck: 'done',
    pregnancyTest: 'done',
    medication: 'notNeeded',
    firstAid: 'notNeeded',
    csgReferral: 'offered',
    reasoning: 'Bij de start aangeboden zoals afgesproken in het protocol.',
    outcome: 'Uitslagen besproken met Sanne; geen bijzonderheden gedeeld.',
  });
  const mo = await add(mentor, 'networkPerson', {
    name: 'Mo (bijnaam)',
    relation: 'Noemt zich haar vriend, ongeveer 22 jaar',
    classification: 'dangerous',
    phones: ['06-98765432'],
    socialHandles: ['@mo.zeestad'],
    addresses: ['Havenstraat 12, Zeestad'],
    vehicles: [{ plate: 'FX-123-B', description: 'grijze scooter' }],
    notes: 'Haalt haar op bij school en bij de groep.',
  });
  await add(mentor, 'networkPerson', { name: 'Oma Visser', relation: 'Grootmoeder', classification: 'supportive', phones: ['010-1234567'], addresses: ['Lindelaan 4, Zeestad'] });
  await add(mentor, 'networkPerson', { name: 'Moeder', relation: 'Moeder', classification: 'supportive', phones: ['06-11122233'] });
  await add(mentor, 'networkPlace', { address: 'Stationsplein, Zeestad', kind: 'hangout', classification: 'risky', notes: 'Hier wordt ze ’s avonds gezien.' });
  await add(mentor, 'networkAccount', { platform: 'Snapchat', handle: 'mo.zeestad', personId: mo.id, classification: 'dangerous' });
  await add(mentor, 'networkAnalysis', { madeWithYouth: true, explainedToYouth: true, lastReviewedOn: day(-20), notes: 'Samen met Sanne gemaakt; uitgelegd wat we met de gegevens doen.' });
  await add(mentor, 'visit', {
    occurredAt: `${day(-10)}T19:15`,
    visitorName: 'Mo',
    personId: mo.id,
    purpose: 'pickUp',
    licencePlate: 'FX-123-B',
    policeCheck: 'refused',
    admitted: false,
    refusalReason: 'Staat als gevaarlijk in de netwerkanalyse en wilde zich niet legitimeren.',
  });
  const plan = await add(mentor, 'safetyPlan', {
    reviewOn: day(45),
    riskyNetwork: 'Geen contact met Mo (zie netwerkanalyse). Bij contact meldt Sanne het aan haar mentor.',
    internetUse: 'Telefoon ’s avonds bij de groepsleiding; Snapchat samen bekijken.',
    abscondingRisk: 'Risico hoger na contact met Mo. Afspraak: na school direct naar de groep.',
    possibleAddresses: 'Havenstraat 12, Zeestad; Stationsplein, Zeestad; oma Visser, Lindelaan 4.',
    parentContact: 'Moeder belt elke avond om 19.00 uur.',
    policeCooperation: 'Wijkagent is op de hoogte; bij vermissing direct melden.',
    staffSafety: 'Mo heeft bij de groep gestaan; collega’s laten hem niet binnen en bellen bij twijfel de politie.',
    agreementsYouth: 'Jij bent om 21.30 uur terug op de groep. Jij vertelt het als iemand je om foto’s vraagt.',
    agreementsParents: 'Moeder meldt contact met onbekenden aan de mentor.',
  });
  await signOffRecord(platform, lead, youthId, RECORD_KIND_DEFINITIONS.safetyPlan, plan.id, plan.updatedAt);
  const analysis = await add(lead, 'carePlanAnalysis', {
    analysedOn: day(-40),
    participants: ['Sanne', 'Moeder', 'Mentor', 'Behandelcoördinator'],
    problems: 'Komt laat terug, contact met een oudere jongen die haar onder druk zet.',
    risks: 'Seksuele uitbuiting; weglopen.',
    needs: 'Veiligheid, structuur en iemand die naast haar staat.',
    strengths: 'Sportief, slim, goede band met oma.',
    surfaceBehaviour: 'Liegt over waar ze was; boos bij grenzen.',
    underlyingProblems: 'Onzekerheid en hechtingsproblemen na de scheiding van haar ouders.',
    education: 'Havo 3; wil graag over.',
    socialNetwork: 'Weinig vriendinnen; oma en moeder steunend.',
    youthSummary: 'Jij wilt weer rust en je school afmaken. Wij helpen je om veilig te zijn en om te zien wie het goed met je meent.',
  });
  await signOffRecord(platform, lead, youthId, RECORD_KIND_DEFINITIONS.carePlanAnalysis, analysis.id, analysis.updatedAt);
  await add(mentor, 'careGoal', { domain: 'safety', description: 'Geen contact met Mo; afspraken van het veiligheidsplan nakomen.', youthText: 'Jij houdt je aan de afspraken, zodat je veilig bent.', startedOn: day(-40) });
  await add(mentor, 'careGoal', { domain: 'education', description: 'Elke dag naar school; overgaan naar havo 4.', youthText: 'Jij gaat elke dag naar school.', startedOn: day(-40) });
  await add(mentor, 'careGoal', { domain: 'healthyRelationships', description: 'Herkennen wat een gezonde relatie is.', youthText: 'Jij leert wat een goede vriendschap of relatie is.', startedOn: day(-40) });
  await add(mentor, 'carePhase', {
    number: 1,
    name: 'Veilig landen',
    rules: 'Telefoon en internet alleen onder toezicht; geen verlof zonder begeleiding; na school direct naar de groep.',
    youthText: 'In deze fase ben je veel op de groep en gebruik je je telefoon samen met ons.',
    startedOn: day(-45),
  });
  await add(lead, 'careReview', { reviewedOn: day(-3), participants: ['Sanne', 'Moeder', 'Mentor', 'Behandelcoördinator'], summary: 'Sanne komt vaker op tijd terug; contact met Mo lijkt minder.', decisions: 'Fase 1 blijft; over zes weken opnieuw kijken.', nextReviewOn: day(87) });
}
