// The CoMensha demo, loaded by the demo world through the services: two
// registrations in two different years, a withdrawn consent with its
// reasoning, and a refusal, all audited like real work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { readComenshaRegister } from '../server/src/modules/comensha/comensha.service.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';

describe('the CoMensha demo', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    const password = 'demo-wachtwoord-voor-de-test';
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), password, await hashPassword(password));
  });
  afterAll(() => h.close());

  it('fills the register with counts in two years and the files that hold a reasoning', async () => {
    const q = h.database.unsafeSystemQuery;
    const provider = await q.selectFrom('organisations').select('id').where('slug', '=', 'de-haven').executeTakeFirstOrThrow();
    const officer = await q.selectFrom('users').select('id').where('email', '=', 'aandacht@dehaven.demo').executeTakeFirstOrThrow();
    const register = await readComenshaRegister({ database: h.database } as Platform, {
      userId: officer.id,
      organisationId: provider.id,
      organisationKind: 'provider',
      roles: ['designatedOfficer'],
      sessionId: 'test',
      ip: null,
      userAgent: null,
    });
    const year = Number(todayInNetherlands().slice(0, 4));
    expect(register.countsByYear).toEqual([
      { year, sexual: 1, criminal: 0, both: 0, total: 1 },
      { year: year - 1, sexual: 0, criminal: 1, both: 0, total: 1 },
    ]);
    expect(register.registrations.map((r) => r.youthName)).toEqual(['Sanne Visser', 'Jayden Kramer']);
    expect(register.notRegistered.map((n) => [n.youthName, n.reason])).toEqual([
      ['Lotte Smit', 'consentWithdrawn'],
      ['Noor El Idrissi', 'youthRefused'],
      // From the demo's worked care files (loadDemoCareFiles), decided earlier.
      ['Sara Haddou', 'notYetAsked'],
      ['Mohammed Yilmaz', 'youthRefused'],
    ]);
    const disclosures = await q.selectFrom('disclosures').select('source').where('organisation_id', '=', provider.id).where('source', '=', 'comenshaRegistration').execute();
    expect(disclosures).toHaveLength(2);
  });
});
