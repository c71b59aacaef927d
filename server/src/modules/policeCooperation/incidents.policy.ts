// Who may do what with safety incidents. Deny by default. Every colleague of a
// provider may report one; the reporter reads their own; the safety officer
// reads every incident of the organisation and is the only one who follows up.
// Incidents are not part of any youth's file, so onCaseFile does not apply.
import { allow, deny, type Actor, type Decision } from '../../platform/authz/actor.js';
import { hasCapability } from '../../platform/authz/roles.js';

export type IncidentAction = 'report' | 'list' | 'read' | 'followUp';

/** What the policy needs to know about one incident. */
export interface IncidentFacts {
  reportedBy: string;
}

export function can(actor: Actor, action: IncidentAction, incident?: IncidentFacts): Decision {
  const manages = hasCapability(actor.roles, 'incident.manage');
  const reports = hasCapability(actor.roles, 'incident.report');
  switch (action) {
    case 'report':
      return reports ? allow('reporter') : deny;
    case 'list':
      return manages ? allow('safetyOfficer') : reports ? allow('reporter') : deny;
    case 'read':
      if (manages) return allow('safetyOfficer');
      return reports && incident !== undefined && incident.reportedBy === actor.userId ? allow('reporter') : deny;
    case 'followUp':
      return manages ? allow('safetyOfficer') : deny;
    default:
      return deny;
  }
}
