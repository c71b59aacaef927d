// The one way the client talks to the server: JSON over fetch, the CSRF token
// on every state change, the interface language for server messages, and one
// error type that carries the server's { code, message, fields }.
import i18n from '../i18n';

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }

  /** The message for one field, if the server named it. */
  field(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

let csrfToken: Promise<string> | null = null;
let lastContact = Date.now();

/** When the server last answered this tab: each answer keeps the session's idle timer going. */
export function lastServerContact(): number {
  return lastContact;
}
let onSignedOut: () => void = () => {};

/** Called when the server says the session has ended (idle, absolute, revoked elsewhere). */
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

/** The CSRF token for a state-changing request, fetched once and shared. */
export function fetchCsrfToken(): Promise<string> {
  csrfToken ??= fetch('/api/csrf', { credentials: 'same-origin' })
    .then((r) => r.json() as Promise<{ token: string }>)
    .then((b) => b.token)
    .catch((error: unknown) => {
      csrfToken = null;
      throw error;
    });
  return csrfToken;
}

async function send<T>(method: string, path: string, body: unknown, retried: boolean): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language };
  if (method !== 'GET') headers['x-csrf-token'] = await fetchCsrfToken();
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  const text = await response.text();
  const parsed = answered(response.status, text);
  if (response.ok) return parsed as T;
  const error = parsed as { code?: string };
  if (error.code === 'CSRF_INVALID' && !retried) {
    // The token's cookie may have been replaced (a new sign-in): fetch a fresh one once.
    csrfToken = null;
    return send(method, path, body, true);
  }
  throw apiErrorFrom(response.status, parsed);
}

/**
 * What every answer from the server means for this tab: it keeps the idle
 * timer going, and an ended session sends the user to sign in. Returns the
 * parsed body. For requests made outside `api` (an upload with progress).
 */
export function answered(status: number, text: string): unknown {
  lastContact = Date.now();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (status === 401 && (parsed as { code?: string } | undefined)?.code === 'UNAUTHENTICATED') onSignedOut();
  // An empty body (204) reads as {}; a JSON null ("no photo yet") stays null.
  return parsed === undefined ? {} : parsed;
}

/** The server's { code, message, fields } as an ApiError. */
export function apiErrorFrom(status: number, parsed: unknown): ApiError {
  const error = (parsed ?? {}) as { code?: string; message?: string; fields?: FieldError[] };
  return new ApiError(status, error.code ?? 'INTERNAL', error.message ?? i18n.t('errors.unknown'), error.fields ?? []);
}

export const api = {
  get: <T>(path: string) => send<T>('GET', path, undefined, false),
  post: <T>(path: string, body: unknown = {}) => send<T>('POST', path, body, false),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body, false),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body, false),
  delete: <T>(path: string) => send<T>('DELETE', path, undefined, false),
};

/** A query string from the filled-in values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const s = search.toString();
  return s ? `?${s}` : '';
}
