// Who may do what with improvement plans, good practices and inspection
// reports. Deny by default. The inspector (inspection.conduct) writes the
// points, the follow-up and the good practices of its own organisation's
// rounds; a provider's quality staff read their own organisation's part
// (quality.read) and the quality officer keeps its actions (quality.manage).
import { allow, deny, type Actor, type Decision } from '../../../platform/authz/actor.js';
import { hasCapability } from '../../../platform/authz/roles.js';

export type ImprovementAction = 'conduct' | 'readOwn' | 'manageOwn';

export function can(actor: Actor, action: ImprovementAction): Decision {
  switch (action) {
    case 'conduct':
      return hasCapability(actor.roles, 'inspection.conduct') ? allow('inspection.conduct') : deny;
    case 'readOwn':
      return hasCapability(actor.roles, 'quality.read') ? allow('quality.read') : deny;
    case 'manageOwn':
      return hasCapability(actor.roles, 'quality.manage') ? allow('quality.manage') : deny;
    default:
      return deny;
  }
}
