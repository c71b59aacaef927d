// The work list of a case worker and the steps of one file: computed from the
// records, only over the files of the user's own case teams.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';

describe('work list and steps', () => {
  let h: Harness;
  let world: World;

  beforeAll(async () => {
    h = await startHarness();
    world = await buildWorld(h);
  });
  afterAll(() => h.close());

  it('names what needs doing in my files, and nothing of files I am not on', async () => {
    const worker = await world.signIn('caseWorkerA');
    const lead = await world.signIn('leadA');
    const base = `/api/youths/${world.youthA}`;
    const empty = await worker.get('/api/work-list');
    expect(empty.body.files).toBe(1);
    expect(empty.body.withoutInitialRiskAssessment).toEqual([{ youthId: world.youthA, name: 'Sanne de Vries' }]);
    expect(empty.body.signalsToDiscuss).toEqual([]);

    await worker.post(`${base}/signals`, { observedOn: '2026-01-10', observerKind: 'school', form: 'sexual', description: 'Gezien op school.' });
    await worker.post(`${base}/signals`, { observedOn: '2026-01-11', observerKind: 'parents', form: 'sexual', description: 'Moeder maakt zich zorgen.' });
    await worker.post(`${base}/risk-assessments`, {
      instrument: 'risL',
      assessedOn: '2026-01-20',
      participants: ['Mentor'],
      riskFactors: 'x',
      protectiveFactors: 'y',
      level: 'high',
      conclusion: 'z',
      isInitial: true,
    });
    await worker.post(`${base}/safety-plans`, { reviewOn: '2026-02-01' });
    await worker.post(`${base}/care-plan/reviews`, { reviewedOn: '2026-01-05', participants: ['Team'], summary: 'Eerste evaluatie.', nextReviewOn: '2026-04-05' });
    // A file of someone else's case team stays out of my list.
    await lead.post(`/api/youths/${world.youthA2}/signals`, { observedOn: '2026-01-10', observerKind: 'staff', form: 'unclear', description: 'x' });

    const list = (await worker.get('/api/work-list')).body;
    expect(list.signalsToDiscuss).toEqual([{ youthId: world.youthA, name: 'Sanne de Vries', count: 2 }]);
    expect(list.withoutInitialRiskAssessment).toEqual([]);
    expect(list.safetyPlansToReview).toEqual([{ youthId: world.youthA, name: 'Sanne de Vries', dueOn: '2026-02-01', overdue: true }]);
    expect(list.reviewsDue).toEqual([{ youthId: world.youthA, name: 'Sanne de Vries', dueOn: '2026-04-05', overdue: true }]);
    expect(JSON.stringify(list)).not.toContain(world.youthA2);

    const audit = await sql<{ details: { youthIds: string[] } }>`SELECT details FROM audit_events WHERE action = 'workList.read' AND actor_user_id = ${world.users.caseWorkerA!.id} ORDER BY id DESC LIMIT 1`.execute(
      h.database.unsafeSystemQuery,
    );
    expect(audit.rows[0]!.details.youthIds).toEqual([world.youthA]);
  });

  it('summarises the steps of one file for its overview', async () => {
    const worker = await world.signIn('caseWorkerA');
    const steps = (await worker.get(`/api/youths/${world.youthA}/steps`)).body;
    expect(steps.signals).toEqual({ total: 2, new: 2, latestOn: '2026-01-11' });
    expect(steps.riskAssessment).toMatchObject({ total: 1, hasInitial: true, latestSignedOff: false });
    expect(steps.safetyPlan).toMatchObject({ version: 1, signedOff: false, reviewOn: '2026-02-01', hasPhoto: false });
    expect(steps.carePlan.nextReviewOn).toBe('2026-04-05');
    expect(steps.aftercare).toEqual({ planned: false, warmHandoverOn: null });
    const outsider = await world.signIn('outsiderA');
    expect((await outsider.get(`/api/youths/${world.youthA}/steps`)).status).toBe(403);
  });
});
