// Example entries for the demo world: the thirteen providers the inspectorate
// studied in 2017 (seed 004, report 2018) with only what the report says about
// them, plus the demo provider Jeugdzorg De Haven, linked by its short name so
// its quality officer can share the self-assessment date.
//
// What the report gives, and what is left empty:
// - kind of care: 7 secured, 5 open, 1 both (Bevindingen; figures 2 and 3 and
//   the appendix name which provider offers which);
// - target group: all treat girls; at Transferium and Pluryn – De Hoenderloo
//   Groep girls and boys are sometimes placed together; SJSJ Almata writes its
//   treatment plans for youths with a mild intellectual disability (LVB)
//   (appendix, example 20);
// - programmes: only the methods and projects the report names per provider;
// - national availability: Fier and Kompaan en De Bocht are the only two in
//   the national transition arrangement (Landelijk Transitie-arrangement), so
//   municipalities elsewhere can refer to them;
// - quality framework: the report says most providers work wholly or largely
//   to it, but not which, so every entry says "unknown".
// Region, capacity and contact details are not in the report and stay empty:
// nothing is made up. The notes say the entry is an example.
import type { Actor } from '../../platform/authz/actor.js';
import type { Role } from '../../platform/authz/roles.js';
import type { Database } from '../../platform/db/database.js';
import { entryInput } from './providerDirectory.schemas.js';
import { createEntry } from './providerDirectory.service.js';
import type { CareKind, TargetGroup } from './providerDirectory.options.js';

const SOURCE = 'Voorbeeldvermelding uit het thema-onderzoek van de inspectie (2017, rapport 2018). Regio, capaciteit en contactgegevens staan niet in het rapport en zijn leeg gelaten.';

interface StudiedProvider {
  name: string;
  careKind: CareKind;
  targetGroups: TargetGroup[];
  programmes: string[];
  nationalAvailability: boolean;
  note?: string;
}

/** The thirteen providers of seed 004, in the report's order of the appendix where it names them. */
export const SEED_004_DIRECTORY: StudiedProvider[] = [
  { name: 'Fier', careKind: 'open', targetGroups: ['girls'], programmes: ['Asja', 'High Intensive Care & High Safety'], nationalAvailability: true, note: 'In het landelijk transitie-arrangement: ook bereikbaar voor gemeenten buiten de eigen regio. Asja staat in de databank Effectieve Jeugdinterventies van het NJi.' },
  { name: 'Horizon', careKind: 'secured', targetGroups: ['girls'], programmes: ['Master! (basismethodiek)'], nationalAvailability: false },
  { name: 'Pluryn – Intermetzo Zeist', careKind: 'secured', targetGroups: ['girls'], programmes: ['Training Mensenhandel (samen met de politie)'], nationalAvailability: false },
  { name: 'Jeugdformaat', careKind: 'open', targetGroups: ['girls'], programmes: [], nationalAvailability: false },
  { name: 'Kompaan en De Bocht', careKind: 'open', targetGroups: ['girls'], programmes: ['Veilig Lima', 'Hulp bij Seksueel Misbruik (HSM)'], nationalAvailability: true, note: 'Heet sinds 1 januari 2018 Sterk Huis. In het landelijk transitie-arrangement: ook bereikbaar voor gemeenten buiten de eigen regio.' },
  { name: 'De Koppeling', careKind: 'secured', targetGroups: ['girls'], programmes: ['PINQ – gesloten'], nationalAvailability: false, note: 'PINQ – gesloten staat in de databank Effectieve Jeugdinterventies van het NJi. Groepen alleen of vooral voor (vermoedelijke) slachtoffers.' },
  { name: 'OG Heldringstichting', careKind: 'secured', targetGroups: ['girls'], programmes: ['Kube (gesloten meidengroep)', 'Start-AV (risicotaxatie)'], nationalAvailability: false },
  { name: 'Pluryn – De Hoenderloo Groep', careKind: 'both', targetGroups: ['girls', 'boys'], programmes: [], nationalAvailability: false, note: 'Meiden en jongens worden soms samen op een groep geplaatst.' },
  { name: 'De Rading, Fides', careKind: 'open', targetGroups: ['girls'], programmes: ['On the Move', 'Pretty Woman (Bloedlink)'], nationalAvailability: false },
  { name: 'SJSJ Almata', careKind: 'secured', targetGroups: ['girls', 'lvb'], programmes: [], nationalAvailability: false, note: 'Schrijft het behandelplan in taal die een jongere met een licht verstandelijke beperking begrijpt.' },
  { name: 'Timon', careKind: 'open', targetGroups: ['girls'], programmes: ['Beschermjassen'], nationalAvailability: false },
  { name: 'Transferium', careKind: 'secured', targetGroups: ['girls', 'boys'], programmes: ['Ego Versterkende groep'], nationalAvailability: false, note: 'Meiden en jongens worden soms samen op een groep geplaatst; eigen effectonderzoek liet zien dat dit de veiligheid niet schaadde.' },
  { name: 'Bijzonder Jeugdwerk', careKind: 'secured', targetGroups: ['girls'], programmes: [], nationalAvailability: false },
];

export interface DemoProviderDirectoryOptions {
  /** The care coordinator who keeps the directory (default: the coordination's first one). */
  coordinatorEmail?: string;
  /** The demo provider to link, by its short name in Baken. */
  providerSlug?: string;
}

async function coordinatorOf(database: Database, organisationId: string, email?: string): Promise<Actor> {
  let query = database.unsafeSystemQuery
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('users.organisation_id', '=', organisationId)
    .where('user_roles.role', '=', 'careCoordinator');
  if (email) query = query.where('users.email', '=', email);
  const user = await query.orderBy('users.created_at').executeTakeFirst();
  if (!user) throw new Error('the coordination has no care coordinator to keep the directory');
  return { userId: user.id, organisationId, organisationKind: 'regionalCoordination', roles: ['careCoordinator'] as Role[], sessionId: 'demo', ip: null, userAgent: 'npm run demo' };
}

/**
 * Adds the example entries through the services, as the care coordinator
 * would (validation, history and audit apply). Returns the entries' ids.
 */
export async function loadDemoProviderDirectory(database: Database, coordinationOrganisationId: string, options: DemoProviderDirectoryOptions = {}): Promise<string[]> {
  const { providerSlug = 'de-haven' } = options;
  const platform = { database };
  const actor = await coordinatorOf(database, coordinationOrganisationId, options.coordinatorEmail);
  const ids: string[] = [];
  for (const provider of SEED_004_DIRECTORY) {
    const entry = await createEntry(
      platform,
      actor,
      entryInput.parse({
        name: provider.name,
        careKind: provider.careKind,
        targetGroups: provider.targetGroups,
        programmes: provider.programmes,
        nationalAvailability: provider.nationalAvailability,
        qualityFramework: 'unknown',
        notes: provider.note ? `${provider.note}\n\n${SOURCE}` : SOURCE,
      }),
    );
    ids.push(entry.id);
  }
  // The demo world's own (invented) provider, linked so its quality officer can share the date.
  const haven = await createEntry(
    platform,
    actor,
    entryInput.parse({
      name: 'Jeugdzorg De Haven (demo)',
      careKind: 'both',
      targetGroups: ['girls', 'boys', 'lvb'],
      programmes: ['Traumagerichte behandeling in fasen (demo)'],
      regions: ['Kustregio'],
      capacity: 12,
      qualityFramework: 'yes',
      nationalAvailability: false,
      notes: 'Verzonnen aanbieder van de demo-omgeving. Contactgegevens zijn bewust leeg gelaten.',
      linkedSlug: providerSlug,
    }),
  );
  ids.push(haven.id);
  return ids;
}
