// The partner directory, the organisation's contact facts ("who do I call?")
// and covenants. HTTP only: schema in, service, schema out.
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, idParam } from '../../../platform/http/schemas.js';
import {
  contactCandidatesOutput,
  organisationContactsInput,
  organisationContactsOutput,
  partnerInput,
  partnerListOutput,
  partnerListQuery,
  partnerOutput,
  partnerUpdate,
} from './partners.schemas.js';
import { covenantHistoryItem, covenantInput, covenantOutput, covenantReminder, covenantUpdate } from './covenants.schemas.js';
import { createPartner, listPartners, updatePartner } from './partners.service.js';
import { readContactCandidates, readOrganisationContacts, saveOrganisationContacts } from './organisationContacts.service.js';
import { createCovenant, listCovenantReminders, listCovenants, readCovenant, readCovenantHistory, updateCovenant } from './covenants.service.js';

export function registerPartnerRoutes(app: App, platform: Platform): void {
  const tags = ['partners'];

  app.get(
    '/api/partners',
    { schema: { tags, querystring: partnerListQuery, response: { 200: partnerListOutput, ...errorResponses } } },
    async (request) => {
      const { kind, region, q, includeInactive } = request.query;
      return listPartners(platform, actorOf(request), { kind, region, q, includeInactive: includeInactive === 'true' });
    },
  );

  app.post(
    '/api/partners',
    { schema: { tags, body: partnerInput, response: { 200: partnerOutput, ...errorResponses } } },
    async (request) => createPartner(platform, actorOf(request), request.body),
  );

  app.put(
    '/api/partners/:id',
    { schema: { tags, params: idParam, body: partnerUpdate, response: { 200: partnerOutput, ...errorResponses } } },
    async (request) => updatePartner(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/organisation-contacts',
    { schema: { tags, response: { 200: organisationContactsOutput, ...errorResponses } } },
    async (request) => readOrganisationContacts(platform, actorOf(request)),
  );

  app.get(
    '/api/organisation-contacts/candidates',
    { schema: { tags, response: { 200: contactCandidatesOutput, ...errorResponses } } },
    async (request) => readContactCandidates(platform, actorOf(request)),
  );

  app.put(
    '/api/organisation-contacts',
    { schema: { tags, body: organisationContactsInput, response: { 200: organisationContactsOutput, ...errorResponses } } },
    async (request) => saveOrganisationContacts(platform, actorOf(request), request.body),
  );

  app.get(
    '/api/covenants',
    { schema: { tags, response: { 200: z.array(covenantOutput), ...errorResponses } } },
    async (request) => listCovenants(platform, actorOf(request)),
  );

  app.get(
    '/api/covenants/reminders',
    { schema: { tags, response: { 200: z.array(covenantReminder), ...errorResponses } } },
    async (request) => listCovenantReminders(platform, actorOf(request)),
  );

  app.post(
    '/api/covenants',
    { schema: { tags, body: covenantInput, response: { 200: covenantOutput, ...errorResponses } } },
    async (request) => createCovenant(platform, actorOf(request), request.body),
  );

  app.get(
    '/api/covenants/:id',
    { schema: { tags, params: idParam, response: { 200: covenantOutput, ...errorResponses } } },
    async (request) => readCovenant(platform, actorOf(request), request.params.id),
  );

  app.put(
    '/api/covenants/:id',
    { schema: { tags, params: idParam, body: covenantUpdate, response: { 200: covenantOutput, ...errorResponses } } },
    async (request) => updateCovenant(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/covenants/:id/history',
    { schema: { tags, params: idParam, response: { 200: z.array(covenantHistoryItem), ...errorResponses } } },
    async (request) => readCovenantHistory(platform, actorOf(request), request.params.id),
  );
}
