// Who may read and keep the organisation's self-assessment. Deny by default.
// It is the organisation's own quality work, not case data: the quality
// officer keeps it; the quality officer, the designated officer and the
// organisation admin read it.
import { allow, deny, type Actor, type Decision } from '../../../platform/authz/actor.js';
import { hasCapability } from '../../../platform/authz/roles.js';

export type SelfAssessmentAction = 'read' | 'manage';

export function can(actor: Actor, action: SelfAssessmentAction): Decision {
  switch (action) {
    case 'read':
      return hasCapability(actor.roles, 'quality.read') ? allow('quality.read') : deny;
    case 'manage':
      return hasCapability(actor.roles, 'quality.manage') ? allow('quality.manage') : deny;
    default:
      return deny;
  }
}
