// Security headers, no-store on personal data, CSRF on every state change, and
// the rate limiter that sign-in routes opt into.
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function registerSecurity(app: FastifyInstance, opts: { secureCookies: boolean; csrfKey: string }) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: opts.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });

  // Every API answer may hold personal data or session state: never cache it.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(csrf, {
    cookieKey: 'baken_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: opts.secureCookies, signed: false },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
    csrfOpts: { hmacKey: opts.csrfKey },
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (STATE_CHANGING.has(request.method) && request.url.startsWith('/api/')) {
      app.csrfProtection(request, reply, done);
    } else {
      done();
    }
  });

  await app.register(rateLimit, { global: false });
}
