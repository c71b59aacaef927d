import { describe, expect, it } from 'vitest';
import { telHref } from './phone';

describe('telHref', () => {
  it('keeps only the digits and a leading plus', () => {
    expect(telHref('010-000 0247')).toBe('tel:0100000247');
    expect(telHref(' +31 (0)10 000 0247')).toBe('tel:+31100000247');
    expect(telHref('0900-8844')).toBe('tel:09008844');
  });
});
