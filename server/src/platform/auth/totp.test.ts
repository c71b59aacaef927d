import { describe, expect, it } from 'vitest';
import { TOTP, Secret } from 'otpauth';
import { matchTotp, newRecoveryCodes, newTotpSecret, hashRecoveryCode } from './totp.js';

describe('TOTP', () => {
  it('matches the current code and one step of drift, not more', () => {
    const secret = newTotpSecret();
    const totp = new TOTP({ secret: Secret.fromBase32(secret) });
    const now = 1_800_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(matchTotp(secret, totp.generate({ timestamp: now }), now)).toBe(step);
    expect(matchTotp(secret, totp.generate({ timestamp: now - 30_000 }), now)).toBe(step - 1);
    expect(matchTotp(secret, totp.generate({ timestamp: now + 90_000 }), now)).toBeNull();
  });

  it('makes ten distinct recovery codes, hashed case-insensitively', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(hashRecoveryCode(` ${codes[0]!.toUpperCase()} `)).toBe(hashRecoveryCode(codes[0]!));
  });
});
