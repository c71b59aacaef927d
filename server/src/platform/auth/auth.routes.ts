// HTTP routes for sign-in, the second factor, single sign-on and sessions.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App, Platform } from '../http/app-types.js';
import { actorOf, clientOf } from '../http/context.js';
import { errorResponses, okSchema } from '../http/schemas.js';
import { fieldKey } from '../i18n/fieldMessages.js';
import { capabilitiesOf } from '../authz/roles.js';
import { AppError } from '../errors.js';
import { PASSWORD_MAX_LENGTH } from './passwords.js';
import { SESSION_COOKIE } from './sessions.js';
import {
  confirmMfaEnrolment,
  listOwnSessions,
  revokeOwnSessions,
  signInWithPassword,
  signOut,
  stageOf,
  startMfaEnrolment,
  verifySecondFactor,
} from './auth.service.js';
import { finishOidcSignIn, listOidcOrganisations, OIDC_COOKIE, startOidcSignIn, type OidcFlowState } from './oidc.js';

const stageSchema = z.enum(['signedOut', 'mfaEnrol', 'mfaChallenge', 'signedIn']);

export function setSessionCookie(reply: FastifyReply, platform: Platform, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: platform.config.secureCookies,
    maxAge: platform.config.SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export function registerAuthRoutes(app: App, platform: Platform): void {
  const loginLimit = { rateLimit: { max: platform.config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' } };

  app.get(
    '/api/csrf',
    { config: { auth: 'public' }, schema: { tags: ['auth'], response: { 200: z.object({ token: z.string() }) } } },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.post(
    '/api/auth/login',
    {
      config: { auth: 'public', ...loginLimit },
      schema: {
        tags: ['auth'],
        body: z.object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(PASSWORD_MAX_LENGTH) }),
        response: { 200: z.object({ stage: stageSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { token, stage } = await signInWithPassword(platform, request.body.email, request.body.password, clientOf(request));
      setSessionCookie(reply, platform, token);
      return { stage };
    },
  );

  app.post(
    '/api/auth/mfa/enrolment',
    {
      config: { auth: 'pendingMfa' },
      schema: {
        tags: ['auth'],
        response: { 200: z.object({ secret: z.string(), otpauthUri: z.string(), qrDataUrl: z.string() }), ...errorResponses },
      },
    },
    async (request) => startMfaEnrolment(platform, request.session!),
  );

  app.post(
    '/api/auth/mfa/enrolment/confirm',
    {
      config: { auth: 'pendingMfa', ...loginLimit },
      schema: {
        tags: ['auth'],
        body: z.object({ code: z.string().trim().regex(/^\d{6}$/, fieldKey('totpFormat')) }),
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }), ...errorResponses },
      },
    },
    async (request) => ({
      recoveryCodes: await confirmMfaEnrolment(platform, request.session!, request.body.code, clientOf(request)),
    }),
  );

  app.post(
    '/api/auth/mfa/verify',
    {
      config: { auth: 'pendingMfa', ...loginLimit },
      schema: {
        tags: ['auth'],
        body: z
          .object({
            code: z.string().trim().regex(/^\d{6}$/, fieldKey('totpFormat')).optional(),
            recoveryCode: z.string().trim().min(8).max(20).optional(),
          })
          .refine((b) => !!b.code !== !!b.recoveryCode, fieldKey('codeOrRecoveryCode')),
        response: { 200: z.object({ stage: stageSchema }), ...errorResponses },
      },
    },
    async (request) => {
      await verifySecondFactor(platform, request.session!, request.body, clientOf(request));
      return { stage: 'signedIn' as const };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { auth: 'pendingMfa' }, schema: { tags: ['auth'], response: { 200: okSchema, ...errorResponses } } },
    async (request, reply) => {
      await signOut(platform, request.session!, clientOf(request));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/sessions',
    {
      schema: {
        tags: ['auth'],
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              createdAt: z.string(),
              lastSeenAt: z.string(),
              ip: z.string().nullable(),
              userAgent: z.string().nullable(),
              authMethod: z.string(),
              current: z.boolean(),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => listOwnSessions(platform, actorOf(request)),
  );

  app.delete(
    '/api/sessions/:id',
    {
      schema: { tags: ['auth'], params: z.object({ id: z.uuid() }), response: { 200: okSchema, ...errorResponses } },
    },
    async (request) => {
      await revokeOwnSessions(platform, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/sessions/revoke-others',
    { schema: { tags: ['auth'], response: { 200: z.object({ revoked: z.number() }), ...errorResponses } } },
    async (request) => ({ revoked: await revokeOwnSessions(platform, actorOf(request), 'others') }),
  );

  app.get(
    '/api/auth/oidc/organisations',
    {
      config: { auth: 'public' },
      schema: { tags: ['auth'], response: { 200: z.array(z.object({ slug: z.string(), name: z.string() })) } },
    },
    async () => listOidcOrganisations(platform),
  );

  app.get(
    '/api/auth/oidc/start',
    {
      config: { auth: 'public', ...loginLimit },
      schema: { tags: ['auth'], querystring: z.object({ organisation: z.string().regex(/^[a-z0-9-]{1,80}$/) }) },
    },
    async (request, reply) => {
      const { url, flow } = await startOidcSignIn(platform, request.query.organisation);
      // Lax, not Strict: the provider sends the browser back with a top-level GET.
      void reply.setCookie(OIDC_COOKIE, JSON.stringify(flow), {
        path: '/api/auth/oidc',
        httpOnly: true,
        sameSite: 'lax',
        secure: platform.config.secureCookies,
        signed: true,
        maxAge: 600,
      });
      return reply.redirect(url);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    { config: { auth: 'public' }, schema: { tags: ['auth'], querystring: z.record(z.string(), z.string()) } },
    async (request, reply) => {
      const raw = request.cookies[OIDC_COOKIE];
      const unsigned = raw ? request.unsignCookie(raw) : undefined;
      void reply.clearCookie(OIDC_COOKIE, { path: '/api/auth/oidc' });
      let flow: OidcFlowState | undefined;
      try {
        flow = unsigned?.valid && unsigned.value ? (JSON.parse(unsigned.value) as OidcFlowState) : undefined;
      } catch {
        flow = undefined;
      }
      if (!flow) return reply.redirect('/inloggen?fout=oidc');
      const query = request.url.split('?')[1] ?? '';
      const token = await finishOidcSignIn(platform, flow, query, clientOf(request)).catch((error: unknown) => {
        if (error instanceof AppError) return '';
        throw error;
      });
      if (!token) return reply.redirect('/inloggen?fout=oidc');
      setSessionCookie(reply, platform, token);
      return reply.redirect('/inloggen/tweede-stap');
    },
  );

  app.get(
    '/api/session',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['auth'],
        response: {
          200: z.object({
            stage: stageSchema,
            setupRequired: z.boolean(),
            demo: z.boolean(),
            /** A session ends after this many minutes without a request; the client warns before. */
            idleMinutes: z.number(),
            user: z
              .object({
                id: z.string(),
                email: z.string(),
                displayName: z.string(),
                roles: z.array(z.string()),
                capabilities: z.array(z.string()),
                organisation: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
              })
              .nullable(),
          }),
        },
      },
    },
    async (request) => {
      const session = request.session;
      const flags = await platformFlags(platform);
      return {
        stage: stageOf(session),
        ...flags,
        idleMinutes: platform.config.SESSION_IDLE_MINUTES,
        user: session
          ? {
              id: session.userId,
              email: session.email,
              displayName: session.displayName,
              roles: session.roles,
              capabilities: capabilitiesOf(session.roles),
              organisation: { id: session.organisationId, name: session.organisationName, kind: session.organisationKind },
            }
          : null,
      };
    },
  );
}

/** Whether the first administrator still has to be created, and whether demo data is loaded. */
async function platformFlags({ database }: Platform): Promise<{ setupRequired: boolean; demo: boolean }> {
  const row = await database.unsafeSystemQuery
    .selectNoFrom((eb) => [
      eb.not(eb.exists(eb.selectFrom('users').select('id'))).as('setupRequired'),
      eb.exists(eb.selectFrom('organisations').select('id').where('is_demo', '=', true)).as('demo'),
    ])
    .executeTakeFirstOrThrow();
  return { setupRequired: Boolean(row.setupRequired), demo: Boolean(row.demo) };
}
