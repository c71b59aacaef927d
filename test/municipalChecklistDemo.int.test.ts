// The municipal checklist demo for "Gemeente Zeestad", loaded through the
// services on the bare demo world: last year's checklist answered in full,
// this year's in progress with changed answers, and an action plan with one
// action past its due date; loading twice adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { loadContent } from '../server/src/platform/content/content.js';
import type { Actor } from '../server/src/platform/authz/actor.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import { loadDemoChecklist } from '../server/src/modules/municipal/checklist/checklist.demo.js';
import { listChecklists, readChecklist } from '../server/src/modules/municipal/checklist/checklist.service.js';
import { readActionPlan } from '../server/src/modules/municipal/checklist/actions.service.js';
import { readHistory } from '../server/src/modules/municipal/checklist/answers.service.js';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { printChecklist } from '../server/src/modules/municipal/checklist/print.service.js';
import { startHarness, type Harness } from './harness.js';

describe('the municipal checklist demo', () => {
  let h: Harness;
  let municipality: string;
  let platform: Platform;
  let policy: Actor;

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), 'demo wachtwoord 123', await hashPassword('demo wachtwoord 123'), { bare: true });
    municipality = (await h.database.unsafeSystemQuery.selectFrom('organisations').select('id').where('slug', '=', 'zeestad').executeTakeFirstOrThrow()).id;
    platform = { database: h.database, content: loadContent() } as unknown as Platform;
    const user = await h.database.unsafeSystemQuery.selectFrom('users').select('id').where('email', '=', 'beleid@zeestad.demo').executeTakeFirstOrThrow();
    policy = { userId: user.id, organisationId: municipality, organisationKind: 'municipality', roles: ['policyOfficer'], sessionId: 'test', ip: null, userAgent: null };
  }, 120_000);
  afterAll(() => h.close());

  it("loads last year's checklist completed and this year's in progress with an action plan", async () => {
    const ids = await loadDemoChecklist(h.database, municipality);
    const year = new Date().getFullYear();
    const list = await listChecklists(platform, policy);
    expect(list.map((c) => [c.year, c.progress.answered])).toEqual([
      [year, 14],
      [year - 1, 24],
    ]);
    // Last year: yes 1.1 2.6 3.2 3.4 5.2 = 5; partly 1.3 1.4 2.2 2.4 3.1 3.5 4.1 5.1 = 8;
    // no 1.2 2.1 2.5 3.3 4.2 4.3 4.4 5.3 = 8; unknown 2.3 4.5 5.4 = 3.
    const last = await readChecklist(platform, policy, ids.lastYearId);
    expect(last.progress).toEqual({ questions: 24, answered: 24, yes: 5, partly: 8, no: 8, unknown: 3 });
    const now = await readChecklist(platform, policy, ids.thisYearId);
    // This year: yes 1.1 1.3 2.2 3.2 3.4 4.1 = 6; partly 1.2 1.4 2.3 3.1 4.4 = 5; no 2.1 2.4 4.3 = 3.
    expect(now.progress).toEqual({ questions: 24, answered: 14, yes: 6, partly: 5, no: 3, unknown: 0 });
    expect(now.previousYear).toBe(year - 1);
    const byRef = new Map(now.answers.map((a) => [a.ref, a]));
    expect(byRef.get('1.3')).toMatchObject({ answer: 'yes', evidence: 'Werkinstructie melden bij CoMensha', previous: { answer: 'partly' } });
    expect(byRef.get('4.1')).toMatchObject({ answer: 'yes', evidenceUrl: 'https://zeestad.demo/regio/verslag', previous: { answer: 'partly' } });
    expect(byRef.get('5.1')).toMatchObject({ answer: null, previous: { answer: 'partly' } });
    expect(now.answers.every((a) => a.answer === null || a.answeredByName === 'Sophie Beleid')).toBe(true);
    expect((await readHistory(platform, policy, ids.thisYearId, '2.3', 'answer')).map((x) => x.snapshot.answer)).toEqual(['partly', 'partly']);

    const plan = await readActionPlan(platform, policy, ids.thisYearId);
    expect(plan.actions.map((a) => [a.questionRef, a.actionCode, a.status, a.overdue])).toEqual([
      ['1.2', 'countLocally', 'inProgress', false],
      ['1.4', 'linkToBroaderPolicy', 'done', false],
      ['2.1', null, 'open', false],
      ['2.4', 'structuralPrevention', 'open', true],
      ['4.3', 'nameCareCoordination', 'inProgress', false],
    ]);
    expect(plan.counts).toEqual({ total: 5, open: 2, inProgress: 2, done: 1, overdue: 1 });

    // On paper: last year beside each answer, the evidence link, the overdue action.
    const { pdf } = await printChecklist(platform, policy, ids.thisYearId);
    const file = `/tmp/municipal-checklist-demo-${process.env.TEST_DATABASE ?? 'pglite'}.pdf`;
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const words of ['Gemeente Zeestad (demo)', '14 van de 24 vragen zijn beantwoord.', `Vorig jaar (${year - 1}): 5 van de 24 vragen met ja beantwoord.`, 'https://zeestad.demo/regio/verslag', '5 acties: 2 open, 2 in uitvoering, 1 klaar.', '1 actie is over de streefdatum.', 'over de streefdatum'])
      expect(text).toContain(words);

    // Loading again adds nothing.
    expect(await loadDemoChecklist(h.database, municipality)).toEqual(ids);
    expect((await readActionPlan(platform, policy, ids.thisYearId)).counts.total).toBe(5);
  });
});
