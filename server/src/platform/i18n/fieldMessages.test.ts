import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldKey, fieldMessage, markMissingValues } from './fieldMessages.js';

z.config({ customError: markMissingValues });

/** The issues as fastify-type-provider-zod hands them to the error handler. */
function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a validation failure');
  return result.error.issues.map(({ code, message, path: _path, ...params }) => ({ keyword: code, message, params }));
}

describe('field messages', () => {
  const schema = z.object({
    name: z.string().trim().min(1).max(5),
    kind: z.enum(['a', 'b']),
    email: z.email(),
    password: z.string().min(12, fieldKey('passwordTooShort')),
  });

  it('names a missing or empty field as required, in both languages', () => {
    const [missing] = issuesOf(schema.pick({ name: true }), {});
    expect(fieldMessage('nl', missing!)).toBe('Vul dit veld in.');
    expect(fieldMessage('en', missing!)).toBe('Fill in this field.');
    const [empty] = issuesOf(schema.pick({ name: true }), { name: '  ' });
    expect(fieldMessage('nl', empty!)).toBe('Vul dit veld in.');
  });

  it('fills in the limit of a rule and translates a schema key', () => {
    expect(fieldMessage('nl', issuesOf(schema.pick({ name: true }), { name: 'abcdefg' })[0]!)).toBe('Gebruik hoogstens 5 tekens.');
    expect(fieldMessage('nl', issuesOf(schema.pick({ password: true }), { password: 'kort' })[0]!)).toBe(
      'Kies een wachtwoord van minstens 12 tekens.',
    );
    expect(fieldMessage('en', issuesOf(schema.pick({ kind: true }), { kind: 'c' })[0]!)).toBe('Choose one of the options.');
    expect(fieldMessage('nl', issuesOf(schema.pick({ email: true }), { email: 'nee' })[0]!)).toBe('Vul een geldig e-mailadres in.');
  });

  it('never passes zod’s technical text through', () => {
    const [wrongType] = issuesOf(schema.pick({ name: true }), { name: 42 });
    expect(fieldMessage('nl', wrongType!)).toBe('Deze waarde klopt niet.');
  });
});
