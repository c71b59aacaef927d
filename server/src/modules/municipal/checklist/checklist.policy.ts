// Who may read and answer the municipal checklist. Deny by default. Only the
// policy officer (capability municipal.checklist, handed out in
// municipalities only); which checklists they reach is then decided by the
// rows: their own municipality's, or one their municipality takes part in.
// Never a case file: this module reads none.
import { allow, deny, type Actor, type Decision } from '../../../platform/authz/actor.js';
import { hasCapability } from '../../../platform/authz/roles.js';

export type ChecklistAction = 'read' | 'answer';

export function can(actor: Actor, action: ChecklistAction): Decision {
  switch (action) {
    case 'read':
    case 'answer':
      return hasCapability(actor.roles, 'municipal.checklist') ? allow('municipal.checklist') : deny;
    default:
      return deny;
  }
}
