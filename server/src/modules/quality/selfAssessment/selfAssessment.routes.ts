// HTTP for the self-assessment: the organisation's assessments, starting and
// closing one, answering criteria and indicators with their history, evidence
// documents, the colleagues who can own a criterion, and the PDF.
import type { FastifyError } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../platform/errors.js';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, errorSchema } from '../../../platform/http/schemas.js';
import { EVIDENCE_DOCUMENT_MAX_BYTES, EVIDENCE_DOCUMENT_TYPES } from './selfAssessment.options.js';
import {
  assessmentListItem,
  assessmentOutput,
  assessmentParams,
  assessmentStart,
  criterionInput,
  criterionOutput,
  documentParams,
  evidenceDocument,
  historyItem,
  indicatorInput,
  indicatorOutput,
  itemParams,
  ownerCandidates,
  uploadQuery,
} from './selfAssessment.schemas.js';
import { closeAssessment, listAssessments, listOwnerCandidates, readAssessment, startAssessment } from './selfAssessment.service.js';
import { readItemHistory, saveCriterion, saveIndicator } from './answers.service.js';
import { attachmentHeader, readEvidence, uploadEvidence } from './evidence.service.js';
import { printAssessment } from './print.service.js';

const tags = ['quality'];

export function registerSelfAssessmentRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/self-assessments',
    { schema: { tags, description: "The organisation's self-assessments, newest first, each with its counts per status.", response: { 200: z.array(assessmentListItem), ...errorResponses } } },
    async (request) => listAssessments(platform, actorOf(request)),
  );

  app.post(
    '/api/self-assessments',
    {
      schema: {
        tags,
        description: 'Starts a self-assessment against the current quality framework; the open one is closed, and its answers are the starting point when carryOver is true.',
        body: assessmentStart,
        response: { 200: assessmentOutput, ...errorResponses },
      },
    },
    async (request) => startAssessment(platform, actorOf(request), request.body),
  );

  app.get(
    '/api/self-assessments/owners',
    { schema: { tags, description: 'Active colleagues who can own a criterion.', response: { 200: ownerCandidates, ...errorResponses } } },
    async (request) => listOwnerCandidates(platform, actorOf(request)),
  );

  app.get(
    '/api/self-assessments/:id',
    { schema: { tags, description: 'One self-assessment: every criterion and self-assessed indicator, and the summary per core element.', params: assessmentParams, response: { 200: assessmentOutput, ...errorResponses } } },
    async (request) => readAssessment(platform, actorOf(request), request.params.id),
  );

  app.post(
    '/api/self-assessments/:id/close',
    { schema: { tags, description: 'Closes the assessment; it stays readable and is never changed again.', params: assessmentParams, response: { 200: assessmentOutput, ...errorResponses } } },
    async (request) => closeAssessment(platform, actorOf(request), request.params.id),
  );

  app.put(
    '/api/self-assessments/:id/criteria/:ref',
    { schema: { tags, description: 'Where the organisation stands on one criterion, with evidence, owner, due date and comments.', params: itemParams, body: criterionInput, response: { 200: criterionOutput, ...errorResponses } } },
    async (request) => saveCriterion(platform, actorOf(request), request.params.id, request.params.ref, request.body),
  );

  app.put(
    '/api/self-assessments/:id/indicators/:ref',
    { schema: { tags, description: 'The answer to an indicator the case files cannot answer.', params: itemParams, body: indicatorInput, response: { 200: indicatorOutput, ...errorResponses } } },
    async (request) => saveIndicator(platform, actorOf(request), request.params.id, request.params.ref, request.body),
  );

  app.get(
    '/api/self-assessments/:id/items/:ref/history',
    { schema: { tags, description: 'Every change of one criterion or indicator in this assessment, newest first.', params: itemParams, response: { 200: z.array(historyItem), ...errorResponses } } },
    async (request) => readItemHistory(platform, actorOf(request), request.params.id, request.params.ref),
  );

  // Evidence is the one upload of this module: its parser and its larger body
  // limit live in a scope of their own, so no other route accepts a PDF.
  void app.register(async (scope: App) => {
    scope.addContentTypeParser([...EVIDENCE_DOCUMENT_TYPES], { parseAs: 'buffer', bodyLimit: EVIDENCE_DOCUMENT_MAX_BYTES }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw new AppError('UNSUPPORTED_EVIDENCE');
      throw error;
    });
    scope.post(
      '/api/self-assessments/:id/documents',
      {
        bodyLimit: EVIDENCE_DOCUMENT_MAX_BYTES,
        schema: {
          tags,
          description: 'An evidence document as the raw request body: PDF, JPEG or PNG, at most 10 MB; ?name= is the file name to show. Link it to a criterion with its id.',
          consumes: [...EVIDENCE_DOCUMENT_TYPES],
          params: assessmentParams,
          querystring: uploadQuery,
          response: { 200: evidenceDocument, ...errorResponses, 413: errorSchema, 415: errorSchema },
        },
      },
      async (request) => uploadEvidence(platform, actorOf(request), request.params.id, request.body, request.query.name),
    );
  });

  app.get(
    '/api/self-assessments/:id/documents/:documentId',
    {
      schema: {
        tags,
        description: 'An evidence document of this assessment, as a download.',
        params: documentParams,
        response: { 200: z.any().describe('application/pdf, image/jpeg or image/png'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const document = await readEvidence(platform, actorOf(request), request.params.id, request.params.documentId);
      return reply.type(document.mimeType).header('content-disposition', attachmentHeader(document.fileName)).send(document.content);
    },
  );

  app.get(
    '/api/self-assessments/:id/pdf',
    { schema: { tags, description: 'The whole self-assessment as PDF, for management and partners.', params: assessmentParams, response: { 200: z.any().describe('application/pdf'), ...errorResponses } } },
    async (request, reply) => {
      const { pdf, filename } = await printAssessment(platform, actorOf(request), request.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(pdf);
    },
  );
}
