// Who may do what with the staff expertise register and the policies register,
// and the one way in: the decision, then the work in the organisation's scope
// (row-level security applies) in one transaction with its audit event. A
// refusal is audited and committed before the error is thrown.
//
// Expertise is personal data of staff. The quality officer keeps it
// (quality.manage); those who read the organisation's quality work read it
// (quality.read); and everyone may read their own trainings and registration
// (their right of access, and the way a reminder of their own expiry reaches
// them), never change them. Policies are read by all provider staff
// (policies.read) and kept by the quality officer.
import type { Actor } from '../../../platform/authz/actor.js';
import { hasCapability } from '../../../platform/authz/roles.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';

export type QualityAction =
  /** The whole register: staff, ratios, reminders, anyone's trainings. */
  | { on: 'expertise'; do: 'read' }
  | { on: 'expertise'; do: 'manage' }
  /** One person's trainings and registration. */
  | { on: 'expertise'; do: 'readPerson'; userId: string }
  | { on: 'policies'; do: 'read' }
  | { on: 'policies'; do: 'manage' };

/** Deny by default: an action not named here is refused. */
export function can(actor: Actor, action: QualityAction): boolean {
  switch (action.on) {
    case 'expertise':
      if (action.do === 'manage') return hasCapability(actor.roles, 'quality.manage');
      if (action.do === 'read') return hasCapability(actor.roles, 'quality.read');
      if (action.do === 'readPerson') return action.userId === actor.userId || hasCapability(actor.roles, 'quality.read');
      return false;
    case 'policies':
      if (action.do === 'manage') return hasCapability(actor.roles, 'quality.manage');
      if (action.do === 'read') return hasCapability(actor.roles, 'policies.read');
      return false;
    default:
      return false;
  }
}

const REFUSED = Symbol('refused');

/**
 * The action may depend on the record (whose certificate is this?): then it is
 * worked out inside the same transaction, before the decision.
 */
export async function inQuality<T>(
  { database }: Pick<Platform, 'database'>,
  actor: Actor,
  action: QualityAction | ((tx: Tx) => Promise<QualityAction>),
  attempted: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    const decided = typeof action === 'function' ? await action(tx) : action;
    if (!can(actor, decided)) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: decided.on, details: { attempted } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

export const iso = (value: Date | string) => new Date(value).toISOString();

export const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export async function userNames(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
