// Who may conduct inspection rounds: the inspector (capability
// inspection.conduct, a role only an inspectorate organisation hands out).
// Everything is the inspectorate's own data: every query is scoped to the
// actor's organisation, and row-level security holds it a second time. A
// provider linked to a round reads its own rows through its own module
// (providerView), never through these routes. Deny by default.
import { allow, deny, type Actor, type Decision } from '../../platform/authz/actor.js';
import { hasCapability } from '../../platform/authz/roles.js';

export type InspectionAction = 'conduct';

export function can(actor: Actor, action: InspectionAction): Decision {
  switch (action) {
    case 'conduct':
      return hasCapability(actor.roles, 'inspection.conduct') ? allow('inspection.conduct') : deny;
    default:
      return deny;
  }
}
