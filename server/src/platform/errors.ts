// One error shape for every response: { code, message } (plus field errors on
// validation). Nothing else leaves: no stack, no SQL, no other organisation's ids.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { messages, pickLocale, type ErrorCode } from './i18n/messages.js';
import { fieldKey, fieldMessage, type FieldMessageKey } from './i18n/fieldMessages.js';

const statusByCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  MFA_REQUIRED: 401,
  FORBIDDEN: 403,
  NOT_IN_CASE_TEAM: 403,
  NOT_FOUND: 404,
  INVALID_CREDENTIALS: 401,
  INVALID_CODE: 401,
  MFA_ALREADY_ENROLLED: 409,
  RATE_LIMITED: 429,
  CSRF_INVALID: 403,
  EMAIL_TAKEN: 409,
  TEAM_NAME_TAKEN: 409,
  ROLE_NOT_ALLOWED: 400,
  LINK_INVALID: 400,
  SETUP_DONE: 409,
  ALREADY_IN_TEAM: 409,
  NOT_A_CASE_ROLE: 400,
  LAST_TEAM_MEMBER: 409,
  ALREADY_HAS_ACCESS: 409,
  OWN_ACCOUNT: 409,
  OIDC_NOT_CONFIGURED: 404,
  OIDC_FAILED: 400,
  PAYLOAD_TOO_LARGE: 413,
  EDIT_CONFLICT: 409,
  SIGNED_OFF: 409,
  DRAFT_EXISTS: 409,
  FILE_CLOSED: 409,
  UNSUPPORTED_MEDIA: 415,
  EPISODE_OPEN: 409,
  EPISODE_RETURNED: 409,
  SHEET_CHANGED: 409,
  UNSUPPORTED_DOCUMENT: 415,
  ALREADY_WITHDRAWN: 409,
  CALLBACK_REQUIRED: 409,
  REQUEST_CLOSED: 409,
  UNSUPPORTED_QUALITY_DOCUMENT: 415,
  ENTRY_WITHDRAWN: 409,
  POLICY_WITHDRAWN: 409,
  ROUND_CLOSED: 409,
  PLAN_KEPT_BY_PROVIDER: 409,
  ASSESSMENT_CLOSED: 409,
  UNSUPPORTED_EVIDENCE: 415,
  DIRECTORY_ENTRY_ARCHIVED: 409,
  NO_CLOSED_SELF_ASSESSMENT: 409,
  CHECKLIST_OWNER_ONLY: 403,
  INTERNAL: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(readonly code: ErrorCode) {
    super(code);
    this.status = statusByCode[code];
  }
}

/** A domain rule broken by one or more fields (an age outside an instrument's range, say). */
export class FieldRuleError extends AppError {
  constructor(readonly fields: { path: string; key: FieldMessageKey; params?: Record<string, unknown> }[]) {
    super('VALIDATION_FAILED');
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = pickLocale(request.headers['accept-language']);
    void reply.header('cache-control', 'no-store');
    if (error instanceof FieldRuleError) {
      const fields = error.fields.map((f) => ({ path: f.path, message: fieldMessage(locale, { keyword: 'custom', message: fieldKey(f.key), params: f.params }) }));
      return reply.code(400).send({ code: 'VALIDATION_FAILED', message: messages[locale].VALIDATION_FAILED, fields });
    }
    if (error instanceof AppError) {
      return reply.code(error.status).send({ code: error.code, message: messages[locale][error.code] });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({
        path: issue.instancePath.replace(/^\//, '').replace(/\//g, '.'),
        message: fieldMessage(locale, issue),
      }));
      return reply.code(400).send({ code: 'VALIDATION_FAILED', message: messages[locale].VALIDATION_FAILED, fields });
    }
    if (typeof error.code === 'string' && error.code.startsWith('FST_CSRF')) {
      return reply.code(403).send({ code: 'CSRF_INVALID', message: messages[locale].CSRF_INVALID });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply.code(413).send({ code: 'PAYLOAD_TOO_LARGE', message: messages[locale].PAYLOAD_TOO_LARGE });
    }
    if (status === 429) {
      return reply.code(429).send({ code: 'RATE_LIMITED', message: messages[locale].RATE_LIMITED });
    }
    if (status >= 400 && status < 500) {
      // Malformed JSON, wrong content type and the like: the request is at fault.
      return reply.code(400).send({ code: 'VALIDATION_FAILED', message: messages[locale].VALIDATION_FAILED });
    }
    // Log the error class and code only: messages from the driver can quote data.
    request.log.error({ err: { type: error.name, code: error.code } }, 'request failed');
    return reply.code(500).send({ code: 'INTERNAL', message: messages[locale].INTERNAL });
  });
}
