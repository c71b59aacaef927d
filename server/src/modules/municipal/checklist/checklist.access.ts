// The one way into the municipal checklist: the policy decides, then the work
// runs in the organisation's scope (row-level security lets it reach its own
// checklists and those its municipality takes part in), in one transaction
// with its audit event. A refusal is audited and committed before the error.
import { sql } from 'kysely';
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { can, type ChecklistAction } from './checklist.policy.js';
import './checklist.tables.js';

const REFUSED = Symbol('refused');

export async function inChecklist<T>(
  { database }: Pick<Platform, 'database'>,
  actor: Actor,
  action: ChecklistAction,
  attempted: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    if (!can(actor, action).allowed) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'municipalChecklist', details: { attempted } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

export const iso = (value: Date | string) => new Date(value).toISOString();
export const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** Timestamps travel to the client with millisecond precision; the version check compares those. */
export function sameVersion(stored: Date | string, sent: string): boolean {
  const time = new Date(sent).getTime();
  return !Number.isNaN(time) && new Date(stored).getTime() === time;
}

export const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export interface ChecklistRow {
  id: string;
  organisation_id: string;
  year: number;
  pack_version: string;
  region_name: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The checklist, when the actor's municipality owns it or takes part in it (row-level security decides); NOT_FOUND otherwise. */
export async function visibleChecklist(tx: Tx, id: string, opts: { forUpdate?: boolean } = {}): Promise<ChecklistRow> {
  let query = tx.selectFrom('municipal_checklists').select(['id', 'organisation_id', 'year', 'pack_version', 'region_name', 'created_at', 'updated_at']).where('id', '=', id);
  if (opts.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The signed-in person's name and municipality's name, kept with what they change. */
export async function whoIs(tx: Tx, actor: Actor): Promise<{ name: string; organisation: string }> {
  const { rows } = await sql<{ name: string; organisation: string }>`
    SELECT u.display_name AS name, o.name AS organisation
    FROM users u JOIN organisations o ON o.id = u.organisation_id
    WHERE u.id = ${actor.userId} AND o.id = ${actor.organisationId}`.execute(tx);
  return rows[0] ?? { name: '', organisation: '' };
}

/** Name and short name of a municipality that owns or takes part in a checklist this organisation sees. */
export async function municipalityNames(tx: Tx, ids: string[]): Promise<Map<string, { name: string; slug: string }>> {
  const names = new Map<string, { name: string; slug: string }>();
  for (const id of new Set(ids)) {
    const { rows } = await sql<{ name: string; slug: string }>`SELECT name, slug FROM checklist_municipality(${id}::uuid)`.execute(tx);
    if (rows[0]) names.set(id, rows[0]);
  }
  return names;
}
