// Good practices: per provider in a round (list, add, change), the register
// across rounds and its CSV. The inspector's door only; a linked provider
// reads its own through its own inspection (ownInspection/).
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, idParam } from '../../../platform/http/schemas.js';
import { providerParams } from '../inspection.schemas.js';
import { goodPracticeInput, goodPracticeOutput, goodPracticeUpdate, registerEntry, registerQuery } from './goodPractices.schemas.js';
import { createGoodPractice, exportGoodPracticeRegister, listGoodPracticeRegister, listProviderGoodPractices, updateGoodPractice } from './goodPractices.service.js';
import { goodPracticesCsv } from './goodPracticesCsv.js';

export function registerGoodPracticeRoutes(app: App, platform: Platform): void {
  const tags = ['inspection'];

  app.get(
    '/api/inspection/good-practices',
    { schema: { tags, description: 'The register across rounds, newest first; filter by round or theme.', querystring: registerQuery, response: { 200: z.array(registerEntry), ...errorResponses } } },
    async (request) => listGoodPracticeRegister(platform, actorOf(request), request.query),
  );

  app.get(
    '/api/inspection/good-practices/export',
    { schema: { tags, description: 'The register as CSV (semicolons, UTF-8).', querystring: registerQuery, response: { 200: z.any().describe('text/csv'), ...errorResponses } } },
    async (request, reply) => {
      const entries = await exportGoodPracticeRegister(platform, actorOf(request), request.query);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="goede-voorbeelden.csv"').send(goodPracticesCsv(entries));
    },
  );

  app.get(
    '/api/inspection/rounds/:id/providers/:providerId/good-practices',
    { schema: { tags, params: providerParams, response: { 200: z.array(goodPracticeOutput), ...errorResponses } } },
    async (request) => listProviderGoodPractices(platform, actorOf(request), request.params.id, request.params.providerId),
  );

  app.post(
    '/api/inspection/rounds/:id/providers/:providerId/good-practices',
    { schema: { tags, params: providerParams, body: goodPracticeInput, response: { 200: goodPracticeOutput, ...errorResponses } } },
    async (request) => createGoodPractice(platform, actorOf(request), request.params.id, request.params.providerId, request.body),
  );

  app.put(
    '/api/inspection/good-practices/:id',
    { schema: { tags, params: idParam, body: goodPracticeUpdate, response: { 200: goodPracticeOutput, ...errorResponses } } },
    async (request) => updateGoodPractice(platform, actorOf(request), request.params.id, request.body),
  );
}
