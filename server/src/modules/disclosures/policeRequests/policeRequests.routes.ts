// HTTP for police information requests by phone on a youth's file.
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses } from '../../../platform/http/schemas.js';
import { callbackInput, closeRequestInput, policeRequestInput, policeRequestOutput } from './policeRequests.schemas.js';
import { closePoliceRequest, listPoliceRequests, recordCallback, recordPoliceRequest } from './policeRequests.service.js';

const tags = ['policeRequests'];
const youthParam = z.object({ id: z.uuid() });
const requestParams = z.object({ id: z.uuid(), requestId: z.uuid() });

export function registerPoliceRequestRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/youths/:id/police-requests',
    { schema: { tags, description: 'Police requests by phone on this file, newest first, with their call backs.', params: youthParam, response: { 200: z.array(policeRequestOutput), ...errorResponses } } },
    async (request) => listPoliceRequests(platform, actorOf(request), request.params.id),
  );

  app.post(
    '/api/youths/:id/police-requests',
    { schema: { tags, description: 'Records a phone request as the caller put it.', params: youthParam, body: policeRequestInput, response: { 200: policeRequestOutput, ...errorResponses } } },
    async (request) => recordPoliceRequest(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/youths/:id/police-requests/:requestId/callbacks',
    {
      schema: {
        tags,
        description: "A call back to a partner's known number from the directory (never a number typed in), and whether it confirmed the caller.",
        params: requestParams,
        body: callbackInput,
        response: { 200: policeRequestOutput, ...errorResponses },
      },
    },
    async (request) => recordCallback(platform, actorOf(request), request.params.id, request.params.requestId, request.body),
  );

  app.post(
    '/api/youths/:id/police-requests/:requestId/close',
    {
      schema: {
        tags,
        description: 'Ends an open request without giving information: nothing given, or refused with the reason. Giving information is POST /api/youths/:id/disclosures with policeRequestId.',
        params: requestParams,
        body: closeRequestInput,
        response: { 200: policeRequestOutput, ...errorResponses },
      },
    },
    async (request) => closePoliceRequest(platform, actorOf(request), request.params.id, request.params.requestId, request.body),
  );
}
