// The house rules a residential group shows its visitors.
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, idParam } from '../../../platform/http/schemas.js';
import { houseRulesBody, teamHouseRulesSchema } from './houseRules.schemas.js';
import { readAllHouseRules, readOwnHouseRules, writeHouseRules } from './houseRules.service.js';

export function registerHouseRulesRoutes(app: App, platform: Platform): void {
  const tags = ['houseRules'];

  app.get(
    '/api/house-rules',
    { schema: { tags, response: { 200: z.array(teamHouseRulesSchema), ...errorResponses } } },
    async (request) => readOwnHouseRules(platform, actorOf(request)),
  );

  app.get(
    '/api/admin/house-rules',
    { schema: { tags, response: { 200: z.array(teamHouseRulesSchema), ...errorResponses } } },
    async (request) => readAllHouseRules(platform, actorOf(request)),
  );

  app.put(
    '/api/admin/teams/:id/house-rules',
    { schema: { tags, params: idParam, body: houseRulesBody, response: { 200: teamHouseRulesSchema, ...errorResponses } } },
    async (request) => writeHouseRules(platform, actorOf(request), request.params.id, request.body.rules),
  );
}
