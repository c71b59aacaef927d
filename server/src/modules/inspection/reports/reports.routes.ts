// The printed inspection reports of the inspector: the round report and one
// provider's report. The provider's own copy is served from ownInspection/.
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, idParam } from '../../../platform/http/schemas.js';
import { providerParams } from '../inspection.schemas.js';
import { printProviderReport, printRoundReport } from './reports.service.js';

export function registerInspectionReportRoutes(app: App, platform: Platform): void {
  const tags = ['inspection'];

  app.get(
    '/api/inspection/rounds/:id/report.pdf',
    { schema: { tags, description: 'The round report as PDF: figures per theme and expectation, scores, points, good practices, method.', params: idParam, response: { 200: z.any().describe('application/pdf'), ...errorResponses } } },
    async (request, reply) => {
      const { pdf, filename } = await printRoundReport(platform, actorOf(request), request.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(pdf);
    },
  );

  app.get(
    '/api/inspection/rounds/:id/providers/:providerId/report.pdf',
    { schema: { tags, description: "One provider's report as PDF: judgments per theme with findings, scores, improvement points and actions.", params: providerParams, response: { 200: z.any().describe('application/pdf'), ...errorResponses } } },
    async (request, reply) => {
      const { pdf, filename } = await printProviderReport(platform, actorOf(request), request.params.id, request.params.providerId);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(pdf);
    },
  );
}
