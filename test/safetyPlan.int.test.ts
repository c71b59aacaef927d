// The youth's photo and the printed safety plan, through HTTP: uploads of
// JPEG and PNG kept as history, anything else refused without a trace in the
// file, break-the-glass that may look but not add, one audit event per read,
// and a PDF that carries the plan, the photo and the risky network without
// putting the youth's name in its file name.
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from './harness.js';
import { buildWorld, type World } from './world.js';
import type { ApiClient } from './client.js';

/** A 2×2 JPEG (made with cjpeg) and a 1×1 PNG: real images, small enough to read here. */
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABv/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AIwCYef/2Q==',
  'base64',
);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNwaDgAAAKEAYEml6crAAAAAElFTkSuQmCC', 'base64');
const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

const image = (bytes: Buffer, type: string) => new Blob([new Uint8Array(bytes)], { type });

// WinAnsi's 0x80–0x9F (Node's TextDecoder reads them as Latin-1 control characters); the rest is Latin-1.
const WIN_ANSI_HIGH = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'];

/**
 * The text a PDF shows, line by line, read from its content streams: pdfkit
 * writes Helvetica text as hex strings in WinAnsi inside TJ arrays. Enough to
 * check what is on the paper without a PDF tool on the machine.
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    let bytes = Buffer.from(raw.slice(start, end), 'latin1');
    if (match[1]!.includes('/FlateDecode')) {
      try {
        bytes = inflateSync(bytes);
      } catch {
        continue; // an image's data, not a page
      }
    }
    for (const tj of bytes.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      lines.push([...Buffer.from(hex, 'hex')].map((b) => WIN_ANSI_HIGH[b - 0x80] ?? String.fromCharCode(b)).join(''));
    }
  }
  return lines.join('\n');
}

describe('the photo and the printed safety plan', () => {
  let h: Harness;
  let world: World;
  let lead: ApiClient;
  let worker: ApiClient;
  let base: string;

  beforeAll(async () => {
    h = await startHarness();
    world = await buildWorld(h);
    lead = await world.signIn('leadA');
    worker = await world.signIn('caseWorkerA');
    base = `/api/youths/${world.youthA}`;
  });
  afterAll(() => h.close());

  /** GET with the client's session, keeping the bytes (ApiClient reads bodies as text). */
  const download = async (client: ApiClient, path: string) => {
    const r = await fetch(`${h.baseUrl}${path}`, { headers: { cookie: client.cookieHeader() } });
    return { status: r.status, headers: r.headers, bytes: Buffer.from(await r.arrayBuffer()) };
  };
  const photoCount = async (youthId: string) =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM youth_photos WHERE youth_id = ${youthId}`.execute(h.database.unsafeSystemQuery)).rows[0]!.n;
  const events = async (youthId: string, action: string) =>
    (
      await sql<{ actor_user_id: string; outcome: string; record_id: string | null; purpose: string | null; break_glass_id: string | null; details: unknown }>`
        SELECT actor_user_id, outcome, record_id, purpose, break_glass_id, details FROM audit_events
        WHERE youth_id = ${youthId} AND action = ${action} ORDER BY id`.execute(h.database.unsafeSystemQuery)
    ).rows.map((r) => ({ ...r, details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details }));

  it('has no photo at first, and says so', async () => {
    const info = await worker.get(`${base}/photo/info`);
    expect(info.status).toBe(200);
    expect(info.body).toBeNull();
    const photo = await download(worker, `${base}/photo`);
    expect(photo.status).toBe(404);
    // Looking is on record even when there was nothing to see.
    expect((await events(world.youthA, 'photo.read')).map((e) => e.details)).toEqual([
      { part: 'info', found: false },
      { part: 'image', found: false },
    ]);
  });

  it('takes a JPEG and then a PNG, keeps both and shows the latest, never cached', async () => {
    const jpeg = await worker.request('PUT', `${base}/photo?takenOn=2026-01-15`, image(JPEG, 'image/jpeg'));
    expect(jpeg.status).toBe(200);
    expect(jpeg.body).toEqual({ takenOn: '2026-01-15', uploadedAt: expect.any(String), uploadedByName: 'caseWorkerA' });
    const first = await download(lead, `${base}/photo`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/jpeg');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.bytes.equals(JPEG)).toBe(true);

    const png = await lead.request('PUT', `${base}/photo`, image(PNG, 'image/png'));
    expect(png.status).toBe(200);
    expect(png.body.takenOn).toBeNull();
    const latest = await download(worker, `${base}/photo`);
    expect(latest.headers.get('content-type')).toBe('image/png');
    expect(latest.bytes.equals(PNG)).toBe(true);
    const info = await worker.get(`${base}/photo/info`);
    expect(info.body).toEqual({ takenOn: null, uploadedAt: png.body.uploadedAt, uploadedByName: 'leadA' });
    expect(await photoCount(world.youthA)).toBe(2);

    const uploads = await events(world.youthA, 'photo.uploaded');
    expect(uploads.map((e) => [e.actor_user_id, e.details])).toEqual([
      [world.users.caseWorkerA!.id, { mimeType: 'image/jpeg', bytes: JPEG.length }],
      [world.users.leadA!.id, { mimeType: 'image/png', bytes: PNG.length }],
    ]);
    expect(uploads.every((e) => e.purpose === 'caseTeam' && e.record_id)).toBe(true);
  });

  it('stores what the bytes are, not what the request claimed', async () => {
    const r = await worker.request('PUT', `${base}/photo`, image(JPEG, 'image/png'));
    expect(r.status).toBe(200);
    const latest = await download(worker, `${base}/photo`);
    expect(latest.headers.get('content-type')).toBe('image/jpeg');
  });

  it('refuses anything but a JPEG or PNG with 415, and changes nothing', async () => {
    const photos = await photoCount(world.youthA);
    const uploads = (await events(world.youthA, 'photo.uploaded')).length;
    const attempts = [
      image(GIF, 'image/gif'),
      image(GIF, 'image/png'), // a GIF dressed up as PNG
      image(Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg'), // a signature and nothing else
      'dit is geen foto',
      { photo: 'data:image/png;base64,AAAA' },
    ];
    for (const body of attempts) {
      const r = await worker.request('PUT', `${base}/photo`, body, typeof body === 'string' ? { 'content-type': 'text/plain' } : {});
      expect(r.status, String(body)).toBe(415);
      expect(r.body).toEqual({ code: 'UNSUPPORTED_MEDIA', message: 'Dit bestandstype wordt niet ondersteund. Gebruik een JPG- of PNG-foto.' });
    }
    const empty = await worker.request('PUT', `${base}/photo`);
    expect(empty.status).toBe(415);
    expect(await photoCount(world.youthA)).toBe(photos);
    expect((await events(world.youthA, 'photo.uploaded')).length).toBe(uploads);
  });

  it('takes no photo without the CSRF token, like every other change', async () => {
    const photos = await photoCount(world.youthA);
    const r = await worker.request('PUT', `${base}/photo`, image(PNG, 'image/png'), { 'x-csrf-token': 'vervalst' });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('CSRF_INVALID');
    expect(await photoCount(world.youthA)).toBe(photos);
  });

  it('refuses a photo over 3 MB and a date in the future', async () => {
    const photos = await photoCount(world.youthA);
    const big = Buffer.alloc(3 * 1024 * 1024 + 1);
    JPEG.copy(big);
    const tooBig = await worker.request('PUT', `${base}/photo`, image(big, 'image/jpeg'));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('PAYLOAD_TOO_LARGE');
    const future = await worker.request('PUT', `${base}/photo?takenOn=2999-01-01`, image(JPEG, 'image/jpeg'));
    expect(future.status).toBe(400);
    expect(future.body.fields.map((f: { path: string }) => f.path)).toEqual(['takenOn']);
    expect(await photoCount(world.youthA)).toBe(photos);
    // The default limit of every other route still stands.
    const bigJson = await worker.put(`${base}`, { note: 'x'.repeat(300 * 1024) });
    expect(bigJson.status).toBe(413);
  });

  it('lets a break-the-glass holder see the photo but not add one', async () => {
    const outsider = await world.signIn('outsiderA');
    const before = await download(outsider, `${base}/photo`);
    expect(before.status).toBe(403);
    const grant = await outsider.post(`${base}/break-glass`, { reason: 'Spoed: de jongere is vermist, politie vraagt om een foto.' });
    expect(grant.status).toBe(200);

    const photos = await photoCount(world.youthA);
    const upload = await outsider.request('PUT', `${base}/photo`, image(PNG, 'image/png'));
    expect(upload.status).toBe(403);
    expect(upload.body.code).toBe('NOT_IN_CASE_TEAM');
    expect(await photoCount(world.youthA)).toBe(photos);
    const denied = (await events(world.youthA, 'access.denied')).filter((e) => e.actor_user_id === world.users.outsiderA!.id);
    expect(denied.at(-1)?.details).toEqual({ attempted: 'update' });

    const seen = await download(outsider, `${base}/photo`);
    expect(seen.status).toBe(200);
    const read = (await events(world.youthA, 'photo.read')).filter((e) => e.actor_user_id === world.users.outsiderA!.id);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ purpose: 'breakGlass', break_glass_id: expect.any(String) });
  });

  it('keeps the photo of another organisation out of reach', async () => {
    const other = await world.signIn('caseWorkerB');
    expect((await download(other, `${base}/photo`)).status).toBe(404);
    expect((await other.request('PUT', `${base}/photo`, image(PNG, 'image/png'))).status).toBe(404);
  });

  describe('the PDF', () => {
    let planId: string;

    beforeAll(async () => {
      const plan = await worker.post(`${base}/safety-plans`, {
        reviewOn: '2026-04-01',
        riskyNetwork: 'Geen contact met “Mo”; zie de bijlage.',
        internetUse: 'Telefoon ’s avonds bij de groepsleiding. Kosten tot € 20 per maand.',
        abscondingRisk: 'Verhoogd na contact met Mo.',
        possibleAddresses: 'Stationsplein 1, Zeestad',
        parentContact: '',
        policeCooperation: 'Wijkagent is op de hoogte.',
        staffSafety: 'Geen aanwijzingen.',
        agreementsYouth: 'Zoë meldt zich om 22.00 uur.',
        agreementsParents: 'Ouders melden contact met onbekenden.',
      });
      expect(plan.status).toBe(200);
      planId = plan.body.id;
      const person = (name: string, classification: string, removed = false) =>
        worker.post(`${base}/network/persons`, {
          name,
          relation: 'Vriend',
          classification,
          phones: ['06-11112222'],
          addresses: ['Havenstraat 12, Zeestad'],
          vehicles: [{ plate: 'AB-123-C', description: 'Grijze scooter' }],
          removed,
        });
      await person('Mo Gevaarlijk', 'dangerous');
      await person('Ömer Risicovol', 'risky');
      await person('Oma Steunend', 'supportive');
      await person('Oud Contact', 'risky', true);
      await worker.post(`${base}/network/places`, { address: 'Hotel De Zon, Zeestad', kind: 'hotel', classification: 'dangerous' });
      await worker.post(`${base}/network/places`, { address: 'Sportclub, Zeestad', kind: 'other', classification: 'supportive' });
    });

    it('is a PDF without the name in its file name, with the plan, the photo and the risky network', async () => {
      const r = await download(worker, `${base}/safety-plans/${planId}/pdf`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/pdf');
      expect(r.headers.get('cache-control')).toBe('no-store');
      const disposition = r.headers.get('content-disposition')!;
      expect(disposition).toBe('inline; filename="veiligheidsplan-v1.pdf"');
      expect(disposition).not.toMatch(/sanne|vries/i);
      expect(r.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The photo went in (a JPEG is embedded as it is).
      expect(r.bytes.toString('latin1')).toContain('/DCTDecode');
      // The document title that viewers show in a tab does not name the youth either.
      expect(r.bytes.toString('latin1')).not.toMatch(/Sanne/);

      const text = pdfText(r.bytes);
      for (const heading of [
        'Veiligheidsplan',
        'Risicovol netwerk',
        'Internet en social media',
        'Risico op weglopen en wat het voorkomt',
        'Adressen waar de jongere naartoe kan gaan',
        'Contact met ouders',
        'Samenwerking met de politie',
        'Veiligheid van medewerkers en andere jongeren',
        'Afspraken met de jongere',
        'Afspraken met ouders of voogd',
        'Risicovol netwerk uit de netwerkanalyse',
      ]) {
        expect(text.split('\n'), heading).toContain(heading);
      }
      expect(text).toContain('Sanne de Vries');
      expect(text).toContain('Geboren op 12 april 2010');
      expect(text).toContain('Zorgaanbieder A');
      expect(text).toContain('Concept — nog niet vastgesteld');
      expect(text).toContain('1 april 2026');
      // Dutch punctuation and the euro sign come through as typed.
      expect(text).toContain('Telefoon ’s avonds bij de groepsleiding. Kosten tot € 20 per maand.');
      expect(text).toContain('Zoë meldt zich om 22.00 uur.');
      expect(text).toContain('Niet ingevuld.');
      // The risky network: risky and dangerous persons and places, not the supportive, not the removed.
      expect(text).toContain('Mo Gevaarlijk');
      expect(text).toContain('Ömer Risicovol');
      expect(text).toContain('06-11112222');
      expect(text).toContain('AB-123-C — Grijze scooter');
      expect(text).toContain('Hotel De Zon, Zeestad');
      expect(text).not.toContain('Oma Steunend');
      expect(text).not.toContain('Oud Contact');
      expect(text).not.toContain('Sportclub');
      expect(text).toContain('Vertrouwelijk — bevat persoonsgegevens van een minderjarige');
      expect(text).toMatch(/Pagina 1 van \d/);
      expect(text).toMatch(/Afgedrukt op \d{1,2} \w+ \d{4} om \d{2}:\d{2} door caseWorkerA/);

      const printed = await events(world.youthA, 'safetyPlan.printed');
      expect(printed).toHaveLength(1);
      expect(printed[0]).toMatchObject({ actor_user_id: world.users.caseWorkerA!.id, record_id: planId, purpose: 'caseTeam' });
      expect(printed[0]!.details).toEqual({ version: 1, photoId: expect.any(String), networkPersons: 2, networkPlaces: 1 });
    });

    it('says who signed the version off, and when', async () => {
      const plans = await lead.get(`${base}/safety-plans`);
      const plan = plans.body.find((p: { id: string }) => p.id === planId);
      expect((await lead.post(`${base}/safety-plans/${planId}/sign-off`, { updatedAt: plan.updatedAt })).status).toBe(200);
      const text = pdfText((await download(lead, `${base}/safety-plans/${planId}/pdf`)).bytes);
      expect(text).toMatch(/Vastgesteld door leadA op \d{1,2} \w+ \d{4}/);
      expect(text).not.toContain('Concept');
    });

    it('prints a plan of another youth through this file as not found, and nothing is recorded', async () => {
      const other = await lead.post(`/api/youths/${world.youthA2}/safety-plans`, { reviewOn: '2026-04-01' });
      expect(other.status).toBe(200);
      const before = (await events(world.youthA, 'safetyPlan.printed')).length;
      expect((await download(lead, `${base}/safety-plans/${other.body.id}/pdf`)).status).toBe(404);
      expect((await download(lead, `${base}/safety-plans/00000000-0000-4000-8000-000000000000/pdf`)).status).toBe(404);
      expect((await events(world.youthA, 'safetyPlan.printed')).length).toBe(before);
    });

    it('prints a plan without a photo and without a risky network', async () => {
      const plans = await lead.get(`/api/youths/${world.youthA2}/safety-plans`);
      const r = await download(lead, `/api/youths/${world.youthA2}/safety-plans/${plans.body[0].id}/pdf`);
      expect(r.status).toBe(200);
      const text = pdfText(r.bytes);
      expect(text).toContain('Noor Bakker');
      expect(text).toContain('De netwerkanalyse noemt geen risicovolle of gevaarlijke personen.');
      expect(r.bytes.toString('latin1')).not.toContain('/Subtype /Image');
    });
  });

  it('keeps a closed file readable, photo included, but takes no new photo', async () => {
    const youthId = world.youthA2;
    expect((await lead.request('PUT', `/api/youths/${youthId}/photo`, image(PNG, 'image/png'))).status).toBe(200);
    await h.database.unsafeSystemQuery.updateTable('youths').set({ closed_on: '2026-01-31' }).where('id', '=', youthId).execute();
    const refused = await lead.request('PUT', `/api/youths/${youthId}/photo`, image(JPEG, 'image/jpeg'));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('FILE_CLOSED');
    expect(await photoCount(youthId)).toBe(1);
    expect((await download(lead, `/api/youths/${youthId}/photo`)).status).toBe(200);
  });
});
