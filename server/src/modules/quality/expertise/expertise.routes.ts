// HTTP for the staff expertise register and the uploads of the quality
// registers. HTTP only: schema in, service, schema out.
import type { FastifyError } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../platform/errors.js';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, errorSchema, idParam } from '../../../platform/http/schemas.js';
import { pickLocale } from '../../../platform/i18n/messages.js';
import { CERTIFICATE_TYPES, QUALITY_DOCUMENT_MAX_BYTES } from './expertise.options.js';
import {
  documentUploadOutput,
  documentUploadQuery,
  historyItem,
  overviewOutput,
  ownOutput,
  personOutput,
  registrationInput,
  registrationOutput,
  registrationUpdate,
  reminderOutput,
  trainingInput,
  trainingOutput,
  trainingUpdate,
  withdrawInput,
} from './expertise.schemas.js';
import {
  exportTeamRatios,
  readCertificate,
  readExpertiseHistory,
  readExpertiseOverview,
  readExpiryReminders,
  readOwnExpertise,
  readPerson,
  recordRegistration,
  recordTraining,
  updateRegistration,
  updateTraining,
  withdrawRegistration,
  withdrawTraining,
} from './expertise.service.js';
import { uploadQualityDocument } from './qualityDocuments.js';

const tags = ['expertise'];

/** The two rows of the CSV that are not a team, in the request's language. */
const CSV_LABELS = { nl: { noTeam: 'Zonder team', organisation: 'Hele organisatie' }, en: { noTeam: 'No team', organisation: 'Whole organisation' } };

/** A download header that cannot be broken by the name: ASCII fallback plus the UTF-8 name. */
export function attachment(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'document';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerExpertiseRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/expertise',
    { schema: { tags, description: 'Staff with a case role, their registration and training, the ratios per team and the reminders.', response: { 200: overviewOutput, ...errorResponses } } },
    async (request) => readExpertiseOverview(platform, actorOf(request)),
  );

  app.get(
    '/api/expertise/ratios.csv',
    { schema: { tags, description: 'The ratios per team as CSV (semicolons, UTF-8).', response: { 200: z.any().describe('text/csv'), ...errorResponses } } },
    async (request, reply) => {
      const { csv, today } = await exportTeamRatios(platform, actorOf(request), CSV_LABELS[pickLocale(request.headers['accept-language'])]);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="deskundigheid-per-team-${today}.csv"`).send(csv);
    },
  );

  app.get(
    '/api/expertise/reminders',
    { schema: { tags, description: 'Registrations expiring within 60 days, and expired ones without a renewal.', response: { 200: z.array(reminderOutput), ...errorResponses } } },
    async (request) => readExpiryReminders(platform, actorOf(request)),
  );

  app.get(
    '/api/expertise/mine',
    { schema: { tags, description: 'Your own trainings and registrations, and a reminder when your registration expires.', response: { 200: ownOutput, ...errorResponses } } },
    async (request) => readOwnExpertise(platform, actorOf(request)),
  );

  app.get(
    '/api/expertise/people/:id',
    { schema: { tags, description: "One colleague's trainings and registrations (or your own).", params: idParam, response: { 200: personOutput, ...errorResponses } } },
    async (request) => readPerson(platform, actorOf(request), request.params.id),
  );

  app.get(
    '/api/expertise/history/:id',
    { schema: { tags, description: 'Every change of a training or registration, newest first.', params: idParam, response: { 200: z.array(historyItem), ...errorResponses } } },
    async (request) => readExpertiseHistory(platform, actorOf(request), request.params.id),
  );

  app.post(
    '/api/expertise/trainings',
    { schema: { tags, body: trainingInput, response: { 200: trainingOutput, ...errorResponses } } },
    async (request) => recordTraining(platform, actorOf(request), request.body),
  );

  app.put(
    '/api/expertise/trainings/:id',
    { schema: { tags, params: idParam, body: trainingUpdate, response: { 200: trainingOutput, ...errorResponses } } },
    async (request) => updateTraining(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/expertise/trainings/:id/withdraw',
    { schema: { tags, description: 'Takes a training out of every count; it stays on record.', params: idParam, body: withdrawInput, response: { 200: trainingOutput, ...errorResponses } } },
    async (request) => withdrawTraining(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/expertise/trainings/:id/certificate',
    { schema: { tags, description: 'The certificate as a download.', params: idParam, response: { 200: z.any().describe('application/pdf, image/jpeg or image/png'), ...errorResponses } } },
    async (request, reply) => {
      const document = await readCertificate(platform, actorOf(request), request.params.id);
      return reply.type(document.mimeType).header('content-disposition', attachment(document.fileName)).send(document.content);
    },
  );

  app.post(
    '/api/expertise/registrations',
    { schema: { tags, body: registrationInput, response: { 200: registrationOutput, ...errorResponses } } },
    async (request) => recordRegistration(platform, actorOf(request), request.body),
  );

  app.put(
    '/api/expertise/registrations/:id',
    { schema: { tags, description: 'Corrects a registration, or records its renewal with a new expiry date.', params: idParam, body: registrationUpdate, response: { 200: registrationOutput, ...errorResponses } } },
    async (request) => updateRegistration(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/expertise/registrations/:id/withdraw',
    { schema: { tags, description: 'Takes a registration out of every count; it stays on record.', params: idParam, body: withdrawInput, response: { 200: registrationOutput, ...errorResponses } } },
    async (request) => withdrawRegistration(platform, actorOf(request), request.params.id, request.body),
  );

  // The one upload of the quality registers: its parser and its larger body
  // limit live in a scope of their own, so no other route accepts a file.
  void app.register(async (scope: App) => {
    scope.addContentTypeParser([...CERTIFICATE_TYPES], { parseAs: 'buffer', bodyLimit: QUALITY_DOCUMENT_MAX_BYTES }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw new AppError('UNSUPPORTED_QUALITY_DOCUMENT');
      throw error;
    });
    scope.post(
      '/api/quality/documents',
      {
        bodyLimit: QUALITY_DOCUMENT_MAX_BYTES,
        schema: {
          tags,
          description: 'A certificate (PDF, JPEG or PNG) or a policy document (PDF) as the raw request body, at most 10 MB. Link it by its id.',
          consumes: [...CERTIFICATE_TYPES],
          querystring: documentUploadQuery,
          response: { 200: documentUploadOutput, ...errorResponses, 413: errorSchema, 415: errorSchema },
        },
      },
      async (request) => uploadQualityDocument(platform, actorOf(request), request.query.purpose, request.query.name, request.body),
    );
  });
}
