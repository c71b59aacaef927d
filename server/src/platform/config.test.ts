import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('has safe defaults and derives the base URL', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', baseUrl: 'http://localhost:3000', secureCookies: false });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('marks cookies Secure behind HTTPS', () => {
    expect(loadConfig({ BASE_URL: 'https://baken.example.org/' })).toMatchObject({ baseUrl: 'https://baken.example.org', secureCookies: true });
  });

  it('refuses a malformed secret key with a readable message', () => {
    expect(() => loadConfig({ SECRET_KEY: 'geheim' })).toThrow(/SECRET_KEY must be 64 hexadecimal/);
  });
});
