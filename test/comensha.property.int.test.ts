// Property: the server agrees with the pure consent rule. Over arbitrary
// youths (ages 5 to 27), consents (any signer, signed any day since birth, with
// or without the signed form, withdrawn or not) and registration days, a
// registration through the service against the real database is accepted
// exactly when isValidForRegistration says so, and a refusal names exactly the
// rule's problems. A modest number of runs: each one writes a youth, a consent
// and perhaps a registration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { Actor } from '../server/src/platform/authz/actor.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import { loadContent } from '../server/src/platform/content/content.js';
import { FieldRuleError } from '../server/src/platform/errors.js';
import { seedYouth } from '../server/src/platform/db/seed.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { CONSENT_GIVERS } from '../server/src/modules/comensha/comensha.options.js';
import { registrationInput } from '../server/src/modules/comensha/comensha.schemas.js';
import { checkConsent } from '../server/src/modules/comensha/consentRule.js';
import { recordConsent, uploadConsentDocument, withdrawConsent } from '../server/src/modules/comensha/consents.service.js';
import { registerWithComensha } from '../server/src/modules/comensha/registrations.service.js';

const SIGNED_FORM = Buffer.from('%PDF-1.4\n%%EOF\n');
const PROBLEM_KEYS = {
  noConsent: 'comenshaNoConsent',
  withdrawn: 'comenshaConsentWithdrawn',
  signerMustBeYouth: 'comenshaSignerMustBeYouth',
  signerMustBeParents: 'comenshaSignerMustBeParents',
  noDocument: 'comenshaNoDocument',
  signedAfter: 'comenshaSignedAfter',
} as const;

const today = todayInNetherlands();
function shift(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

/** A case: every date derived so that it is a date the server accepts as input (none in the future, none before birth). */
const scenario = fc
  .record({
    ageInDays: fc.integer({ min: 5 * 365, max: 27 * 365 }),
    signedFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    givenBy: fc.constantFrom('youth', 'youth', ...CONSENT_GIVERS),
    hasDocument: fc.constantFrom(true, true, true, false),
    withdrawal: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }),
    registrationShift: fc.integer({ min: -40, max: 4000 }),
    withConsent: fc.constantFrom(true, true, true, true, false),
  })
  .map((s) => {
    const dateOfBirth = shift(today, -s.ageInDays);
    const signedOn = shift(dateOfBirth, Math.floor(s.signedFraction * s.ageInDays));
    const withdrawnOn = s.withdrawal === null ? null : shift(signedOn, Math.floor(s.withdrawal * daysBetween(signedOn, today)));
    // Around the signing day, mostly after it; never before birth, never in the future.
    const candidate = shift(signedOn, s.registrationShift);
    const registeredOn = candidate > today ? today : candidate < dateOfBirth ? dateOfBirth : candidate;
    return { dateOfBirth, signedOn, withdrawnOn, registeredOn, givenBy: s.givenBy, hasDocument: s.hasDocument, withConsent: s.withConsent };
  });

describe('CoMensha registration: the server agrees with the consent rule (property-based)', () => {
  let h: Harness;
  let w: World;
  let platform: Platform;
  let lead: Actor;

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    platform = { database: h.database, config: h.config, content: loadContent() } as unknown as Platform;
    const u = w.users.leadA!;
    lead = { userId: u.id, organisationId: u.organisationId, organisationKind: 'provider', roles: u.roles, sessionId: 'property', ip: null, userAgent: 'property test' };
  });
  afterAll(() => h.close());

  it('accepts a registration exactly when the pure rule holds, and names the rule’s problems when it does not', async () => {
    const seen = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const youthId = await seedYouth(h.database, { organisationId: w.orgA, firstName: 'Prop', lastName: 'Erty', dateOfBirth: s.dateOfBirth, caseTeam: [{ userId: lead.userId, teamRole: 'lead' }] });
        let consentId: string | null = null;
        if (s.withConsent) {
          consentId = (await recordConsent(platform, lead, youthId, { givenBy: s.givenBy, signerName: 'Ondertekenaar', signedOn: s.signedOn, scopeNote: '' })).id;
          if (s.hasDocument) await uploadConsentDocument(platform, lead, youthId, consentId, SIGNED_FORM);
          if (s.withdrawnOn) await withdrawConsent(platform, lead, youthId, consentId, { withdrawnOn: s.withdrawnOn, withdrawnBy: 'Ondertekenaar', note: '' });
        }
        const expected = checkConsent(s.withConsent ? { givenBy: s.givenBy, signedOn: s.signedOn, withdrawnOn: s.withdrawnOn, hasDocument: s.hasDocument } : null, s.dateOfBirth, s.registeredOn);
        const input = registrationInput.parse({
          consentId,
          registeredAt: `${s.registeredOn}T00:00`,
          form: 'both',
          period: 'Onbekend',
          place: 'Zeestad',
          recruitment: ['unknown'],
          work: 'Onbekend',
          signals: 'Onbekend',
          policeReport: 'notConsidered',
          careGiven: 'Opvang',
          currentStay: 'Groep',
          decidedById: lead.userId,
        });
        let refusedWith: string[] | null = null;
        try {
          await registerWithComensha(platform, lead, youthId, input);
        } catch (error) {
          if (!(error instanceof FieldRuleError)) throw error;
          refusedWith = error.fields.map((f) => `${f.path}:${f.key}`);
        }
        const registrations = await h.database.unsafeSystemQuery.selectFrom('comensha_registrations').select('id').where('youth_id', '=', youthId).execute();
        if (expected.problems.length === 0) {
          seen.accepted++;
          expect(refusedWith).toBeNull();
          expect(registrations).toHaveLength(1);
        } else {
          seen.refused++;
          expect(refusedWith).toEqual(expected.problems.map((p) => `consentId:${PROBLEM_KEYS[p]}`));
          expect(registrations).toHaveLength(0);
        }
      }),
      { numRuns: 80 },
    );
    // Both outcomes were exercised: a property that only ever saw refusals would prove little.
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});
