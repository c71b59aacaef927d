// HTTP for disclosures: on a youth's file (the list, one with its content and
// photo, a disclosure typed in, the form's options), the organisation's
// register with its CSV, and, registered from their own folders, police
// requests by phone and the police liaison's received disclosures.
import { z } from 'zod';
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { disclosureDetail, disclosureFormOptions, disclosureOutput, fileDisclosureInput } from './disclosures.schemas.js';
import { disclosureFormOptions as readFormOptions, listFileDisclosures, readDisclosurePhoto, readFileDisclosure, recordFileDisclosure } from './fileDisclosures.service.js';
import { registerPoliceRequestRoutes } from './policeRequests/policeRequests.routes.js';
import { registerReceivedRoutes } from './received/received.routes.js';
import { registerOutput, registerQuery } from './register/register.schemas.js';
import { exportRegister, readRegister } from './register/register.service.js';
import { registerCsv } from './register/registerCsv.js';

const tags = ['disclosures'];
const youthParam = z.object({ id: z.uuid() });
const disclosureParams = z.object({ id: z.uuid(), disclosureId: z.uuid() });

export function registerDisclosureRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/youths/:id/disclosures',
    { schema: { tags, description: 'Every disclosure from this file, newest first, from every source.', params: youthParam, response: { 200: z.array(disclosureOutput), ...errorResponses } } },
    async (request) => listFileDisclosures(platform, actorOf(request), request.params.id),
  );

  app.post(
    '/api/youths/:id/disclosures',
    {
      schema: {
        tags,
        description: 'Records a disclosure typed in on the file; with policeRequestId it answers that request, which needs a confirmed call back first (409 CALLBACK_REQUIRED).',
        params: youthParam,
        body: fileDisclosureInput,
        response: { 200: disclosureOutput, ...errorResponses },
      },
    },
    async (request) => recordFileDisclosure(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/youths/:id/disclosure-options',
    {
      schema: {
        tags,
        description: "The organisation's active partners (with the number to call back) and who may decide: for those who may record a disclosure on this file.",
        params: youthParam,
        response: { 200: disclosureFormOptions, ...errorResponses },
      },
    },
    async (request) => readFormOptions(platform, actorOf(request), request.params.id),
  );

  app.get(
    '/api/youths/:id/disclosures/:disclosureId',
    { schema: { tags, description: 'One disclosure with what was shared.', params: disclosureParams, response: { 200: disclosureDetail, ...errorResponses } } },
    async (request) => readFileDisclosure(platform, actorOf(request), request.params.id, request.params.disclosureId),
  );

  app.get(
    '/api/youths/:id/disclosures/:disclosureId/photo',
    {
      schema: {
        tags,
        description: 'The photo that went with this disclosure (image/jpeg or image/png), never cached.',
        params: disclosureParams,
        response: { 200: z.any().describe('The image bytes'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const photo = await readDisclosurePhoto(platform, actorOf(request), request.params.id, request.params.disclosureId);
      return reply.type(photo.mimeType).header('cache-control', 'no-store').header('content-disposition', 'inline').send(photo.content);
    },
  );

  app.get(
    '/api/disclosures',
    {
      schema: {
        tags,
        description: "The organisation's register of disclosures (designated officer): the newest 500 that match, and counts over all that match.",
        querystring: registerQuery,
        response: { 200: registerOutput, ...errorResponses },
      },
    },
    async (request) => readRegister(platform, actorOf(request), request.query),
  );

  app.get(
    '/api/disclosures/export',
    {
      schema: {
        tags,
        description: 'The register as CSV (semicolons, UTF-8), up to 10,000 rows.',
        querystring: registerQuery,
        response: { 200: z.any().describe('text/csv'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const rows = await exportRegister(platform, actorOf(request), request.query);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="verstrekkingen.csv"').send(registerCsv(rows));
    },
  );

  registerPoliceRequestRoutes(app, platform);
  registerReceivedRoutes(app, platform);
}
