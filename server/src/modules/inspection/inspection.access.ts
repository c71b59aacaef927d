// The one way into the inspection data: the policy decides, then the work runs
// in the inspectorate's scope (row-level security applies), in one transaction
// with its audit event. A refusal is audited and committed before the error
// is thrown, so it stays on record.
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AuditAction } from '../../platform/audit/actions.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { can } from './inspection.policy.js';
import './inspection.tables.js';

const REFUSED = Symbol('refused');

/** What the services need of the platform (the demo calls them with just these). */
export type InspectionPlatform = Pick<Platform, 'database' | 'content'>;

export async function inInspection<T>(platform: InspectionPlatform, actor: Actor, attempted: AuditAction, work: (tx: Tx) => Promise<T>): Promise<T> {
  const outcome = await platform.database.inOrganisation(actor.organisationId, async (tx) => {
    if (!can(actor, 'conduct').allowed) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'inspection', details: { attempted } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

export const iso = (value: Date | string) => new Date(value).toISOString();

/** Timestamps travel to the client with millisecond precision; the version check compares those. */
export function sameVersion(stored: Date | string, sent: string | null): boolean {
  if (sent === null) return false;
  const time = new Date(sent).getTime();
  return !Number.isNaN(time) && new Date(stored).getTime() === time;
}

export async function userNames(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
