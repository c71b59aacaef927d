// HTTP for every kind of case record: list, create and update (or, for a
// singleton, read and save), sign off where the kind allows it, and one route
// for the history of any record. The routes are generated from the kinds, so
// every kind gets the same request path and the same checks.
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses } from '../../../platform/http/schemas.js';
import type { RecordKind } from './recordKind.js';
import { createRecord, listRecords, readHistory, readSingleton, saveSingleton, signOffRecord, updateRecord } from './records.service.js';

const youthParam = z.object({ id: z.uuid() });
const recordParams = z.object({ id: z.uuid(), recordId: z.uuid() });

/** What every record answers besides its own fields. */
const recordMeta = {
  id: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
};
const signOffMeta = { signedOffAt: z.string().nullable(), signedOffByName: z.string().nullable() };

function outputSchema(kind: RecordKind) {
  // Loose: the kind's own fields pass through as stored; the input schema documents them.
  return z.looseObject({ ...recordMeta, ...(kind.signOff ? signOffMeta : {}) });
}

function bodyWithVersion(kind: RecordKind, updatedAt: z.ZodType) {
  const base = kind.input as unknown as z.ZodObject;
  return base.extend({ updatedAt });
}

export function registerRecordRoutes(app: App, platform: Platform, kinds: readonly RecordKind[]): void {
  const tags = ['caseRecords'];
  for (const kind of kinds) {
    const path = `/api/youths/:id/${kind.path}`;
    const output = outputSchema(kind);
    if (kind.singleton) {
      app.get(
        path,
        { schema: { tags, params: youthParam, response: { 200: output.nullable(), ...errorResponses } } },
        async (request) => readSingleton(platform, actorOf(request), request.params.id, kind),
      );
      app.put(
        path,
        {
          schema: {
            tags,
            params: youthParam,
            body: bodyWithVersion(kind, z.string().nullable().describe('updatedAt as last read, or null for the first save')),
            response: { 200: output, ...errorResponses },
          },
        },
        async (request) => saveSingleton(platform, actorOf(request), request.params.id, kind, request.body as Record<string, unknown> & { updatedAt: string | null }),
      );
      continue;
    }
    app.get(
      path,
      { schema: { tags, params: youthParam, response: { 200: z.array(output), ...errorResponses } } },
      async (request) => listRecords(platform, actorOf(request), request.params.id, kind),
    );
    app.post(
      path,
      { schema: { tags, params: youthParam, body: kind.input, response: { 200: output, ...errorResponses } } },
      async (request) => createRecord(platform, actorOf(request), request.params.id, kind, request.body as Record<string, unknown>),
    );
    app.put(
      `${path}/:recordId`,
      {
        schema: {
          tags,
          params: recordParams,
          body: bodyWithVersion(kind, z.string().describe('updatedAt as last read; a different one means someone else changed it')),
          response: { 200: output, ...errorResponses },
        },
      },
      async (request) =>
        updateRecord(platform, actorOf(request), request.params.id, kind, request.params.recordId, request.body as Record<string, unknown> & { updatedAt: string }),
    );
    if (kind.signOff) {
      app.post(
        `${path}/:recordId/sign-off`,
        { schema: { tags, params: recordParams, body: z.object({ updatedAt: z.string() }), response: { 200: output, ...errorResponses } } },
        async (request) => signOffRecord(platform, actorOf(request), request.params.id, kind, request.params.recordId, request.body.updatedAt),
      );
    }
  }

  app.get(
    '/api/youths/:id/history/:recordId',
    {
      schema: {
        tags,
        params: recordParams,
        response: {
          200: z.array(
            z.object({
              kind: z.string(),
              change: z.string(),
              changedAt: z.string(),
              changedByName: z.string().nullable(),
              snapshot: z.record(z.string(), z.unknown()),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => readHistory(platform, actorOf(request), request.params.id, request.params.recordId),
  );
}
