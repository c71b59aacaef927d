// Who may read and write the house rules a residential group shows its
// visitors. Deny by default. The rules are not part of any youth's file: a
// colleague with case-data access reads those of their own teams (they stand at
// the door with visitors); writing them is the organisation admin's, like the
// teams themselves.
import { allow, deny, type Actor, type Decision } from '../../../platform/authz/actor.js';
import { hasCapability } from '../../../platform/authz/roles.js';
import { can as canInOrganisation } from '../../organisations/organisations.policy.js';

export type HouseRulesAction =
  /** The rules of the teams the actor belongs to. */
  | 'readOwnTeams'
  /** The rules of every team of the organisation, to edit them. */
  | 'readAllTeams'
  | 'write';

export function can(actor: Actor, action: HouseRulesAction): Decision {
  switch (action) {
    case 'readOwnTeams':
      return hasCapability(actor.roles, 'caseData.access') ? allow('teamMember') : deny;
    case 'readAllTeams':
    case 'write':
      return canInOrganisation(actor, 'manageTeams').allowed ? allow('orgAdmin') : deny;
    default:
      return deny;
  }
}
