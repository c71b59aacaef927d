// The municipal checklist through HTTP: the policy officer starts a year's
// checklist, answers questions with notes and evidence (Dutch messages per
// field, nothing changes on bad input), saves check the version, every change
// leaves history; progress per check and overall is counted by hand here; the
// next year's checklist copies nothing and shows last year's answers beside
// this year's; gaps become an action plan; the PDF is read with pdftotext;
// another municipality sees nothing until it takes part as a region; other
// roles are refused; every read and change is audited.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import '../server/src/modules/municipal/checklist/checklist.tables.js';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const BASE = '/api/municipal/checklists';

type Answer = { ref: string; checkRef: string; answer: string | null; notes: string; updatedAt: string; previous: { year: number; answer: string | null; notes: string } | null };

describe('municipal checklist', () => {
  let h: Harness;
  let w: World;
  let policyM: ApiClient;
  let policyN: ApiClient;
  let lastYearId: string;
  let thisYearId: string;

  const fields = (body: { fields: { path: string; message: string }[] }) => Object.fromEntries(body.fields.map((f) => [f.path, f.message]));
  const auditCount = async (action: string, userKey: string, outcome = 'allowed') => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action} AND actor_user_id = ${w.users[userKey]!.id} AND outcome = ${outcome}`.execute(
      h.database.unsafeSystemQuery,
    );
    return rows[0]!.n;
  };
  const answerOf = async (id: string, ref: string, client = policyM): Promise<Answer> => (await client.get(`${BASE}/${id}`)).body.answers.find((a: Answer) => a.ref === ref);
  const answer = async (id: string, ref: string, value: string, extra: Record<string, unknown> = {}, client = policyM) => {
    const before = await answerOf(id, ref, client);
    const r = await client.put(`${BASE}/${id}/answers/${ref}`, { answer: value, updatedAt: before.updatedAt, ...extra });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as Answer;
  };
  const download = async (client: ApiClient, path: string) => {
    const r = await fetch(`${h.baseUrl}${path}`, { headers: { cookie: client.cookieHeader() } });
    return { status: r.status, headers: r.headers, bytes: Buffer.from(await r.arrayBuffer()) };
  };

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    policyM = await w.signIn('policyM');
    policyN = await w.signIn('policyN');
  }, 120_000);
  afterAll(() => h.close());

  it("starts last year's checklist with all 24 questions unanswered, in the seed's order", async () => {
    expect((await policyM.get(BASE)).body).toEqual([]);
    const r = await policyM.post(BASE, { year: 2025 });
    expect(r.status).toBe(200);
    lastYearId = r.body.id;
    expect(r.body).toMatchObject({ year: 2025, regionName: null, owner: { name: 'Gemeente M', slug: 'gemeente-m' }, participants: [], own: true, previousYear: null, actionCount: 0 });
    expect(r.body.answers).toHaveLength(24);
    expect(r.body.answers.slice(0, 5).map((a: Answer) => a.ref)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);
    expect(r.body.answers.every((a: Answer) => a.answer === null && a.previous === null)).toBe(true);
    expect(r.body.progress).toEqual({ questions: 24, answered: 0, yes: 0, partly: 0, no: 0, unknown: 0 });
    expect(r.body.checks.map((c: { ref: string; current: { questions: number } }) => [c.ref, c.current.questions])).toEqual([['1', 4], ['2', 6], ['3', 5], ['4', 5], ['5', 4]]);
    expect(JSON.stringify(r.body).match(UUID)).toEqual([lastYearId]);
    expect(await auditCount('municipalChecklist.started', 'policyM')).toBe(1);
  });

  it('refuses a second checklist for the same year and bad input, with a Dutch message per field', async () => {
    const twice = await policyM.post(BASE, { year: 2025 });
    expect(twice.status).toBe(400);
    expect(fields(twice.body)).toEqual({ year: 'Voor dit jaar is er al een checklist. Open die en werk hem bij.' });
    const region = await policyM.post(BASE, { year: 2024, participants: ['bestaat-niet', 'gemeente-n', 'gemeente-n'] });
    expect(fields(region.body)).toEqual({
      'participants.0': 'Er werkt geen gemeente met deze korte naam in Baken. Controleer de korte naam.',
      'participants.2': 'Deze gemeente staat er al.',
      regionName: 'Geef de regio een naam: er doen andere gemeenten mee.',
    });
    // A provider's short name is not a municipality.
    expect(fields((await policyM.post(BASE, { year: 2024, regionName: 'R', participants: ['a'] })).body)).toEqual({
      'participants.0': 'Er werkt geen gemeente met deze korte naam in Baken. Controleer de korte naam.',
    });
    expect((await policyM.get(BASE)).body).toHaveLength(1);
  });

  it('saves answers with notes, evidence and who answered; bad input changes nothing', async () => {
    const before = await answerOf(lastYearId, '1.1');
    const bad = await policyM.put(`${BASE}/${lastYearId}/answers/1.1`, { answer: 'misschien', notes: 'x'.repeat(4001), evidenceUrl: 'ftp://x', updatedAt: before.updatedAt });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual({ answer: 'Kies een van de mogelijkheden.', notes: 'Gebruik hoogstens 4000 tekens.', evidenceUrl: expect.stringMatching(/./) });
    expect(await answerOf(lastYearId, '1.1')).toEqual(before);
    const saved = await answer(lastYearId, '1.1', 'yes', { notes: 'Besproken in het college.', evidence: 'Raadsinformatiebrief', evidenceUrl: 'https://example.org/brief' });
    expect(saved).toMatchObject({ answer: 'yes', notes: 'Besproken in het college.', evidenceUrl: 'https://example.org/brief', answeredByName: 'policyM', answeredByOrganisation: 'Gemeente M' });
    expect(await auditCount('municipalChecklist.answered', 'policyM')).toBe(1);
    // 2025: check 1: yes, no, partly, unknown; check 2: yes ×2, no; check 4: no. 8 answered of 24.
    await answer(lastYearId, '1.2', 'no');
    await answer(lastYearId, '1.3', 'partly');
    await answer(lastYearId, '1.4', 'unknown');
    await answer(lastYearId, '2.1', 'yes');
    await answer(lastYearId, '2.2', 'yes');
    await answer(lastYearId, '2.3', 'no');
    await answer(lastYearId, '4.3', 'no');
  });

  it('refuses a save against an old version with a clear Dutch message, and keeps the history of each question', async () => {
    const first = await answerOf(lastYearId, '1.2');
    await answer(lastYearId, '1.2', 'partly', { notes: 'Cijfers van de GGD opgevraagd.' });
    const stale = await policyM.put(`${BASE}/${lastYearId}/answers/1.2`, { answer: 'yes', updatedAt: first.updatedAt });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({ code: 'EDIT_CONFLICT', message: expect.stringContaining('Iemand anders heeft dit intussen gewijzigd') });
    expect((await answerOf(lastYearId, '1.2')).answer).toBe('partly');
    const history = await policyM.get(`${BASE}/${lastYearId}/answers/1.2/history`);
    expect(history.status).toBe(200);
    expect(history.body.map((x: { change: string; snapshot: { answer: string } }) => [x.change, x.snapshot.answer])).toEqual([
      ['answered', 'partly'],
      ['answered', 'no'],
    ]);
    expect(history.body[0]).toMatchObject({ changedByName: 'policyM', snapshot: { notes: 'Cijfers van de GGD opgevraagd.' } });
    expect(await auditCount('municipalChecklist.historyRead', 'policyM')).toBe(1);
  });

  it('counts progress per check and overall', async () => {
    const r = await policyM.get(`${BASE}/${lastYearId}`);
    // 1.1 yes, 1.2 partly (changed), 1.3 partly, 1.4 unknown, 2.1 yes, 2.2 yes, 2.3 no, 4.3 no.
    expect(r.body.progress).toEqual({ questions: 24, answered: 8, yes: 3, partly: 2, no: 2, unknown: 1 });
    const byCheck = Object.fromEntries(r.body.checks.map((c: { ref: string; current: unknown }) => [c.ref, c.current]));
    expect(byCheck['1']).toEqual({ questions: 4, answered: 4, yes: 1, partly: 2, no: 0, unknown: 1 });
    expect(byCheck['2']).toEqual({ questions: 6, answered: 3, yes: 2, partly: 0, no: 1, unknown: 0 });
    expect(byCheck['3']).toEqual({ questions: 5, answered: 0, yes: 0, partly: 0, no: 0, unknown: 0 });
    expect(byCheck['4']).toEqual({ questions: 5, answered: 1, yes: 0, partly: 0, no: 1, unknown: 0 });
    expect(await auditCount('municipalChecklist.read', 'policyM')).toBeGreaterThan(0);
  });

  it("starts this year's checklist copying nothing, with last year's answers beside the questions and the checks compared", async () => {
    const r = await policyM.post(BASE, { year: 2026 });
    expect(r.status).toBe(200);
    thisYearId = r.body.id;
    expect(r.body.previousYear).toBe(2025);
    expect(r.body.progress.answered).toBe(0);
    const byRef = new Map<string, Answer>(r.body.answers.map((a: Answer) => [a.ref, a]));
    expect(byRef.get('1.1')).toMatchObject({ answer: null, notes: '', previous: { year: 2025, answer: 'yes', notes: 'Besproken in het college.' } });
    expect(byRef.get('1.2')!.previous).toMatchObject({ answer: 'partly' });
    expect(byRef.get('3.1')!.previous).toEqual({ year: 2025, answer: null, notes: '' });
    await answer(thisYearId, '1.1', 'yes');
    await answer(thisYearId, '1.2', 'yes');
    await answer(thisYearId, '2.3', 'partly');
    await answer(thisYearId, '4.3', 'no');
    await answer(thisYearId, '5.1', 'no');
    const now = await policyM.get(`${BASE}/${thisYearId}`);
    const check = (ref: string) => now.body.checks.find((c: { ref: string }) => c.ref === ref);
    expect(check('1')).toEqual({ ref: '1', current: { questions: 4, answered: 2, yes: 2, partly: 0, no: 0, unknown: 0 }, previous: { questions: 4, answered: 4, yes: 1, partly: 2, no: 0, unknown: 1 } });
    expect(check('5')).toEqual({ ref: '5', current: { questions: 4, answered: 1, yes: 0, partly: 0, no: 1, unknown: 0 }, previous: { questions: 4, answered: 0, yes: 0, partly: 0, no: 0, unknown: 0 } });
    const list = (await policyM.get(BASE)).body;
    expect(list.map((c: { year: number; progress: { answered: number } }) => [c.year, c.progress.answered])).toEqual([
      [2026, 5],
      [2025, 8],
    ]);
  });

  let actionId: string;

  it('turns the gaps into an action plan from the suggestions or own actions, and refuses what does not fit', async () => {
    const plan = await policyM.get(`${BASE}/${thisYearId}/action-plan`);
    expect(plan.status).toBe(200);
    // Gaps: 2.3 partly, 4.3 no, 5.1 no (1.1 and 1.2 are "yes").
    expect(plan.body.gaps.map((g: { ref: string; answer: string }) => [g.ref, g.answer])).toEqual([
      ['2.3', 'partly'],
      ['4.3', 'no'],
      ['5.1', 'no'],
    ]);
    const gap43 = plan.body.gaps.find((g: { ref: string }) => g.ref === '4.3');
    expect(gap43.suggestions.length).toBeGreaterThan(0);
    expect(gap43.suggestions.every((s: { planned: boolean }) => !s.planned)).toBe(true);
    const code = gap43.suggestions[0].code as string;
    const created = await policyM.post(`${BASE}/${thisYearId}/actions`, { questionRef: '4.3', actionCode: code, ownerName: 'Team Veiligheid', dueOn: '2020-03-01' });
    expect(created.status).toBe(200);
    actionId = created.body.id;
    expect(created.body).toMatchObject({ questionRef: '4.3', checkRef: '4', actionCode: code, ownerName: 'Team Veiligheid', status: 'open', overdue: true });
    expect(created.body.title.length).toBeGreaterThan(10);
    const own = await policyM.post(`${BASE}/${thisYearId}/actions`, { questionRef: '5.1', title: 'Zorgaanbod in de regio in kaart brengen', ownerName: 'Sophie', dueOn: '2099-06-30' });
    expect(own.body).toMatchObject({ actionCode: null, title: 'Zorgaanbod in de regio in kaart brengen', overdue: false });
    const twice = await policyM.post(`${BASE}/${thisYearId}/actions`, { questionRef: '4.3', actionCode: code, ownerName: 'X' });
    expect(fields(twice.body)).toEqual({ actionCode: 'Deze actie staat al in het actieplan bij deze vraag.' });
    const onYes = await policyM.post(`${BASE}/${thisYearId}/actions`, { questionRef: '1.1', actionCode: 'nope', title: '', ownerName: '' });
    expect(fields(onYes.body)).toEqual({ ownerName: 'Vul dit veld in.' });
    const onYes2 = await policyM.post(`${BASE}/${thisYearId}/actions`, { questionRef: '1.1', actionCode: 'nope', ownerName: 'X' });
    expect(fields(onYes2.body)).toEqual({
      questionRef: expect.stringContaining('Een actie hoort bij een vraag die met "deels", "nee" of "weet niet" is beantwoord'),
      actionCode: 'Kies een actie uit de suggesties bij deze check, of beschrijf een eigen actie.',
    });
    const untitled = await policyM.post(`${BASE}/${thisYearId}/actions`, { questionRef: '2.3', ownerName: 'X' });
    expect(fields(untitled.body)).toEqual({ title: 'Beschrijf wat er moet gebeuren.' });
    const after = (await policyM.get(`${BASE}/${thisYearId}/action-plan`)).body;
    expect(after.actions.map((a: { questionRef: string }) => a.questionRef)).toEqual(['4.3', '5.1']);
    expect(after.counts).toEqual({ total: 2, open: 2, inProgress: 0, done: 0, overdue: 1 });
    expect(after.gaps.find((g: { ref: string }) => g.ref === '4.3').suggestions.filter((s: { planned: boolean }) => s.planned).map((s: { code: string }) => s.code)).toEqual([code]);
    expect(await auditCount('municipalChecklist.actionCreated', 'policyM')).toBe(2);
  });

  it('updates an action with the version check, no longer overdue once done, with its history', async () => {
    const plan = (await policyM.get(`${BASE}/${thisYearId}/action-plan`)).body;
    const action = plan.actions.find((a: { id: string }) => a.id === actionId);
    const updated = await policyM.put(`${BASE}/${thisYearId}/actions/${actionId}`, { ownerName: 'Team Veiligheid', dueOn: '2020-03-01', status: 'inProgress', progressNote: 'Eerste overleg gepland.', updatedAt: action.updatedAt });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ status: 'inProgress', overdue: true, progressNote: 'Eerste overleg gepland.' });
    const stale = await policyM.put(`${BASE}/${thisYearId}/actions/${actionId}`, { ownerName: 'X', status: 'done', updatedAt: action.updatedAt });
    expect(stale.status).toBe(409);
    const done = await policyM.put(`${BASE}/${thisYearId}/actions/${actionId}`, { ownerName: 'Team Veiligheid', dueOn: '2020-03-01', status: 'done', updatedAt: updated.body.updatedAt });
    expect(done.body).toMatchObject({ status: 'done', overdue: false });
    const history = await policyM.get(`${BASE}/${thisYearId}/actions/${actionId}/history`);
    expect(history.body.map((x: { change: string; snapshot: { status: string } }) => [x.change, x.snapshot.status])).toEqual([
      ['actionUpdated', 'done'],
      ['actionUpdated', 'inProgress'],
      ['actionCreated', 'open'],
    ]);
    expect((await policyM.get(`${BASE}/${thisYearId}/action-plan`)).body.counts).toEqual({ total: 2, open: 1, inProgress: 0, done: 1, overdue: 0 });
    expect(await auditCount('municipalChecklist.actionUpdated', 'policyM')).toBe(2);
    expect(await auditCount('municipalChecklist.actionHistoryRead', 'policyM')).toBe(1);
  });

  it('prints the checklist with answers, progress, last year and the action plan', async () => {
    const pdf = await download(policyM, `${BASE}/${thisYearId}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('inline; filename="checklist-gemeente-2026.pdf"');
    const file = `/tmp/municipal-checklist-${process.env.TEST_DATABASE ?? 'pglite'}.pdf`;
    writeFileSync(file, pdf.bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const words of [
      'Checklist aanpak uitbuiting van jongeren',
      'Gemeente M',
      '5 van de 24 vragen zijn beantwoord.',
      'Ja: 2 · Deels: 1 · Nee: 2 · Weet niet: 0',
      'Vorig jaar (2025): 3 van de 24 vragen met ja beantwoord.',
      'CHECK 1',
      '(checklist gemeenten, check 4)',
      '(checklist gemeenten, vraag 2.3)',
      'Vorig jaar (2025)',
      'Actieplan',
      '2 acties: 1 open, 0 in uitvoering, 1 klaar.',
      'Zorgaanbod in de regio in kaart brengen',
      'Team Veiligheid',
      'Pagina 1 van',
    ])
      expect(text).toContain(words);
    const pages = Number(/Pagina 1 van (\d+)/.exec(text)![1]);
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
    expect(await auditCount('municipalChecklist.printed', 'policyM')).toBe(1);
  });

  it("keeps another municipality out until it takes part as a region; then its policy officer reads and answers", async () => {
    for (const path of [`${BASE}/${thisYearId}`, `${BASE}/${thisYearId}/action-plan`, `${BASE}/${thisYearId}/pdf`, `${BASE}/${thisYearId}/answers/1.1/history`]) {
      expect((await policyN.get(path)).status, path).toBe(404);
    }
    const before = await answerOf(thisYearId, '3.1');
    expect((await policyN.put(`${BASE}/${thisYearId}/answers/3.1`, { answer: 'yes', updatedAt: before.updatedAt })).status).toBe(404);
    expect((await policyN.get(BASE)).body).toEqual([]);
    // Row-level security, not only the service: in N's scope the database holds none of M's rows.
    const rowsSeenBy = (organisationId: string) =>
      h.database.inOrganisation(organisationId, async (tx) => ({
        checklists: (await tx.selectFrom('municipal_checklists').select('id').execute()).length,
        answers: (await tx.selectFrom('municipal_checklist_answers').select('id').where('checklist_id', '=', thisYearId).execute()).length,
        actions: (await tx.selectFrom('municipal_checklist_actions').select('id').execute()).length,
        history: (await tx.selectFrom('municipal_checklist_history').select('id').execute()).length,
      }));
    expect(await rowsSeenBy(w.municipalityN)).toEqual({ checklists: 0, answers: 0, actions: 0, history: 0 });

    const header = (await policyM.get(`${BASE}/${thisYearId}`)).body;
    const linked = await policyM.put(`${BASE}/${thisYearId}/region`, { regionName: 'Regio Kust', participants: ['Gemeente-N'], updatedAt: header.updatedAt });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body).toMatchObject({ regionName: 'Regio Kust', participants: [{ name: 'Gemeente N', slug: 'gemeente-n' }] });
    expect(JSON.stringify(linked.body)).not.toContain(w.municipalityN);
    // Now N's scope reaches this year's checklist, but not M's earlier one.
    expect(await rowsSeenBy(w.municipalityN)).toMatchObject({ checklists: 1, answers: 24 });

    const seen = (await policyN.get(BASE)).body;
    expect(seen.map((c: { year: number; own: boolean; owner: { name: string } }) => [c.year, c.own, c.owner.name])).toEqual([[2026, false, 'Gemeente M']]);
    const read = await policyN.get(`${BASE}/${thisYearId}`);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).not.toContain(w.municipalityM);
    // N did not take part last year: it sees this year's answers, not M's earlier checklist.
    expect(read.body.previousYear).toBeNull();
    const byN = await answer(thisYearId, '3.1', 'partly', { notes: 'In Gemeente N loopt een pilot.' }, policyN);
    expect(byN).toMatchObject({ answeredByName: 'policyN', answeredByOrganisation: 'Gemeente N' });
    expect((await answerOf(thisYearId, '3.1')).answer).toBe('partly');
    const own = await policyN.post(`${BASE}/${thisYearId}/actions`, { questionRef: '3.1', title: 'Meldroute in Gemeente N bekend maken', ownerName: 'Beleid N' });
    expect(own.status).toBe(200);
    // Only the owner decides who takes part.
    const refused = await policyN.put(`${BASE}/${thisYearId}/region`, { regionName: 'Anders', participants: [], updatedAt: read.body.updatedAt });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('CHECKLIST_OWNER_ONLY');
    // M's last year stays M's.
    expect((await policyN.get(`${BASE}/${lastYearId}`)).status).toBe(404);
    expect(await auditCount('municipalChecklist.answered', 'policyN')).toBe(1);

    // Unlinked again: N is out.
    const again = (await policyM.get(`${BASE}/${thisYearId}`)).body;
    expect((await policyM.put(`${BASE}/${thisYearId}/region`, { regionName: '', participants: [], updatedAt: again.updatedAt })).status).toBe(200);
    expect((await policyN.get(`${BASE}/${thisYearId}`)).status).toBe(404);
  });

  it('refuses every role but the policy officer, audited', async () => {
    for (const key of ['caseWorkerA', 'designatedA', 'qualityA', 'adminA', 'coordinatorR', 'liaisonP', 'inspectorI']) {
      const client = await w.signIn(key);
      expect((await client.get(BASE)).status, key).toBe(403);
      expect((await client.get(`${BASE}/${thisYearId}`)).status, key).toBe(403);
      expect((await client.post(BASE, { year: 2027 })).status, key).toBe(403);
    }
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND record_type = 'municipalChecklist' AND actor_user_id = ${w.users.coordinatorR!.id}`.execute(
      h.database.unsafeSystemQuery,
    );
    expect(rows[0]!.n).toBe(3);
  });

  it('writes every change in the same transaction as its audit event', async () => {
    const { rows } = await sql<{ changes: number; audits: number }>`
      SELECT (SELECT count(*)::int FROM municipal_checklist_history WHERE change IN ('answered', 'actionCreated', 'actionUpdated')) AS changes,
             (SELECT count(*)::int FROM audit_events WHERE action IN ('municipalChecklist.answered', 'municipalChecklist.actionCreated', 'municipalChecklist.actionUpdated')) AS audits`.execute(
      h.database.unsafeSystemQuery,
    );
    expect(rows[0]!.changes).toBe(rows[0]!.audits);
    expect(rows[0]!.changes).toBeGreaterThan(15);
  });
});
