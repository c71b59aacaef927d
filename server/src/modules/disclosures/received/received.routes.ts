// HTTP for the police liaison: what was disclosed to their unit, one receipt,
// its photo and its print.
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, idParam } from '../../../platform/http/schemas.js';
import { receiptPdfFilename, renderReceiptPdf } from './receiptPdf.js';
import { receivedDisclosure, receivedDisclosureDetail } from './received.schemas.js';
import { listReceived, readReceived, readReceivedForPrint, readReceivedPhoto } from './received.service.js';

const tags = ['receivedDisclosures'];

export function registerReceivedRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/received-disclosures',
    { schema: { tags, description: 'What providers disclosed to this police unit, newest first (at most 500).', response: { 200: z.array(receivedDisclosure), ...errorResponses } } },
    async (request) => listReceived(platform, actorOf(request)),
  );

  app.get(
    '/api/received-disclosures/:id',
    { schema: { tags, description: 'One received disclosure, exactly as it was disclosed. The first view is recorded.', params: idParam, response: { 200: receivedDisclosureDetail, ...errorResponses } } },
    async (request) => readReceived(platform, actorOf(request), request.params.id),
  );

  app.get(
    '/api/received-disclosures/:id/photo',
    { schema: { tags, description: 'The photo that came with it (image/jpeg or image/png), never cached.', params: idParam, response: { 200: z.any().describe('The image bytes'), ...errorResponses } } },
    async (request, reply) => {
      const photo = await readReceivedPhoto(platform, actorOf(request), request.params.id);
      return reply.type(photo.mimeType).header('cache-control', 'no-store').header('content-disposition', 'inline').send(photo.content);
    },
  );

  app.get(
    '/api/received-disclosures/:id/pdf',
    { schema: { tags, description: 'The received disclosure as PDF, for printing at the desk.', params: idParam, response: { 200: z.any().describe('application/pdf'), ...errorResponses } } },
    async (request, reply) => {
      const receipt = await readReceivedForPrint(platform, actorOf(request), request.params.id);
      const pdf = await renderReceiptPdf(receipt);
      return reply.type('application/pdf').header('cache-control', 'no-store').header('content-disposition', `inline; filename="${receiptPdfFilename(receipt)}"`).send(pdf);
    },
  );
}
