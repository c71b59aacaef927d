// HTTP for missing episodes: the episodes of a file and their steps, the
// police information sheet (preview, hand-over as a disclosure, PDF), and the
// "missing now" dashboard across the user's files.
import { z } from 'zod';
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses } from '../../platform/http/schemas.js';
import {
  detailsInput,
  episodeOutput,
  handOverInput,
  handOverOutput,
  medicalCheckInput,
  missingNowItem,
  returnInput,
  sheetPreview,
  startInput,
  stepInput,
  transferInput,
} from './missing.schemas.js';
import { listEpisodes, recordMedicalCheck, recordReturn, recordStep, startEpisode, transferResponsibility, updateDetails } from './missing.service.js';
import { readMissingNow } from './missingNow.service.js';
import { handOverPoliceSheet, previewPoliceSheet, printPoliceSheet } from './policeSheet.service.js';

const tags = ['missing'];
const youthParam = z.object({ id: z.uuid() });
const episodeParams = z.object({ id: z.uuid(), episodeId: z.uuid() });
const base = '/api/youths/:id/missing-episodes';

export function registerMissingRoutes(app: App, platform: Platform): void {
  app.get(
    base,
    { schema: { tags, description: 'The missing episodes of a file, newest first, with their timelines.', params: youthParam, response: { 200: z.array(episodeOutput), ...errorResponses } } },
    async (request) => listEpisodes(platform, actorOf(request), request.params.id),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        description: 'Starts an episode. Refused (409 EPISODE_OPEN) while another is open for the youth.',
        params: youthParam,
        body: startInput,
        response: { 200: episodeOutput, ...errorResponses },
      },
    },
    async (request) => startEpisode(platform, actorOf(request), request.params.id, request.body),
  );
  app.put(
    `${base}/:episodeId`,
    { schema: { tags, description: 'Corrects the description, urgency and contacts.', params: episodeParams, body: detailsInput, response: { 200: episodeOutput, ...errorResponses } } },
    async (request) => updateDetails(platform, actorOf(request), request.params.id, request.params.episodeId, request.body),
  );
  app.post(
    `${base}/:episodeId/steps`,
    { schema: { tags, description: 'Records a notification, a follow-up step after the return, or a note.', params: episodeParams, body: stepInput, response: { 200: episodeOutput, ...errorResponses } } },
    async (request) => recordStep(platform, actorOf(request), request.params.id, request.params.episodeId, request.body),
  );
  app.post(
    `${base}/:episodeId/return`,
    {
      schema: {
        tags,
        description: 'Records the return; with a medical check it becomes a medical decision "after running away".',
        params: episodeParams,
        body: returnInput,
        response: { 200: episodeOutput, ...errorResponses },
      },
    },
    async (request) => recordReturn(platform, actorOf(request), request.params.id, request.params.episodeId, request.body),
  );
  app.post(
    `${base}/:episodeId/medical-check`,
    { schema: { tags, params: episodeParams, body: medicalCheckInput, response: { 200: episodeOutput, ...errorResponses } } },
    async (request) => recordMedicalCheck(platform, actorOf(request), request.params.id, request.params.episodeId, request.body),
  );
  app.post(
    `${base}/:episodeId/transfer`,
    { schema: { tags, description: 'Responsibility moves to another placement while the youth is missing.', params: episodeParams, body: transferInput, response: { 200: episodeOutput, ...errorResponses } } },
    async (request) => transferResponsibility(platform, actorOf(request), request.params.id, request.params.episodeId, request.body),
  );
  app.get(
    `${base}/:episodeId/police-sheet`,
    {
      schema: {
        tags,
        description: 'The police information sheet as the file holds it now, to trim before handing it over; with the police partners and who may decide.',
        params: episodeParams,
        response: { 200: sheetPreview, ...errorResponses },
      },
    },
    async (request) => previewPoliceSheet(platform, actorOf(request), request.params.id, request.params.episodeId),
  );
  app.post(
    `${base}/:episodeId/police-sheet`,
    {
      schema: {
        tags,
        description:
          'Hands the trimmed sheet over: recorded as a disclosure (source policeSheet); a police unit in Baken receives exactly the kept items. 409 SHEET_CHANGED when the file changed since the preview.',
        params: episodeParams,
        body: handOverInput,
        response: { 200: handOverOutput, ...errorResponses },
      },
    },
    async (request) => handOverPoliceSheet(platform, actorOf(request), request.params.id, request.params.episodeId, request.body),
  );
  app.get(
    `${base}/:episodeId/police-sheets/:disclosureId/pdf`,
    {
      schema: {
        tags,
        description: 'A sheet that was handed over, as PDF: the disclosed content exactly.',
        params: episodeParams.extend({ disclosureId: z.uuid() }),
        response: { 200: z.any().describe('application/pdf'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await printPoliceSheet(platform, actorOf(request), request.params.id, request.params.episodeId, request.params.disclosureId);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(pdf);
    },
  );
  app.get(
    '/api/missing-now',
    { schema: { tags, description: 'Youths missing now among the files the user may open.', response: { 200: z.array(missingNowItem), ...errorResponses } } },
    async (request) => readMissingNow(platform, actorOf(request)),
  );
}
