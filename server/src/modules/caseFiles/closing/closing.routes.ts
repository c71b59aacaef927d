// Closing a case file at the end of care: it stays readable for its retention period.
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, idParam } from '../../../platform/http/schemas.js';
import { closedSchema, closeInput } from './closing.schemas.js';
import { closeCaseFile } from './closing.service.js';

export function registerClosingRoutes(app: App, platform: Platform): void {
  app.post(
    '/api/youths/:id/close',
    { schema: { tags: ['caseFiles'], params: idParam, body: closeInput, response: { 200: closedSchema, ...errorResponses } } },
    async (request) => closeCaseFile(platform, actorOf(request), request.params.id, request.body),
  );
}
