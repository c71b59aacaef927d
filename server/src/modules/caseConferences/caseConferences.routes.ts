// Case conferences (zorgtafels). HTTP only: schema in, service, schema out.
import { z } from 'zod';
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses, idParam } from '../../platform/http/schemas.js';
import {
  actionInput,
  actionParams,
  actionUpdate,
  agendaInput,
  caseInput,
  caseParams,
  colleaguesOutput,
  conferenceInput,
  conferenceListOutput,
  conferenceOutput,
  conferenceUpdate,
  entryInput,
  fileCasesOutput,
  inviteInput,
  participantInput,
} from './caseConferences.schemas.js';
import {
  addAction,
  addEntry,
  addParticipant,
  bringInCase,
  conferenceColleagues,
  conveneConference,
  fileConferenceCases,
  inviteOrganisation,
  listConferences,
  orderAgenda,
  readConference,
  setConferenceStatus,
  updateAction,
} from './caseConferences.service.js';

export function registerCaseConferenceRoutes(app: App, platform: Platform): void {
  const tags = ['caseConferences'];
  const out = { 200: conferenceOutput, ...errorResponses };

  app.get('/api/case-conferences', { schema: { tags, response: { 200: conferenceListOutput, ...errorResponses } } }, async (request) =>
    listConferences(platform, actorOf(request)),
  );
  app.post('/api/case-conferences', { schema: { tags, body: conferenceInput, response: out } }, async (request) =>
    conveneConference(platform, actorOf(request), request.body),
  );
  app.get('/api/case-conferences/:id', { schema: { tags, params: idParam, response: out } }, async (request) =>
    readConference(platform, actorOf(request), request.params.id),
  );
  app.put('/api/case-conferences/:id/status', { schema: { tags, params: idParam, body: conferenceUpdate, response: out } }, async (request) =>
    setConferenceStatus(platform, actorOf(request), request.params.id, request.body.status),
  );
  app.post(
    '/api/case-conferences/:id/close',
    { schema: { tags, params: idParam, body: z.object({ confirm: z.literal(true) }), response: out } },
    async (request) => setConferenceStatus(platform, actorOf(request), request.params.id, 'closed'),
  );
  app.post('/api/case-conferences/:id/organisations', { schema: { tags, params: idParam, body: inviteInput, response: out } }, async (request) =>
    inviteOrganisation(platform, actorOf(request), request.params.id, request.body.slug),
  );
  app.get('/api/case-conferences/:id/colleagues', { schema: { tags, params: idParam, response: { 200: colleaguesOutput, ...errorResponses } } }, async (request) =>
    conferenceColleagues(platform, actorOf(request), request.params.id),
  );
  app.post('/api/case-conferences/:id/participants', { schema: { tags, params: idParam, body: participantInput, response: out } }, async (request) =>
    addParticipant(platform, actorOf(request), request.params.id, request.body.userId),
  );
  app.post('/api/case-conferences/:id/cases', { schema: { tags, params: idParam, body: caseInput, response: out } }, async (request) =>
    bringInCase(platform, actorOf(request), request.params.id, request.body),
  );
  app.put('/api/case-conferences/:id/agenda', { schema: { tags, params: idParam, body: agendaInput, response: out } }, async (request) =>
    orderAgenda(platform, actorOf(request), request.params.id, request.body.caseIds),
  );
  app.post('/api/case-conferences/:id/cases/:caseId/entries', { schema: { tags, params: caseParams, body: entryInput, response: out } }, async (request) =>
    addEntry(platform, actorOf(request), request.params.id, request.params.caseId, request.body.kind, request.body.text),
  );
  app.post('/api/case-conferences/:id/cases/:caseId/actions', { schema: { tags, params: caseParams, body: actionInput, response: out } }, async (request) =>
    addAction(platform, actorOf(request), request.params.id, request.params.caseId, request.body),
  );
  app.put('/api/case-conferences/:id/actions/:actionId', { schema: { tags, params: actionParams, body: actionUpdate, response: out } }, async (request) =>
    updateAction(platform, actorOf(request), request.params.id, request.params.actionId, request.body.status),
  );
  app.get(
    '/api/youths/:id/case-conferences',
    { schema: { tags, params: idParam, response: { 200: fileCasesOutput, ...errorResponses } } },
    async (request) => fileConferenceCases(platform, actorOf(request), request.params.id),
  );
}
