// Versioned SQL migrations in server/migrations, applied in name order at start.
// Forward-only: a file that has been applied is never edited; add a new one.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.js';

export const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), '../../../migrations');

export async function migrate(database: Database): Promise<string[]> {
  await database.execScript(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const files = readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    const done = await sql<{ version: string }>`SELECT version FROM schema_migrations WHERE version = ${version}`.execute(
      database.unsafeSystemQuery,
    );
    if (done.rows.length > 0) continue;
    const body = readFileSync(join(migrationsDir, file), 'utf8');
    // The advisory lock keeps two app nodes starting at once from racing; the
    // re-check inside it makes the second one a no-op.
    await database.execScript(`
      BEGIN;
      SELECT pg_advisory_xact_lock(7305553);
      DO $m$ BEGIN
        IF EXISTS (SELECT 1 FROM schema_migrations WHERE version = '${version}') THEN
          RAISE EXCEPTION 'baken-migration-already-applied';
        END IF;
      END $m$;
      ${body}
      ;
      INSERT INTO schema_migrations (version) VALUES ('${version}');
      COMMIT;`).catch((error: unknown) => {
      if (!String((error as Error).message).includes('baken-migration-already-applied')) throw error;
    });
    applied.push(version);
  }
  return applied;
}
