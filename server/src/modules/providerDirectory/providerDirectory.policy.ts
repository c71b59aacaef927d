// Who may search, keep and share in the provider directory. Deny by default.
// The directory holds no personal data and is shared across organisations:
// the role decides, not the organisation (see migration 0021).
import { allow, deny, type Actor, type Decision } from '../../platform/authz/actor.js';
import { hasCapability } from '../../platform/authz/roles.js';

/**
 * read: search and open entries (policy officer, care coordinator).
 * manage: add, change, archive and link entries (care coordinator).
 * share: share the date of the own latest closed self-assessment on the
 * entries linked to the own organisation (a provider's quality officer); the
 * service checks the link.
 */
export type ProviderDirectoryAction = 'read' | 'manage' | 'share';

export function can(actor: Actor, action: ProviderDirectoryAction): Decision {
  switch (action) {
    case 'read':
      return hasCapability(actor.roles, 'providerDirectory.read') ? allow('providerDirectory.read') : deny;
    case 'manage':
      return hasCapability(actor.roles, 'providerDirectory.manage') ? allow('providerDirectory.manage') : deny;
    case 'share':
      return hasCapability(actor.roles, 'quality.manage') ? allow('quality.manage') : deny;
    default:
      return deny;
  }
}
