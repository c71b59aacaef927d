// Single sign-on through an organisation's own OpenID Connect provider
// (authorization code flow with PKCE, state and nonce, via openid-client).
// Only existing, active accounts of that organisation can sign in this way; the
// second factor is still asked by Baken afterwards.
import * as client from 'openid-client';
import type { Platform } from '../http/app-types.js';
import { recordAudit } from '../audit/audit.js';
import { AppError } from '../errors.js';
import { createSession } from './sessions.js';

export const OIDC_COOKIE = 'baken_oidc';

const configurations = new Map<string, { key: string; config: client.Configuration }>();

async function configurationFor(platform: Platform, organisationId: string, issuer: string, clientId: string, sealedSecret: string) {
  const key = `${issuer}|${clientId}|${sealedSecret}`;
  const cached = configurations.get(organisationId);
  if (cached?.key === key) return cached.config;
  const options = platform.config.OIDC_ALLOW_HTTP ? { execute: [client.allowInsecureRequests] } : undefined;
  const config = await client.discovery(new URL(issuer), clientId, platform.secrets.open(sealedSecret), undefined, options);
  configurations.set(organisationId, { key, config });
  return config;
}

export function redirectUri(platform: Platform): string {
  return `${platform.config.baseUrl}/api/auth/oidc/callback`;
}

export async function listOidcOrganisations({ database }: Platform) {
  return database.unsafeSystemQuery
    .selectFrom('oidc_connections as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['o.slug', 'o.name'])
    .where('c.enabled', '=', true)
    .orderBy('o.name')
    .execute();
}

async function connectionBySlug(platform: Platform, slug: string) {
  const row = await platform.database.unsafeSystemQuery
    .selectFrom('oidc_connections as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['o.id as organisationId', 'c.issuer', 'c.client_id', 'c.client_secret_sealed'])
    .where('o.slug', '=', slug)
    .where('c.enabled', '=', true)
    .executeTakeFirst();
  if (!row) throw new AppError('OIDC_NOT_CONFIGURED');
  return row;
}

export interface OidcFlowState {
  slug: string;
  verifier: string;
  state: string;
  nonce: string;
}

export async function startOidcSignIn(platform: Platform, slug: string): Promise<{ url: string; flow: OidcFlowState }> {
  const connection = await connectionBySlug(platform, slug);
  let config: client.Configuration;
  try {
    config = await configurationFor(platform, connection.organisationId, connection.issuer, connection.client_id, connection.client_secret_sealed);
  } catch {
    throw new AppError('OIDC_FAILED');
  }
  const flow: OidcFlowState = { slug, verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce() };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(platform),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  });
  return { url: url.href, flow };
}

export async function finishOidcSignIn(
  platform: Platform,
  flow: OidcFlowState,
  callbackQuery: string,
  origin: { ip: string | null; userAgent: string | null },
): Promise<string> {
  const connection = await connectionBySlug(platform, flow.slug);
  let email: string | undefined;
  try {
    const config = await configurationFor(platform, connection.organisationId, connection.issuer, connection.client_id, connection.client_secret_sealed);
    const tokens = await client.authorizationCodeGrant(config, new URL(`${redirectUri(platform)}?${callbackQuery}`), {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    // In the code flow a conforming provider puts claims asked for by scope
    // (email, email_verified) in the UserInfo response, not in the ID token.
    const claims =
      idClaims && (typeof idClaims.email !== 'string' || idClaims.email_verified === undefined)
        ? await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)
        : idClaims;
    if (claims && claims.email_verified === true && typeof claims.email === 'string') email = claims.email.toLowerCase();
  } catch {
    email = undefined;
  }
  const { database, config } = platform;
  return database.unsafeSystemTransaction(async (tx) => {
    const user = email
      ? await tx
          .selectFrom('users')
          .select(['id', 'organisation_id'])
          .where('email', '=', email)
          .where('organisation_id', '=', connection.organisationId)
          .where('active', '=', true)
          .executeTakeFirst()
      : undefined;
    if (!user) {
      await recordAudit(tx, { organisationId: connection.organisationId, ...origin }, {
        action: 'auth.oidc.failed',
        outcome: 'failed',
        details: { reason: email ? 'noActiveAccount' : 'providerRejected' },
      });
      return '';
    }
    const token = await createSession(
      tx,
      { userId: user.id, organisationId: user.organisation_id, authMethod: 'oidc', ...origin },
      config.SESSION_ABSOLUTE_HOURS,
    );
    await recordAudit(tx, { userId: user.id, organisationId: user.organisation_id, ...origin }, { action: 'auth.oidc.succeeded' });
    return token;
  });
}
