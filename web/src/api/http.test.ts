import { describe, expect, it } from 'vitest';
import { answered } from './http';

describe('answered', () => {
  it('keeps a JSON null as null, so "nothing there yet" is not read as an empty object', () => {
    expect(answered(200, 'null')).toBeNull();
  });

  it('reads an empty body as an empty object', () => {
    expect(answered(204, '')).toEqual({});
  });

  it('parses a JSON body', () => {
    expect(answered(200, '{"takenOn":null}')).toEqual({ takenOn: null });
  });
});
