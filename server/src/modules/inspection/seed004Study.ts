// The inspectorate's 2017 study of specialised youth care for (suspected)
// victims of loverboys (seed 004), entered as an inspection round, so that
// Baken's figures can be held against the published ones.
//
// What the source gives, and what we had to decide:
// - 13 providers: 7 with secured care, 5 with open care, 1 with both (seed 004,
//   Bevindingen). The report names all thirteen, but its per-provider scores
//   (figures 2 and 3) did not survive the text extraction, and it publishes
//   per expectation only how many providers were sufficient, never which. So
//   the providers here are "Aanbieder A" to "Aanbieder M": attaching our guess
//   of who was insufficient to a real organisation's name would state
//   something the source does not. Only the counts per expectation are the
//   report's; which pseudonym carries which judgment is ours.
// - Published per expectation (figures 4 to 7): 1.1.1 four insufficient; the
//   six safety expectations 2.1.1-2.2.3 with two insufficient on 2.1.2 and on
//   2.2.1 (the extracted figure 5 lists "2 2" and "13 11 13 11 13 13": read in
//   the order of the expectations, as the text confirms: two providers must
//   improve both the estimating of risks and the help against them); 5.2.1
//   four insufficient; 5.2.2 six, the four of 5.2.1 among them (text beside
//   figure 7). We take the two of 2.1.2 and 2.2.1 to be the same two
//   providers ("zowel ... als": both points for both).
// - Restrictive measures and leave (secured only) and every expectation the
//   report does not show per expectation are left unjudged: no figure for
//   them was published.
import type { Actor } from '../../platform/authz/actor.js';
import type { Role } from '../../platform/authz/roles.js';
import { loadContent } from '../../platform/content/content.js';
import type { Database } from '../../platform/db/database.js';
import type { InspectionPlatform } from './inspection.access.js';
import type { CareKind, JudgmentValue } from './inspection.options.js';
import { judgmentsInput, providerInput, roundInput, roundUpdate } from './inspection.schemas.js';
import { recordJudgments } from './judgments.service.js';
import { addProvider, createRound, updateRound } from './rounds.service.js';

const LETTERS = 'ABCDEFGHIJKLM'.split('');

/** A to G secured care, H to L open care, M both (seed 004: 7, 5 and 1). */
export const SEED_004_PROVIDERS: { name: string; careKind: CareKind }[] = LETTERS.map((letter, i) => ({
  name: `Aanbieder ${letter}`,
  careKind: i < 7 ? 'secured' : i < 12 ? 'open' : 'both',
}));

/** The expectations the report gives a figure for, and which pseudonymous providers are insufficient on each. */
const INSUFFICIENT: Record<string, { letters: string[]; figure: string }> = {
  '1.1.1': { letters: ['B', 'E', 'I', 'K'], figure: 'figuur 4' },
  '2.1.1': { letters: [], figure: 'figuur 5' },
  '2.1.2': { letters: ['E', 'K'], figure: 'figuur 5' },
  '2.1.3': { letters: [], figure: 'figuur 5' },
  '2.2.1': { letters: ['E', 'K'], figure: 'figuur 5' },
  '2.2.2': { letters: [], figure: 'figuur 5' },
  '2.2.3': { letters: [], figure: 'figuur 5' },
  '5.2.1': { letters: ['B', 'E', 'I', 'M'], figure: 'figuur 6' },
  '5.2.2': { letters: ['B', 'E', 'I', 'M', 'C', 'J'], figure: 'figuur 7' },
};

export const SEED_004_ROUND = {
  title: 'Gespecialiseerde jeugdhulp aan slachtoffers van loverboys (thema-onderzoek 2017)',
  kind: 'thematic',
  description:
    'Het thema-onderzoek van de inspectie bij dertien aanbieders (rapport 2018), ingevoerd om de cijfers na te rekenen. ' +
    'Het rapport geeft per verwachting alleen hoeveel aanbieders voldoende en onvoldoende scoorden, niet welke. ' +
    'Daarom heten de aanbieders hier Aanbieder A tot en met M: de aantallen per verwachting zijn die van het rapport, ' +
    'de verdeling over de letters is gekozen. Verwachtingen zonder gepubliceerd cijfer zijn niet beoordeeld.',
  periodStart: '2017-01-01',
  periodEnd: '2017-12-31',
};

/** The inspectorate's first inspector, as the actor who enters demo rounds. */
export async function inspectorOf(database: Database, organisationId: string): Promise<Actor> {
  const user = await database.unsafeSystemQuery
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('users.organisation_id', '=', organisationId)
    .where('user_roles.role', '=', 'inspector')
    .orderBy('users.created_at')
    .executeTakeFirst();
  if (!user) throw new Error('the inspectorate has no inspector to enter the study');
  return { userId: user.id, organisationId, organisationKind: 'inspectorate', roles: ['inspector'] as Role[], sessionId: 'demo', ip: null, userAgent: 'seed 004 study' };
}

/**
 * Enters the study as a closed thematic round of the inspectorate, through
 * the services as an inspector would (validation and audit apply). Returns
 * the round's id.
 */
export async function loadSeed004Study(database: Database, inspectorateOrganisationId: string, platform?: InspectionPlatform): Promise<string> {
  const services: InspectionPlatform = platform ?? { database, content: loadContent() };
  const actor = await inspectorOf(database, inspectorateOrganisationId);
  const round = await createRound(services, actor, roundInput.parse(SEED_004_ROUND));
  for (const [i, provider] of SEED_004_PROVIDERS.entries()) {
    const letter = LETTERS[i]!;
    const added = await addProvider(services, actor, round.id, providerInput.parse(provider));
    const judgments = Object.entries(INSUFFICIENT).map(([ref, { letters, figure }]) => {
      const judgment: JudgmentValue = letters.includes(letter) ? 'insufficient' : 'sufficient';
      return {
        ref,
        judgment,
        findings:
          judgment === 'insufficient'
            ? `Onvoldoende volgens het rapport (${figure}). De bevindingen staan in het rapport over deze aanbieder; de verdeling over de letters is gekozen.`
            : '',
        updatedAt: null,
      };
    });
    await recordJudgments(services, actor, round.id, added.id, judgmentsInput.parse({ judgments }));
  }
  // Adding providers and judgments leaves the round's own version as it was created.
  await updateRound(services, actor, round.id, roundUpdate.parse({ ...SEED_004_ROUND, status: 'closed', updatedAt: round.updatedAt }));
  return round.id;
}
