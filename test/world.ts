// A small fixed world for integration tests: two providers, a user per role in
// the first, a case worker in the second, and youths with known case teams.
import { Secret } from 'otpauth';
import { SecretBox } from '../server/src/platform/crypto.js';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { seedOrganisation, seedTeam, seedUser, seedYouth } from '../server/src/platform/db/seed.js';
import type { Role } from '../server/src/platform/authz/roles.js';
import type { Harness } from './harness.js';
import { ApiClient } from './client.js';

export const PASSWORD = 'een lang genoeg wachtwoord';

export interface WorldUser {
  id: string;
  email: string;
  totpSecret: string;
  organisationId: string;
  roles: Role[];
}

export interface World {
  orgA: string;
  orgB: string;
  /** Two police units: disclosures from org A go to the first; the second must see nothing. */
  policeP: string;
  policeQ: string;
  /** Two inspectorates: rounds of the first must stay invisible to the second. */
  inspectorateI: string;
  inspectorateJ: string;
  /** Two municipalities and a regional care coordination, for the municipal work. */
  municipalityM: string;
  municipalityN: string;
  regionR: string;
  users: Record<string, WorldUser>;
  /** Youth in org A whose case team is caseWorkerA and leadA. */
  youthA: string;
  /** Youth in org A whose case team is leadA only. */
  youthA2: string;
  /** Youth in org B, case team caseWorkerB. */
  youthB: string;
  signIn(userKey: string): Promise<ApiClient>;
}

export async function buildWorld(h: Harness): Promise<World> {
  const secrets = new SecretBox(h.secretKey);
  const passwordHash = await hashPassword(PASSWORD);
  const orgA = await seedOrganisation(h.database, { name: 'Zorgaanbieder A', slug: 'zorg-a', kind: 'provider' });
  const orgB = await seedOrganisation(h.database, { name: 'Zorgaanbieder B', slug: 'zorg-b', kind: 'provider' });
  const policeP = await seedOrganisation(h.database, { name: 'Politie eenheid P', slug: 'politie-p', kind: 'police' });
  const policeQ = await seedOrganisation(h.database, { name: 'Politie eenheid Q', slug: 'politie-q', kind: 'police' });
  const inspectorateI = await seedOrganisation(h.database, { name: 'Inspectie I', slug: 'inspectie-i', kind: 'inspectorate' });
  const inspectorateJ = await seedOrganisation(h.database, { name: 'Inspectie J', slug: 'inspectie-j', kind: 'inspectorate' });
  const municipalityM = await seedOrganisation(h.database, { name: 'Gemeente M', slug: 'gemeente-m', kind: 'municipality' });
  const municipalityN = await seedOrganisation(h.database, { name: 'Gemeente N', slug: 'gemeente-n', kind: 'municipality' });
  const regionR = await seedOrganisation(h.database, { name: 'Zorgcoördinatie R', slug: 'regio-r', kind: 'regionalCoordination' });
  const teamA = await seedTeam(h.database, orgA, 'Team Noord');
  const users: Record<string, WorldUser> = {};
  const add = async (key: string, organisationId: string, roles: Role[]) => {
    const totpSecret = new Secret({ size: 20 }).base32;
    const email = `${key.toLowerCase()}@example.org`;
    const id = await seedUser(h.database, secrets, {
      organisationId,
      email,
      displayName: key,
      roles,
      password: PASSWORD,
      passwordHash,
      totpSecret,
      teamIds: organisationId === orgA ? [teamA] : [],
    });
    users[key] = { id, email, totpSecret, organisationId, roles };
  };
  await add('caseWorkerA', orgA, ['caseWorker']);
  await add('leadA', orgA, ['leadProfessional']);
  await add('outsiderA', orgA, ['caseWorker']);
  await add('designatedA', orgA, ['designatedOfficer']);
  await add('safetyA', orgA, ['safetyOfficer']);
  await add('qualityA', orgA, ['qualityOfficer']);
  await add('adminA', orgA, ['orgAdmin']);
  await add('caseWorkerB', orgB, ['caseWorker']);
  await add('adminB', orgB, ['orgAdmin']);
  await add('liaisonP', policeP, ['policeLiaison']);
  await add('liaisonQ', policeQ, ['policeLiaison']);
  await add('inspectorI', inspectorateI, ['inspector']);
  await add('inspectorJ', inspectorateJ, ['inspector']);
  await add('policyM', municipalityM, ['policyOfficer']);
  await add('policyN', municipalityN, ['policyOfficer']);
  await add('coordinatorR', regionR, ['careCoordinator']);
  const youthA = await seedYouth(h.database, {
    organisationId: orgA,
    firstName: 'Sanne',
    lastName: 'de Vries',
    dateOfBirth: '2010-04-12',
    caseTeam: [{ userId: users.caseWorkerA!.id, teamRole: 'lead' }, { userId: users.leadA!.id }],
  });
  const youthA2 = await seedYouth(h.database, {
    organisationId: orgA,
    firstName: 'Noor',
    lastName: 'Bakker',
    dateOfBirth: '2009-09-01',
    caseTeam: [{ userId: users.leadA!.id, teamRole: 'lead' }],
  });
  const youthB = await seedYouth(h.database, {
    organisationId: orgB,
    firstName: 'Lisa',
    lastName: 'Jansen',
    dateOfBirth: '2011-01-20',
    caseTeam: [{ userId: users.caseWorkerB!.id, teamRole: 'lead' }],
  });
  return {
    orgA,
    orgB,
    policeP,
    policeQ,
    inspectorateI,
    inspectorateJ,
    municipalityM,
    municipalityN,
    regionR,
    users,
    youthA,
    youthA2,
    youthB,
    async signIn(userKey) {
      const user = users[userKey];
      if (!user) throw new Error(`no user ${userKey}`);
      // Tests sign the same person in several times within one 30-second step;
      // the replay guard (tested on its own in auth.int.test.ts) is reset here.
      await h.database.unsafeSystemQuery.updateTable('users').set({ totp_last_step: null }).where('id', '=', user.id).execute();
      const client = new ApiClient(h.baseUrl);
      await client.signIn(user.email, PASSWORD, user.totpSecret);
      return client;
    },
  };
}
