// Builds worlds directly in the database, as the system: for the demo loader,
// the tests and the benchmark. Never reachable from HTTP.
import type { Role } from '../authz/roles.js';
import { hashPassword } from '../auth/passwords.js';
import { hashRecoveryCode, newRecoveryCodes } from '../auth/totp.js';
import type { SecretBox } from '../crypto.js';
import type { Database } from './database.js';

export async function seedOrganisation(
  database: Database,
  input: { name: string; slug: string; kind: string; isDemo?: boolean },
): Promise<string> {
  const row = await database.unsafeSystemQuery
    .insertInto('organisations')
    .values({ name: input.name, slug: input.slug, kind: input.kind, is_demo: input.isDemo ?? false })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function seedTeam(database: Database, organisationId: string, name: string): Promise<string> {
  const row = await database.unsafeSystemQuery
    .insertInto('teams')
    .values({ organisation_id: organisationId, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface SeedUser {
  organisationId: string;
  email: string;
  displayName: string;
  roles: Role[];
  password: string;
  /** Base32 TOTP secret; when given the user is enrolled already. */
  totpSecret?: string;
  teamIds?: string[];
  /** A precomputed argon2 hash of password, to seed many users quickly. */
  passwordHash?: string;
}

export async function seedUser(database: Database, secrets: SecretBox, input: SeedUser): Promise<string> {
  const passwordHash = input.passwordHash ?? (await hashPassword(input.password));
  return database.unsafeSystemTransaction(async (tx) => {
    const user = await tx
      .insertInto('users')
      .values({
        organisation_id: input.organisationId,
        email: input.email.toLowerCase(),
        display_name: input.displayName,
        password_hash: passwordHash,
        totp_secret_sealed: input.totpSecret ? secrets.seal(input.totpSecret) : null,
        totp_enabled: !!input.totpSecret,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.roles.length > 0) {
      await tx
        .insertInto('user_roles')
        .values(input.roles.map((role) => ({ user_id: user.id, organisation_id: input.organisationId, role })))
        .execute();
    }
    for (const teamId of input.teamIds ?? []) {
      await tx.insertInto('team_members').values({ team_id: teamId, user_id: user.id, organisation_id: input.organisationId }).execute();
    }
    if (input.totpSecret) {
      await tx
        .insertInto('recovery_codes')
        .values(newRecoveryCodes().map((c) => ({ user_id: user.id, code_hash: hashRecoveryCode(c) })))
        .execute();
    }
    return user.id;
  });
}

export interface SeedYouth {
  organisationId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender?: string;
  livingSituation?: string;
  legalFramework?: string;
  lvbIndication?: string;
  caseTeam: { userId: string; teamRole?: 'lead' | 'member' }[];
}

export async function seedYouth(database: Database, input: SeedYouth): Promise<string> {
  return database.unsafeSystemTransaction(async (tx) => {
    const youth = await tx
      .insertInto('youths')
      .values({
        organisation_id: input.organisationId,
        first_name: input.firstName,
        last_name: input.lastName,
        date_of_birth: input.dateOfBirth,
        gender: input.gender ?? 'female',
        living_situation: input.livingSituation ?? 'openResidential',
        legal_framework: input.legalFramework ?? 'voluntary',
        lvb_indication: input.lvbIndication ?? 'unknown',
        created_by: input.caseTeam[0]?.userId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.caseTeam.length > 0) {
      await tx
        .insertInto('case_team_members')
        .values(
          input.caseTeam.map((m) => ({
            youth_id: youth.id,
            user_id: m.userId,
            organisation_id: input.organisationId,
            team_role: m.teamRole ?? 'member',
            added_by: input.caseTeam[0]!.userId,
          })),
        )
        .execute();
    }
    return youth.id;
  });
}
