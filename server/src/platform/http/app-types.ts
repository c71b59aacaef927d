import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { SecretBox } from '../crypto.js';
import type { Database } from '../db/database.js';
import type { ContentPacks } from '../content/content.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What modules get from the platform. Passed explicitly; no global state. */
export interface Platform {
  database: Database;
  config: Config;
  secrets: SecretBox;
  /** The content packs (signal list, instruments, guidance), validated at start. */
  content: ContentPacks;
}
