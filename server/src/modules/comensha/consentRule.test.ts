// The consent rule: named cases a professional would recognise, then
// properties over arbitrary consents, dates of birth and registration dates.
// The properties compare the rule with an oracle written another way (the
// sixteenth birthday by calendar arithmetic instead of comparing month-day),
// so a slip in one is not repeated in the other.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONSENT_GIVERS, type ConsentGiver } from './comensha.options.js';
import { ageOn, checkConsent, isValidForRegistration, type ConsentFacts } from './consentRule.js';

const consent = (overrides: Partial<ConsentFacts> = {}): ConsentFacts => ({
  givenBy: 'youth',
  signedOn: '2026-03-01',
  withdrawnOn: null,
  hasDocument: true,
  ...overrides,
});

describe('age on a day', () => {
  it('counts full years, the birthday itself included', () => {
    expect(ageOn('2010-04-12', '2026-04-11')).toBe(15);
    expect(ageOn('2010-04-12', '2026-04-12')).toBe(16);
    expect(ageOn('2010-04-12', '2010-04-12')).toBe(0);
  });
  it('gives someone born on 29 February their birthday on 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16);
    expect(ageOn('2008-02-29', '2025-03-01')).toBe(17);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
  });
});

describe('the consent rule, named cases', () => {
  const born = '2010-04-12'; // 16 on 2026-04-12

  it('refuses a registration without any consent', () => {
    expect(checkConsent(null, born, '2026-05-01')).toEqual({ problems: ['noConsent'], ageAtSigning: null });
  });
  it('accepts a youth who signs on her sixteenth birthday', () => {
    expect(checkConsent(consent({ signedOn: '2026-04-12' }), born, '2026-05-01')).toEqual({ problems: [], ageAtSigning: 16 });
  });
  it('asks for the parents when the youth signed the day before turning 16', () => {
    expect(checkConsent(consent({ signedOn: '2026-04-11' }), born, '2026-05-01').problems).toEqual(['signerMustBeParents']);
  });
  it('accepts the parents, or the guardian, for a youth of 15', () => {
    expect(isValidForRegistration(consent({ givenBy: 'parents', signedOn: '2026-04-11' }), born, '2026-05-01')).toBe(true);
    expect(isValidForRegistration(consent({ givenBy: 'guardian', signedOn: '2026-01-01' }), born, '2026-05-01')).toBe(true);
  });
  it('keeps a parents’ consent signed at 15 valid after the youth turns 16: the age counts on the day of signing', () => {
    expect(isValidForRegistration(consent({ givenBy: 'parents', signedOn: '2026-04-11' }), born, '2026-12-01')).toBe(true);
  });
  it('refuses the parents for a youth of 16: from 16 the youth consents', () => {
    expect(checkConsent(consent({ givenBy: 'parents', signedOn: '2026-04-12' }), born, '2026-05-01').problems).toEqual(['signerMustBeYouth']);
    expect(checkConsent(consent({ givenBy: 'guardian', signedOn: '2026-06-01' }), born, '2026-06-01').problems).toEqual(['signerMustBeYouth']);
  });
  it('refuses a consent withdrawn on the day of the registration or before', () => {
    expect(checkConsent(consent({ signedOn: '2026-04-12', withdrawnOn: '2026-05-01' }), born, '2026-05-01').problems).toEqual(['withdrawn']);
    expect(checkConsent(consent({ signedOn: '2026-04-12', withdrawnOn: '2026-04-20' }), born, '2026-05-01').problems).toEqual(['withdrawn']);
  });
  it('accepts a registration made before the consent was withdrawn', () => {
    expect(isValidForRegistration(consent({ signedOn: '2026-04-12', withdrawnOn: '2026-05-02' }), born, '2026-05-01')).toBe(true);
  });
  it('refuses a consent without the signed document', () => {
    expect(checkConsent(consent({ hasDocument: false, signedOn: '2026-04-12' }), born, '2026-05-01').problems).toEqual(['noDocument']);
  });
  it('refuses a consent signed after the registration date', () => {
    expect(checkConsent(consent({ signedOn: '2026-05-02' }), born, '2026-05-01').problems).toEqual(['signedAfter']);
  });
  it('accepts a consent signed on the registration date', () => {
    expect(isValidForRegistration(consent({ signedOn: '2026-05-01' }), born, '2026-05-01')).toBe(true);
  });
  it('names every problem at once', () => {
    expect(checkConsent(consent({ givenBy: 'youth', signedOn: '2026-06-01', withdrawnOn: '2026-06-01', hasDocument: false }), '2012-01-01', '2026-06-01').problems).toEqual([
      'withdrawn',
      'signerMustBeParents',
      'noDocument',
    ]);
    expect(checkConsent(consent({ givenBy: 'parents', signedOn: '2026-06-02', withdrawnOn: '2026-05-01', hasDocument: false }), '2000-01-01', '2026-06-01').problems).toEqual([
      'withdrawn',
      'signerMustBeYouth',
      'noDocument',
      'signedAfter',
    ]);
  });
});

// ---- properties -------------------------------------------------------------

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** Any calendar day in a span wide enough for births and registrations, 29 February often included. */
const day = fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map(iso) },
  { weight: 1, arbitrary: fc.constantFrom('2004-02-29', '2008-02-29', '2012-02-29', '2016-02-29', '2020-02-29', '2024-02-29', '2028-02-29') },
);
const giver = fc.constantFrom<ConsentGiver>(...CONSENT_GIVERS);
const arbitraryConsent = fc.record({ givenBy: giver, signedOn: day, withdrawnOn: fc.option(day, { nil: null }), hasDocument: fc.boolean() });
const maybeConsent = fc.option(arbitraryConsent, { nil: null, freq: 6 });

/** The oracle: is the youth 16 on `on`, by adding sixteen years to the date of birth (29 February rolls over to 1 March). */
function sixteenOn(dateOfBirth: string, on: string): boolean {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const sixteenth = iso(new Date(Date.UTC(y! + 16, m! - 1, d!)));
  return on >= sixteenth;
}

function oracleAccepts(c: ConsentFacts | null, dateOfBirth: string, registeredOn: string): boolean {
  if (c === null) return false;
  const signerFits = sixteenOn(dateOfBirth, c.signedOn) ? c.givenBy === 'youth' : c.givenBy === 'parents' || c.givenBy === 'guardian';
  const notWithdrawn = c.withdrawnOn === null || c.withdrawnOn > registeredOn;
  return c.hasDocument && c.signedOn <= registeredOn && notWithdrawn && signerFits;
}

describe('the consent rule, properties', () => {
  it('accepts a registration exactly when the consent is valid: no combination of inputs gets through without it', () => {
    fc.assert(
      fc.property(maybeConsent, day, day, (c, dateOfBirth, registeredOn) => {
        expect(isValidForRegistration(c, dateOfBirth, registeredOn)).toBe(oracleAccepts(c, dateOfBirth, registeredOn));
      }),
      { numRuns: 20_000 },
    );
  });

  it('names each problem exactly when its condition holds', () => {
    fc.assert(
      fc.property(arbitraryConsent, day, day, (c, dateOfBirth, registeredOn) => {
        const { problems } = checkConsent(c, dateOfBirth, registeredOn);
        const sixteen = sixteenOn(dateOfBirth, c.signedOn);
        expect(problems.includes('withdrawn')).toBe(c.withdrawnOn !== null && c.withdrawnOn <= registeredOn);
        expect(problems.includes('noDocument')).toBe(!c.hasDocument);
        expect(problems.includes('signedAfter')).toBe(c.signedOn > registeredOn);
        expect(problems.includes('signerMustBeYouth')).toBe(sixteen && c.givenBy !== 'youth');
        expect(problems.includes('signerMustBeParents')).toBe(!sixteen && c.givenBy === 'youth');
        expect(problems.includes('noConsent')).toBe(false);
      }),
      { numRuns: 5_000 },
    );
  });

  it('never lets a missing document, a withdrawal on or before the day, or a later signature through', () => {
    fc.assert(
      fc.property(arbitraryConsent, day, day, (c, dateOfBirth, registeredOn) => {
        expect(isValidForRegistration({ ...c, hasDocument: false }, dateOfBirth, registeredOn)).toBe(false);
        expect(isValidForRegistration({ ...c, withdrawnOn: registeredOn }, dateOfBirth, registeredOn)).toBe(false);
        if (c.signedOn > registeredOn) expect(isValidForRegistration(c, dateOfBirth, registeredOn)).toBe(false);
      }),
      { numRuns: 5_000 },
    );
  });

  it('lets exactly one kind of signer carry a registration for a given youth and day', () => {
    fc.assert(
      fc.property(day, day, (dateOfBirth, signedOn) => {
        const valid = CONSENT_GIVERS.filter((givenBy) => isValidForRegistration({ givenBy, signedOn, withdrawnOn: null, hasDocument: true }, dateOfBirth, signedOn));
        expect(valid).toEqual(sixteenOn(dateOfBirth, signedOn) ? ['youth'] : ['parents', 'guardian']);
      }),
      { numRuns: 5_000 },
    );
  });

  it('keeps a valid consent valid on later days until it is withdrawn', () => {
    fc.assert(
      fc.property(arbitraryConsent, day, day, day, (c, dateOfBirth, first, second) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        fc.pre(isValidForRegistration(c, dateOfBirth, earlier));
        const withdrawnBetween = c.withdrawnOn !== null && c.withdrawnOn <= later;
        expect(isValidForRegistration(c, dateOfBirth, later)).toBe(!withdrawnBetween);
      }),
      { numRuns: 2_000 },
    );
  });
});
