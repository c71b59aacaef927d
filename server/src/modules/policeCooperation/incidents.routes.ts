// HTTP for staff and client safety incidents: report, list (own or all),
// read one with its history, and the safety officer's follow-up.
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses, idParam } from '../../platform/http/schemas.js';
import { incidentDetailSchema, incidentFollowUpInput, incidentListQuery, incidentListSchema, incidentReportInput, incidentSchema } from './incidents.schemas.js';
import { followUpIncident, listIncidents, readIncident, reportIncident } from './incidents.service.js';

export function registerIncidentRoutes(app: App, platform: Platform): void {
  const tags = ['incidents'];

  app.post(
    '/api/incidents',
    { schema: { tags, body: incidentReportInput, response: { 200: incidentSchema, ...errorResponses } } },
    async (request) => reportIncident(platform, actorOf(request), request.body),
  );

  app.get(
    '/api/incidents',
    { schema: { tags, querystring: incidentListQuery, response: { 200: incidentListSchema, ...errorResponses } } },
    async (request) => listIncidents(platform, actorOf(request), request.query),
  );

  app.get(
    '/api/incidents/:id',
    { schema: { tags, params: idParam, response: { 200: incidentDetailSchema, ...errorResponses } } },
    async (request) => readIncident(platform, actorOf(request), request.params.id),
  );

  app.put(
    '/api/incidents/:id/follow-up',
    { schema: { tags, params: idParam, body: incidentFollowUpInput, response: { 200: incidentSchema, ...errorResponses } } },
    async (request) => followUpIncident(platform, actorOf(request), request.params.id, request.body),
  );
}
