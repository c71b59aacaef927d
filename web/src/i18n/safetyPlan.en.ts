import type { safetyPlanNl } from './safetyPlan.nl';
import type { Catalog } from './catalog';

export const safetyPlanEn: Catalog<typeof safetyPlanNl> = {
  safetyPlanPage: {
    title: 'Safety plan',
    intro: 'The safety plan records agreements that keep the young person, staff and others safe. A lead professional signs it off; after that you make a new version for changes.',
    version: 'Version {{version}}',
    reviewOn: 'Review on {{date}}',
  },
};
