// The fictitious demo world: a youth-care provider with two teams, a
// municipality, a police unit, a regional care coordination and the
// inspectorate, an account for every role, twelve youths with notes. Every name
// and fact is invented. Used by `npm run demo` and the browser journeys.
import { sql } from 'kysely';
import type { SecretBox } from '../crypto.js';
import { recordAudit } from '../audit/audit.js';
import type { Role } from '../authz/roles.js';
import type { Database } from './database.js';
import { seedOrganisation, seedTeam, seedUser, seedYouth } from './seed.js';

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

export async function loadDemoWorld(database: Database, secrets: SecretBox, password: string, passwordHash: string): Promise<void> {
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
  await user(provider, 'veiligheid@dehaven.demo', 'Joris Veiligheid', ['safetyOfficer']);
  await user(provider, 'kwaliteit@dehaven.demo', 'Ingrid Kwaliteit', ['qualityOfficer']);
  await user(provider, 'beheer@dehaven.demo', 'Bram Beheer', ['orgAdmin']);
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
  await database.unsafeSystemTransaction((tx) =>
    recordAudit(tx, { organisationId: provider, ip: null, userAgent: 'npm run demo' }, {
      action: 'setup.completed',
      recordType: 'organisation',
      recordId: provider,
      details: { demo: true },
    }),
  );
}
