// Access to one youth's file, for every use case on it: read the access facts,
// ask the policy, audit a refusal, and hand the work its access route. Shared
// by the core case file and every kind of record kept in it.
import type { Actor } from '../../platform/authz/actor.js';
import { hasCapability } from '../../platform/authz/roles.js';
import { recordAudit, type AuditEntry } from '../../platform/audit/audit.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/http/app-types.js';
import { can, type AccessVia, type CaseFileAction, type CaseFileFacts } from './caseFiles.policy.js';
import { findFacts } from './caseFiles.repository.js';

export interface FileAccess {
  via: AccessVia;
  facts: CaseFileFacts;
}

class Refused {
  constructor(readonly code: 'NOT_IN_CASE_TEAM' | 'FORBIDDEN' | 'ALREADY_HAS_ACCESS' | 'FILE_CLOSED') {}
}

const WRITE_ACTIONS: readonly CaseFileAction[] = ['update', 'addJournalEntry', 'manageCaseTeam', 'signOff'];

/** Why an action was refused, in words that help: not the policy's inner workings, but what the user can do. */
export function refusalFor(actor: Actor, action: CaseFileAction, facts?: CaseFileFacts): Refused {
  if (!hasCapability(actor.roles, 'caseData.access')) return new Refused('FORBIDDEN');
  if (action === 'breakGlass') return new Refused('ALREADY_HAS_ACCESS');
  // "Closed" is the answer only for someone who could have made the change on an open file.
  if (facts?.closed && WRITE_ACTIONS.includes(action) && can(actor, action, { ...facts, closed: false }).allowed) return new Refused('FILE_CLOSED');
  const canRead = facts && can(actor, 'read', facts).allowed;
  if (canRead && action === 'signOff' && !hasCapability(actor.roles, 'caseFile.signOff')) return new Refused('FORBIDDEN');
  // A case-data role outside the team: the answer points to break-the-glass, but
  // only for reading; changing the file stays with its case team.
  return new Refused('NOT_IN_CASE_TEAM');
}

/**
 * Runs one use case on one youth's file. The refusal is written to the audit
 * trail in the same transaction and the error thrown after it commits, so a
 * denied attempt is on record without anything else changing.
 */
export async function onCaseFile<T>(
  { database }: Platform,
  actor: Actor,
  youthId: string,
  action: CaseFileAction,
  work: (tx: Tx, access: FileAccess) => Promise<T>,
): Promise<T> {
  const outcome = await database.inOrganisation(actor.organisationId, async (tx) => {
    // A write holds the file's row (FOR SHARE) until it commits, so closing the
    // file waits for writes already under way and none slips in after it.
    const found = await findFacts(tx, actor, youthId, WRITE_ACTIONS.includes(action));
    if (!found) throw new AppError('NOT_FOUND');
    const decision = can(actor, action, found.facts);
    if (!decision.allowed) {
      await recordAudit(tx, actor, { action: 'access.denied', outcome: 'denied', recordType: 'youth', recordId: youthId, youthId, details: { attempted: action } });
      return refusalFor(actor, action, found.facts);
    }
    return work(tx, { via: decision.via as AccessVia, facts: found.facts });
  });
  if (outcome instanceof Refused) throw new AppError(outcome.code);
  return outcome;
}

export function fileAudit(youthId: string, facts: CaseFileFacts, via: AccessVia, entry: Omit<AuditEntry, 'youthId'>): AuditEntry {
  return {
    recordType: 'youth',
    recordId: youthId,
    ...entry,
    youthId,
    breakGlassId: via === 'breakGlass' ? facts.breakGlassId : null,
    purpose: entry.purpose ?? (via === 'breakGlass' ? 'breakGlass' : via),
  };
}

