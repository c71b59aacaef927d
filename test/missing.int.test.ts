// Missing episodes through HTTP: starting one with the urgency check, the
// notifications, the police information sheet trimmed and handed over as a
// disclosure (the police unit in Baken receives exactly what was kept), the
// sheet as PDF, transfer of responsibility, the return with its medical check,
// the two follow-up tasks tracked to done, the one-open-episode rule, the
// "missing now" dashboard, and bad input or a closed file changing nothing.
import { inflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';
import { silhouettePng } from './silhouettePhoto.js';
import { seedYouth } from '../server/src/platform/db/seed.js';
import { nowInNetherlands } from '../server/src/platform/http/schemas.js';

/** A local Dutch time `minutes` from now, as a form sends it. */
const localIn = (minutes: number) => nowInNetherlands(new Date(Date.now() + minutes * 60_000));

/** The text a PDF shows, read from its content streams (pdfkit's hex strings in WinAnsi), as in safetyPlan.int.test.ts. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let bytes = Buffer.from(raw.slice(start, raw.indexOf('endstream', start)), 'latin1');
    if (match[1]!.includes('/FlateDecode')) {
      try {
        bytes = inflateSync(bytes);
      } catch {
        continue;
      }
    }
    for (const tj of bytes.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      lines.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return lines.join('\n');
}

describe('missing episodes', () => {
  let h: Harness;
  let w: World;
  let worker: ApiClient;
  let lead: ApiClient;
  let partnerP: string;
  let mo: string;
  let oma: string;
  let station: string;
  let episodeA: string;
  const base = (youthId: string) => `/api/youths/${youthId}/missing-episodes`;
  const count = async (table: string) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
  const auditOf = async (action: string) =>
    (
      await sql<{ actor_user_id: string; youth_id: string | null; record_id: string | null; details: unknown }>`
        SELECT actor_user_id, youth_id, record_id, details FROM audit_events WHERE action = ${action} ORDER BY id`.execute(h.database.unsafeSystemQuery)
    ).rows.map((r) => ({ ...r, details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details }));
  const receiptsOf = (organisationId: string) =>
    h.database.inOrganisation(organisationId, (tx) => tx.selectFrom('disclosure_receipts').select(['kind', 'subject_name', 'content', 'categories', 'photo', 'photo_mime_type']).execute());
  const fields = (body: { fields?: { path: string }[] }) => (body.fields ?? []).map((f) => f.path).sort();

  beforeAll(async () => {
    h = await startHarness();
    w = await buildWorld(h);
    worker = await w.signIn('caseWorkerA');
    lead = await w.signIn('leadA');
    const insertPartner = (name: string, kind: string, linked: string | null) =>
      h.database.inOrganisation(w.orgA, (tx) =>
        tx.insertInto('partners').values({ organisation_id: w.orgA, kind, name, linked_organisation_id: linked }).returning('id').executeTakeFirstOrThrow(),
      );
    partnerP = (await insertPartner('Politie eenheid P, team vermissingen', 'missingPersonsContact', w.policeP)).id;
    await insertPartner('Veilig Thuis Zeestad', 'veiligThuis', null);
    await h.database.inOrganisation(w.orgA, (tx) => tx.insertInto('organisation_contacts').values({ organisation_id: w.orgA, phone_24_7: '010-7654321' }).execute());
    // What the file holds: a photo, a risk assessment, a safety plan and a network analysis.
    const y = `/api/youths/${w.youthA}`;
    expect((await worker.request('PUT', `${y}/photo?takenOn=2026-10-01`, new Blob([new Uint8Array(silhouettePng())], { type: 'image/png' }))).status).toBe(200);
    expect(
      (
        await lead.post(`${y}/risk-assessments`, {
          instrument: 'risL',
          assessedOn: '2026-09-01',
          participants: ['Mentor'],
          riskFactors: 'Contact met een veel oudere jongen die cadeaus geeft.',
          protectiveFactors: 'Oma.',
          level: 'high',
          conclusion: 'Veiligheidsplan.',
        })
      ).status,
    ).toBe(200);
    expect((await worker.post(`${y}/safety-plans`, { reviewOn: '2027-01-01', abscondingRisk: 'Hoger na contact met Mo.', possibleAddresses: 'Havenstraat 12, Zeestad' })).status).toBe(200);
    // The plan was drafted weeks before the youth went missing.
    await sql`UPDATE safety_plans SET created_at = now() - interval '20 days', updated_at = now() - interval '20 days' WHERE youth_id = ${w.youthA}`.execute(h.database.unsafeSystemQuery);
    mo = (
      await worker.post(`${y}/network/persons`, {
        name: 'Mo (bijnaam)',
        relation: 'Noemt zich haar vriend',
        classification: 'dangerous',
        phones: ['06-98765432'],
        addresses: ['Havenstraat 12, Zeestad'],
        socialHandles: ['@mo.zeestad'],
        vehicles: [{ plate: 'FX-123-B', description: 'grijze scooter' }],
      })
    ).body.id;
    oma = (await worker.post(`${y}/network/persons`, { name: 'Oma Visser', relation: 'Grootmoeder', classification: 'supportive', phones: ['010-1234567'] })).body.id;
    station = (await worker.post(`${y}/network/places`, { address: 'Stationsplein, Zeestad', kind: 'hangout', classification: 'risky', notes: 'Hier ’s avonds gezien.' })).body.id;
    await worker.post(`${y}/network/places`, { address: 'Lindelaan 4, Zeestad', kind: 'family', classification: 'supportive' });
    expect(mo && oma && station).toBeTruthy();
  });
  afterAll(() => h.close());

  describe('starting an episode', () => {
    it('asks what shows each urgency criterion, and changes nothing without it', async () => {
      const before = await count('missing_episodes');
      const r = await worker.post(base(w.youthA), {
        lastSeenAt: localIn(-90),
        lastSeenPlace: 'Bij de groep',
        urgency: [
          { criterion: 'withCriminals', explanation: '' },
          { criterion: 'youngAge', explanation: 'Zestien en kent de stad niet.' },
          { criterion: 'youngAge', explanation: 'Nog eens.' },
        ],
      });
      expect(r.status).toBe(400);
      expect(fields(r.body)).toEqual(['urgency.0.explanation', 'urgency.2.criterion']);
      expect(r.body.fields[0].message).toBe('Schrijf op waar dit uit blijkt. Dat vertelt u de politie.');
      const bad = await worker.post(base(w.youthA), { lastSeenAt: localIn(120), lastSeenPlace: '  ', urgency: [{ criterion: 'runsFast', explanation: 'x' }] });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['lastSeenPlace', 'urgency.0.criterion']);
      const future = await worker.post(base(w.youthA), { lastSeenAt: localIn(120), lastSeenPlace: 'Bij de groep' });
      expect(fields(future.body)).toEqual(['lastSeenAt']);
      expect(await count('missing_episodes')).toBe(before);
      expect(await count('missing_episode_events')).toBe(0);
    });

    it('starts urgent with the criteria in their fixed order, on the timeline and in the audit trail without the explanations', async () => {
      const r = await worker.post(base(w.youthA), {
        lastSeenAt: localIn(-135),
        lastSeenPlace: 'Bushalte Stationsplein',
        circumstances: 'Ging na school niet naar de groep.',
        appearance: 'Zwarte jas, witte sneakers, roze rugzak.',
        companions: 'Mogelijk Mo (grijze scooter)',
        urgency: [
          { criterion: 'youngAge', explanation: 'Zestien, kent de stad niet.' },
          { criterion: 'withCriminals', explanation: 'Gezien achterop de scooter van Mo, die in de netwerkanalyse als gevaarlijk staat.' },
        ],
        parentsContact: 'Moeder: 06-11122233',
        guardianContact: 'Gezinsvoogd J. Smit: 06-44455566',
      });
      expect(r.status).toBe(200);
      episodeA = r.body.id;
      expect(r.body).toMatchObject({
        status: 'open',
        urgent: true,
        urgency: [
          { criterion: 'withCriminals', explanation: expect.stringContaining('scooter van Mo') },
          { criterion: 'youngAge', explanation: 'Zestien, kent de stad niet.' },
        ],
        openTasks: [],
        return: null,
        createdByName: 'caseWorkerA',
      });
      expect(r.body.events.map((e: { kind: string }) => e.kind)).toEqual(['started']);
      expect(r.body.events[0].at).toBe(r.body.lastSeenAt);
      const started = await auditOf('missingEpisode.started');
      expect(started).toEqual([{ actor_user_id: w.users.caseWorkerA!.id, youth_id: w.youthA, record_id: episodeA, details: { urgent: true, criteria: ['withCriminals', 'youngAge'] } }]);
      expect(JSON.stringify(started)).not.toContain('scooter');
    });

    it('refuses a second open episode for the same youth, in words', async () => {
      const before = await count('missing_episodes');
      const r = await lead.post(base(w.youthA), { lastSeenAt: localIn(-10), lastSeenPlace: 'School' });
      expect(r.status).toBe(409);
      expect(r.body).toEqual({ code: 'EPISODE_OPEN', message: 'Voor deze jongere loopt al een vermissing. Werk die bij in plaats van een nieuwe te starten.' });
      expect(await count('missing_episodes')).toBe(before);
    });

    it('lets one of two starts at the same moment through', async () => {
      const youthId = await seedYouth(h.database, { organisationId: w.orgA, firstName: 'Twee', lastName: 'Tegelijk', dateOfBirth: '2011-02-02', caseTeam: [{ userId: w.users.caseWorkerA!.id, teamRole: 'lead' }] });
      const both = await Promise.all([0, 1].map(() => worker.post(base(youthId), { lastSeenAt: localIn(-5), lastSeenPlace: 'Schoolplein' })));
      expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
      expect((await sql<{ n: number }>`SELECT count(*)::int AS n FROM missing_episodes WHERE youth_id = ${youthId}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n).toBe(1);
    });

    it('starts without urgency when no criterion holds', async () => {
      const r = await lead.post(base(w.youthA2), { lastSeenAt: localIn(-30), lastSeenPlace: 'Sportclub' });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ urgent: false, urgency: [] });
    });

    it('keeps the file to its case team, and other organisations out', async () => {
      const outsider = await w.signIn('outsiderA');
      expect((await outsider.get(base(w.youthA))).body.code).toBe('NOT_IN_CASE_TEAM');
      const refused = await outsider.post(base(w.youthA2), { lastSeenAt: localIn(-5), lastSeenPlace: 'x' });
      expect(refused.status).toBe(403);
      const other = await w.signIn('caseWorkerB');
      expect((await other.get(base(w.youthA))).status).toBe(404);
    });
  });

  describe('while the youth is missing', () => {
    it('records the notifications with their times, and asks what each needs', async () => {
      const steps = `${base(w.youthA)}/${episodeA}/steps`;
      const noAnswer = await worker.post(steps, { step: 'guardianInformed', at: localIn(-60) });
      expect(noAnswer.status).toBe(400);
      expect(fields(noAnswer.body)).toEqual(['guardianAvailable']);
      const tooEarly = await worker.post(steps, { step: 'returnReported', at: localIn(-60) });
      expect(fields(tooEarly.body)).toEqual(['step']);
      expect(tooEarly.body.fields[0].message).toBe('Dit kan pas als de jongere terug is.');
      expect((await worker.post(steps, { step: 'emergencyCall', at: localIn(-80) })).status).toBe(200);
      expect((await worker.post(steps, { step: 'policeReport', at: localIn(-75), reference: 'PL1300-2026-123456' })).status).toBe(200);
      expect((await worker.post(steps, { step: 'parentsInformed', at: localIn(-70) })).status).toBe(200);
      const last = await worker.post(steps, { step: 'guardianInformed', at: localIn(-65), guardianAvailable: true, note: 'Bereikbaar tot 23.00 uur.' });
      expect(last.status).toBe(200);
      expect(last.body).toMatchObject({ policeReference: 'PL1300-2026-123456', guardianAvailable: true });
      expect(last.body.emergencyCallAt && last.body.policeReportAt && last.body.parentsInformedAt && last.body.guardianInformedAt).toBeTruthy();
      expect(last.body.events.map((e: { kind: string }) => e.kind)).toEqual(['started', 'emergencyCall', 'policeReport', 'parentsInformed', 'guardianInformed']);
    });

    it('corrects the description with a version check', async () => {
      const [episode] = (await worker.get(base(w.youthA))).body;
      const body = {
        lastSeenAt: nowInNetherlands(new Date(episode.lastSeenAt)),
        lastSeenPlace: episode.lastSeenPlace,
        circumstances: episode.circumstances,
        appearance: 'Zwarte jas, witte sneakers, roze rugzak, pet van de Ajax.',
        companions: episode.companions,
        urgency: episode.urgency,
        parentsContact: episode.parentsContact,
        guardianContact: episode.guardianContact,
      };
      const ok = await worker.put(`${base(w.youthA)}/${episodeA}`, { ...body, updatedAt: episode.updatedAt });
      expect(ok.status).toBe(200);
      expect(ok.body.appearance).toContain('pet van de Ajax');
      const stale = await lead.put(`${base(w.youthA)}/${episodeA}`, { ...body, appearance: 'Anders', updatedAt: episode.updatedAt });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('EDIT_CONFLICT');
      // The earlier description is kept in the file's history.
      const history = await worker.get(`/api/youths/${w.youthA}/history/${episodeA}`);
      expect(history.body.map((e: { change: string; snapshot: { appearance: string } }) => [e.change, e.snapshot.appearance])).toEqual([
        ['updated', 'Zwarte jas, witte sneakers, roze rugzak, pet van de Ajax.'],
        ['created', 'Zwarte jas, witte sneakers, roze rugzak.'],
      ]);
    });
  });

  describe('the police information sheet', () => {
    let preview: { sheet: { sections: { key: string; category: string | null; items: { key: string; label: string | null; text: string; fixed: boolean }[] }[]; fingerprint: string; subjectName: string; title: string } };
    const allKeys = () => preview.sheet.sections.flatMap((s) => s.items.map((i) => i.key));
    // Read when called: the station's id exists only once beforeAll has run.
    const trimmed = () => ['contact.phone', `place.${station}`, 'family.parents', 'identity.address', 'identity.language'];
    const handOver = (overrides: Record<string, unknown> = {}) =>
      worker.post(`${base(w.youthA)}/${episodeA}/police-sheet`, {
        keep: allKeys().filter((k) => !trimmed().includes(k)),
        fingerprint: preview.sheet.fingerprint,
        recipientPartnerId: partnerP,
        purpose: 'De politie zoekt Sanne, die sinds vanmiddag vermist is.',
        legalGround: 'vitalInterest',
        secrecyGround: 'conflictOfDuties',
        secrecyReasoning: 'Direct gevaar voor Sanne; de politie kan haar alleen met deze gegevens snel vinden.',
        decidedById: w.users.leadA!.id,
        youthInformed: false,
        youthNotInformedReason: 'Sanne is vermist.',
        disclosedAt: localIn(-1),
        whys: {
          photo: 'Om haar te herkennen.',
          identity: 'Om de juiste jongere te zoeken.',
          description: 'Signalement en waar ze het laatst was.',
          urgency: 'Zodat de politie de urgentie kan inschatten.',
          riskFactors: 'Om het gevaar te kennen.',
          networkPersons: 'Mo haalt haar mogelijk op.',
          networkPlaces: 'Plekken waar ze kan zijn.',
          onlineAccounts: 'Om contact via social media na te gaan.',
          parentsContacts: 'De gezinsvoogd haalt haar op als ze gevonden wordt.',
        },
        ...overrides,
      });

    it('is built from the file: photo, urgency, the risky network and the 24/7 number, nothing supportive from the persons', async () => {
      const r = await worker.get(`${base(w.youthA)}/${episodeA}/police-sheet`);
      expect(r.status).toBe(200);
      preview = r.body;
      expect(preview.sheet.sections.map((s) => s.key)).toEqual(['photo', 'identity', 'description', 'lastSeen', 'urgency', 'risk', 'persons', 'places', 'family', 'organisation']);
      const item = (key: string) => preview.sheet.sections.flatMap((s) => s.items).find((i) => i.key === key);
      expect(item('identity.name')).toEqual({ key: 'identity.name', label: 'Naam', text: 'Sanne de Vries', fixed: true });
      expect(item(`person.${mo}`)!.text).toBe(
        'Noemt zich haar vriend, gevaarlijk; telefoon 06-98765432; adres Havenstraat 12, Zeestad; voertuig FX-123-B (grijze scooter); online @mo.zeestad',
      );
      expect(item(`person.${oma}`)).toBeUndefined();
      expect(item(`place.${station}`)).toMatchObject({ label: 'Stationsplein, Zeestad', text: 'Hangplek, risicovol. Hier ’s avonds gezien.' });
      expect(item('urgency.withCriminals')).toMatchObject({ label: 'Vermoedelijk bij criminelen of mensenhandelaars' });
      expect(item('risk.assessment')!.text).toBe('Risiconiveau: hoog. Contact met een veel oudere jongen die cadeaus geeft.');
      expect(item('risk.absconding')!.text).toBe('Hoger na contact met Mo.');
      expect(item('organisation.phone247')!.text).toBe('010-7654321');
      expect(item('family.guardian')!.text).toBe('Gezinsvoogd J. Smit: 06-44455566');
      expect(r.body.policePartners).toEqual([{ id: partnerP, name: 'Politie eenheid P, team vermissingen', kind: 'missingPersonsContact', worksInBaken: true }]);
      expect(r.body.deciders.map((d: { name: string }) => d.name).sort()).toEqual(['designatedA', 'leadA']);
      expect((await auditOf('missingEpisode.sheetPreviewed')).map((e) => e.record_id)).toEqual([episodeA]);
    });

    it('refuses a hand-over with a kind of data whose need is not explained, and discloses nothing', async () => {
      const disclosures = await count('disclosures');
      const r = await handOver({ whys: { identity: 'Om de juiste jongere te zoeken.' }, youthNotInformedReason: '' });
      expect(r.status).toBe(400);
      expect(fields(r.body)).toEqual(
        ['whys.photo', 'whys.description', 'whys.urgency', 'whys.riskFactors', 'whys.networkPersons', 'whys.networkPlaces', 'whys.parentsContacts', 'youthNotInformedReason'].sort(),
      );
      expect(await count('disclosures')).toBe(disclosures);
      expect(await receiptsOf(w.policeP)).toEqual([]);
    });

    it('refuses a hand-over when the file changed after the preview, and discloses nothing', async () => {
      const r = await handOver({ fingerprint: 'verouderd' });
      expect(r.status).toBe(409);
      expect(r.body.code).toBe('SHEET_CHANGED');
      expect(await count('disclosures')).toBe(0);
    });

    it('hands the trimmed sheet over as a disclosure; the police unit receives exactly what was kept, and another unit nothing', async () => {
      const r = await handOver();
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ recipientName: 'Politie eenheid P, team vermissingen', delivered: true });
      expect(r.body.episode.sheets).toEqual([{ disclosureId: r.body.disclosureId, recipientName: 'Politie eenheid P, team vermissingen', disclosedAt: expect.any(String), delivered: true }]);
      expect(r.body.episode.events.filter((e: { kind: string }) => e.kind === 'sheetHandedOver')).toEqual([expect.objectContaining({ note: 'Politie eenheid P, team vermissingen' })]);

      const kept = {
        title: 'Informatieblad vermissing',
        sections: preview.sheet.sections
          .map((s) => ({ heading: (s as unknown as { heading: string }).heading, lines: s.items.filter((i) => i.fixed || !trimmed().includes(i.key)).map((i) => ({ label: i.label, text: i.text })) }))
          .filter((s) => s.lines.length > 0),
      };
      const [receipt, ...others] = await receiptsOf(w.policeP);
      expect(others).toEqual([]);
      expect(receipt!.kind).toBe('policeSheet');
      expect(receipt!.subject_name).toBe('Sanne de Vries');
      expect(receipt!.content).toEqual(kept);
      const text = JSON.stringify(receipt!.content);
      for (const gone of ['Stationsplein, Zeestad', 'Moeder: 06-11122233', 'Hier ’s avonds gezien']) expect(text).not.toContain(gone);
      expect(text).toContain('Lindelaan 4, Zeestad');
      expect(text).toContain('FX-123-B');
      expect(Buffer.from(receipt!.photo!).equals(silhouettePng())).toBe(true);
      expect((receipt!.categories as { category: string }[]).map((c) => c.category)).toEqual([
        'photo',
        'identity',
        'description',
        'urgency',
        'riskFactors',
        'networkPersons',
        'networkPlaces',
        'parentsContacts',
      ]);
      expect(await receiptsOf(w.policeQ)).toEqual([]);

      const disclosure = await h.database.unsafeSystemQuery.selectFrom('disclosures').selectAll().executeTakeFirstOrThrow();
      expect(disclosure).toMatchObject({ source: 'policeSheet', source_id: episodeA, recipient_kind: 'police', delivered: true, photo_id: expect.any(String) });
      expect(disclosure.content).toEqual(kept);
      expect((await auditOf('disclosure.recorded')).map((e) => e.details)).toEqual([expect.objectContaining({ source: 'policeSheet', delivered: true })]);
    });

    it('prints what was handed over as PDF, audited, without the trimmed items or the name in the file name', async () => {
      const [episode] = (await worker.get(base(w.youthA))).body;
      const path = `${base(w.youthA)}/${episodeA}/police-sheets/${episode.sheets[0].disclosureId}/pdf`;
      const r = await fetch(`${h.baseUrl}${path}`, { headers: { cookie: lead.cookieHeader() } });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/pdf');
      expect(r.headers.get('content-disposition')).toBe('inline; filename="informatieblad-vermissing.pdf"');
      const pdf = Buffer.from(await r.arrayBuffer());
      writeFileSync(`/tmp/missing-sheet-${process.env.TEST_DATABASE ?? 'pglite'}.pdf`, pdf);
      const text = pdfText(pdf);
      for (const shown of ['Informatieblad vermissing', 'Sanne de Vries', 'Waarom dit urgent is', 'FX-123-B (grijze scooter)', '010-7654321', 'Vertrouwelijk'])
        expect(text).toContain(shown);
      for (const gone of ['Stationsplein, Zeestad', '06-11122233']) expect(text).not.toContain(gone);
      expect((await auditOf('missingEpisode.sheetPrinted')).map((e) => [e.actor_user_id, e.record_id])).toEqual([[w.users.leadA!.id, episode.sheets[0].disclosureId]]);
      // Another file's episode does not open this disclosure.
      const wrong = await lead.get(`${base(w.youthA2)}/${episodeA}/police-sheets/${episode.sheets[0].disclosureId}/pdf`);
      expect(wrong.status).toBe(404);
    });
  });

  describe('the dashboard of youths missing now', () => {
    it('shows the open episodes of the files one may open, urgent first; the designated officer sees the organisation', async () => {
      const mine = await worker.get('/api/missing-now');
      expect(mine.status).toBe(200);
      expect(mine.body.map((i: { name: string }) => i.name)).toEqual(['Sanne de Vries', 'Twee Tegelijk']);
      expect(mine.body[0]).toMatchObject({ urgent: true, criteria: ['withCriminals', 'youngAge'], policeReference: 'PL1300-2026-123456', lastSeenPlace: 'Bushalte Stationsplein' });
      const officer = await w.signIn('designatedA');
      // Urgent first, then the longest missing.
      expect((await officer.get('/api/missing-now')).body.map((i: { name: string }) => i.name)).toEqual(['Sanne de Vries', 'Noor Bakker', 'Twee Tegelijk']);
      const outsider = await w.signIn('outsiderA');
      expect((await outsider.get('/api/missing-now')).body).toEqual([]);
      expect((await (await w.signIn('adminA')).get('/api/missing-now')).status).toBe(403);
      expect((await (await w.signIn('caseWorkerB')).get('/api/missing-now')).body).toEqual([]);
      const reads = await auditOf('missingNow.read');
      expect(reads.find((e) => e.actor_user_id === w.users.caseWorkerA!.id)!.details).toEqual({ youthIds: [w.youthA, expect.any(String)] });
    });
  });

  describe('transfer of responsibility', () => {
    it('records where the youth went, why, and that the police know; refused after the return', async () => {
      const [episode] = (await lead.get(base(w.youthA2))).body;
      const bad = await lead.post(`${base(w.youthA2)}/${episode.id}/transfer`, { transferredAt: localIn(-5), transferredTo: '', reason: '', policeInformed: true });
      expect(fields(bad.body)).toEqual(['reason', 'transferredTo']);
      const r = await lead.post(`${base(w.youthA2)}/${episode.id}/transfer`, {
        transferredAt: localIn(-5),
        transferredTo: 'Jeugdzorg De Kaap, groep Zuid',
        reason: 'Overgeplaatst op besluit van de gezinsvoogd.',
        policeInformed: true,
      });
      expect(r.status).toBe(200);
      expect(r.body.transfer).toMatchObject({ to: 'Jeugdzorg De Kaap, groep Zuid', policeInformedAt: expect.any(String) });
      expect(r.body.events.at(-1)).toMatchObject({ kind: 'transferred', note: 'Jeugdzorg De Kaap, groep Zuid' });
    });
  });

  describe('the return', () => {
    it('refuses a return before the youth was last seen, and changes nothing', async () => {
      const r = await worker.post(`${base(w.youthA)}/${episodeA}/return`, { returnedAt: localIn(-600), foundPlace: 'Station', foundBy: 'police' });
      expect(r.status).toBe(400);
      expect(fields(r.body)).toEqual(['returnedAt']);
      expect((await worker.get(base(w.youthA))).body[0].status).toBe('open');
    });

    it('records when, where and by whom, reported to the police, with a medical check as a decision after running away', async () => {
      const medical = await count('medical_decisions');
      const r = await worker.post(`${base(w.youthA)}/${episodeA}/return`, {
        returnedAt: localIn(-2),
        foundPlace: 'Station Zeestad',
        foundBy: 'police',
        notes: 'Moe, wilde niet praten.',
        returnReported: true,
        everyoneInformed: false,
        medicalCheck: { stiCheck: 'offered', pregnancyTest: 'offered', csgReferral: 'offered', reasoning: 'Na terugkomst aangeboden, zoals het protocol vraagt.', outcome: 'Afspraak bij het CSG morgen.' },
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        status: 'returned',
        return: { foundPlace: 'Station Zeestad', foundBy: 'police', reportedAt: expect.any(String), everyoneInformedAt: null, policeConsultedAt: null },
        medicalCheck: { stiCheck: 'offered', pregnancyTest: 'offered', outcome: 'Afspraak bij het CSG morgen.' },
        openTasks: ['evaluation', 'safetyPlan'],
        safetyPlanUpdate: { done: false },
      });
      expect(await count('medical_decisions')).toBe(medical + 1);
      const decision = (await sql<Record<string, unknown>>`SELECT * FROM medical_decisions WHERE id = ${r.body.medicalCheck.recordId}`.execute(h.database.unsafeSystemQuery)).rows[0];
      expect(decision).toMatchObject({ moment: 'afterMissing', youth_id: w.youthA, sti_check: 'offered' });
      expect((await auditOf('medicalDecision.created')).map((e) => e.record_id)).toContain(r.body.medicalCheck.recordId);
      expect(r.body.events.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['returned', 'returnReported', 'medicalCheck']));
      expect(r.body.events.filter((e: { kind: string }) => e.kind === 'everyoneInformed')).toEqual([]);
      // Off the dashboard.
      expect((await worker.get('/api/missing-now')).body.map((i: { name: string }) => i.name)).toEqual(['Twee Tegelijk']);
    });

    it('does not take a second return', async () => {
      const r = await worker.post(`${base(w.youthA)}/${episodeA}/return`, { returnedAt: localIn(-1), foundPlace: 'x', foundBy: 'staff' });
      expect(r.status).toBe(409);
      expect(r.body.code).toBe('EPISODE_RETURNED');
    });

    it('tracks the evaluation with the youth and the safety-plan update until both are done', async () => {
      const steps = `${base(w.youthA)}/${episodeA}/steps`;
      const noNote = await worker.post(steps, { step: 'evaluationDone', at: localIn(0) });
      expect(fields(noNote.body)).toEqual(['note', 'withYouth']);
      expect((await worker.post(steps, { step: 'policeConsulted', at: localIn(0), note: 'Politie vraagt nog niet door te vragen; zij nemen contact op.' })).status).toBe(200);
      expect((await worker.post(steps, { step: 'everyoneInformed', at: localIn(0) })).status).toBe(200);
      const evaluated = await worker.post(steps, { step: 'evaluationDone', at: localIn(0), withYouth: true, note: 'Samen besproken wat vooraf ging; afspraak over bellen bij nood.' });
      expect(evaluated.body.openTasks).toEqual(['safetyPlan']);
      expect(evaluated.body.evaluation).toMatchObject({ withYouth: true });
      // A new version of the safety plan after the return counts as the update.
      const plans = (await worker.get(`/api/youths/${w.youthA}/safety-plans`)).body;
      expect((await lead.post(`/api/youths/${w.youthA}/safety-plans/${plans[0].id}/sign-off`, { updatedAt: plans[0].updatedAt })).status).toBe(200);
      const [episode] = (await worker.get(base(w.youthA))).body;
      expect(episode.openTasks).toEqual([]);
      expect(episode.safetyPlanUpdate).toMatchObject({ done: true, via: 'version', version: 1 });
      expect(episode.return.policeConsultedNote).toContain('Politie vraagt');
    });

    it('counts a safety plan marked as updated with a note, and allows a new episode after the return', async () => {
      const youthId = await seedYouth(h.database, { organisationId: w.orgA, firstName: 'Kim', lastName: 'Terug', dateOfBirth: '2012-05-05', caseTeam: [{ userId: w.users.leadA!.id, teamRole: 'lead' }] });
      const started = await lead.post(base(youthId), { lastSeenAt: localIn(-300), lastSeenPlace: 'Thuis' });
      const returned = await lead.post(`${base(youthId)}/${started.body.id}/return`, { returnedAt: localIn(-100), foundPlace: 'Thuis', foundBy: 'cameBack' });
      expect(returned.body.openTasks).toEqual(['evaluation', 'safetyPlan']);
      const marked = await lead.post(`${base(youthId)}/${started.body.id}/steps`, { step: 'safetyPlanUpdated', at: localIn(0), note: 'Plan doorgenomen: de afspraken passen nog.' });
      expect(marked.body.safetyPlanUpdate).toMatchObject({ done: true, via: 'note', note: 'Plan doorgenomen: de afspraken passen nog.' });
      expect(marked.body.openTasks).toEqual(['evaluation']);
      const again = await lead.post(base(youthId), { lastSeenAt: localIn(-10), lastSeenPlace: 'School' });
      expect(again.status).toBe(200);
      const list = (await lead.get(base(youthId))).body;
      expect(list.map((e: { status: string }) => e.status)).toEqual(['open', 'returned']);
    });

    it('puts open episodes and open follow-up tasks on the work list', async () => {
      const list = (await lead.get('/api/work-list')).body;
      // The longest missing first.
      expect(list.missingNow.map((i: { name: string }) => i.name)).toEqual(['Noor Bakker', 'Kim Terug']);
      expect(list.missingFollowUp.map((i: { name: string; count: number }) => [i.name, i.count])).toEqual([['Kim Terug', 1]]);
    });
  });

  it('property: a random body on any change of an episode never fails with 500 and never changes anything', async () => {
    const [episode] = (await lead.get(base(w.youthA2))).body;
    const paths = ['', `/${episode.id}/steps`, `/${episode.id}/return`, `/${episode.id}/transfer`, `/${episode.id}/medical-check`, `/${episode.id}/police-sheet`].map((p) => `${base(w.youthA2)}${p}`);
    const tables = ['missing_episodes', 'missing_episode_events', 'disclosures', 'medical_decisions'];
    const before = await Promise.all(tables.map(count));
    const body = fc.oneof(
      fc.object({ maxDepth: 2 }),
      fc.record({ step: fc.string(), at: fc.string(), lastSeenAt: fc.string(), urgency: fc.array(fc.record({ criterion: fc.string(), explanation: fc.string() })) }, { requiredKeys: [] }),
      fc.record({ returnedAt: fc.constantFrom('2026-13-01T10:00', '2026-02-30T10:00', 'gisteren', ''), foundBy: fc.string(), foundPlace: fc.string() }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), body, async (path, sent) => {
        const r = await lead.post(path, sent);
        expect(r.status, `${path} ${JSON.stringify(sent)}`).toBeLessThan(500);
        expect(r.status).not.toBe(200);
      }),
      { numRuns: 60 },
    );
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });

  it('refuses every change on a closed file, and changes nothing', async () => {
    const youthId = await seedYouth(h.database, { organisationId: w.orgA, firstName: 'Gesloten', lastName: 'Dossier', dateOfBirth: '2010-01-01', caseTeam: [{ userId: w.users.leadA!.id, teamRole: 'lead' }] });
    const started = await lead.post(base(youthId), { lastSeenAt: localIn(-60), lastSeenPlace: 'Thuis' });
    await h.database.unsafeSystemQuery.updateTable('youths').set({ closed_on: sql`current_date`, closure_reason: 'test' } as never).where('id', '=', youthId).execute();
    const before = [await count('missing_episodes'), await count('missing_episode_events')];
    const attempts = [
      await lead.post(base(youthId), { lastSeenAt: localIn(-5), lastSeenPlace: 'Thuis' }),
      await lead.post(`${base(youthId)}/${started.body.id}/steps`, { step: 'note', at: localIn(0), note: 'x' }),
      await lead.post(`${base(youthId)}/${started.body.id}/return`, { returnedAt: localIn(-1), foundPlace: 'Thuis', foundBy: 'cameBack' }),
      await lead.post(`${base(youthId)}/${started.body.id}/transfer`, { transferredAt: localIn(-1), transferredTo: 'x', reason: 'y', policeInformed: false }),
    ];
    expect(attempts.map((r) => r.body.code)).toEqual(['FILE_CLOSED', 'FILE_CLOSED', 'FILE_CLOSED', 'FILE_CLOSED']);
    expect([await count('missing_episodes'), await count('missing_episode_events')]).toEqual(before);
    // Still readable for its case team.
    expect((await lead.get(base(youthId))).status).toBe(200);
  });
});
