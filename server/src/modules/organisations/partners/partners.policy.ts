// Who may read and keep the organisation's partner directory, its contact
// facts (24/7 number, designated officer, substitute) and its covenants. Deny
// by default. None of it is case data: it belongs to the organisation.
import { allow, deny, type Actor, type Decision } from '../../../platform/authz/actor.js';
import { hasCapability } from '../../../platform/authz/roles.js';

export type PartnersAction = 'read' | 'manage';

export function can(actor: Actor, action: PartnersAction): Decision {
  switch (action) {
    case 'read':
      return hasCapability(actor.roles, 'partners.read') ? allow('partners.read') : deny;
    case 'manage':
      return hasCapability(actor.roles, 'partners.manage') ? allow('partners.manage') : deny;
    default:
      return deny;
  }
}
