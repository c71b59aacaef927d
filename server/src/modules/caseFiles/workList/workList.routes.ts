import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses } from '../../../platform/http/schemas.js';
import { readWorkList } from './workList.service.js';

const item = z.object({ youthId: z.string(), name: z.string(), count: z.number().optional(), dueOn: z.string().optional(), overdue: z.boolean().optional(), since: z.string().optional() });

export function registerWorkListRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/work-list',
    {
      schema: {
        tags: ['caseFiles'],
        response: {
          200: z.object({
            files: z.number(),
            signalsToDiscuss: z.array(item),
            reviewsDue: z.array(item),
            safetyPlansToReview: z.array(item),
            withoutInitialRiskAssessment: z.array(item),
            missingNow: z.array(item),
            missingFollowUp: z.array(item),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => readWorkList(platform, actorOf(request)),
  );
}
