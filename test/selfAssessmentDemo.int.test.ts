// The self-assessment demo for "Jeugdzorg De Haven", loaded through the
// services on the bare demo world: an assessment in progress with a mix of
// statuses, owners, due dates (one past) and comments, read back as the
// quality officer reads it; evidence is an uploaded document while the
// policies register is empty, and a current policy of the right kind once it
// holds one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { loadContent } from '../server/src/platform/content/content.js';
import type { Actor } from '../server/src/platform/authz/actor.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import { loadDemoSelfAssessment } from '../server/src/modules/quality/selfAssessment/selfAssessment.demo.js';
import { closeAssessment, listAssessments, readAssessment } from '../server/src/modules/quality/selfAssessment/selfAssessment.service.js';
import { startHarness, type Harness } from './harness.js';

describe('the self-assessment demo', () => {
  let h: Harness;
  let provider: string;
  let platform: Platform;
  let quality: Actor;

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), 'demo wachtwoord 123', await hashPassword('demo wachtwoord 123'), { bare: true });
    provider = (await h.database.unsafeSystemQuery.selectFrom('organisations').select('id').where('slug', '=', 'de-haven').executeTakeFirstOrThrow()).id;
    platform = { database: h.database, content: loadContent() } as unknown as Platform;
    const user = await h.database.unsafeSystemQuery.selectFrom('users').select('id').where('email', '=', 'kwaliteit@dehaven.demo').executeTakeFirstOrThrow();
    quality = { userId: user.id, organisationId: provider, organisationKind: 'provider', roles: ['qualityOfficer'], sessionId: 'test', ip: null, userAgent: null };
    await h.database.unsafeSystemQuery.deleteFrom('policies').where('organisation_id', '=', provider).execute();
  }, 120_000);
  afterAll(() => h.close());

  it('loads an assessment in progress with a mix of statuses, owners, due dates and comments, evidence uploaded', async () => {
    const id = await loadDemoSelfAssessment(h.database, provider);
    const list = await listAssessments(platform, quality);
    expect(list.map((a) => [a.title, a.open])).toEqual([[`Zelfevaluatie ${new Date().getFullYear()}`, true]]);
    const assessment = await readAssessment(platform, quality, id);
    // 21 of the 32 criteria answered: 7 in practice, 7 on paper, 5 being arranged (one past its date), 2 not arranged.
    expect(assessment.summary.overall.criteria).toEqual({ total: 32, notAssessed: 11, notArranged: 2, beingArranged: 5, onPaper: 7, inPractice: 7, overdue: 1 });
    expect(assessment.summary.overall.indicators).toMatchObject({ selfAssessed: 3, answered: 2 });
    const byRef = new Map(assessment.criteria.map((c) => [c.ref, c]));
    expect(byRef.get('1.3-c2')).toMatchObject({ status: 'beingArranged', owner: { name: 'Karin Aandachtsfunctionaris' }, overdue: true, updatedByName: 'Ingrid Kwaliteit' });
    expect(byRef.get('1.2-c2')).toMatchObject({ status: 'beingArranged', owner: { name: 'Fatima Behandelaar' }, overdue: false });
    expect(byRef.get('1.1-c1')).toMatchObject({ status: 'inPractice', policy: null, document: { fileName: 'Opnamebeleid De Haven 2025.pdf', mimeType: 'application/pdf' } });
    // Every answer that says something is laid down has its evidence.
    for (const c of assessment.criteria.filter((x) => x.status === 'onPaper' || x.status === 'inPractice')) expect(c.document ?? c.policy, c.ref).not.toBeNull();
    expect(new Set(assessment.criteria.flatMap((c) => (c.owner ? [c.owner.name] : [])))).toEqual(new Set(['Ingrid Kwaliteit', 'Karin Aandachtsfunctionaris', 'Fatima Behandelaar']));
    expect(assessment.criteria.filter((c) => c.comments).length).toBeGreaterThanOrEqual(5);
    // The same document is uploaded once and used for every criterion it backs.
    const documents = await h.database.unsafeSystemQuery.selectFrom('self_assessment_evidence').select('document_id').where('assessment_id', '=', id).execute();
    expect(documents).toHaveLength(12);
    // Loading again keeps the assessment in progress as it is.
    expect(await loadDemoSelfAssessment(h.database, provider)).toBe(id);
    expect(await listAssessments(platform, quality)).toHaveLength(1);
  });

  it('links a current policy of the register when there is one of the right kind', async () => {
    const [first] = await listAssessments(platform, quality);
    await closeAssessment(platform, quality, first!.id);
    const policy = await h.database.unsafeSystemQuery
      .insertInto('policies')
      .values({
        organisation_id: provider,
        kind: 'admissionPolicy',
        title: 'Opnamebeleid',
        version_label: '3.0',
        owner_id: quality.userId,
        adopted_on: '2025-09-01',
        review_on: '2027-09-01',
        reference: 'Intranet > Beleid',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = await loadDemoSelfAssessment(h.database, provider, { title: 'Zelfevaluatie met register' });
    const assessment = await readAssessment(platform, quality, id);
    const byRef = new Map(assessment.criteria.map((c) => [c.ref, c]));
    expect(byRef.get('1.1-c1')).toMatchObject({ policy: { id: policy.id, title: 'Opnamebeleid', versionLabel: '3.0', withdrawn: false }, document: null });
    expect(byRef.get('1.1-c2')!.policy?.id).toBe(policy.id);
    // Kinds the register does not hold still get their document.
    expect(byRef.get('1.2-c1')).toMatchObject({ policy: null, document: { fileName: 'Notitie gendersensitief werken.pdf' } });
    expect(assessment.summary.overall.criteria.onPaper).toBe(7);
  });
});
