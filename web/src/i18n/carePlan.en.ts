import type { carePlanNl } from './carePlan.nl';
import type { Catalog } from './catalog';

export const carePlanEn: Catalog<typeof carePlanNl> = {
  carePlan: {
    title: 'Care plan',
    intro: 'The analysis, the goals per topic with their progress, the phases and the reviews every three months.',
    analysesTitle: 'Problem, risk, needs and strengths analysis',
    goalsTitle: 'Goals',
    progressTitle: 'Progress',
    phasesTitle: 'Phases',
    reviewsTitle: 'Reviews',
  },
  medical: {
    title: 'Placement and medical',
    placementTitle: 'Placement and approach',
    decisionsTitle: 'Medical decisions',
  },
  aftercarePage: {
    title: 'Aftercare',
    intro: 'Arrange in time what comes after care, and hand over warmly.',
  },
};
