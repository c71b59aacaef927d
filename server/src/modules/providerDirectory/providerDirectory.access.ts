// The one way into the directory: the policy decides, then the work runs in
// the actor's organisation scope (so every write is stamped with it, see
// migration 0021), in one transaction with its audit event. A refusal is
// audited and committed before the error is thrown, so it stays on record.
import type { Actor } from '../../platform/authz/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { can, type ProviderDirectoryAction } from './providerDirectory.policy.js';

const REFUSED = Symbol('refused');

export async function inProviderDirectory<T>(
  { database }: Pick<Platform, 'database'>,
  actor: Actor,
  action: ProviderDirectoryAction,
  attempted: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    if (!can(actor, action).allowed) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'providerDirectory', details: { attempted } });
      return REFUSED;
    }
    return { value: await work(tx) };
  });
  if (outcome === REFUSED) throw new AppError('FORBIDDEN');
  return outcome.value;
}
