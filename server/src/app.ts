// Builds the HTTP application: platform plugins, then each module's routes,
// then the client. Used by main.ts, the tests and the benchmark alike.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHmac } from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/database.js';
import { SecretBox } from './platform/crypto.js';
import { loadContent, type ContentPacks } from './platform/content/content.js';
import { registerErrorHandler } from './platform/errors.js';
import { authenticationPlugin } from './platform/http/context.js';
import { registerSecurity } from './platform/http/security.js';
import type { App, Platform } from './platform/http/app-types.js';
import { registerAuthRoutes } from './platform/auth/auth.routes.js';
import { registerAuditRoutes } from './platform/audit/audit.routes.js';
import { registerOrganisationRoutes } from './modules/organisations/organisations.routes.js';
import { registerCaseFileRoutes } from './modules/caseFiles/caseFiles.routes.js';
import { registerRecordRoutes } from './modules/caseFiles/records/records.routes.js';
import { RECORD_KIND_LIST } from './modules/caseFiles/records/kinds/index.js';
import { registerContentRoutes } from './platform/content/content.routes.js';
import { registerSafetyPlanRoutes } from './modules/caseFiles/safetyPlan/safetyPlan.routes.js';
import { registerHouseRulesRoutes } from './modules/caseFiles/visitors/houseRules.routes.js';
import { registerClosingRoutes } from './modules/caseFiles/closing/closing.routes.js';
import { registerCaseStepsRoutes } from './modules/caseFiles/steps/steps.routes.js';
import { registerWorkListRoutes } from './modules/caseFiles/workList/workList.routes.js';
import { registerMissingRoutes } from './modules/missing/missing.routes.js';
import { registerComenshaRoutes } from './modules/comensha/comensha.routes.js';
import { registerDisclosureRoutes } from './modules/disclosures/disclosures.routes.js';
import { registerPartnerRoutes } from './modules/organisations/partners/partners.routes.js';
import { registerIncidentRoutes } from './modules/policeCooperation/incidents.routes.js';
import { registerExpertiseRoutes } from './modules/quality/expertise/expertise.routes.js';
import { registerPolicyRoutes } from './modules/quality/policies/policies.routes.js';
import { registerInspectionRoutes } from './modules/inspection/inspection.routes.js';
import { registerSelfAssessmentRoutes } from './modules/quality/selfAssessment/selfAssessment.routes.js';
import { registerIndicatorRoutes } from './modules/quality/indicators/indicators.routes.js';
import { registerProviderDirectoryRoutes } from './modules/providerDirectory/providerDirectory.routes.js';
import { registerCaseConferenceRoutes } from './modules/caseConferences/caseConferences.routes.js';
import { registerImprovementRoutes } from './modules/inspection/improvement/improvement.routes.js';
import { registerGoodPracticeRoutes } from './modules/inspection/goodPractices/goodPractices.routes.js';
import { registerInspectionReportRoutes } from './modules/inspection/reports/reports.routes.js';
import { registerOwnInspectionRoutes } from './modules/inspection/ownInspection/ownInspection.routes.js';
import { registerRegionalFigureRoutes } from './modules/regionalFigures/regionalFigures.routes.js';
import { registerMunicipalChecklistRoutes } from './modules/municipal/checklist/checklist.routes.js';
import { messages, pickLocale } from './platform/i18n/messages.js';
import { markMissingValues } from './platform/i18n/fieldMessages.js';

z.config({ ...z.locales.nl(), customError: markMissingValues });

// BAKEN_WEB_DIST lets a developer serve a client built elsewhere (parallel e2e runs).
export const webDist = process.env.BAKEN_WEB_DIST ?? join(process.cwd(), 'web', 'dist');

export interface BuildOptions {
  config: Config;
  database: Database;
  secretKey: Buffer;
  logger?: FastifyServerOptions['logger'];
  /** The content packs; loaded from content/ when not given. */
  content?: ContentPacks;
  /** Extra routes registered before the app is sealed (the benchmark's bare and anchor routes). */
  extraRoutes?: (app: App, platform: Platform) => void;
}

export interface RouteInfo {
  method: string;
  url: string;
  auth: string;
}

export async function buildApp({ config, database, secretKey, logger, extraRoutes, content }: BuildOptions): Promise<{ app: App; routes: RouteInfo[] }> {
  const app = Fastify({
    logger: logger ?? false,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 256 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const derive = (purpose: string) => createHmac('sha256', secretKey).update(purpose).digest('hex');
  const platform: Platform = { database, config, secrets: new SecretBox(secretKey), content: content ?? loadContent() };

  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || !route.url.startsWith('/api/')) continue;
      routes.push({ method, url: route.url, auth: (route.config as { auth?: string } | undefined)?.auth ?? 'signedIn' });
    }
  });

  await app.register(cookie, { secret: derive('cookie-signing') });
  await registerSecurity(app, { secureCookies: config.secureCookies, csrfKey: derive('csrf') });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Baken API', version: '0.1.0', description: 'Baken: samenwerking tegen uitbuiting van jongeren.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'baken_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(authenticationPlugin, { database, idleMinutes: config.SESSION_IDLE_MINUTES });
  registerErrorHandler(app);

  app.get(
    '/api/health',
    {
      config: { auth: 'public' },
      schema: { tags: ['platform'], response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) } },
    },
    async () => {
      await database.unsafeSystemQuery.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
      return { status: 'ok' as const, database: database.engine };
    },
  );
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  registerAuthRoutes(app, platform);
  registerOrganisationRoutes(app, platform);
  registerCaseFileRoutes(app, platform);
  registerRecordRoutes(app, platform, RECORD_KIND_LIST);
  registerSafetyPlanRoutes(app, platform);
  registerHouseRulesRoutes(app, platform);
  registerClosingRoutes(app, platform);
  registerCaseStepsRoutes(app, platform);
  registerWorkListRoutes(app, platform);
  registerMissingRoutes(app, platform);
  registerComenshaRoutes(app, platform);
  registerDisclosureRoutes(app, platform);
  registerPartnerRoutes(app, platform);
  registerIncidentRoutes(app, platform);
  registerExpertiseRoutes(app, platform);
  registerPolicyRoutes(app, platform);
  registerInspectionRoutes(app, platform);
  registerSelfAssessmentRoutes(app, platform);
  registerIndicatorRoutes(app, platform);
  registerProviderDirectoryRoutes(app, platform);
  registerCaseConferenceRoutes(app, platform);
  registerImprovementRoutes(app, platform);
  registerGoodPracticeRoutes(app, platform);
  registerInspectionReportRoutes(app, platform);
  registerOwnInspectionRoutes(app, platform);
  registerMunicipalChecklistRoutes(app, platform);
  registerRegionalFigureRoutes(app, platform);
  registerContentRoutes(app, platform);
  registerAuditRoutes(app, platform);
  extraRoutes?.(app, platform);

  const hasClient = existsSync(join(webDist, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: false, maxAge: '1h' });
  }
  // Client-side routes get the application shell; unknown API paths a JSON 404.
  app.setNotFoundHandler((request, reply) => {
    // A missing file (an asset of an older build, say) is a 404; only page paths get the shell.
    const path = request.url.split('?')[0] ?? '';
    if (hasClient && request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', webDist, { maxAge: 0 });
    }
    const locale = pickLocale(request.headers['accept-language']);
    return reply.code(404).send({ code: 'NOT_FOUND', message: messages[locale].NOT_FOUND });
  });

  await app.ready();
  return { app, routes };
}
