// One query layer (Kysely) over two engines: embedded PGlite in DATA_DIR, or a
// PostgreSQL server through DATABASE_URL. Same SQL, same migrations.
//
// Two ways into a transaction, and only two:
// - inOrganisation: as role baken_app with app.organisation_id set, so
//   row-level security applies on top of the organisation filter in each query.
// - unsafeSystemTransaction: as the table owner, across organisations. For
//   sign-in look-ups, the audit sealer, setup and the demo loader only.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';
import type { DB } from './schema.js';

export type Engine = 'pglite' | 'postgres';
export type Tx = Kysely<DB>;

export interface Database {
  engine: Engine;
  /** Runs fn in one transaction scoped to the organisation (RLS applies). */
  inOrganisation<T>(organisationId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs fn in one transaction as the table owner: no RLS. Name call sites accordingly. */
  unsafeSystemTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Single statements outside a transaction, as the table owner (session look-up, health). */
  unsafeSystemQuery: Tx;
  /** Runs a multi-statement SQL script (migrations). */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// pg: counts as numbers, dates as 'YYYY-MM-DD' strings (a date of birth has no time zone).
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1082, (v) => v);

export interface DatabaseOptions {
  databaseUrl?: string;
  /** PGlite data directory; undefined keeps the database in memory (tests). */
  dataDir?: string;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 16) : openPglite(options.dataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing to leak.
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    unsafeSystemQuery: db,
    // One round trip opens the transaction and enters the organisation: the id is
    // checked against the UUID pattern first, so it cannot carry SQL.
    inOrganisation: (organisationId, fn) =>
      runInTransaction(db, fn, async (conn) => {
        assertUuid(organisationId);
        await sql
          .raw(
            `BEGIN; SELECT set_config('role', 'baken_app', true), set_config('app.organisation_id', '${organisationId}', true)`,
          )
          .execute(conn);
      }),
    unsafeSystemTransaction: (fn) => runInTransaction(db, fn, (conn) => sql.raw('BEGIN').execute(conn).then(() => {})),
    async execScript(script) {
      const client = await pool.connect();
      try {
        await client.query(script);
      } catch (error) {
        // A failed script may leave its explicit transaction open on this client.
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir ?? 'memory://', {
    parsers: {
      [pgliteTypes.INT8]: (v: string) => Number(v),
      [pgliteTypes.DATE]: (v: string) => v,
    },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(lite) });
  return {
    engine: 'pglite',
    unsafeSystemQuery: db,
    inOrganisation: (organisationId, fn) =>
      runInTransaction(db, fn, async (conn) => {
        assertUuid(organisationId);
        await sql.raw('BEGIN').execute(conn);
        await sql`SELECT set_config('role', 'baken_app', true), set_config('app.organisation_id', ${organisationId}, true)`.execute(
          conn,
        );
      }),
    unsafeSystemTransaction: (fn) => runInTransaction(db, fn, (conn) => sql.raw('BEGIN').execute(conn).then(() => {})),
    // Through the dialect's connection so that it waits its turn behind queries in flight.
    execScript: (script) =>
      db.connection().execute(async () => {
        try {
          await lite.exec(script);
        } catch (error) {
          await lite.exec('ROLLBACK').catch(() => {});
          throw error;
        }
      }),
    close: () => db.destroy(),
  };
}

async function runInTransaction<T>(
  db: Kysely<DB>,
  fn: (tx: Tx) => Promise<T>,
  begin: (conn: Tx) => Promise<void>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await begin(conn);
    let result: T;
    try {
      result = await fn(conn);
    } catch (error) {
      await sql.raw('ROLLBACK').execute(conn).catch(() => {});
      throw error;
    }
    const { rows } = await sql.raw<{ command?: string }>('COMMIT').execute(conn);
    if (rows[0]?.command === 'ROLLBACK') throw new Error('transaction was rolled back at commit');
    return result;
  });
}

function assertUuid(value: string): void {
  if (!UUID.test(value)) throw new Error('organisation id is not a UUID');
}
