// Who may do what with a youth's case file. Deny by default: an action missing
// from the switch is refused. The facts about one file (is the actor on its case
// team, do they hold an active break-the-glass grant) are read in the same query
// as the file itself, then decided here.
import { allow, deny, type Actor, type Decision } from '../../platform/authz/actor.js';
import { sql, type RawBuilder } from 'kysely';
import { hasCapability } from '../../platform/authz/roles.js';

export type CaseFileAction =
  | 'list'
  | 'create'
  | 'searchForBreakGlass'
  | 'read'
  | 'update'
  | 'addJournalEntry'
  | 'manageCaseTeam'
  | 'breakGlass'
  | 'reviewBreakGlass'
  /** Establish a risk assessment, safety plan or care-plan analysis: a lead professional's act. */
  | 'signOff';

export interface CaseFileFacts {
  inCaseTeam: boolean;
  breakGlassId: string | null;
  /** A closed file stays readable for its retention period, but nothing in it changes. */
  closed?: boolean;
}

export type AccessVia = 'caseTeam' | 'designatedOfficer' | 'breakGlass';

export function fileAccess(actor: Actor, facts: CaseFileFacts): AccessVia | null {
  if (!hasCapability(actor.roles, 'caseData.access')) return null;
  if (facts.inCaseTeam) return 'caseTeam';
  if (hasCapability(actor.roles, 'caseFile.readAllInOrganisation')) return 'designatedOfficer';
  if (facts.breakGlassId) return 'breakGlass';
  return null;
}

/**
 * fileAccess as SQL, for reads that decide and audit in the same statement as
 * they read: the actor's capabilities are fixed here, the row's facts are the
 * given expressions. The service checks the answer against fileAccess, so the
 * two forms cannot drift apart unnoticed.
 */
export function fileAccessSql(actor: Actor, inCaseTeam: RawBuilder<boolean>, breakGlassId: RawBuilder<string | null>): RawBuilder<AccessVia | null> {
  if (!hasCapability(actor.roles, 'caseData.access')) return sql<null>`NULL::text`;
  const readsAll = hasCapability(actor.roles, 'caseFile.readAllInOrganisation');
  return sql<AccessVia | null>`CASE
    WHEN ${inCaseTeam} THEN 'caseTeam'
    WHEN ${sql.lit(readsAll)} THEN 'designatedOfficer'
    WHEN ${breakGlassId} IS NOT NULL THEN 'breakGlass'
  END`;
}

export function can(actor: Actor, action: CaseFileAction, facts?: CaseFileFacts): Decision {
  switch (action) {
    case 'list':
    case 'searchForBreakGlass':
      return hasCapability(actor.roles, 'caseData.access') ? allow('caseData') : deny;
    case 'create':
      return hasCapability(actor.roles, 'caseFile.create') ? allow('caseData') : deny;
    case 'read': {
      const via = facts && fileAccess(actor, facts);
      return via ? allow(via) : deny;
    }
    case 'update':
    case 'addJournalEntry':
    case 'manageCaseTeam': {
      // Break-the-glass is for reading in an emergency, not for reshaping the file.
      const via = facts && !facts.closed && fileAccess(actor, facts);
      return via && via !== 'breakGlass' ? allow(via) : deny;
    }
    case 'signOff': {
      const via = facts && !facts.closed && fileAccess(actor, facts);
      return via && via !== 'breakGlass' && hasCapability(actor.roles, 'caseFile.signOff') ? allow(via) : deny;
    }
    case 'breakGlass':
      return facts && hasCapability(actor.roles, 'caseData.access') && !fileAccess(actor, facts) ? allow('breakGlass') : deny;
    case 'reviewBreakGlass':
      return hasCapability(actor.roles, 'breakGlass.review') ? allow('designatedOfficer') : deny;
    default:
      return deny;
  }
}
