// The case-file access rule exists twice: fileAccess in TypeScript, and
// fileAccessSql for reads that decide and audit in one statement. This test
// evaluates the SQL form in the database for every combination of roles and
// facts and requires the same answer as the TypeScript form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { ROLES, type Role } from '../server/src/platform/authz/roles.js';
import type { Actor } from '../server/src/platform/authz/actor.js';
import { fileAccess, fileAccessSql } from '../server/src/modules/caseFiles/caseFiles.policy.js';
import { freshDatabase } from './harness.js';
import type { Database } from '../server/src/platform/db/database.js';

describe('fileAccessSql', () => {
  let database: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ database, drop } = await freshDatabase());
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('decides exactly as fileAccess for every role set and fact', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...ROLES] as Role[]),
        fc.boolean(),
        fc.option(fc.constant('0b0e6f1e-4a52-4d3c-9b0e-2f7f3c2a9d11'), { nil: null }),
        async (roles, inCaseTeam, breakGlassId) => {
          const actor: Actor = { userId: 'u', organisationId: 'o', organisationKind: 'provider', roles, sessionId: 's', ip: null, userAgent: null };
          const { rows } = await sql<{ via: string | null }>`SELECT ${fileAccessSql(actor, sql<boolean>`${inCaseTeam}::boolean`, sql<string | null>`${breakGlassId}::uuid`)} AS via`.execute(
            database.unsafeSystemQuery,
          );
          expect(rows[0]!.via).toBe(fileAccess(actor, { inCaseTeam, breakGlassId }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
