// Demo data for inspection at "Inspectie (demo)": the inspectorate's 2017
// study of thirteen providers (seed 004), entered as a closed thematic round
// whose figures equal the published ones (seed004Study.ts); and, when the
// demo world has a provider to link, an open follow-up round in which that
// provider ("Jeugdzorg De Haven (demo)") is linked to its organisation in Baken
// by its public short name. The link is what lets the provider later read its
// own judgments, improvement plan and report: the database copies the round
// provider's organisation onto every judgment, point and action. Made through
// the services, as an inspector would, so validation and audit apply. The
// follow-up round and its findings are invented.
import { loadContent } from '../../platform/content/content.js';
import type { Database } from '../../platform/db/database.js';
import { todayInNetherlands } from '../../platform/http/schemas.js';
import type { InspectionPlatform } from './inspection.access.js';
import type { JudgmentValue } from './inspection.options.js';
import { judgmentsInput, providerInput, roundInput } from './inspection.schemas.js';
import { recordJudgments } from './judgments.service.js';
import { addProvider, createRound } from './rounds.service.js';
import { inspectorOf, loadSeed004Study } from './seed004Study.js';

export interface DemoInspectionOptions {
  /**
   * The public short name of a provider in Baken to link in the follow-up
   * round (the demo world: "de-haven"). Without it only the seed 004 study is
   * entered.
   */
  linkedProviderSlug?: string;
  /** The linked provider's name in the round. */
  linkedProviderName?: string;
}

export interface DemoInspection {
  /** The closed round of the seed 004 study (13 providers). */
  studyRoundId: string;
  /** The open follow-up round with the linked provider, when one was asked for. */
  followUpRoundId: string | null;
  /** The linked provider's entry in the follow-up round. */
  linkedProviderId: string | null;
}

const day = (offset: number) => {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

type Judged = [ref: string, judgment: JudgmentValue, findings?: string];

/** The linked provider's judgments: mostly sufficient, three points to improve (one per theme that has them). */
const LINKED_JUDGMENTS: Judged[] = [
  ['1.1.1', 'sufficient', 'Elk behandelplan noemt de ervaringen van de jongere met uitbuiting en werkt daaraan.'],
  ['1-s1', 'sufficient'],
  ['1-s2', 'insufficient', 'Twee keer kreeg een jongere verlof terwijl het veiligheidsplan nog niet was bijgewerkt na een vermissing.'],
  ['2.1.1', 'sufficient'],
  ['2.1.2', 'insufficient', 'Bij drie van de zes dossiers die wij lazen, was de risicotaxatie ouder dan een half jaar.'],
  ['2.1.3', 'sufficient'],
  ['2.2.1', 'sufficient'],
  ['2.2.2', 'sufficient'],
  ['2.2.3', 'sufficient', 'Bij de laatste vermissing werd dezelfde avond de politie gebeld en het netwerk ingeschakeld.'],
  ['5.2.1', 'sufficient'],
  ['5.2.2', 'insufficient', 'Vier van de elf pedagogisch medewerkers volgden nog geen scholing over mensenhandel en loverboys.'],
];

/** A second, unlinked provider in the same round, so its figures compare two. */
const OTHER_JUDGMENTS: Judged[] = [
  ['1.1.1', 'sufficient'],
  ['2.1.1', 'sufficient'],
  ['2.1.2', 'sufficient'],
  ['2.2.1', 'insufficient', 'De afspraken in het veiligheidsplan staan los van de risico’s die de taxatie noemt.'],
  ['5.2.1', 'insufficient', 'Op de avond- en weekenddiensten werkt vaak niemand met een registratie.'],
  ['5.2.2', 'sufficient'],
];

const toInput = (judged: Judged[]) =>
  judgmentsInput.parse({ judgments: judged.map(([ref, judgment, findings = '']) => ({ ref, judgment, findings, updatedAt: null })) });

export async function loadDemoInspection(database: Database, inspectorateOrganisationId: string, options: DemoInspectionOptions = {}): Promise<DemoInspection> {
  const platform: InspectionPlatform = { database, content: loadContent() };
  const studyRoundId = await loadSeed004Study(database, inspectorateOrganisationId, platform);
  if (!options.linkedProviderSlug) return { studyRoundId, followUpRoundId: null, linkedProviderId: null };

  const actor = await inspectorOf(database, inspectorateOrganisationId);
  const round = await createRound(
    platform,
    actor,
    roundInput.parse({
      title: 'Vervolgtoezicht gespecialiseerde jeugdhulp (demo)',
      kind: 'followUp',
      description: 'Vervolg op het thema-onderzoek: hoe staat het nu met de hulp aan slachtoffers van uitbuiting? Bedacht voor de demo.',
      periodStart: day(-60),
      periodEnd: day(30),
    }),
  );
  const linked = await addProvider(
    platform,
    actor,
    round.id,
    providerInput.parse({
      name: options.linkedProviderName ?? 'Jeugdzorg De Haven (demo)',
      location: 'Zeestad',
      careKind: 'both',
      bakenSlug: options.linkedProviderSlug,
    }),
  );
  await recordJudgments(platform, actor, round.id, linked.id, toInput(LINKED_JUDGMENTS));
  const other = await addProvider(platform, actor, round.id, providerInput.parse({ name: 'Jeugdhulp Duinzicht (demo)', location: 'Strandwijk', careKind: 'open' }));
  await recordJudgments(platform, actor, round.id, other.id, toInput(OTHER_JUDGMENTS));
  return { studyRoundId, followUpRoundId: round.id, linkedProviderId: linked.id };
}
