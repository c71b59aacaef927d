// An HTTP client for tests that behaves like the browser: it keeps cookies,
// fetches a CSRF token before changing anything, and signs in with TOTP.
import { TOTP, Secret } from 'otpauth';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(readonly baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request<T = any>(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { cookie: this.cookieHeader(), ...extraHeaders };
    if (method !== 'GET' && method !== 'HEAD') {
      if (!this.csrf) {
        const r = await fetch(`${this.baseUrl}/api/csrf`, { headers: { cookie: this.cookieHeader() } });
        this.keepCookies(r.headers);
        this.csrf = ((await r.json()) as { token: string }).token;
        headers.cookie = this.cookieHeader();
      }
      headers['x-csrf-token'] ??= this.csrf;
    }
    let payload: string | Blob | undefined;
    if (body instanceof Blob) {
      // Raw bytes (a photo upload), sent as they are, typed by the Blob unless a header says otherwise.
      if (body.type) headers['content-type'] ??= body.type;
      payload = body;
    } else if (body instanceof Uint8Array) {
      headers['content-type'] ??= 'application/octet-stream';
      payload = new Blob([new Uint8Array(body)]);
    } else if (body !== undefined) {
      headers['content-type'] ??= 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const r = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload, redirect: 'manual' });
    this.keepCookies(r.headers);
    const text = await r.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (HTML shell, redirects): keep the text
    }
    return { status: r.status, body: parsed as T, headers: r.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body ?? {});
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Password, then the current TOTP code. Throws when either step fails. */
  async signIn(email: string, password: string, totpSecret: string): Promise<void> {
    const login = await this.post('/api/auth/login', { email, password });
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
    const verify = await this.post('/api/auth/mfa/verify', { code: totpCode(totpSecret) });
    if (verify.status !== 200) throw new Error(`mfa failed: ${verify.status} ${JSON.stringify(verify.body)}`);
  }
}

export function totpCode(secretBase32: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secretBase32), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp });
}
