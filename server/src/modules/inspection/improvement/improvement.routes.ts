// Improvement plans, the inspector's door: the overview of a round, one
// provider's plan and its history, points, actions (only for a provider that
// does not keep its own plan in Baken), follow-up per action and the CSV.
// HTTP only: schema in, service, schema out.
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, idParam } from '../../../platform/http/schemas.js';
import { providerParams } from '../inspection.schemas.js';
import {
  actionInput,
  actionOutput,
  actionUpdate,
  followUpInput,
  followUpOutput,
  improvementHistoryItem,
  improvementOverviewRow,
  improvementPlanOutput,
  pointInput,
  pointOutput,
  pointUpdate,
} from './improvement.schemas.js';
import {
  createActionForProvider,
  createPoint,
  readImprovementExport,
  readImprovementOverview,
  readImprovementPlan,
  recordFollowUp,
  updateActionForProvider,
  updatePoint,
} from './improvement.service.js';
import { readImprovementHistory } from './improvementHistory.service.js';
import { improvementCsv } from './improvementCsv.js';

export function registerImprovementRoutes(app: App, platform: Platform): void {
  const tags = ['inspection'];

  app.get(
    '/api/inspection/rounds/:id/improvement',
    { schema: { tags, description: 'Per provider of the round: points, actions by status, overdue and follow-up counts.', params: idParam, response: { 200: z.array(improvementOverviewRow), ...errorResponses } } },
    async (request) => readImprovementOverview(platform, actorOf(request), request.params.id),
  );

  app.get(
    '/api/inspection/rounds/:id/improvement/export',
    { schema: { tags, description: 'Every action of the round as CSV (semicolons, UTF-8).', params: idParam, response: { 200: z.any().describe('text/csv'), ...errorResponses } } },
    async (request, reply) => {
      const data = await readImprovementExport(platform, actorOf(request), request.params.id);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="verbeterplannen.csv"').send(improvementCsv(data));
    },
  );

  app.get(
    '/api/inspection/rounds/:id/providers/:providerId/improvement',
    { schema: { tags, params: providerParams, response: { 200: improvementPlanOutput, ...errorResponses } } },
    async (request) => readImprovementPlan(platform, actorOf(request), request.params.id, request.params.providerId),
  );

  app.get(
    '/api/inspection/rounds/:id/providers/:providerId/improvement/history',
    { schema: { tags, params: providerParams, response: { 200: z.array(improvementHistoryItem), ...errorResponses } } },
    async (request) => readImprovementHistory(platform, actorOf(request), request.params.id, request.params.providerId),
  );

  app.post(
    '/api/inspection/rounds/:id/providers/:providerId/improvement/points',
    { schema: { tags, params: providerParams, body: pointInput, response: { 200: pointOutput, ...errorResponses } } },
    async (request) => createPoint(platform, actorOf(request), request.params.id, request.params.providerId, request.body),
  );

  app.put(
    '/api/inspection/improvement/points/:id',
    { schema: { tags, params: idParam, body: pointUpdate, response: { 200: pointOutput, ...errorResponses } } },
    async (request) => updatePoint(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/inspection/improvement/points/:id/actions',
    {
      schema: {
        tags,
        description: 'An action from the plan a provider sent that does not work in Baken; a linked provider keeps its own (409).',
        params: idParam,
        body: actionInput,
        response: { 200: actionOutput, ...errorResponses },
      },
    },
    async (request) => createActionForProvider(platform, actorOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/inspection/improvement/actions/:id',
    { schema: { tags, params: idParam, body: actionUpdate, response: { 200: actionOutput, ...errorResponses } } },
    async (request) => updateActionForProvider(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/inspection/improvement/actions/:id/follow-ups',
    { schema: { tags, params: idParam, body: followUpInput, response: { 200: followUpOutput, ...errorResponses } } },
    async (request) => recordFollowUp(platform, actorOf(request), request.params.id, request.body),
  );
}
