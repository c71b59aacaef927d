// One query layer (Kysely) over two engines: embedded PGlite in DATA_DIR, or a
// PostgreSQL server through DATABASE_URL. Same SQL, same migrations.
//
// Three ways in, and only three:
// - inOrganisation: one transaction as role baken_app with app.organisation_id
//   set, so row-level security applies on top of the organisation filter in
//   each query.
// - oneStatementInOrganisation: the same scope for a single statement that is
//   its own transaction (an audited read: the read and its audit insert as one
//   data-modifying statement). On PostgreSQL it saves the BEGIN and COMMIT
//   round trips, which are most of the cost of a read (DESIGN.md, Performance).
// - unsafeSystemTransaction / unsafeSystemQuery: as the table owner, across
//   organisations. For sign-in look-ups, the audit sealer, setup and seeding only.
//
// On PostgreSQL organisation work runs on a pool of its own whose connections
// are baken_app for their whole life; the organisation id is set on a
// connection when it is reserved for a different organisation than last time
// (outside any transaction, so a rollback cannot undo it), and never reused
// without that check.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { CompiledQuery, Kysely, PostgresDialect, sql, type DatabaseConnection } from 'kysely';
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
  /**
   * Runs fn, which issues exactly one statement, scoped to the organisation (RLS
   * applies). The statement is its own transaction: everything that must commit
   * together (a read and its audit event) belongs in that one statement.
   */
  oneStatementInOrganisation<T>(organisationId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs fn in one transaction as the table owner: no RLS. Name call sites accordingly. */
  unsafeSystemTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Single statements outside a transaction, as the table owner (session look-up, health). */
  unsafeSystemQuery: Tx;
  /** Runs a multi-statement SQL script (migrations). */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
}

const organisationScope = new AsyncLocalStorage<string>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A pg client that prepares each parameterised statement once per connection
 * (named after a hash of its text), so PostgreSQL plans a query once instead of
 * on every request. Planning the case-file overview took longer than running
 * it. Statements without parameters (BEGIN, COMMIT, scripts) pass through.
 */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    // Bounded: query shapes are few, but IN lists of varying length make new texts.
    if (statementNames.size > 2000) statementNames.clear();
    name = `baken_${createHash('sha1').update(text).digest('hex')}`;
    statementNames.set(text, name);
  }
  return name;
}

class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (args.length === 2 && typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = statementName(text);
      return (super.query as unknown as (config: pg.QueryConfig) => never)({ name, text, values });
    }
    return (super.query as unknown as (...a: unknown[]) => never)(...args);
  }
}

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
  const onPoolError = () => {
    // An idle client lost its connection; the pool replaces it. Nothing to leak.
  };
  const systemPool = new pg.Pool({ connectionString: url, max: Math.max(2, Math.ceil(poolSize / 4)), Client: PreparingClient });
  systemPool.on('error', onPoolError);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: systemPool }) });

  const appPool = new pg.Pool({ connectionString: url, max: poolSize, Client: PreparingClient });
  appPool.on('error', onPoolError);
  const organisationOf = new WeakMap<DatabaseConnection, string>();
  const appDb = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: appPool,
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw(`SELECT set_config('role', 'baken_app', false)`));
      },
      onReserveConnection: async (connection) => {
        const organisationId = organisationScope.getStore();
        // Deny by default: an app connection outside an organisation scope is a bug.
        if (!organisationId) throw new Error('organisation connection reserved outside an organisation scope');
        if (organisationOf.get(connection) === organisationId) return;
        organisationOf.delete(connection);
        await connection.executeQuery(CompiledQuery.raw(`SELECT set_config('app.organisation_id', $1, false)`, [organisationId]));
        organisationOf.set(connection, organisationId);
      },
    }),
  });
  const scoped = <T>(organisationId: string, work: () => Promise<T>) => {
    assertUuid(organisationId);
    return organisationScope.run(organisationId, work);
  };

  return {
    engine: 'postgres',
    unsafeSystemQuery: db,
    inOrganisation: (organisationId, fn) =>
      scoped(organisationId, () => runInTransaction(appDb, fn, (conn) => sql.raw('BEGIN').execute(conn).then(() => {}))),
    oneStatementInOrganisation: (organisationId, fn) => scoped(organisationId, () => appDb.connection().execute(fn)),
    unsafeSystemTransaction: (fn) => runInTransaction(db, fn, (conn) => sql.raw('BEGIN').execute(conn).then(() => {})),
    async execScript(script) {
      const client = await systemPool.connect();
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
    close: async () => {
      await appDb.destroy();
      await db.destroy();
    },
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
  // One connection serves the system and every organisation here, so the scope
  // is set per transaction (SET LOCAL semantics) and a single statement gets one too.
  const inOrganisation = <T>(organisationId: string, fn: (tx: Tx) => Promise<T>) =>
    runInTransaction(db, fn, async (conn) => {
      assertUuid(organisationId);
      await sql.raw('BEGIN').execute(conn);
      await sql`SELECT set_config('role', 'baken_app', true), set_config('app.organisation_id', ${organisationId}, true)`.execute(conn);
    });
  return {
    engine: 'pglite',
    unsafeSystemQuery: db,
    inOrganisation,
    oneStatementInOrganisation: inOrganisation,
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
