import { z } from 'zod';
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf } from '../../platform/http/context.js';
import { errorResponses, idParam, okSchema } from '../../platform/http/schemas.js';
import {
  accessLogDayPage,
  accessLogPage,
  accessLogQuery,
  addMemberInput,
  breakGlassGrant,
  breakGlassInput,
  breakGlassSearchQuery,
  caseTeamMember,
  journalEntry,
  journalInput,
  listQuery,
  overviewSchema,
  reviewInput,
  youthInput,
  youthListItem,
} from './caseFiles.schemas.js';
import * as service from './caseFiles.service.js';

export function registerCaseFileRoutes(app: App, platform: Platform): void {
  const tags = ['caseFiles'];

  app.get(
    '/api/youths',
    { schema: { tags, querystring: listQuery, response: { 200: z.array(youthListItem), ...errorResponses } } },
    async (request) => service.listYouths(platform, actorOf(request), request.query),
  );

  app.get(
    '/api/youths/break-glass-search',
    {
      schema: {
        tags,
        querystring: breakGlassSearchQuery,
        response: {
          200: z.array(z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), dateOfBirth: z.string() })),
          ...errorResponses,
        },
      },
    },
    async (request) => service.searchForBreakGlass(platform, actorOf(request), request.query.q, request.query.dateOfBirth),
  );

  app.post(
    '/api/youths',
    { schema: { tags, body: youthInput, response: { 200: z.object({ id: z.string() }), ...errorResponses } } },
    async (request) => service.createYouth(platform, actorOf(request), request.body),
  );

  app.get(
    '/api/youths/:id',
    { schema: { tags, params: idParam, response: { 200: overviewSchema, ...errorResponses } } },
    async (request) => service.readOverview(platform, actorOf(request), request.params.id),
  );

  app.put(
    '/api/youths/:id',
    { schema: { tags, params: idParam, body: youthInput, response: { 200: okSchema, ...errorResponses } } },
    async (request) => {
      await service.updateYouth(platform, actorOf(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/youths/:id/team',
    { schema: { tags, params: idParam, response: { 200: z.array(caseTeamMember), ...errorResponses } } },
    async (request) => service.readCaseTeam(platform, actorOf(request), request.params.id),
  );

  app.get(
    '/api/youths/:id/team/candidates',
    {
      schema: {
        tags,
        params: idParam,
        response: {
          200: z.array(z.object({ userId: z.string(), displayName: z.string(), roles: z.array(z.string()) })),
          ...errorResponses,
        },
      },
    },
    async (request) => service.listCaseTeamCandidates(platform, actorOf(request), request.params.id),
  );

  app.post(
    '/api/youths/:id/team',
    { schema: { tags, params: idParam, body: addMemberInput, response: { 200: okSchema, ...errorResponses } } },
    async (request) => {
      await service.addCaseTeamMember(platform, actorOf(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/youths/:id/team/:userId',
    {
      schema: { tags, params: z.object({ id: z.uuid(), userId: z.uuid() }), response: { 200: okSchema, ...errorResponses } },
    },
    async (request) => {
      await service.removeCaseTeamMember(platform, actorOf(request), request.params.id, request.params.userId);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/youths/:id/journal',
    { schema: { tags, params: idParam, response: { 200: z.array(journalEntry), ...errorResponses } } },
    async (request) => service.readJournal(platform, actorOf(request), request.params.id),
  );

  app.post(
    '/api/youths/:id/journal',
    { schema: { tags, params: idParam, body: journalInput, response: { 200: z.object({ id: z.string() }), ...errorResponses } } },
    async (request) => service.addJournalEntry(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/youths/:id/access-log',
    { schema: { tags, params: idParam, querystring: accessLogQuery, response: { 200: accessLogPage, ...errorResponses } } },
    async (request) => service.readAccessLog(platform, actorOf(request), request.params.id, request.query.cursor),
  );

  app.get(
    '/api/youths/:id/access-log/days',
    {
      schema: {
        tags,
        description: 'Who looked at the file: one row per person per day (Europe/Amsterdam), newest first, 50 a page.',
        params: idParam,
        querystring: accessLogQuery,
        response: { 200: accessLogDayPage, ...errorResponses },
      },
    },
    async (request) => service.readAccessLogDays(platform, actorOf(request), request.params.id, request.query.cursor),
  );

  app.post(
    '/api/youths/:id/break-glass',
    {
      schema: {
        tags,
        params: idParam,
        body: breakGlassInput,
        response: { 200: z.object({ id: z.string(), expiresAt: z.string() }), ...errorResponses },
      },
    },
    async (request) => service.breakTheGlass(platform, actorOf(request), request.params.id, request.body.reason),
  );

  app.get(
    '/api/break-glass',
    {
      schema: {
        tags,
        querystring: z.object({ status: z.enum(['open', 'all']).default('open') }),
        response: { 200: z.array(breakGlassGrant), ...errorResponses },
      },
    },
    async (request) => service.listBreakGlassGrants(platform, actorOf(request), request.query.status),
  );

  app.post(
    '/api/break-glass/:id/review',
    { schema: { tags, params: idParam, body: reviewInput, response: { 200: okSchema, ...errorResponses } } },
    async (request) => {
      await service.reviewBreakGlass(platform, actorOf(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );
}
