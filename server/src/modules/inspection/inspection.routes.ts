// Inspection rounds, the providers in them, judgments and the round's
// figures. HTTP only: schema in, service, schema out. The reports, improvement
// plans, good practices and the provider's own view register their own routes
// from their folders.
import { z } from 'zod';
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses, idParam } from '../../platform/http/schemas.js';
import {
  figureExportQuery,
  figuresOutput,
  judgmentHistoryItem,
  judgmentInput,
  judgmentParams,
  judgmentsInput,
  providerInput,
  providerJudgmentsOutput,
  providerOutput,
  providerParams,
  providerUpdate,
  roundInput,
  roundOutput,
  roundSummary,
  roundUpdate,
} from './inspection.schemas.js';
import { addProvider, createRound, listRounds, readRound, updateProvider, updateRound } from './rounds.service.js';
import { readJudgmentHistory, readProviderJudgments, recordJudgment, recordJudgments } from './judgments.service.js';
import { exportFigure, readFigures } from './figures.service.js';

export function registerInspectionRoutes(app: App, platform: Platform): void {
  const tags = ['inspection'];

  app.get('/api/inspection/rounds', { schema: { tags, response: { 200: z.array(roundSummary), ...errorResponses } } }, async (request) =>
    listRounds(platform, actorOf(request)),
  );

  app.post('/api/inspection/rounds', { schema: { tags, body: roundInput, response: { 200: roundOutput, ...errorResponses } } }, async (request) =>
    createRound(platform, actorOf(request), request.body),
  );

  app.get('/api/inspection/rounds/:id', { schema: { tags, params: idParam, response: { 200: roundOutput, ...errorResponses } } }, async (request) =>
    readRound(platform, actorOf(request), request.params.id),
  );

  app.put('/api/inspection/rounds/:id', { schema: { tags, params: idParam, body: roundUpdate, response: { 200: roundOutput, ...errorResponses } } }, async (request) =>
    updateRound(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/inspection/rounds/:id/providers',
    { schema: { tags, params: idParam, body: providerInput, response: { 200: providerOutput, ...errorResponses } } },
    async (request) => addProvider(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/inspection/rounds/:id/providers/:providerId',
    { schema: { tags, params: providerParams, response: { 200: providerJudgmentsOutput, ...errorResponses } } },
    async (request) => readProviderJudgments(platform, actorOf(request), request.params.id, request.params.providerId),
  );

  app.put(
    '/api/inspection/rounds/:id/providers/:providerId',
    { schema: { tags, params: providerParams, body: providerUpdate, response: { 200: providerOutput, ...errorResponses } } },
    async (request) => updateProvider(platform, actorOf(request), request.params.id, request.params.providerId, request.body),
  );

  app.put(
    '/api/inspection/rounds/:id/providers/:providerId/judgments',
    {
      schema: {
        tags,
        description: "The provider's judgments at once, all or none; each with the version it was read at.",
        params: providerParams,
        body: judgmentsInput,
        response: { 200: providerJudgmentsOutput, ...errorResponses },
      },
    },
    async (request) => recordJudgments(platform, actorOf(request), request.params.id, request.params.providerId, request.body),
  );

  app.put(
    '/api/inspection/rounds/:id/providers/:providerId/judgments/:ref',
    { schema: { tags, params: judgmentParams, body: judgmentInput, response: { 200: providerJudgmentsOutput, ...errorResponses } } },
    async (request) => recordJudgment(platform, actorOf(request), request.params.id, request.params.providerId, request.params.ref, request.body),
  );

  app.get(
    '/api/inspection/rounds/:id/providers/:providerId/history',
    { schema: { tags, params: providerParams, response: { 200: z.array(judgmentHistoryItem), ...errorResponses } } },
    async (request) => readJudgmentHistory(platform, actorOf(request), request.params.id, request.params.providerId),
  );

  app.get('/api/inspection/rounds/:id/figures', { schema: { tags, params: idParam, response: { 200: figuresOutput, ...errorResponses } } }, async (request) =>
    readFigures(platform, actorOf(request), request.params.id),
  );

  app.get(
    '/api/inspection/rounds/:id/figures/export',
    {
      schema: {
        tags,
        description: 'One figure of the round as CSV (semicolons, UTF-8): providers, expectations or themes.',
        params: idParam,
        querystring: figureExportQuery,
        response: { 200: z.any().describe('text/csv'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { csv, filename } = await exportFigure(platform, actorOf(request), request.params.id, request.query.figure);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(csv);
    },
  );
}
