// HTTP for the policies register. HTTP only: schema in, service, schema out.
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses, idParam } from '../../../platform/http/schemas.js';
import { attachment } from '../expertise/expertise.routes.js';
import {
  ownerCandidate,
  policyHistoryItem,
  policyInput,
  policyOutput,
  policyRegisterOutput,
  policyReminderOutput,
  policyUpdate,
  policyVersionInput,
  policyWithdrawal,
} from './policies.schemas.js';
import {
  addPolicyVersion,
  createPolicy,
  readOwnerCandidates,
  readPolicy,
  readPolicyDocument,
  readPolicyHistory,
  readPolicyRegister,
  readReviewReminders,
  updatePolicy,
  withdrawPolicy,
} from './policies.service.js';

const tags = ['policies'];

export function registerPolicyRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/policies',
    { schema: { tags, description: 'Every policy and protocol with its versions, and the expected kinds not laid down yet.', response: { 200: policyRegisterOutput, ...errorResponses } } },
    async (request) => readPolicyRegister(platform, actorOf(request)),
  );

  app.get(
    '/api/policies/reminders',
    { schema: { tags, description: 'Current policies to review within 60 days, or overdue.', response: { 200: z.array(policyReminderOutput), ...errorResponses } } },
    async (request) => readReviewReminders(platform, actorOf(request)),
  );

  app.get(
    '/api/policies/owner-candidates',
    { schema: { tags, description: 'Active colleagues who can own a policy.', response: { 200: z.array(ownerCandidate), ...errorResponses } } },
    async (request) => readOwnerCandidates(platform, actorOf(request)),
  );

  app.post(
    '/api/policies',
    { schema: { tags, body: policyInput, response: { 200: policyOutput, ...errorResponses } } },
    async (request) => createPolicy(platform, actorOf(request), request.body),
  );

  app.get(
    '/api/policies/:id',
    { schema: { tags, params: idParam, response: { 200: policyOutput, ...errorResponses } } },
    async (request) => readPolicy(platform, actorOf(request), request.params.id),
  );

  app.put(
    '/api/policies/:id',
    { schema: { tags, description: 'A new title, owner or review date, without a new version.', params: idParam, body: policyUpdate, response: { 200: policyOutput, ...errorResponses } } },
    async (request) => updatePolicy(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/policies/:id/versions',
    { schema: { tags, description: 'A new version; it supersedes the current one, which stays readable.', params: idParam, body: policyVersionInput, response: { 200: policyOutput, ...errorResponses } } },
    async (request) => addPolicyVersion(platform, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/policies/:id/withdraw',
    { schema: { tags, description: 'Withdraws the policy; it stays on record with every version.', params: idParam, body: policyWithdrawal, response: { 200: policyOutput, ...errorResponses } } },
    async (request) => withdrawPolicy(platform, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/policies/:id/versions/:versionId/document',
    {
      schema: {
        tags,
        description: 'The PDF of a version, current or earlier, as a download.',
        params: z.object({ id: z.uuid(), versionId: z.uuid() }),
        response: { 200: z.any().describe('application/pdf'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const document = await readPolicyDocument(platform, actorOf(request), request.params.id, request.params.versionId);
      return reply.type(document.mimeType).header('content-disposition', attachment(document.fileName)).send(document.content);
    },
  );

  app.get(
    '/api/policies/:id/history',
    { schema: { tags, description: 'Every change of the policy, newest first.', params: idParam, response: { 200: z.array(policyHistoryItem), ...errorResponses } } },
    async (request) => readPolicyHistory(platform, actorOf(request), request.params.id),
  );
}
