// HTTP for the municipal checklist: the municipality's checklists per year,
// starting one (alone or as a region), answering questions with their
// history, the action plan with its history, and the PDF.
import { z } from 'zod';
import type { App, Platform } from '../../../platform/http/app-types.js';
import { actorOf } from '../../../platform/http/context.js';
import { errorResponses } from '../../../platform/http/schemas.js';
import {
  actionCreate,
  actionOutput,
  actionParams,
  actionPlanOutput,
  actionUpdate,
  answerInput,
  answerOutput,
  answerParams,
  checklistHeader,
  checklistOutput,
  checklistParams,
  checklistStart,
  historyItem,
  regionUpdate,
} from './checklist.schemas.js';
import { listChecklists, readChecklist, startChecklist, updateRegion } from './checklist.service.js';
import { readHistory, saveAnswer } from './answers.service.js';
import { createAction, readActionPlan, updateAction } from './actions.service.js';
import { printChecklist } from './print.service.js';

const tags = ['municipal'];
const base = '/api/municipal/checklists';

export function registerMunicipalChecklistRoutes(app: App, platform: Platform): void {
  app.get(
    base,
    { schema: { tags, description: 'The checklists of the municipality and those it takes part in as a region, newest year first, with their progress.', response: { 200: z.array(checklistHeader), ...errorResponses } } },
    async (request) => listChecklists(platform, actorOf(request)),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        description: "Starts the checklist of a year, alone or as a region with other municipalities named by short name. Nothing is copied: last year's answers are shown beside the questions.",
        body: checklistStart,
        response: { 200: checklistOutput, ...errorResponses },
      },
    },
    async (request) => startChecklist(platform, actorOf(request), request.body),
  );

  app.get(
    `${base}/:id`,
    { schema: { tags, description: "One checklist: every answer with last year's beside it, progress per check this year and last year.", params: checklistParams, response: { 200: checklistOutput, ...errorResponses } } },
    async (request) => readChecklist(platform, actorOf(request), request.params.id),
  );

  app.put(
    `${base}/:id/region`,
    { schema: { tags, description: "The region's name and the municipalities taking part; only the municipality that started the checklist.", params: checklistParams, body: regionUpdate, response: { 200: checklistOutput, ...errorResponses } } },
    async (request) => updateRegion(platform, actorOf(request), request.params.id, request.body),
  );

  app.put(
    `${base}/:id/answers/:ref`,
    { schema: { tags, description: 'The answer to one question, with notes and evidence.', params: answerParams, body: answerInput, response: { 200: answerOutput, ...errorResponses } } },
    async (request) => saveAnswer(platform, actorOf(request), request.params.id, request.params.ref, request.body),
  );

  app.get(
    `${base}/:id/answers/:ref/history`,
    { schema: { tags, description: 'Every change of the answer to one question, newest first.', params: answerParams, response: { 200: z.array(historyItem), ...errorResponses } } },
    async (request) => readHistory(platform, actorOf(request), request.params.id, request.params.ref, 'answer'),
  );

  app.get(
    `${base}/:id/action-plan`,
    { schema: { tags, description: 'The action plan: the questions not answered "yes" with their suggested actions, and every action.', params: checklistParams, response: { 200: actionPlanOutput, ...errorResponses } } },
    async (request) => readActionPlan(platform, actorOf(request), request.params.id),
  );

  app.post(
    `${base}/:id/actions`,
    { schema: { tags, description: 'An action for a question not answered "yes": a suggestion of its check or an own action.', params: checklistParams, body: actionCreate, response: { 200: actionOutput, ...errorResponses } } },
    async (request) => createAction(platform, actorOf(request), request.params.id, request.body),
  );

  app.put(
    `${base}/:id/actions/:actionId`,
    { schema: { tags, description: "An action's owner, due date, status and progress note.", params: actionParams, body: actionUpdate, response: { 200: actionOutput, ...errorResponses } } },
    async (request) => updateAction(platform, actorOf(request), request.params.id, request.params.actionId, request.body),
  );

  app.get(
    `${base}/:id/actions/:actionId/history`,
    { schema: { tags, description: 'Every change of one action, newest first.', params: actionParams, response: { 200: z.array(historyItem), ...errorResponses } } },
    async (request) => readHistory(platform, actorOf(request), request.params.id, request.params.actionId, 'action'),
  );

  app.get(
    `${base}/:id/pdf`,
    { schema: { tags, description: 'The checklist with answers, progress and the action plan as PDF.', params: checklistParams, response: { 200: z.any().describe('application/pdf'), ...errorResponses } } },
    async (request, reply) => {
      const { pdf, filename } = await printChecklist(platform, actorOf(request), request.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(pdf);
    },
  );
}
