import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, idParam } from '../../../platform/http/schemas.js';
import { readCaseSteps } from './steps.service.js';
import { caseStepsSchema } from './steps.schemas.js';

export function registerCaseStepsRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/youths/:id/steps',
    { schema: { tags: ['caseFiles'], params: idParam, response: { 200: caseStepsSchema, ...errorResponses } } },
    async (request) => readCaseSteps(platform, actorOf(request), request.params.id),
  );
}
