// The demo data for police cooperation loads through the services, so it obeys
// the same rules as a user: a signed-off deliberation on the youth's file, and
// incidents the safety officer sees and a reporter sees only when their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import { loadDemoPoliceCooperation } from '../server/src/modules/policeCooperation/policeCooperation.demo.js';

describe('police cooperation demo data', () => {
  let h: Harness;
  let w: World;

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    await loadDemoPoliceCooperation(h.database, w.orgA, w.youthA, {
      mentor: w.users.caseWorkerA!.id,
      lead: w.users.leadA!.id,
      colleague: w.users.outsiderA!.id,
      safetyOfficer: w.users.safetyA!.id,
    });
  });
  afterAll(() => h.close());

  it('puts a signed-off deliberation on the file and two incidents before the safety officer', async () => {
    const deliberations = (await (await w.signIn('leadA')).get(`/api/youths/${w.youthA}/report-deliberations`)).body;
    expect(deliberations).toEqual([expect.objectContaining({ youthWish: 'doesNotWant', outcome: 'notificationMade', signedOffByName: 'leadA' })]);
    const all = (await (await w.signIn('safetyA')).get('/api/incidents')).body;
    expect(all.counts).toEqual({ open: 1, inProgress: 1, closed: 0 });
    const own = (await (await w.signIn('caseWorkerA')).get('/api/incidents')).body;
    expect(own.incidents.map((i: { kind: string }) => i.kind)).toEqual(['recruitment']);
  });
});
