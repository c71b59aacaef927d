// The provider directory. HTTP only: schema in, service, schema out.
import { z } from 'zod';
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses, idParam } from '../../platform/http/schemas.js';
import {
  entryInput,
  entryListOutput,
  entryListQuery,
  entryOutput,
  entryUpdate,
  historyItem,
  ownEntriesOutput,
  shareInput,
  versionInput,
} from './providerDirectory.schemas.js';
import { createEntry, readEntry, readEntryHistory, searchEntries, setEntryArchived, updateEntry } from './providerDirectory.service.js';
import { readOwnEntries, setSelfAssessmentShare } from './selfAssessmentShare.service.js';

export function registerProviderDirectoryRoutes(app: App, platform: Platform): void {
  const tags = ['providerDirectory'];

  app.get(
    '/api/provider-directory',
    { schema: { tags, querystring: entryListQuery, response: { 200: entryListOutput, ...errorResponses } } },
    async (request) => {
      const { q, careKind, targetGroup, region, national, includeArchived } = request.query;
      return searchEntries(platform, actorOf(request), {
        q: q || undefined,
        careKind,
        targetGroup,
        region: region || undefined,
        national: national === undefined ? undefined : national === 'true',
        includeArchived: includeArchived === 'true',
      });
    },
  );

  app.post(
    '/api/provider-directory',
    { schema: { tags, body: entryInput, response: { 200: entryOutput, ...errorResponses } } },
    async (request) => createEntry(platform, actorOf(request), request.body),
  );

  app.get(
    '/api/provider-directory/own',
    {
      schema: {
        tags,
        description: "The entries linked to the caller's own provider organisation, for its quality officer to share the self-assessment date.",
        response: { 200: ownEntriesOutput, ...errorResponses },
      },
    },
    async (request) => readOwnEntries(platform, actorOf(request)),
  );

  app.put(
    '/api/provider-directory/own/:id/self-assessment',
    { schema: { tags, params: idParam, body: shareInput, response: { 200: ownEntriesOutput, ...errorResponses } } },
    async (request) => setSelfAssessmentShare(platform, actorOf(request), request.params.id, request.body.share),
  );

  app.get(
    '/api/provider-directory/:id',
    { schema: { tags, params: idParam, response: { 200: entryOutput, ...errorResponses } } },
    async (request) => readEntry(platform, actorOf(request), request.params.id),
  );

  app.put(
    '/api/provider-directory/:id',
    { schema: { tags, params: idParam, body: entryUpdate, response: { 200: entryOutput, ...errorResponses } } },
    async (request) => updateEntry(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/provider-directory/:id/archive',
    { schema: { tags, params: idParam, body: versionInput, response: { 200: entryOutput, ...errorResponses } } },
    async (request) => setEntryArchived(platform, actorOf(request), request.params.id, true, request.body.updatedAt),
  );

  app.post(
    '/api/provider-directory/:id/restore',
    { schema: { tags, params: idParam, body: versionInput, response: { 200: entryOutput, ...errorResponses } } },
    async (request) => setEntryArchived(platform, actorOf(request), request.params.id, false, request.body.updatedAt),
  );

  app.get(
    '/api/provider-directory/:id/history',
    { schema: { tags, params: idParam, response: { 200: z.array(historyItem), ...errorResponses } } },
    async (request) => readEntryHistory(platform, actorOf(request), request.params.id),
  );
}
