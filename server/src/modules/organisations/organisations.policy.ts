// Who may manage an organisation's people, teams and sign-in. Deny by default.
import { allow, deny, type Actor, type Decision } from '../../platform/authz/actor.js';
import { hasCapability } from '../../platform/authz/roles.js';

export type OrganisationAction = 'manageUsers' | 'manageTeams' | 'configureSignIn';

export function can(actor: Actor, action: OrganisationAction): Decision {
  switch (action) {
    case 'manageUsers':
      return hasCapability(actor.roles, 'organisation.manageUsers') ? allow('orgAdmin') : deny;
    case 'manageTeams':
      return hasCapability(actor.roles, 'organisation.manageTeams') ? allow('orgAdmin') : deny;
    case 'configureSignIn':
      return hasCapability(actor.roles, 'organisation.manageSignIn') ? allow('orgAdmin') : deny;
    default:
      return deny;
  }
}
