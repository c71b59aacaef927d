// HTTP for CoMensha: a youth's consents (with the signed form as an upload),
// registrations and their printed copy, the reasoning when none was made, and
// the organisation's register.
import type { FastifyError } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses, errorSchema } from '../../platform/http/schemas.js';
import { CONSENT_DOCUMENT_MAX_BYTES, CONSENT_DOCUMENT_TYPES } from './comensha.options.js';
import {
  comenshaFileOutput,
  comenshaRegisterOutput,
  consentInput,
  noRegistrationInput,
  noRegistrationOutput,
  registrationInput,
  registrationOutput,
  withdrawalInput,
} from './comensha.schemas.js';
import { readComenshaFile, readComenshaRegister } from './comensha.service.js';
import { readConsentDocument, recordConsent, uploadConsentDocument, withdrawConsent } from './consents.service.js';
import { printRegistration, recordNoRegistration, registerWithComensha } from './registrations.service.js';

const tags = ['comensha'];
const youthParam = z.object({ id: z.uuid() });
const consentParams = z.object({ id: z.uuid(), consentId: z.uuid() });
const idOutput = z.object({ id: z.uuid() });

const EXTENSIONS: Record<(typeof CONSENT_DOCUMENT_TYPES)[number], string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

export function registerComenshaRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/youths/:id/comensha',
    { schema: { tags, description: 'Consents, registrations, the reasoning when none was made, and where the file stands.', params: youthParam, response: { 200: comenshaFileOutput, ...errorResponses } } },
    async (request) => readComenshaFile(platform, actorOf(request), request.params.id),
  );

  app.post(
    '/api/youths/:id/comensha/consents',
    { schema: { tags, description: 'Records a consent; the signed form is added with PUT …/document.', params: youthParam, body: consentInput, response: { 200: idOutput, ...errorResponses } } },
    async (request) => recordConsent(platform, actorOf(request), request.params.id, request.body),
  );

  // The signed form is the one upload of this module: its parser and its larger
  // body limit live in a scope of their own, so no other route accepts a PDF.
  void app.register(async (scope: App) => {
    scope.addContentTypeParser([...CONSENT_DOCUMENT_TYPES], { parseAs: 'buffer', bodyLimit: CONSENT_DOCUMENT_MAX_BYTES }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw new AppError('UNSUPPORTED_DOCUMENT');
      throw error;
    });
    scope.put(
      '/api/youths/:id/comensha/consents/:consentId/document',
      {
        bodyLimit: CONSENT_DOCUMENT_MAX_BYTES,
        schema: {
          tags,
          description: 'The signed consent form as the raw request body: PDF, JPEG or PNG, at most 5 MB. Earlier uploads are kept.',
          consumes: [...CONSENT_DOCUMENT_TYPES],
          params: consentParams,
          response: { 200: z.object({ mimeType: z.enum(CONSENT_DOCUMENT_TYPES), bytes: z.number().int() }), ...errorResponses, 413: errorSchema, 415: errorSchema },
        },
      },
      async (request) => uploadConsentDocument(platform, actorOf(request), request.params.id, request.params.consentId, request.body),
    );
  });

  app.get(
    '/api/youths/:id/comensha/consents/:consentId/document',
    {
      schema: {
        tags,
        description: 'The latest signed form, as a download (never shown inside Baken: it is an uploaded file).',
        params: consentParams,
        response: { 200: z.any().describe('application/pdf, image/jpeg or image/png'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const document = await readConsentDocument(platform, actorOf(request), request.params.id, request.params.consentId);
      return reply
        .type(document.mimeType)
        .header('content-disposition', `attachment; filename="toestemmingsverklaring.${EXTENSIONS[document.mimeType]}"`)
        .send(document.content);
    },
  );

  app.post(
    '/api/youths/:id/comensha/consents/:consentId/withdraw',
    { schema: { tags, description: 'Records a withdrawal. The consent stays on record.', params: consentParams, body: withdrawalInput, response: { 200: idOutput, ...errorResponses } } },
    async (request) => withdrawConsent(platform, actorOf(request), request.params.id, request.params.consentId, request.body),
  );

  app.post(
    '/api/youths/:id/comensha/registrations',
    {
      schema: {
        tags,
        description: 'A registration with CoMensha: refused without a consent that is valid on its day (saying why); recorded as a disclosure.',
        params: youthParam,
        body: registrationInput,
        response: { 200: registrationOutput, ...errorResponses },
      },
    },
    async (request) => registerWithComensha(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/youths/:id/comensha/registrations/:registrationId/pdf',
    {
      schema: {
        tags,
        description: 'The copy of the registration kept in the file, as PDF.',
        params: z.object({ id: z.uuid(), registrationId: z.uuid() }),
        response: { 200: z.any().describe('application/pdf'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await printRegistration(platform, actorOf(request), request.params.id, request.params.registrationId);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(pdf);
    },
  );

  app.post(
    '/api/youths/:id/comensha/no-registrations',
    { schema: { tags, description: 'Why no registration was made.', params: youthParam, body: noRegistrationInput, response: { 200: noRegistrationOutput, ...errorResponses } } },
    async (request) => recordNoRegistration(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/comensha/register',
    { schema: { tags, description: "The organisation's register of CoMensha registrations.", response: { 200: comenshaRegisterOutput, ...errorResponses } } },
    async (request) => readComenshaRegister(platform, actorOf(request)),
  );
}
