// The use cases every kind of case record shares: list, create, update, sign
// off, and read a record's history. Each runs through onCaseFile (policy and
// refusal audit), in one transaction with its history snapshot and audit event.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { fileAudit, onCaseFile, type FileAccess } from '../fileAccess.js';
import { columnOf, type KindContext, type RecordKind } from './recordKind.js';

type Row = Record<string, unknown>;
export interface RecordOutput {
  id: string;
  createdAt: string;
  createdByName: string | null;
  updatedAt: string;
  updatedByName: string | null;
  signedOffAt?: string | null;
  signedOffByName?: string | null;
  [field: string]: unknown;
}

// Table and column names come from kind declarations in code, never from a request.
const anyTable = (tx: Tx) => tx as unknown as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value === null || value === undefined ? null : new Date(String(value)).toISOString());

export function present(kind: RecordKind, row: Row, names: Record<string, string | null> = {}): RecordOutput {
  const out: Record<string, unknown> = { id: kind.singleton ? row.youth_id : row.id };
  for (const [field, spec] of Object.entries(kind.fields)) {
    const { column, json } = columnOf(spec as string);
    const value = row[column];
    out[field] = json && typeof value === 'string' ? JSON.parse(value) : value;
  }
  for (const [field, column] of Object.entries(kind.derived ?? {})) out[field] = row[column];
  out.createdAt = iso(row.created_at);
  out.updatedAt = iso(row.updated_at);
  out.createdByName = names.created ?? null;
  out.updatedByName = names.updated ?? null;
  if (kind.signOff) {
    out.signedOffAt = iso(row.signed_off_at);
    out.signedOffByName = names.signedOff ?? null;
  }
  return out as unknown as RecordOutput;
}

function toColumns(kind: RecordKind, input: Row): Row {
  const columns: Row = {};
  for (const [field, spec] of Object.entries(kind.fields)) {
    const { column, json } = columnOf(spec as string);
    const value = input[field];
    columns[column] = json ? JSON.stringify(value ?? null) : (value ?? null);
  }
  return columns;
}

async function userNames(tx: Tx, ids: unknown[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

async function presentAll(tx: Tx, kind: RecordKind, rows: Row[]): Promise<RecordOutput[]> {
  const names = await userNames(tx, rows.flatMap((r) => [r.created_by, r.updated_by, r.signed_off_by]));
  const name = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? null) : null);
  return rows.map((r) => present(kind, r, { created: name(r.created_by), updated: name(r.updated_by), signedOff: name(r.signed_off_by) }));
}

async function context(tx: Tx, platform: Platform, actor: Actor, youthId: string): Promise<KindContext> {
  const youth = await tx.selectFrom('youths').select(['id', 'date_of_birth']).where('id', '=', youthId).executeTakeFirstOrThrow();
  return { tx, actor, youth: { id: youth.id, dateOfBirth: youth.date_of_birth }, content: platform.content };
}

async function snapshot(tx: Tx, actor: Actor, kind: RecordKind, youthId: string, change: 'created' | 'updated' | 'signedOff', output: RecordOutput) {
  await tx
    .insertInto('case_record_history')
    .values({
      organisation_id: actor.organisationId,
      youth_id: youthId,
      record_kind: kind.name,
      record_id: output.id,
      change,
      snapshot: JSON.stringify(output),
      changed_by: actor.userId,
    })
    .execute();
}

function sameVersion(row: Row, updatedAt: string | null): boolean {
  // Timestamps travel to the client with millisecond precision.
  return updatedAt !== null && iso(row.updated_at) === new Date(updatedAt).toISOString();
}

function changedFields(kind: RecordKind, before: Row, after: Row): string[] {
  return Object.entries(kind.fields)
    .filter(([, spec]) => {
      const { column } = columnOf(spec as string);
      return JSON.stringify(before[column] ?? null) !== JSON.stringify(after[column] ?? null);
    })
    .map(([field]) => field);
}

function audit(tx: Tx, actor: Actor, kind: RecordKind, youthId: string, access: FileAccess, verb: 'listed' | 'created' | 'updated' | 'signedOff', recordId: string | null, details?: Record<string, unknown>) {
  return recordAudit(
    tx,
    actor,
    fileAudit(youthId, access.facts, access.via, { action: `${kind.name}.${verb}`, recordType: kind.name, recordId, ...(details ? { details } : {}) }),
  );
}

export async function listRecords(platform: Platform, actor: Actor, youthId: string, kind: RecordKind): Promise<RecordOutput[]> {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const rows = await anyTable(tx)
      .selectFrom(kind.table)
      .selectAll()
      .where('youth_id', '=', youthId)
      .where('organisation_id', '=', actor.organisationId)
      .orderBy(kind.orderBy as never)
      .limit(1000)
      .execute();
    await audit(tx, actor, kind, youthId, access, 'listed', null, { count: rows.length });
    return presentAll(tx, kind, rows);
  });
}

export async function readSingleton(platform: Platform, actor: Actor, youthId: string, kind: RecordKind): Promise<RecordOutput | null> {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const row = await anyTable(tx).selectFrom(kind.table).selectAll().where('youth_id', '=', youthId).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
    await audit(tx, actor, kind, youthId, access, 'listed', null, { count: row ? 1 : 0 });
    return row ? ((await presentAll(tx, kind, [row]))[0] ?? null) : null;
  });
}

/** Creates a record inside a caller's transaction that has passed the file's policy (a return that records its medical check). */
export async function createIn(tx: Tx, platform: Platform, actor: Actor, youthId: string, kind: RecordKind, access: FileAccess, input: Row): Promise<RecordOutput> {
  const ctx = await context(tx, platform, actor, youthId);
  await kind.check?.(input, ctx, null);
  const derived = (await kind.derive?.(input, ctx, null)) ?? {};
  const extra = (await kind.beforeCreate?.(ctx)) ?? {};
  let insert = anyTable(tx)
    .insertInto(kind.table)
    .values({
      organisation_id: actor.organisationId,
      youth_id: youthId,
      created_by: actor.userId,
      updated_by: actor.userId,
      ...toColumns(kind, input),
      ...derived,
      ...extra,
    });
  // Two first saves of a singleton at once: the second finds the row taken and is told so.
  if (kind.singleton) insert = insert.onConflict((oc) => oc.column('youth_id').doNothing());
  const row = await insert.returningAll().executeTakeFirst();
  if (!row) throw new AppError('EDIT_CONFLICT');
  const [output] = await presentAll(tx, kind, [row]);
  await snapshot(tx, actor, kind, youthId, 'created', output!);
  await audit(tx, actor, kind, youthId, access, 'created', output!.id);
  return output!;
}

export async function createRecord(platform: Platform, actor: Actor, youthId: string, kind: RecordKind, input: Row): Promise<RecordOutput> {
  return onCaseFile(platform, actor, youthId, 'update', (tx, access) => createIn(tx, platform, actor, youthId, kind, access, input));
}

async function lockedRow(tx: Tx, actor: Actor, youthId: string, kind: RecordKind, recordId: string): Promise<Row | undefined> {
  const row = await anyTable(tx)
    .selectFrom(kind.table)
    .selectAll()
    .where(kind.singleton ? 'youth_id' : 'id', '=', recordId)
    .where('youth_id', '=', youthId)
    .where('organisation_id', '=', actor.organisationId)
    .forUpdate()
    .executeTakeFirst();
  if (row && kind.signOff && row.signed_off_at) throw new AppError('SIGNED_OFF');
  return row;
}

async function updateIn(
  tx: Tx,
  platform: Platform,
  actor: Actor,
  youthId: string,
  kind: RecordKind,
  access: FileAccess,
  existing: Row,
  input: Row & { updatedAt: string | null },
): Promise<RecordOutput> {
  if (!sameVersion(existing, input.updatedAt)) throw new AppError('EDIT_CONFLICT');
  const ctx = await context(tx, platform, actor, youthId);
  await kind.check?.(input, ctx, existing);
  const derived = (await kind.derive?.(input, ctx, existing)) ?? {};
  const key = kind.singleton ? 'youth_id' : 'id';
  const row = await anyTable(tx)
    .updateTable(kind.table)
    .set({ ...toColumns(kind, input), ...derived, updated_by: actor.userId, updated_at: sql`now()` })
    .where(key, '=', existing[key] as string)
    .where('organisation_id', '=', actor.organisationId)
    .returningAll()
    .executeTakeFirstOrThrow();
  const [output] = await presentAll(tx, kind, [row]);
  await snapshot(tx, actor, kind, youthId, 'updated', output!);
  // Field names only: the values stay out of the trail (they are in the history, behind the file's access).
  await audit(tx, actor, kind, youthId, access, 'updated', output!.id, { changed: changedFields(kind, existing, row) });
  return output!;
}

export async function updateRecord(
  platform: Platform,
  actor: Actor,
  youthId: string,
  kind: RecordKind,
  recordId: string,
  input: Row & { updatedAt: string },
): Promise<RecordOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const existing = await lockedRow(tx, actor, youthId, kind, recordId);
    if (!existing) throw new AppError('NOT_FOUND');
    return updateIn(tx, platform, actor, youthId, kind, access, existing, input);
  });
}

/** A singleton (one per file): created the first time, updated after that, with the same version check. */
export async function saveSingleton(
  platform: Platform,
  actor: Actor,
  youthId: string,
  kind: RecordKind,
  input: Row & { updatedAt: string | null },
): Promise<RecordOutput> {
  return onCaseFile(platform, actor, youthId, 'update', async (tx, access) => {
    const existing = await lockedRow(tx, actor, youthId, kind, youthId);
    if (existing) return updateIn(tx, platform, actor, youthId, kind, access, existing, input);
    if (input.updatedAt !== null) throw new AppError('EDIT_CONFLICT');
    return createIn(tx, platform, actor, youthId, kind, access, input);
  });
}

export async function signOffRecord(platform: Platform, actor: Actor, youthId: string, kind: RecordKind, recordId: string, updatedAt: string): Promise<RecordOutput> {
  return onCaseFile(platform, actor, youthId, 'signOff', async (tx, access) => {
    const existing = await lockedRow(tx, actor, youthId, kind, recordId);
    if (!existing) throw new AppError('NOT_FOUND');
    if (!sameVersion(existing, updatedAt)) throw new AppError('EDIT_CONFLICT');
    const row = await anyTable(tx)
      .updateTable(kind.table)
      .set({ signed_off_by: actor.userId, signed_off_at: sql`now()`, updated_by: actor.userId, updated_at: sql`now()` })
      .where('id', '=', recordId)
      .where('organisation_id', '=', actor.organisationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const [output] = await presentAll(tx, kind, [row]);
    await snapshot(tx, actor, kind, youthId, 'signedOff', output!);
    await audit(tx, actor, kind, youthId, access, 'signedOff', output!.id);
    return output!;
  });
}

export async function readHistory(platform: Platform, actor: Actor, youthId: string, recordId: string) {
  return onCaseFile(platform, actor, youthId, 'read', async (tx, access) => {
    const rows = await tx
      .selectFrom('case_record_history as h')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.record_kind', 'h.change', 'h.snapshot', 'h.changed_at', 'u.display_name'])
      .where('h.youth_id', '=', youthId)
      .where('h.record_id', '=', recordId)
      .where('h.organisation_id', '=', actor.organisationId)
      .orderBy('h.id', 'desc')
      .limit(500)
      .execute();
    await recordAudit(tx, actor, fileAudit(youthId, access.facts, access.via, { action: 'recordHistory.read', recordType: rows[0]?.record_kind ?? 'record', recordId }));
    return rows.map((r) => ({
      kind: r.record_kind,
      change: r.change,
      changedAt: new Date(r.changed_at).toISOString(),
      changedByName: r.display_name,
      snapshot: (typeof r.snapshot === 'string' ? JSON.parse(r.snapshot) : r.snapshot) as Record<string, unknown>,
    }));
  });
}
