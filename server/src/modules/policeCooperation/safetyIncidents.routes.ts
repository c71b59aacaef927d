// HTTP for staff and client safety incidents: report, list (own or all),
// read one with its history, and the safety officer's follow-up.
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses, idParam } from '../../platform/http/schemas.js';
import { incidentDetailSchema, incidentFollowUpInput, incidentListQuery, incidentListSchema, incidentReportInput, incidentSchema } from './safetyIncidents.schemas.js';
import { followUpIncident, listIncidents, readIncident, reportIncident } from './safetyIncidents.service.js';

export function registerSafetyIncidentRoutes(app: App, platform: Platform): void {
  const tags = ['safetyIncidents'];

  app.post(
    '/api/safety-incidents',
    { schema: { tags, body: incidentReportInput, response: { 200: incidentSchema, ...errorResponses } } },
    async (request) => reportIncident(platform, actorOf(request), request.body),
  );

  app.get(
    '/api/safety-incidents',
    { schema: { tags, querystring: incidentListQuery, response: { 200: incidentListSchema, ...errorResponses } } },
    async (request) => listIncidents(platform, actorOf(request), request.query),
  );

  app.get(
    '/api/safety-incidents/:id',
    { schema: { tags, params: idParam, response: { 200: incidentDetailSchema, ...errorResponses } } },
    async (request) => readIncident(platform, actorOf(request), request.params.id),
  );

  app.put(
    '/api/safety-incidents/:id/follow-up',
    { schema: { tags, params: idParam, body: incidentFollowUpInput, response: { 200: incidentSchema, ...errorResponses } } },
    async (request) => followUpIncident(platform, actorOf(request), request.params.id, request.body),
  );
}
