// The regional figures. HTTP only: schema in, service, schema out. The
// organisation always comes from the session, never from the request.
import { z } from 'zod';
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { exportFigures, figuresCsv, MEASURES, readFigures, saveEstimate, type Measure } from './regionalFigures.service.js';

const yearValue = z.coerce.number().int().min(2000).max(2100);
const yearQuery = z.object({ year: yearValue });
const shown = z.discriminatedUnion('kind', [z.object({ kind: z.literal('value'), value: z.number().int() }), z.object({ kind: z.literal('small') }), z.object({ kind: z.literal('hidden') })]);
const figuresOutput = z.object({
  year: z.number().int(),
  municipalityCodes: z.array(z.string()),
  rows: z.array(z.object({ measure: z.enum(MEASURES), quarters: z.array(shown), year: shown })),
  funnel: z.object({
    estimate: z.object({ value: z.number().int(), source: z.string(), updatedAt: z.string() }).nullable(),
    comenshaRegistrations: shown,
    specialisedCare: shown,
  }),
});
const estimateInput = z.object({
  estimate: z.number().int().min(0).max(10_000_000),
  source: z.string().trim().min(1).max(500),
});

// Column names of the CSV, in Dutch: the export is for Dutch municipalities.
const CSV_LABELS: Record<Measure, string> = {
  signals: 'Nieuwe signalen',
  exploitationSexual: 'Jongeren met zorg over seksuele uitbuiting',
  exploitationCriminal: 'Jongeren met zorg over criminele uitbuiting',
  comenshaRegistrations: 'Meldingen bij CoMensha',
  specialisedCare: 'Jongeren nieuw in gespecialiseerde zorg',
  missingEpisodes: 'Vermissingen',
  caseConferenceCases: 'Casussen aan een zorgtafel',
};

export function registerRegionalFigureRoutes(app: App, platform: Platform): void {
  const tags = ['regionalFigures'];

  app.get(
    '/api/regional-figures',
    {
      schema: {
        tags,
        description: "Counts per measure per quarter for the caller's municipality or region, with small counts suppressed. No ids, no rows.",
        querystring: yearQuery,
        response: { 200: figuresOutput, ...errorResponses },
      },
    },
    async (request) => readFigures(platform, actorOf(request), request.query.year),
  );

  app.put(
    '/api/regional-figures/estimate',
    { schema: { tags, querystring: yearQuery, body: estimateInput, response: { 200: figuresOutput, ...errorResponses } } },
    async (request) => saveEstimate(platform, actorOf(request), request.query.year, request.body),
  );

  app.get(
    '/api/regional-figures/export',
    {
      schema: {
        tags,
        description: 'The figures as CSV (semicolons, UTF-8); suppressed counts as "< 5" or "x".',
        querystring: yearQuery,
        response: { 200: z.any().describe('text/csv'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const output = await exportFigures(platform, actorOf(request), request.query.year);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="regionale-cijfers-${output.year}.csv"`)
        .send(figuresCsv(output, CSV_LABELS, ['Maat', 'K1', 'K2', 'K3', 'K4', `Jaar ${output.year}`]));
    },
  );
}
