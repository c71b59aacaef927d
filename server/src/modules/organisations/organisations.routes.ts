import { z } from 'zod';
import type { App, Platform } from '../../platform/http/app-types.js';
import { actorOf, clientOf } from '../../platform/http/context.js';
import { errorResponses, idParam, okSchema } from '../../platform/http/schemas.js';
import { setSessionCookie } from '../../platform/auth/auth.routes.js';
import {
  activationBody,
  createTeamBody,
  createUserBody,
  oidcBody,
  oidcSettingsSchema,
  setupBody,
  teamSchema,
  updateUserBody,
  userSchema,
} from './organisations.schemas.js';
import {
  activateAccount,
  completeSetup,
  configureOidc,
  createTeam,
  createUser,
  listTeams,
  listUsers,
  readOidcSettings,
  resetUserAccess,
  setUserActive,
  updateUser,
} from './organisations.service.js';

export function registerOrganisationRoutes(app: App, platform: Platform): void {
  const limited = { rateLimit: { max: platform.config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } };
  const tags = ['organisations'];

  app.post(
    '/api/setup',
    {
      config: { auth: 'public', ...limited },
      schema: { tags, body: setupBody, response: { 200: z.object({ stage: z.literal('mfaEnrol') }), ...errorResponses } },
    },
    async (request, reply) => {
      const token = await completeSetup(platform, request.body, clientOf(request));
      setSessionCookie(reply, platform, token);
      return { stage: 'mfaEnrol' as const };
    },
  );

  app.post(
    '/api/auth/activate',
    {
      config: { auth: 'public', ...limited },
      schema: { tags, body: activationBody, response: { 200: okSchema, ...errorResponses } },
    },
    async (request) => {
      await activateAccount(platform, request.body, clientOf(request));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/admin/users',
    { schema: { tags, response: { 200: z.array(userSchema), ...errorResponses } } },
    async (request) => listUsers(platform, actorOf(request)),
  );

  app.post(
    '/api/admin/users',
    {
      schema: {
        tags,
        body: createUserBody,
        response: { 200: z.object({ id: z.string(), activationUrl: z.string() }), ...errorResponses },
      },
    },
    async (request) => createUser(platform, actorOf(request), request.body),
  );

  app.patch(
    '/api/admin/users/:id',
    { schema: { tags, params: idParam, body: updateUserBody, response: { 200: okSchema, ...errorResponses } } },
    async (request) => {
      await updateUser(platform, actorOf(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/admin/users/:id/deactivate',
    { schema: { tags, params: idParam, response: { 200: okSchema, ...errorResponses } } },
    async (request) => {
      await setUserActive(platform, actorOf(request), request.params.id, false);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/admin/users/:id/reactivate',
    { schema: { tags, params: idParam, response: { 200: okSchema, ...errorResponses } } },
    async (request) => {
      await setUserActive(platform, actorOf(request), request.params.id, true);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/admin/users/:id/reset-access',
    {
      schema: { tags, params: idParam, response: { 200: z.object({ activationUrl: z.string() }), ...errorResponses } },
    },
    async (request) => resetUserAccess(platform, actorOf(request), request.params.id),
  );

  app.get(
    '/api/admin/teams',
    { schema: { tags, response: { 200: z.array(teamSchema), ...errorResponses } } },
    async (request) => listTeams(platform, actorOf(request)),
  );

  app.post(
    '/api/admin/teams',
    { schema: { tags, body: createTeamBody, response: { 200: teamSchema, ...errorResponses } } },
    async (request) => createTeam(platform, actorOf(request), request.body.name),
  );

  app.get(
    '/api/admin/oidc',
    { schema: { tags, response: { 200: oidcSettingsSchema.nullable(), ...errorResponses } } },
    async (request) => readOidcSettings(platform, actorOf(request)),
  );

  app.put(
    '/api/admin/oidc',
    { schema: { tags, body: oidcBody, response: { 200: okSchema, ...errorResponses } } },
    async (request) => {
      await configureOidc(platform, actorOf(request), request.body);
      return { ok: true as const };
    },
  );
}
