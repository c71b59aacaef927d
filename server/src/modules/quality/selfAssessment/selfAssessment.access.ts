// The one way into the self-assessment: the policy decides, then the work runs
// in the organisation's scope (row-level security applies), in one transaction
// with its audit event. A refusal is audited and committed before the error is
// thrown, so it stays on record.
import type { Actor } from '../../../platform/authz/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/http/app-types.js';
import { can, type SelfAssessmentAction } from './selfAssessment.policy.js';
import './selfAssessment.tables.js';

const REFUSED = Symbol('refused');

export async function inSelfAssessment<T>(
  { database }: Pick<Platform, 'database'>,
  actor: Actor,
  action: SelfAssessmentAction,
  attempted: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    if (!can(actor, action).allowed) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'selfAssessment', details: { attempted } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}

export const iso = (value: Date | string) => new Date(value).toISOString();

/** Timestamps travel to the client with millisecond precision; the version check compares those. */
export function sameVersion(stored: Date | string, sent: string): boolean {
  const time = new Date(sent).getTime();
  return !Number.isNaN(time) && new Date(stored).getTime() === time;
}

export const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
