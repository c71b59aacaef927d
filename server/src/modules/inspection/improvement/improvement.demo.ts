// Demo data for improvement plans and good practices, on top of the rounds
// that loadDemoInspection (inspection.demo.ts) enters. In the open follow-up
// round the inspector sets a point for each insufficient expectation of the
// linked "Jeugdzorg De Haven (demo)"; De Haven's quality officer fills in the
// actions in Baken (owner, date, status, progress) and the inspector follows
// two of them up. The unlinked provider gets one point with an action the
// inspector copied from its plan. The seed 004 study round gets good
// practices of the kind the report's appendix collects, in our own words and
// spread over the pseudonymous providers. Made through the services, so
// validation, history and audit apply. Everything here is invented.
import { loadContent } from '../../../platform/content/content.js';
import type { Actor } from '../../../platform/authz/actor.js';
import type { Role } from '../../../platform/authz/roles.js';
import type { Database } from '../../../platform/db/database.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { todayInNetherlands } from '../../../platform/http/schemas.js';
import { createGoodPractice } from '../goodPractices/goodPractices.service.js';
import { goodPracticeInput } from '../goodPractices/goodPractices.schemas.js';
import { createOwnAction, updateOwnAction } from '../ownInspection/ownInspection.service.js';
import { inspectorOf } from '../seed004Study.js';
import { actionInput, actionUpdate, followUpInput, pointInput } from './improvement.schemas.js';
import { createActionForProvider, createPoint, recordFollowUp } from './improvement.service.js';

export interface DemoImprovementRounds {
  /** From loadDemoInspection: the closed seed 004 study round. */
  studyRoundId: string;
  /** From loadDemoInspection: the open follow-up round and the linked provider's entry in it. */
  followUpRoundId: string | null;
  linkedProviderId: string | null;
}

export interface DemoImprovement {
  points: number;
  actions: number;
  followUps: number;
  goodPractices: number;
}

const day = (offset: number) => {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

async function qualityOfficerOf(database: Database, organisationId: string): Promise<Actor & { name: string }> {
  const user = await database.unsafeSystemQuery
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name'])
    .where('users.organisation_id', '=', organisationId)
    .where('user_roles.role', '=', 'qualityOfficer')
    .orderBy('users.created_at')
    .executeTakeFirst();
  if (!user) throw new Error('the provider has no quality officer to keep its improvement plan');
  return { userId: user.id, name: user.display_name, organisationId, organisationKind: 'provider', roles: ['qualityOfficer'] as Role[], sessionId: 'demo', ip: null, userAgent: 'demo improvement plan' };
}

/** Good practices of the kind seed 004's appendix lists, in our own words, with the pseudonymous provider and the framework ref. */
const STUDY_PRACTICES: { provider: string; title: string; description: string; ref: string }[] = [
  {
    provider: 'Aanbieder A',
    title: 'Oefenen in de stad met de mentor',
    description: 'De mentor gaat met de jongere naar een drukke plek waar zij kan worden aangesproken, en oefent daar ter plekke hoe zij afstand houdt en nee zegt.',
    ref: '2.2.1',
  },
  {
    provider: 'Aanbieder C',
    title: 'Ochtend beginnen met ontspanning',
    description: 'Elke dag start met een korte les onder begeleiding, waarin de jongeren leren tot rust te komen en hun lichaam weer te voelen.',
    ref: '3',
  },
  {
    provider: 'Aanbieder D',
    title: 'Risicotaxatie die de behandeling stuurt',
    description: 'Het team brengt met een vast instrument de kwetsbaarheden en de krachten van de jongere in kaart, en leidt daaruit de doelen van het behandelplan af.',
    ref: '2.1.2',
  },
  {
    provider: 'Aanbieder F',
    title: 'Scholing samen met de recherche',
    description: 'Medewerkers volgen een training over mensenhandel die de instelling samen met het rechercheteam van de politie geeft.',
    ref: '5.2.2',
  },
  {
    provider: 'Aanbieder H',
    title: 'Een boekje met complimenten',
    description: 'Vanaf de eerste week schrijven medewerkers elke dag iets positiefs over de jongere op; de jongere en haar ouders mogen er ook in schrijven.',
    ref: '3',
  },
  {
    provider: 'Aanbieder M',
    title: 'Een brief om door te gaan naar de volgende fase',
    description: 'Voor de overgang naar een volgende fase schrijft de jongere waarom zij eraan toe is en wat zij daar wil leren. Zo denkt zij zelf mee over haar behandeling.',
    ref: '4',
  },
];

/**
 * Enters the demo improvement plans and good practices. `inspectorateOrganisationId`
 * owns the rounds; `providerOrganisationId` is the linked provider (its quality
 * officer keeps the actions).
 */
export async function loadDemoImprovement(database: Database, inspectorateOrganisationId: string, providerOrganisationId: string, rounds: DemoImprovementRounds): Promise<DemoImprovement> {
  const platform = { database, content: loadContent() } as Platform;
  const inspector = await inspectorOf(database, inspectorateOrganisationId);
  const result: DemoImprovement = { points: 0, actions: 0, followUps: 0, goodPractices: 0 };

  const study = await database.unsafeSystemQuery
    .selectFrom('inspection_round_providers')
    .select(['id', 'name'])
    .where('round_id', '=', rounds.studyRoundId)
    .where('organisation_id', '=', inspectorateOrganisationId)
    .execute();
  const byName = new Map(study.map((p) => [p.name, p.id]));
  for (const practice of STUDY_PRACTICES) {
    const providerId = byName.get(practice.provider);
    if (!providerId) continue;
    await createGoodPractice(platform, inspector, rounds.studyRoundId, providerId, goodPracticeInput.parse(practice));
    result.goodPractices++;
  }

  if (!rounds.followUpRoundId || !rounds.linkedProviderId) return result;
  const roundId = rounds.followUpRoundId;
  const linkedId = rounds.linkedProviderId;
  const quality = await qualityOfficerOf(database, providerOrganisationId);

  const leave = await createPoint(platform, inspector, roundId, linkedId, pointInput.parse({
    expectationRefs: ['1-s2'],
    description: 'Werk het veiligheidsplan bij na elke vermissing, en geef pas daarna weer verlof.',
    dueOn: day(45),
  }));
  const risk = await createPoint(platform, inspector, roundId, linkedId, pointInput.parse({
    expectationRefs: ['2.1.2'],
    description: 'Herhaal de risicotaxatie minstens elk half jaar en na elk incident, en leg vast wat er veranderde.',
    dueOn: day(90),
  }));
  const training = await createPoint(platform, inspector, roundId, linkedId, pointInput.parse({
    expectationRefs: ['5.2.2'],
    description: 'Zorg dat alle pedagogisch medewerkers scholing over mensenhandel en loverboys hebben gevolgd.',
    dueOn: day(120),
  }));
  result.points += 3;

  const own = (pointId: string, body: Record<string, unknown>) => createOwnAction(platform, quality, linkedId, pointId, actionInput.parse(body));
  const checklist = await own(leave.id, {
    what: 'Controlelijst bij terugkeer na vermissing: eerst veiligheidsplan bijwerken, dan verlof bespreken in het team.',
    ownerUserId: quality.userId,
    dueOn: day(-10),
    status: 'done',
    progressNote: 'De lijst is sinds vorige maand in gebruik op beide groepen.',
  });
  const planning = await own(risk.id, {
    what: 'Taxaties in de planning van de behandelcoördinator, met een herinnering na zes maanden.',
    ownerName: 'Behandelcoördinator',
    dueOn: day(30),
    status: 'inProgress',
    progressNote: 'Vier van de zes dossiers zijn bijgewerkt.',
  });
  await own(training.id, {
    what: 'Vier medewerkers volgen de training mensenhandel van het landelijk expertisecentrum.',
    ownerName: 'Teamleider groep Noord',
    dueOn: day(-5),
    status: 'open',
  });
  result.actions += 3;
  // The provider brings its progress up to date.
  await updateOwnAction(platform, quality, linkedId, planning.id, actionUpdate.parse({
    what: planning.what,
    ownerName: planning.ownerName,
    dueOn: planning.dueOn,
    status: 'inProgress',
    progressNote: 'Vijf van de zes dossiers zijn bijgewerkt; het laatste volgt na het gesprek met de ouders.',
    updatedAt: planning.updatedAt,
  }));

  await recordFollowUp(platform, inspector, checklist.id, followUpInput.parse({ verdict: 'accepted', note: 'Gezien in twee dossiers: het plan was bijgewerkt voor het verlof.', followedUpOn: day(-3) }));
  await recordFollowUp(platform, inspector, planning.id, followUpInput.parse({ verdict: 'notYetSufficient', note: 'Stuur ons de planning van de taxaties voor het komende jaar.', followedUpOn: day(-2) }));
  result.followUps += 2;

  await createGoodPractice(platform, inspector, roundId, linkedId, goodPracticeInput.parse({
    title: 'Terugkeergesprek met de wijkagent',
    description: 'Na elke vermissing voert de mentor samen met de wijkagent een gesprek met de jongere over waar zij was en met wie.',
    ref: '2.2.3',
  }));
  result.goodPractices++;

  // The unlinked provider sent its plan on paper: the inspector copies its action in.
  const other = await database.unsafeSystemQuery
    .selectFrom('inspection_round_providers')
    .select('id')
    .where('round_id', '=', roundId)
    .where('organisation_id', '=', inspectorateOrganisationId)
    .where('provider_organisation_id', 'is', null)
    .orderBy('name')
    .executeTakeFirst();
  if (other) {
    const point = await createPoint(platform, inspector, roundId, other.id, pointInput.parse({
      expectationRefs: ['5.2.1'],
      description: 'Zorg dat op elke dienst, ook in de avond en het weekend, een geregistreerde professional werkt.',
      dueOn: day(60),
    }));
    await createActionForProvider(platform, inspector, point.id, actionInput.parse({
      what: 'Rooster aangepast: elke dienst heeft een geregistreerde medewerker.',
      ownerName: 'Manager zorg',
      dueOn: day(20),
      status: 'inProgress',
    }));
    result.points++;
    result.actions++;
  }
  return result;
}
