// The demo improvement plans and good practices (improvement.demo.ts) on top
// of the demo inspection rounds, in the test world: inspectorate I enters the
// rounds, orgA ("zorg-a") is the linked provider whose quality officer keeps
// the actions. Read back through HTTP as each side sees it.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import { loadDemoInspection } from '../server/src/modules/inspection/inspection.demo.js';
import { loadDemoImprovement } from '../server/src/modules/inspection/improvement/improvement.demo.js';

describe('demo improvement plans and good practices', () => {
  let h: Harness;
  let w: World;
  let rounds: Awaited<ReturnType<typeof loadDemoInspection>>;
  let loaded: Awaited<ReturnType<typeof loadDemoImprovement>>;

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    rounds = await loadDemoInspection(h.database, w.inspectorateI, { linkedProviderSlug: 'zorg-a', linkedProviderName: 'Zorgaanbieder A' });
    loaded = await loadDemoImprovement(h.database, w.inspectorateI, w.orgA, rounds);
  }, 120_000);
  afterAll(() => h.close());

  it('enters points, actions, follow-ups and good practices through the services', async () => {
    // 3 points for the linked provider and 1 for the unlinked one; 3 + 1 actions; 2 follow-ups; 6 study practices + 1.
    expect(loaded).toEqual({ points: 4, actions: 4, followUps: 2, goodPractices: 7 });
    const { rows } = await sql<{ action: string; n: number }>`SELECT action, count(*)::int AS n FROM audit_events WHERE action LIKE 'improvement%' OR action LIKE 'goodPractice%' GROUP BY action ORDER BY action`.execute(
      h.database.unsafeSystemQuery,
    );
    expect(Object.fromEntries(rows.map((r) => [r.action, r.n]))).toEqual({
      'goodPractice.created': 7,
      'improvementAction.created': 4,
      'improvementAction.updated': 1,
      'improvementFollowUp.recorded': 2,
      'improvementPoint.created': 4,
    });
  });

  it("shows the linked provider its own plan with its actions and the inspector's follow-up", async () => {
    const quality = await w.signIn('qualityA');
    const list = await quality.get('/api/own-inspections');
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ roundTitle: 'Vervolgtoezicht gespecialiseerde jeugdhulp (demo)', points: 3, actions: 3, actionsDone: 1, actionsOverdue: 1 });
    const one = await quality.get(`/api/own-inspections/${rounds.linkedProviderId}`);
    expect(one.body.points.map((p: { expectationRefs: string[] }) => p.expectationRefs[0])).toEqual(['1-s2', '2.1.2', '5.2.2']);
    expect(one.body.points[0].actions[0]).toMatchObject({ status: 'done', ownerName: 'qualityA', latestVerdict: 'accepted' });
    expect(one.body.points[1].actions[0]).toMatchObject({ status: 'inProgress', latestVerdict: 'notYetSufficient' });
    expect(one.body.goodPractices.map((g: { title: string }) => g.title)).toEqual(['Terugkeergesprek met de wijkagent']);
  });

  it('gives the inspector the overview of the follow-up round and the register of the study', async () => {
    const inspector = await w.signIn('inspectorI');
    const overview = await inspector.get(`/api/inspection/rounds/${rounds.followUpRoundId}/improvement`);
    expect(overview.body.map((r: { providerName: string; points: number; actions: number; overdue: number; awaitingFollowUp: number }) => [r.providerName, r.points, r.actions, r.overdue, r.awaitingFollowUp])).toEqual([
      ['Jeugdhulp Duinzicht (demo)', 1, 1, 0, 1],
      ['Zorgaanbieder A', 3, 3, 1, 1],
    ]);
    const study = await inspector.get(`/api/inspection/good-practices?roundId=${rounds.studyRoundId}`);
    expect(study.body.map((p: { providerName: string }) => p.providerName).sort()).toEqual(['Aanbieder A', 'Aanbieder C', 'Aanbieder D', 'Aanbieder F', 'Aanbieder H', 'Aanbieder M']);
  });

  it("prints the study's round report with the report's own numbers per expectation and its good practices", async () => {
    const inspector = await w.signIn('inspectorI');
    const r = await fetch(`${h.baseUrl}/api/inspection/rounds/${rounds.studyRoundId}/report.pdf`, { headers: { cookie: inspector.cookieHeader() } });
    expect(r.status).toBe(200);
    const file = `/tmp/h25-study-${process.env.TEST_DATABASE ?? 'pglite'}.pdf`;
    writeFileSync(file, Buffer.from(await r.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    // Seed 004, figures 4, 6 and 7: 1.1.1 four insufficient of 13; 5.2.1 four; 5.2.2 six (columns: providers, sufficient, insufficient, not assessed).
    expect(text).toMatch(/1\.1\.1 .*\s13\s+9\s+4\s+0\n/);
    expect(text).toMatch(/5\.2\.1 .*\s13\s+9\s+4\s+0\n/);
    expect(text).toMatch(/5\.2\.2 .*\s13\s+7\s+6\s+0\n/);
    expect(text.replace(/\s+/g, ' ')).toContain('In deze ronde zijn 13 aanbieders onderzocht: 5 op de verwachtingen voor open jeugdhulp en 8 op die voor gesloten jeugdhulp');
    for (const title of ['Oefenen in de stad met de mentor', 'Een boekje met complimenten', 'Een brief om door te gaan naar de volgende fase']) expect(text).toContain(title);
  });
});
