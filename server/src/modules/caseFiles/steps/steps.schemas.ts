import { z } from 'zod';

const nullableDate = z.string().nullable();

export const caseStepsSchema = z.object({
  signals: z.object({ total: z.number(), new: z.number(), latestOn: nullableDate }),
  reportingCode: z.object({ stepsDone: z.array(z.number()) }),
  screenings: z.object({ total: z.number(), latestOn: nullableDate }),
  riskAssessment: z.object({ total: z.number(), hasInitial: z.boolean(), latestOn: nullableDate, latestSignedOff: z.boolean() }),
  safetyPlan: z.object({ version: z.number().nullable(), signedOff: z.boolean(), reviewOn: nullableDate, hasPhoto: z.boolean() }),
  network: z.object({ persons: z.number(), risky: z.number(), lastReviewedOn: nullableDate, madeWithYouth: z.boolean().nullable() }),
  visits: z.object({ total: z.number(), refused: z.number() }),
  carePlan: z.object({
    analysedOn: nullableDate,
    analysisSignedOff: z.boolean(),
    activeGoals: z.number(),
    currentPhase: z.string().nullable(),
    nextReviewOn: nullableDate,
  }),
  placement: z.object({ careStartedOn: nullableDate }),
  medical: z.object({ total: z.number(), atStartOfCare: z.boolean() }),
  aftercare: z.object({ planned: z.boolean(), warmHandoverOn: nullableDate }),
  /** The latest registration with CoMensha (a moment) and the latest reasoning for not registering (a day). */
  comensha: z.object({ registeredAt: z.string().nullable(), notRegisteredOn: nullableDate }),
});

