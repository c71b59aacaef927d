// Inspection rounds through HTTP: a round with providers of each kind of care,
// judgments one at a time and all at once (all or none, each with its version),
// the history, the figures per provider, expectation and theme counted by hand
// from the inputs below, each figure as CSV, bad input (a Dutch field message
// and no change), a closed round that refuses changes, a second inspectorate
// that sees nothing of the first, provider roles refused, and one audit event
// per read or change, written in the same transaction as the work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

describe('inspection rounds', () => {
  let h: Harness;
  let w: World;
  let inspector: ApiClient;
  let inspectorJ: ApiClient;
  let roundId: string;
  /** Noord: open care; Zuid: secured care; West: both (judged on the secured variant). */
  const p: Record<'noord' | 'zuid' | 'west', string> = { noord: '', zuid: '', west: '' };
  const base = () => `/api/inspection/rounds/${roundId}`;
  const count = async (table: string) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
  const audits = async (action: string) =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = ${action}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
  const fieldMap = (body: { fields?: { path: string; message: string }[] }) => Object.fromEntries((body.fields ?? []).map((f) => [f.path, f.message]));
  const judgmentOf = async (providerId: string, ref: string) =>
    ((await inspector.get(`${base()}/providers/${providerId}`)).body.judgments as { ref: string; judgment: string; updatedAt: string }[]).find((j) => j.ref === ref);

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    inspector = await w.signIn('inspectorI');
    inspectorJ = await w.signIn('inspectorJ');
  });
  afterAll(() => h.close());

  describe('a round and its providers', () => {
    it('refuses a round without a title or with its end before its start, and creates nothing', async () => {
      const before = await count('inspection_rounds');
      const r = await inspector.post('/api/inspection/rounds', { title: ' ', kind: 'regular', periodStart: '2026-10-01', periodEnd: '2026-09-01' });
      expect(r.status).toBe(400);
      expect(Object.keys(fieldMap(r.body))).toEqual(['title']);
      const period = await inspector.post('/api/inspection/rounds', { title: 'Ronde', kind: 'regular', periodStart: '2026-10-01', periodEnd: '2026-09-01' });
      expect(period.status).toBe(400);
      expect(fieldMap(period.body)).toEqual({ periodEnd: 'De einddatum ligt voor de begindatum.' });
      const kind = await inspector.post('/api/inspection/rounds', { title: 'Ronde', kind: 'surprise' });
      expect(Object.keys(fieldMap(kind.body))).toEqual(['kind']);
      expect(await count('inspection_rounds')).toBe(before);
      expect(await audits('inspectionRound.created')).toBe(0);
    });

    it('creates a round against the framework as it is now, one audit event', async () => {
      const r = await inspector.post('/api/inspection/rounds', { title: 'Toezicht gesloten en open groepen 2026', kind: 'regular', periodStart: '2026-09-01', periodEnd: '2026-12-31' });
      expect(r.status).toBe(200);
      roundId = r.body.id;
      expect(r.body).toMatchObject({ status: 'open', frameworkVersion: '2017.1', providerCount: 0, judgedCount: 0, providers: [], periodStart: '2026-09-01', createdByName: expect.any(String) });
      expect(await audits('inspectionRound.created')).toBe(1);
    });

    it('adds providers with their kind of care; a link travels as the short name, never as an id', async () => {
      const noord = await inspector.post(`${base()}/providers`, { name: 'Aanbieder Noord', careKind: 'open', bakenSlug: 'Zorg-A' });
      expect(noord.status).toBe(200);
      expect(noord.body).toMatchObject({ name: 'Aanbieder Noord', careKind: 'open', variant: 'open', bakenSlug: 'zorg-a', applicable: 9, sufficient: 0, insufficient: 0, notAssessed: 9 });
      expect(JSON.stringify(noord.body)).not.toContain(w.orgA);
      p.noord = noord.body.id;
      const zuid = await inspector.post(`${base()}/providers`, { name: 'Aanbieder Zuid', location: 'Zeestad', careKind: 'secured' });
      expect(zuid.body).toMatchObject({ variant: 'secured', bakenSlug: null, applicable: 11 });
      p.zuid = zuid.body.id;
      const west = await inspector.post(`${base()}/providers`, { name: 'Aanbieder West', careKind: 'both' });
      expect(west.body).toMatchObject({ careKind: 'both', variant: 'secured', applicable: 11 });
      p.west = west.body.id;
      expect(await audits('inspectionProvider.added')).toBe(3);
    });

    it('refuses a provider twice, an unknown short name, a second link to the same organisation, or an unknown kind of care, and adds nothing', async () => {
      const before = await count('inspection_round_providers');
      const twice = await inspector.post(`${base()}/providers`, { name: 'aanbieder noord', careKind: 'open', bakenSlug: 'bestaat-niet' });
      expect(twice.status).toBe(400);
      expect(fieldMap(twice.body)).toEqual({
        name: 'Deze aanbieder staat al in deze ronde.',
        bakenSlug: 'Er werkt geen zorgaanbieder met deze korte naam in Baken. Controleer de korte naam of laat het veld leeg.',
      });
      const linked = await inspector.post(`${base()}/providers`, { name: 'Aanbieder Oost', careKind: 'open', bakenSlug: 'zorg-a' });
      expect(fieldMap(linked.body)).toEqual({ bakenSlug: 'Deze zorgaanbieder in Baken is al aan een andere aanbieder in deze ronde gekoppeld.' });
      // Only providers can be linked: an inspectorate's short name is no provider.
      const notProvider = await inspector.post(`${base()}/providers`, { name: 'Aanbieder Oost', careKind: 'open', bakenSlug: 'inspectie-j' });
      expect(Object.keys(fieldMap(notProvider.body))).toEqual(['bakenSlug']);
      const kind = await inspector.post(`${base()}/providers`, { name: 'Aanbieder Oost', careKind: 'day' });
      expect(Object.keys(fieldMap(kind.body))).toEqual(['careKind']);
      expect(await count('inspection_round_providers')).toBe(before);
      expect(await audits('inspectionProvider.added')).toBe(3);
    });
  });

  describe('judgments', () => {
    it('records one judgment, then changes it only with the version it was read at', async () => {
      const first = await inspector.put(`${base()}/providers/${p.noord}/judgments/1.1.1`, { judgment: 'sufficient', findings: '', updatedAt: null });
      expect(first.status).toBe(200);
      const j = first.body.judgments.find((x: { ref: string }) => x.ref === '1.1.1');
      expect(j).toMatchObject({ judgment: 'sufficient', findings: null, applies: true, frameworkVersion: '2017.1', judgedByName: expect.any(String) });
      // A form read before the judgment was there (no version) is stale now.
      const stale = await inspector.put(`${base()}/providers/${p.noord}/judgments/1.1.1`, { judgment: 'insufficient', findings: 'Te weinig aandacht voor trauma.', updatedAt: null });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('EDIT_CONFLICT');
      const wrong = await inspector.put(`${base()}/providers/${p.noord}/judgments/1.1.1`, { judgment: 'insufficient', findings: 'x', updatedAt: '2020-01-01T00:00:00.000Z' });
      expect(wrong.status).toBe(409);
      expect((await judgmentOf(p.noord, '1.1.1'))!.judgment).toBe('sufficient');
      const noFindings = await inspector.put(`${base()}/providers/${p.noord}/judgments/1.1.1`, { judgment: 'insufficient', findings: '  ', updatedAt: j.updatedAt });
      expect(noFindings.status).toBe(400);
      expect(fieldMap(noFindings.body)).toEqual({ findings: 'Schrijf bij een onvoldoende op wat u aantrof, zodat de aanbieder weet wat er beter moet.' });
      const changed = await inspector.put(`${base()}/providers/${p.noord}/judgments/1.1.1`, {
        judgment: 'insufficient',
        findings: 'Het plan gaat niet in op wat de jongere meemaakte.',
        updatedAt: j.updatedAt,
      });
      expect(changed.status).toBe(200);
      expect(changed.body.provider).toMatchObject({ sufficient: 0, insufficient: 1, notAssessed: 8 });
      expect(await audits('inspectionJudgment.recorded')).toBe(2);
    });

    it('refuses an unknown expectation, a secured-only one for open care, one twice and an insufficient without findings: every rule named, nothing saved', async () => {
      const judgmentsBefore = await count('inspection_judgments');
      const historyBefore = await count('inspection_judgment_history');
      const auditsBefore = await audits('inspectionJudgment.recorded');
      const r = await inspector.put(`${base()}/providers/${p.noord}/judgments`, {
        judgments: [
          { ref: '2.1.1', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '9.9.9', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '1-s1', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '2.1.2', judgment: 'insufficient', findings: '', updatedAt: null },
          { ref: '2.1.1', judgment: 'sufficient', findings: '', updatedAt: null },
        ],
      });
      expect(r.status).toBe(400);
      expect(fieldMap(r.body)).toEqual({
        'judgments.1.ref': 'Deze verwachting staat niet in het toetsingskader.',
        'judgments.2.ref': 'Deze verwachting hoort niet bij het kader voor deze soort zorg.',
        'judgments.3.findings': 'Schrijf bij een onvoldoende op wat u aantrof, zodat de aanbieder weet wat er beter moet.',
        'judgments.4.ref': 'Deze verwachting staat er twee keer in.',
      });
      // A ref that is not even written like one is refused by the contract.
      const shape = await inspector.put(`${base()}/providers/${p.noord}/judgments`, { judgments: [{ ref: 'abc', judgment: 'sufficient', findings: '', updatedAt: null }] });
      expect(fieldMap(shape.body)).toEqual({ 'judgments.0.ref': 'Deze verwachting staat niet in het toetsingskader.' });
      const single = await inspector.put(`${base()}/providers/${p.noord}/judgments/1-s2`, { judgment: 'sufficient', findings: '', updatedAt: null });
      expect(fieldMap(single.body)).toEqual({ ref: 'Deze verwachting hoort niet bij het kader voor deze soort zorg.' });
      const value = await inspector.put(`${base()}/providers/${p.noord}/judgments/2.1.1`, { judgment: 'good', findings: '', updatedAt: null });
      expect(Object.keys(fieldMap(value.body))).toEqual(['judgment']);
      expect(await count('inspection_judgments')).toBe(judgmentsBefore);
      expect(await count('inspection_judgment_history')).toBe(historyBefore);
      expect(await audits('inspectionJudgment.recorded')).toBe(auditsBefore);
    });

    it('records a whole provider at once, and a stale version anywhere changes nothing at all', async () => {
      const one = await judgmentOf(p.noord, '1.1.1');
      const stale = await inspector.put(`${base()}/providers/${p.noord}/judgments`, {
        judgments: [
          { ref: '2.1.1', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '1.1.1', judgment: 'sufficient', findings: '', updatedAt: '2020-01-01T00:00:00.000Z' },
        ],
      });
      expect(stale.status).toBe(409);
      expect(await judgmentOf(p.noord, '2.1.1')).toBeUndefined();
      expect((await judgmentOf(p.noord, '1.1.1'))!.judgment).toBe('insufficient');

      const noord = await inspector.put(`${base()}/providers/${p.noord}/judgments`, {
        judgments: [
          { ref: '1.1.1', judgment: 'insufficient', findings: 'Het plan gaat niet in op wat de jongere meemaakte.', updatedAt: one!.updatedAt },
          { ref: '2.1.1', judgment: 'sufficient', findings: 'Actueel beeld in elk dossier.', updatedAt: null },
          { ref: '2.1.2', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '5.2.1', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '5.2.2', judgment: 'notAssessed', findings: 'Niet bekeken: de scholingslijst was er niet.', updatedAt: null },
          { ref: '2.2.3', judgment: 'notAssessed', findings: '', updatedAt: null },
        ],
      });
      expect(noord.status).toBe(200);
      // 1.1.1 was unchanged; "not assessed" without findings on a new expectation keeps nothing.
      expect(noord.body.judgments.map((j: { ref: string; judgment: string }) => `${j.ref}:${j.judgment}`)).toEqual([
        '1.1.1:insufficient',
        '2.1.1:sufficient',
        '2.1.2:sufficient',
        '5.2.1:sufficient',
        '5.2.2:notAssessed',
      ]);
      expect(noord.body.provider).toMatchObject({ applicable: 9, sufficient: 3, insufficient: 1, notAssessed: 5 });

      const zuid = await inspector.put(`${base()}/providers/${p.zuid}/judgments`, {
        judgments: [
          { ref: '1.1.1', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '1-s1', judgment: 'insufficient', findings: 'Afzondering zonder verslag.', updatedAt: null },
          { ref: '1-s2', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '2.1.1', judgment: 'insufficient', findings: 'Geen actueel beeld bij twee jongeren.', updatedAt: null },
          { ref: '2.1.2', judgment: 'insufficient', findings: 'Geen vaste werkwijze.', updatedAt: null },
          { ref: '5.2.1', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '5.2.2', judgment: 'insufficient', findings: 'Geen scholing over deze doelgroep.', updatedAt: null },
        ],
      });
      expect(zuid.status).toBe(200);
      expect(zuid.body.provider).toMatchObject({ applicable: 11, sufficient: 3, insufficient: 4, notAssessed: 4 });
      const west = await inspector.put(`${base()}/providers/${p.west}/judgments`, {
        judgments: [
          { ref: '1.1.1', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '2.1.1', judgment: 'sufficient', findings: '', updatedAt: null },
          { ref: '5.2.1', judgment: 'insufficient', findings: 'Op de groep werkt niemand met een registratie.', updatedAt: null },
        ],
      });
      expect(west.body.provider).toMatchObject({ applicable: 11, sufficient: 2, insufficient: 1, notAssessed: 8 });
      // Provider theme outcomes: West sufficient on 1 and 2, insufficient on 5, nothing to judge on 3 and 4.
      expect(west.body.provider.themes.map((t: { ref: string; outcome: string | null }) => `${t.ref}:${t.outcome}`)).toEqual([
        '1:sufficient',
        '2:sufficient',
        '3:null',
        '4:null',
        '5:insufficient',
      ]);
    });

    it('keeps every change in the history, newest first, and reads it with one audit event', async () => {
      const before = await audits('inspectionJudgment.historyRead');
      const r = await inspector.get(`${base()}/providers/${p.noord}/history`);
      expect(r.status).toBe(200);
      const items = r.body as { ref: string; change: string; judgment: string; findings: string | null; changedByName: string }[];
      const of111 = items.filter((i) => i.ref === '1.1.1').map((i) => `${i.change}:${i.judgment}`);
      expect(of111).toEqual(['updated:insufficient', 'created:sufficient']);
      expect(items).toHaveLength(6);
      expect(items.find((i) => i.ref === '5.2.2')).toMatchObject({ change: 'created', judgment: 'notAssessed', findings: 'Niet bekeken: de scholingslijst was er niet.' });
      expect(await audits('inspectionJudgment.historyRead')).toBe(before + 1);
    });
  });

  describe('figures', () => {
    // The inputs above, counted by hand:
    //            1.1.1  1-s1  1-s2  2.1.1  2.1.2  5.2.1  5.2.2
    // Noord (o)  O      -     -     V      V      V      (n.b.)
    // Zuid  (g)  V      O     V     O      O      V      O
    // West  (b)  V      n.b.  n.b.  V      n.b.   O      n.b.
    it('counts per expectation, theme and provider what was judged, and what applies but was not', async () => {
      const before = await audits('inspectionFigures.read');
      const r = await inspector.get(`${base()}/figures`);
      expect(r.status).toBe(200);
      expect(r.body.providerCount).toBe(3);
      expect(r.body.providersByVariant).toEqual({ open: 1, secured: 2 });
      const byRef = Object.fromEntries(
        (r.body.expectations as { ref: string; applicable: number; sufficient: number; insufficient: number; notAssessed: number }[]).map((e) => [
          e.ref,
          [e.applicable, e.sufficient, e.insufficient, e.notAssessed],
        ]),
      );
      expect(byRef).toEqual({
        '1.1.1': [3, 2, 1, 0],
        '1-s1': [2, 0, 1, 1],
        '1-s2': [2, 1, 0, 1],
        '2.1.1': [3, 2, 1, 0],
        '2.1.2': [3, 1, 1, 1],
        '2.1.3': [3, 0, 0, 3],
        '2.2.1': [3, 0, 0, 3],
        '2.2.2': [3, 0, 0, 3],
        '2.2.3': [3, 0, 0, 3],
        '5.2.1': [3, 2, 1, 0],
        '5.2.2': [3, 0, 1, 2],
      });
      // A theme is insufficient for a provider when any of its judged expectations is.
      const themes = (r.body.themes as { ref: string; applicable: number; sufficient: number; insufficient: number; notAssessed: number; inPack: object; inSource: object }[]).map(
        (t) => [t.ref, t.applicable, t.sufficient, t.insufficient, t.notAssessed],
      );
      expect(themes).toEqual([
        ['1', 3, 1, 2, 0],
        ['2', 3, 2, 1, 0],
        ['3', 0, 0, 0, 0],
        ['4', 0, 0, 0, 0],
        ['5', 3, 1, 2, 0],
      ]);
      expect(r.body.themes[0]).toMatchObject({ inPack: { open: 1, secured: 3 }, inSource: { open: 8, secured: 15 } });
      expect(r.body.providers.map((x: { name: string; applicable: number; sufficient: number; insufficient: number; notAssessed: number }) => [x.name, x.applicable, x.sufficient, x.insufficient, x.notAssessed])).toEqual([
        ['Aanbieder Noord', 9, 3, 1, 5],
        ['Aanbieder West', 11, 2, 1, 8],
        ['Aanbieder Zuid', 11, 3, 4, 4],
      ]);
      expect(await audits('inspectionFigures.read')).toBe(before + 1);
      const round = await inspector.get(base());
      expect(round.body).toMatchObject({ providerCount: 3, judgedCount: 14 });
    });

    it('exports each figure as CSV with semicolons, Dutch headings and the same numbers', async () => {
      const before = await audits('inspectionFigures.exported');
      const res = await fetch(`${h.baseUrl}${base()}/figures/export?figure=expectations`, { headers: { cookie: inspector.cookieHeader() } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toContain('inspectieronde-verwachtingen.csv');
      const buf = Buffer.from(await res.arrayBuffer());
      expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = buf.toString('utf8').slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('Thema;Verwachting;Omschrijving;Aanbieders;Voldoende;Onvoldoende;Niet beoordeeld');
      const row221 = lines.find((l) => l.split(';')[1] === '5.2.2')!.split(';');
      expect(row221.slice(0, 1).concat(row221.slice(3))).toEqual(['5 Organisatie', '3', '0', '1', '2']);
      const themes = await exportLines('themes');
      expect(themes[0]).toBe('Thema;Naam;Aanbieders;Voldoende;Onvoldoende;Niet beoordeeld;In kader (open);In kader (gesloten);In bron (open);In bron (gesloten)');
      expect(themes[1]).toBe('1;Uitvoering hulpverlening;3;1;2;0;1;3;8;15');
      expect(themes[2]).toBe('2;Veiligheid;3;2;1;0;6;6;6;6');
      const providers = await exportLines('providers');
      expect(providers.slice(1)).toEqual(['Aanbieder Noord;open;open;9;3;1;5', 'Aanbieder West;open en gesloten;gesloten;11;2;1;8', 'Aanbieder Zuid;gesloten;gesloten;11;3;4;4']);
      expect(await audits('inspectionFigures.exported')).toBe(before + 3);
      const bad = await inspector.get(`${base()}/figures/export?figure=everything`);
      expect(bad.status).toBe(400);
    });

    async function exportLines(figure: string, id = roundId): Promise<string[]> {
      const res = await fetch(`${h.baseUrl}/api/inspection/rounds/${id}/figures/export?figure=${figure}`, { headers: { cookie: inspector.cookieHeader() } });
      expect(res.status).toBe(200);
      return (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    }

    it('never lets a typed-in name run as a formula in a spreadsheet', async () => {
      const other = await inspector.post('/api/inspection/rounds', { title: 'Formules', kind: 'incident' });
      await inspector.post(`/api/inspection/rounds/${other.body.id}/providers`, { name: '=HYPERLINK("http://x";"klik")', careKind: 'open' });
      await inspector.post(`/api/inspection/rounds/${other.body.id}/providers`, { name: '+31 Zorg; Noord', careKind: 'secured' });
      const lines = await exportLines('providers', other.body.id);
      expect(lines.slice(1)).toEqual(['"\'+31 Zorg; Noord";gesloten;gesloten;11;0;0;11', '"\'=HYPERLINK(""http://x"";""klik"")";open;open;9;0;0;9']);
    });
  });

  describe('a closed round', () => {
    const pick = (r: { title: string; kind: string; description: string | null; periodStart: string | null; periodEnd: string | null; status: string }) => ({
      title: r.title,
      kind: r.kind,
      description: r.description ?? '',
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      status: r.status,
    });
    it('refuses new providers, changes of providers and judgments, and changes nothing', async () => {
      const round = await inspector.get(base());
      const stale = await inspector.put(base(), { title: round.body.title, kind: 'regular', description: '', periodStart: null, periodEnd: null, status: 'closed', updatedAt: '2020-01-01T00:00:00.000Z' });
      expect(stale.status).toBe(409);
      const closed = await inspector.put(base(), {
        title: round.body.title,
        kind: 'regular',
        description: 'Afgerond.',
        periodStart: '2026-09-01',
        periodEnd: '2026-12-31',
        status: 'closed',
        updatedAt: round.body.updatedAt,
      });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      // Its details stand as closed: saving the same details is fine, changing them is refused.
      const same = await inspector.put(base(), { ...pick(closed.body), updatedAt: closed.body.updatedAt });
      expect(same.status).toBe(200);
      const retitled = await inspector.put(base(), { ...pick(closed.body), title: 'Andere titel', updatedAt: same.body.updatedAt });
      expect(retitled.status).toBe(409);
      expect(retitled.body.code).toBe('ROUND_CLOSED');
      const reperiod = await inspector.put(base(), { ...pick(closed.body), periodEnd: '2027-01-31', updatedAt: same.body.updatedAt });
      expect(reperiod.body.code).toBe('ROUND_CLOSED');
      expect((await inspector.get(base())).body).toMatchObject({ title: round.body.title, periodEnd: '2026-12-31', status: 'closed' });
      const judgmentsBefore = await count('inspection_judgments');
      const historyBefore = await count('inspection_judgment_history');
      const providersBefore = await count('inspection_round_providers');
      const added = await inspector.post(`${base()}/providers`, { name: 'Aanbieder Oost', careKind: 'open' });
      expect(added.status).toBe(409);
      expect(added.body).toEqual({ code: 'ROUND_CLOSED', message: expect.stringContaining('afgesloten') });
      const zuid = (await inspector.get(`${base()}/providers/${p.zuid}`)).body;
      const changed = await inspector.put(`${base()}/providers/${p.zuid}`, { name: 'Aanbieder Zuid', careKind: 'open', updatedAt: zuid.provider.updatedAt });
      expect(changed.status).toBe(409);
      expect(changed.body.code).toBe('ROUND_CLOSED');
      const one = zuid.judgments.find((j: { ref: string }) => j.ref === '1.1.1');
      expect((await inspector.put(`${base()}/providers/${p.zuid}/judgments/1.1.1`, { judgment: 'insufficient', findings: 'x', updatedAt: one.updatedAt })).status).toBe(409);
      expect((await inspector.put(`${base()}/providers/${p.zuid}/judgments`, { judgments: [{ ref: '2.1.3', judgment: 'sufficient', findings: '', updatedAt: null }] })).status).toBe(409);
      expect(await count('inspection_judgments')).toBe(judgmentsBefore);
      expect(await count('inspection_judgment_history')).toBe(historyBefore);
      expect(await count('inspection_round_providers')).toBe(providersBefore);
      // Reads still work on a closed round.
      expect((await inspector.get(`${base()}/figures`)).status).toBe(200);
    });
  });

  describe('who sees what', () => {
    it('another inspectorate sees none of these rounds: an empty list and 404 without ids', async () => {
      const list = await inspectorJ.get('/api/inspection/rounds');
      expect(list.status).toBe(200);
      expect(list.body).toEqual([]);
      const one = await judgmentOf(p.zuid, '1.1.1');
      const tries: [string, string, unknown?][] = [
        ['GET', base()],
        ['PUT', base(), { title: 'Overgenomen', kind: 'regular', status: 'open', updatedAt: new Date().toISOString() }],
        ['POST', `${base()}/providers`, { name: 'Aanbieder J', careKind: 'open' }],
        ['GET', `${base()}/providers/${p.zuid}`],
        ['PUT', `${base()}/providers/${p.zuid}`, { name: 'X', careKind: 'open', updatedAt: new Date().toISOString() }],
        ['PUT', `${base()}/providers/${p.zuid}/judgments`, { judgments: [{ ref: '2.1.3', judgment: 'sufficient', findings: '', updatedAt: null }] }],
        ['PUT', `${base()}/providers/${p.zuid}/judgments/1.1.1`, { judgment: 'sufficient', findings: '', updatedAt: one!.updatedAt }],
        ['GET', `${base()}/providers/${p.zuid}/history`],
        ['GET', `${base()}/figures`],
        ['GET', `${base()}/figures/export?figure=providers`],
      ];
      for (const [method, path, body] of tries) {
        const r = await inspectorJ.request(method, path, body);
        expect(r.status, `${method} ${path}`).toBe(404);
        expect(Object.keys(r.body).sort()).toEqual(['code', 'message']);
        expect(JSON.stringify(r.body).match(UUID)).toBeNull();
      }
      // Its own rounds are its own; nothing of the first inspectorate comes along.
      const own = await inspectorJ.post('/api/inspection/rounds', { title: 'Ronde van J', kind: 'regular' });
      expect(own.status).toBe(200);
      expect(JSON.stringify(own.body)).not.toContain(roundId);
      expect((await inspectorJ.get('/api/inspection/rounds')).body.map((r: { title: string }) => r.title)).toEqual(['Ronde van J']);
      expect((await inspector.get(`/api/inspection/rounds/${own.body.id}`)).status).toBe(404);
    });

    it('refuses every provider role, the police and the administrator, on record', async () => {
      const deniedBefore = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND record_type = 'inspection'`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
      let refusals = 0;
      for (const key of ['caseWorkerA', 'leadA', 'designatedA', 'safetyA', 'qualityA', 'adminA', 'liaisonP']) {
        const client = await w.signIn(key);
        const list = await client.get('/api/inspection/rounds');
        expect(list.status, key).toBe(403);
        expect(list.body.code).toBe('FORBIDDEN');
        const read = await client.get(`${base()}/figures`);
        expect(read.status, key).toBe(403);
        const create = await client.post('/api/inspection/rounds', { title: 'Eigen ronde', kind: 'regular' });
        expect(create.status, key).toBe(403);
        refusals += 3;
      }
      const deniedAfter = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND record_type = 'inspection'`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
      expect(deniedAfter - deniedBefore).toBe(refusals);
      expect((await inspector.get('/api/inspection/rounds')).body.map((r: { title: string }) => r.title).sort()).toEqual(['Formules', 'Toezicht gesloten en open groepen 2026']);
    });

    it('writes every read and change of the inspectorate on its own organisation, by its own inspector', async () => {
      const rows = (
        await sql<{ action: string; organisation_id: string; actor_user_id: string }>`
          SELECT action, organisation_id, actor_user_id FROM audit_events WHERE action LIKE 'inspection%'`.execute(h.database.unsafeSystemQuery)
      ).rows;
      expect(rows.length).toBeGreaterThan(20);
      for (const row of rows) {
        expect([w.inspectorateI, w.inspectorateJ]).toContain(row.organisation_id);
        expect(row.actor_user_id).toBe(row.organisation_id === w.inspectorateI ? w.users.inspectorI!.id : w.users.inspectorJ!.id);
      }
      // A refused change rolls back its audit event with it: no "created" for the failed rounds above.
      expect(await audits('inspectionRound.created')).toBe(3);
      // The event and the work are one transaction: the rows carry the transaction id the event has.
      const same = (
        await sql<{ table: string; row_xid: string; event_xid: string }>`
          SELECT 'round' AS table, r.xmin::text AS row_xid, (a.xact_id::text::bigint % 4294967296)::text AS event_xid
            FROM inspection_rounds r JOIN audit_events a ON a.record_id = r.id AND a.action = 'inspectionRound.created' WHERE r.title = 'Formules'
          UNION ALL
          SELECT 'judgment', j.xmin::text, (a.xact_id::text::bigint % 4294967296)::text
            FROM inspection_judgments j JOIN audit_events a ON a.record_id = j.round_provider_id AND a.action = 'inspectionJudgment.recorded'
            WHERE j.round_provider_id = ${p.west}`.execute(h.database.unsafeSystemQuery)
      ).rows;
      expect(same.map((r) => r.table)).toEqual(['round', 'judgment', 'judgment', 'judgment']);
      for (const row of same) expect(row.row_xid).toBe(row.event_xid);
    });
  });
});
