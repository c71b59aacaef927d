// Opens the configured database for a command-line tool, migrated.
import { join } from 'node:path';
import { loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';

export async function openConfiguredDatabase() {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: join(config.DATA_DIR, 'pglite'),
    poolSize: 2,
  });
  await migrate(database);
  return { config, database };
}
