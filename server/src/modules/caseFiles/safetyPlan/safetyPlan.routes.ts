// The youth's photo (for the safety plan and a missing-person episode) and the
// safety plan as PDF.
import type { FastifyError } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../platform/errors.js';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, errorSchema } from '../../../platform/http/schemas.js';
import { pastDate } from '../records/kinds/fields.js';
import { PHOTO_MAX_BYTES, PHOTO_TYPES } from './photo.options.js';
import { readPhoto, readPhotoInfo, uploadPhoto } from './photo.service.js';
import { printSafetyPlan } from './safetyPlanPrint.service.js';

const tags = ['safetyPlan'];
const youthParam = z.object({ id: z.uuid() });
const photoInfo = z.object({
  takenOn: z.string().nullable(),
  uploadedAt: z.string(),
  uploadedByName: z.string().nullable(),
});

export function registerSafetyPlanRoutes(app: App, platform: Platform): void {
  // The photo upload is the one route that takes a raw image. Its parser and
  // its larger body limit live in a scope of their own, so no other route
  // starts accepting images or 3 MB bodies.
  void app.register(async (scope: App) => {
    scope.addContentTypeParser([...PHOTO_TYPES], { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES }, (_request, body, done) => done(null, body));
    // Fastify refuses a content type it has no parser for (a GIF, a PDF) before
    // the route runs; say so as the app's own 415, not as a malformed request.
    // Anything else goes on to the application's error handler.
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw new AppError('UNSUPPORTED_MEDIA');
      throw error;
    });

    scope.put(
      '/api/youths/:id/photo',
      {
        bodyLimit: PHOTO_MAX_BYTES,
        schema: {
          tags,
          description: 'The raw JPEG or PNG as the request body (at most 3 MB). The older photos are kept.',
          consumes: [...PHOTO_TYPES],
          params: youthParam,
          querystring: z.object({ takenOn: pastDate.optional().describe('When the photo was taken, YYYY-MM-DD') }),
          response: { 200: photoInfo, ...errorResponses, 413: errorSchema, 415: errorSchema },
        },
      },
      async (request) => uploadPhoto(platform, actorOf(request), request.params.id, request.body, request.query.takenOn ?? null),
    );
  });

  app.get(
    '/api/youths/:id/photo',
    {
      schema: {
        tags,
        description: 'The latest photo, as image/jpeg or image/png. Never cached (no-store, like every /api answer).',
        params: youthParam,
        response: { 200: z.any().describe('The image bytes'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const photo = await readPhoto(platform, actorOf(request), request.params.id);
      return reply.type(photo.mimeType).header('content-disposition', 'inline').send(photo.content);
    },
  );

  app.get(
    '/api/youths/:id/photo/info',
    { schema: { tags, params: youthParam, response: { 200: photoInfo.nullable(), ...errorResponses } } },
    async (request) => readPhotoInfo(platform, actorOf(request), request.params.id),
  );

  app.get(
    '/api/youths/:id/safety-plans/:recordId/pdf',
    {
      schema: {
        tags,
        description: 'One version of the safety plan as PDF, with the photo and the risky network from the network analysis.',
        params: z.object({ id: z.uuid(), recordId: z.uuid() }),
        response: { 200: z.any().describe('application/pdf'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await printSafetyPlan(platform, actorOf(request), request.params.id, request.params.recordId);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(pdf);
    },
  );
}
