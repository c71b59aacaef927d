// The provider's own inspections: the rounds it took part in, one round with
// its judgments, improvement points, own actions and good practices, the
// colleagues who can own an action, adding and changing its own actions, and
// its PDF. HTTP only: schema in, service, schema out.
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, idParam } from '../../../platform/http/schemas.js';
import { actionInput, actionUpdate, ownActionOutput } from '../improvement/improvement.schemas.js';
import { printOwnInspection } from '../reports/reports.service.js';
import { ownActionParams, ownerOption, ownInspectionOutput, ownInspectionSummary, ownPointParams } from './ownInspection.schemas.js';
import { createOwnAction, listOwnActionOwners, listOwnInspections, readOwnInspection, updateOwnAction } from './ownInspection.service.js';

export function registerOwnInspectionRoutes(app: App, platform: Platform): void {
  const tags = ['inspection'];

  app.get('/api/own-inspections', { schema: { tags, response: { 200: z.array(ownInspectionSummary), ...errorResponses } } }, async (request) =>
    listOwnInspections(platform, actorOf(request)),
  );

  app.get('/api/own-inspections/owners', { schema: { tags, description: 'Active colleagues who can own an action.', response: { 200: z.array(ownerOption), ...errorResponses } } }, async (request) =>
    listOwnActionOwners(platform, actorOf(request)),
  );

  app.get('/api/own-inspections/:id', { schema: { tags, params: idParam, response: { 200: ownInspectionOutput, ...errorResponses } } }, async (request) =>
    readOwnInspection(platform, actorOf(request), request.params.id),
  );

  app.post(
    '/api/own-inspections/:id/points/:pointId/actions',
    { schema: { tags, params: ownPointParams, body: actionInput, response: { 200: ownActionOutput, ...errorResponses } } },
    async (request) => createOwnAction(platform, actorOf(request), request.params.id, request.params.pointId, request.body),
  );

  app.put(
    '/api/own-inspections/:id/actions/:actionId',
    { schema: { tags, params: ownActionParams, body: actionUpdate, response: { 200: ownActionOutput, ...errorResponses } } },
    async (request) => updateOwnAction(platform, actorOf(request), request.params.id, request.params.actionId, request.body),
  );

  app.get(
    '/api/own-inspections/:id/report.pdf',
    { schema: { tags, description: "The provider's own inspection report as PDF.", params: idParam, response: { 200: z.any().describe('application/pdf'), ...errorResponses } } },
    async (request, reply) => {
      const { pdf, filename } = await printOwnInspection(platform, actorOf(request), request.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(pdf);
    },
  );
}
