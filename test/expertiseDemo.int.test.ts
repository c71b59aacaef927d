// The expertise and policies demo, loaded through the services on the bare demo
// world: figures per team counted by hand from the demo's people, Eva's
// registration as the one reminder, Daan unregistered, the policies register
// with one review due and one expected kind missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import type { Actor } from '../server/src/platform/authz/actor.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import { loadDemoExpertise } from '../server/src/modules/quality/expertise/expertise.demo.js';
import { readExpertiseOverview, readPerson } from '../server/src/modules/quality/expertise/expertise.service.js';
import { readPolicyRegister, readReviewReminders } from '../server/src/modules/quality/policies/policies.service.js';
import { startHarness, type Harness } from './harness.js';

describe('the expertise and policies demo', () => {
  let h: Harness;
  let quality: Actor;
  let platform: Platform;

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), 'demo wachtwoord 123', await hashPassword('demo wachtwoord 123'), { bare: true });
    const q = h.database.unsafeSystemQuery;
    const provider = (await q.selectFrom('organisations').select('id').where('slug', '=', 'de-haven').executeTakeFirstOrThrow()).id;
    await loadDemoExpertise(h.database, provider);
    const user = await q.selectFrom('users').select('id').where('email', '=', 'kwaliteit@dehaven.demo').executeTakeFirstOrThrow();
    quality = { userId: user.id, organisationId: provider, organisationKind: 'provider', roles: ['qualityOfficer'], sessionId: 't', ip: null, userAgent: null };
    platform = { database: h.database } as unknown as Platform;
  });
  afterAll(() => h.close());

  it('registers all case staff but Daan, with Eva’s registration expiring within weeks', async () => {
    const overview = await readExpertiseOverview(platform, quality);
    // Case staff: Eva (Noord), Daan (Zuid), Fatima (Noord and Zuid), Karin and Joris (no team).
    expect(overview.staff.map((s) => [s.displayName, s.registeredToday])).toEqual([
      ['Daan Hulpverlener', false],
      ['Eva Mentor', true],
      ['Fatima Behandelaar', true],
      ['Joris Veiligheid', true],
      ['Karin Aandachtsfunctionaris', true],
    ]);
    // Zuid: Daan (not registered), Fatima → 1 of 2. Noord: Eva, Fatima → 2 of 2. No team: Karin, Joris → 2 of 2. All: 4 of 5.
    // Relevant training: everyone but Joris (his first-aid refresher has no topic) → Zuid 2, Noord 2, no team 1, all 4.
    expect(overview.ratios.map((r) => [r.teamName ?? r.scope, r.staff, r.registered, r.unregistered, r.registeredPercent, r.withRelevantTraining, r.trainingPercent])).toEqual([
      ['Ambulant team Zuid', 2, 1, 1, 50, 2, 100],
      ['Woongroep Noord', 2, 2, 0, 100, 2, 100],
      ['noTeam', 2, 2, 0, 100, 1, 50],
      ['organisation', 5, 4, 1, 80, 4, 80],
    ]);
    expect(overview.reminders.map((r) => [r.displayName, r.daysToExpiry, r.state])).toEqual([['Eva Mentor', 25, 'expiresSoon']]);
    const eva = await readPerson(platform, quality, overview.reminders[0]!.userId);
    expect(eva.trainings.map((t) => [t.title, t.relevant, t.certificate?.fileName ?? null])).toEqual([
      ['Signalen van uitbuiting herkennen', true, 'certificaat signalen van uitbuiting.pdf'],
      ['Traumasensitief werken', true, null],
    ]);
  });

  it('lays down every expected kind of policy but the gender-sensitive approach, with the missing-person protocol due for review', async () => {
    const register = await readPolicyRegister(platform, quality);
    expect(register.policies).toHaveLength(12);
    expect(register.missingKinds).toEqual(['genderSensitiveApproach']);
    const missing = register.policies.find((p) => p.kind === 'missingPersonProtocol')!;
    expect(missing).toMatchObject({ versionLabel: '3.0', review: 'dueSoon', daysToReview: 21, owner: { name: 'Karin Aandachtsfunctionaris' } });
    expect(missing.versions.map((v) => [v.versionLabel, v.current])).toEqual([
      ['3.0', true],
      ['2.0', false],
    ]);
    expect(register.policies.find((p) => p.kind === 'admissionPolicy')!.document).toMatchObject({ fileName: 'Opnamebeleid De Haven 2.1.pdf' });
    expect((await readReviewReminders(platform, quality)).map((r) => [r.title, r.daysToReview, r.review])).toEqual([['Vermissingsprotocol', 21, 'dueSoon']]);
  });
});
