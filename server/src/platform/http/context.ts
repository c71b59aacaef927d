// Authentication for every /api route, before the body is even parsed: the
// session cookie becomes request.actor.
// A route says how much sign-in it needs in config.auth; the default is a full
// sign-in with the second factor done. Nothing here trusts the request beyond
// the cookie: the organisation and roles come from the session row.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../authz/actor.js';
import type { Database } from '../db/database.js';
import { AppError } from '../errors.js';
import { findSession, SESSION_COOKIE, touchSession, type SessionRow } from '../auth/sessions.js';

export type AuthMode = 'public' | 'pendingMfa' | 'signedIn';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthMode;
  }
  interface FastifyRequest {
    session: SessionRow | null;
    actorOrNull: Actor | null;
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actorOrNull) throw new AppError('UNAUTHENTICATED');
  return request.actorOrNull;
}

export function clientOf(request: FastifyRequest) {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
}

export const authenticationPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; idleMinutes: number }) => {
    app.decorateRequest('session', null);
    app.decorateRequest('actorOrNull', null);
    app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
      if (!request.url.startsWith('/api/') || request.is404) return;
      const mode: AuthMode = request.routeOptions.config.auth ?? 'signedIn';
      const token = request.cookies[SESSION_COOKIE];
      const session = token ? await findSession(opts.database, token, opts.idleMinutes) : undefined;
      if (session) {
        request.session = session;
        await touchSession(opts.database, session);
        if (session.mfaVerified) {
          request.actorOrNull = {
            userId: session.userId,
            organisationId: session.organisationId,
            organisationKind: session.organisationKind,
            roles: session.roles,
            sessionId: session.id,
            ...clientOf(request),
          };
        }
      }
      if (mode === 'public') return;
      if (!session) throw new AppError('UNAUTHENTICATED');
      if (mode === 'signedIn' && !session.mfaVerified) throw new AppError('MFA_REQUIRED');
    });
  },
  { name: 'baken-authentication' },
);
