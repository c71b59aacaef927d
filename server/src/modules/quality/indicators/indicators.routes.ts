// HTTP for the indicator dashboard: the figures with the files the viewer may
// open, and the same figures as CSV (counts only).
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, todayInNetherlands } from '../../../platform/http/schemas.js';
import { computeIndicators, exportIndicators } from './indicators.service.js';
import { indicatorsOutput } from './indicators.schemas.js';
import { indicatorsCsv } from './indicatorsCsv.js';

const tags = ['quality'];

export function registerIndicatorRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/quality/indicators',
    {
      schema: {
        tags,
        description:
          "The quality framework's client-level indicators, computed live from the organisation's files (quality.read): per indicator the population, how many meet it, the trend of the last 12 months, and the files not meeting it that the viewer may open (the rest as a count).",
        response: { 200: indicatorsOutput, ...errorResponses },
      },
    },
    async (request) => computeIndicators(platform, actorOf(request)),
  );

  app.get(
    '/api/quality/indicators/export',
    {
      schema: {
        tags,
        description: 'The indicator figures as CSV (semicolons, UTF-8): one row per indicator with the share per month. Counts only.',
        response: { 200: z.any().describe('text/csv'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const output = await exportIndicators(platform, actorOf(request));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="indicatoren-${todayInNetherlands()}.csv"`)
        .send(indicatorsCsv(output, platform.content.qualityFramework));
    },
  );
}
