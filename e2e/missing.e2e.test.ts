// A youth goes missing and comes back, in the browser: the mentor starts the
// episode, the urgency check fires on the criterion ticked (the LVB on file is
// suggested, never ticked for her), "Bel nu 112" says what to tell, the police
// sheet is trimmed and handed over as a disclosure, the police liaison sees
// exactly that sheet under "Ontvangen gegevens", the dashboard shows who is
// missing, the youth returns with the reminder to consult the police first and
// a medical check, and the evaluation and safety-plan update are tracked to
// done. Every page is scanned with axe; the sheet's PDF is kept to look at.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { loadDemoPartners } from '../server/src/modules/organisations/partners/partners.demo.js';
import { uploadPhoto } from '../server/src/modules/caseFiles/safetyPlan/photo.service.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import { startHarness, type Harness } from '../test/harness.js';
import { silhouettePng } from '../test/silhouettePhoto.js';
import { checkAccessibility, dutchContext, launchBrowser, SCREENSHOTS, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';

describe('a missing episode from the first minute to the evaluation', () => {
  let h: Harness;
  let browser: Browser;
  let sanne: string;
  const contexts: BrowserContext[] = [];

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    const q = h.database.unsafeSystemQuery;
    const provider = (await q.selectFrom('organisations').select('id').where('slug', '=', 'de-haven').executeTakeFirstOrThrow()).id;
    // The partner directory with the police unit in Baken, and the 24/7 number (the demo world may hold them already).
    if (!(await q.selectFrom('partners').select('id').where('organisation_id', '=', provider).executeTakeFirst())) await loadDemoPartners(h.database, provider);
    sanne = (await q.selectFrom('youths').select('id').where('first_name', '=', 'Sanne').where('last_name', '=', 'Visser').executeTakeFirstOrThrow()).id;
    const mentor = (await q.selectFrom('users').select('id').where('email', '=', 'mentor@dehaven.demo').executeTakeFirstOrThrow()).id;
    await uploadPhoto(
      { database: h.database } as unknown as Platform,
      { userId: mentor, organisationId: provider, organisationKind: 'provider', roles: ['caseWorker'], sessionId: 'e2e', ip: null, userAgent: 'e2e' },
      sanne,
      silhouettePng(),
      null,
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('walks the episode through, and the police see exactly the sheet that was kept', async () => {
    const mentor = await pageFor();
    await signInAndEnrol(mentor, h.baseUrl, 'mentor@dehaven.demo', PASSWORD);
    const file = `${h.baseUrl}/jongeren/${sanne}`;

    // Nothing yet: the page says so and offers to start. (Should the demo world one day hold
    // episodes of its own, the walk still works: everything below looks at this episode only.)
    await mentor.goto(`${file}/vermissing`);
    const earlier = await h.database.unsafeSystemQuery.selectFrom('missing_episodes').select('id').where('youth_id', '=', sanne).execute();
    if (earlier.length === 0) await mentor.getByText('Er is voor deze jongere nog geen vermissing vastgelegd.').waitFor();
    else await mentor.getByRole('button', { name: 'Vermissing melden' }).waitFor();
    await checkAccessibility(mentor, 'missing-01-none');

    // Starting: the LVB on file is suggested beside its criterion, not ticked; a ticked criterion needs its explanation.
    await mentor.getByRole('button', { name: 'Vermissing melden' }).click();
    const form = mentor.locator('form.baken-missing-form');
    await form.getByLabel('Waar is de jongere het laatst gezien?').fill('Bushalte Stationsplein, na school');
    await form.getByLabel(/Kleding en uiterlijk/).fill('Zwarte jas, witte sneakers, roze rugzak.');
    await form.getByLabel(/Met wie was de jongere/).fill('Mogelijk Mo, op een grijze scooter');
    await mentor.getByText('In het dossier staat een LVB (vermoed). Overweeg dit criterium; u beslist zelf.').waitFor();
    expect(await form.getByRole('checkbox', { name: '(Licht) verstandelijke beperking' }).isChecked()).toBe(false);
    await mentor.getByText('Verlof wordt na een vermissing niet automatisch ingetrokken', { exact: false }).waitFor();
    await form.getByRole('checkbox', { name: 'Vermoedelijk bij criminelen of mensenhandelaars' }).check();
    await form.getByRole('button', { name: 'Vermissing starten' }).click();
    await mentor.getByRole('alert').getByText('Schrijf op waar dit uit blijkt. Dat vertelt u de politie.').first().waitFor();
    await checkAccessibility(mentor, 'missing-02-start-errors');
    await form.getByLabel('Waar blijkt dat uit?').fill('Een klasgenote zag haar achterop de scooter van Mo, die als gevaarlijk in de netwerkanalyse staat.');
    await form.getByRole('button', { name: 'Vermissing starten' }).click();

    // Urgent: "Bel nu 112" with what to tell, and it has focus.
    const call = mentor.getByRole('alert').filter({ hasText: 'Bel nu 112' });
    await call.waitFor();
    await call.getByText('Vermoedelijk bij criminelen of mensenhandelaars').waitFor();
    await call.getByText(/achterop de scooter van Mo/).waitFor();
    expect(await call.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await mentor.getByText(/Al \d+ minuten? vermist/).waitFor();
    await checkAccessibility(mentor, 'missing-03-call-112');
    await call.getByRole('button', { name: 'Ik heb 112 gebeld' }).click();
    await mentor.getByRole('alert').filter({ hasText: 'Bel nu 112' }).waitFor({ state: 'detached' });

    // The police report with its number.
    await mentor.getByRole('button', { name: 'Vastleggen: Melding bij de politie' }).click();
    await mentor.getByLabel(/Registratienummer van de politie/).fill('PL1300-2026-4471');
    await mentor.getByRole('form', { name: 'Melding bij de politie' }).getByRole('button', { name: 'Opslaan' }).click();
    await mentor.getByText(/nummer PL1300-2026-4471/).waitFor();
    await checkAccessibility(mentor, 'missing-04-open-episode');

    // The police information sheet: built from the file, trimmed, handed over after a confirmation.
    await mentor.getByRole('link', { name: 'Informatieblad voor de politie' }).click();
    await mentor.getByRole('heading', { name: 'Informatieblad voor de politie' }).waitFor();
    await mentor.getByRole('img', { name: 'Recente foto van de jongere' }).waitFor();
    await mentor.getByText(/Mo \(bijnaam\):/).waitFor();
    const station = mentor.getByRole('checkbox', { name: /Stationsplein, Zeestad: Hangplek, risicovol/ });
    await station.uncheck();
    expect(await mentor.getByRole('checkbox', { name: /^Mo \(bijnaam\):/ }).isChecked()).toBe(true);
    await checkAccessibility(mentor, 'missing-05-police-sheet');
    await mentor.getByLabel('Aan wie?').selectOption({ label: 'AVIM, team mensenhandel Kust (ontvangt het in Baken)' });
    await mentor.getByLabel('Wie besluit?').selectOption({ label: 'Fatima Behandelaar' });
    await mentor.getByRole('button', { name: 'Informatieblad overdragen' }).click();
    const confirm = mentor.getByRole('dialog', { name: 'Informatieblad overdragen aan AVIM, team mensenhandel Kust?' });
    await confirm.waitFor();
    await checkAccessibility(mentor, 'missing-06-confirm-hand-over');
    await confirm.getByRole('button', { name: 'Ja, overdragen' }).click();
    await mentor.getByText('Het informatieblad is overgedragen aan AVIM, team mensenhandel Kust.').waitFor();
    await checkAccessibility(mentor, 'missing-07-handed-over');
    const pdfHref = await mentor.getByRole('link', { name: 'Informatieblad als PDF' }).getAttribute('href');
    const pdf = await mentor.request.get(new URL(pdfHref!, h.baseUrl).href);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    writeFileSync(`${SCREENSHOTS}/missing-sheet.pdf`, await pdf.body());

    // The police liaison sees exactly the kept sheet: Mo, not the station.
    const police = await pageFor();
    await signInAndEnrol(police, h.baseUrl, 'avim@politie-kust.demo', PASSWORD);
    await police.goto(`${h.baseUrl}/ontvangen`);
    await police.getByRole('link', { name: /Sanne Visser/ }).click();
    await police.getByRole('heading', { level: 1, name: 'Sanne Visser' }).waitFor();
    const content = police.locator('.baken-disclosed');
    await content.getByText('Informatieblad vermissing').waitFor();
    await content.getByText(/FX-123-B \(grijze scooter\)/).waitFor();
    await content.getByText(/achterop de scooter van Mo/).waitFor();
    // The trimmed place is absent (its address still stands in the safety plan's line, which was kept).
    expect(await content.getByText('Stationsplein, Zeestad', { exact: true }).count()).toBe(0);
    expect(await content.getByText(/Hier wordt ze .s avonds gezien/).count()).toBe(0);
    await police.getByRole('img', { name: /Sanne Visser/ }).waitFor();
    await checkAccessibility(police, 'missing-08-police-receives');

    // Who is missing now: the designated officer sees the organisation's episodes.
    const officer = await pageFor();
    await signInAndEnrol(officer, h.baseUrl, 'aandacht@dehaven.demo', PASSWORD);
    await officer.goto(`${h.baseUrl}/vermist`);
    const row = officer.getByRole('row', { name: /Sanne Visser/ });
    await row.getByText('Urgent').waitFor();
    await row.getByText('Gemeld, nummer PL1300-2026-4471').waitFor();
    await checkAccessibility(officer, 'missing-09-dashboard');

    // Sanne is back: the reminder to consult the police first takes focus; the medical check goes with it.
    await mentor.goto(`${file}/vermissing`);
    await mentor.getByRole('button', { name: 'De jongere is terug' }).click();
    const back = mentor.getByRole('region', { name: 'De jongere is terug' });
    await back.getByLabel('Waar is de jongere gevonden of teruggekomen?').fill('Station Zeestad');
    await back.getByLabel('Hoe kwam de jongere terug?').selectOption('police');
    await back.getByLabel('De terugkeer is gemeld bij de politie').check();
    await back.getByLabel(/Uitkomst, voor zover/).fill('Afspraak bij het Centrum Seksueel Geweld morgen.');
    await checkAccessibility(mentor, 'missing-10-return-form');
    await back.getByRole('button', { name: 'Terugkeer vastleggen' }).click();
    const consult = mentor.locator('section.baken-missing-returned').first().getByText('Overleg eerst met de politie', { exact: true });
    await consult.waitFor();
    expect(await mentor.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Overleg eerst met de politie');
    await mentor.locator('section.baken-missing-returned').first().getByText(/Soa-test: Aangeboden/).waitFor();
    await checkAccessibility(mentor, 'missing-11-returned');

    // The follow-up on the episode that just ended (shown first): consult the police, then the two tasks until done.
    const ended = mentor.locator('section.baken-missing-returned').first();
    await ended.getByRole('button', { name: 'Vastleggen: Politie geraadpleegd vóór het gesprek' }).first().click();
    await ended.getByLabel('Wat adviseerde de politie?').fill('Nog niet doorvragen; de zedenrecherche plant een informatief gesprek.');
    await ended.getByRole('form', { name: 'Politie geraadpleegd vóór het gesprek' }).getByRole('button', { name: 'Opslaan' }).click();
    await ended.getByText('Overleg eerst met de politie', { exact: true }).waitFor({ state: 'detached' });
    await ended.getByRole('button', { name: 'Vastleggen: Evaluatie met de jongere' }).click();
    await ended.getByLabel('Wat is besproken en wat is afgesproken?').fill('Samen besproken wat vooraf ging. Afspraak: bij contact met Mo belt Sanne haar mentor.');
    await ended.getByRole('form', { name: 'Evaluatie met de jongere' }).getByRole('button', { name: 'Opslaan' }).click();
    await ended.getByText(/Gedaan op .*met de jongere/).waitFor();
    await ended.getByRole('button', { name: 'Bijgewerkt zonder nieuwe versie' }).click();
    await ended.getByLabel('Wat is er met het veiligheidsplan gedaan?').fill('Afspraak over bellen bij contact met Mo toegevoegd aan de afspraken met Sanne.');
    await ended.getByRole('form', { name: 'Veiligheidsplan bijgewerkt' }).getByRole('button', { name: 'Opslaan' }).click();
    await ended.getByText('De evaluatie en het bijwerken van het veiligheidsplan zijn gedaan.').waitFor();
    await ended.getByText('Tijdlijn tonen').click();
    await checkAccessibility(mentor, 'missing-12-follow-up-done');

    // Off the dashboard.
    await officer.reload();
    await officer.getByRole('heading', { level: 1, name: 'Vermist' }).waitFor();
    await officer.getByRole('table', { name: 'Nu vermist' }).or(officer.getByText('Niemand uit uw dossiers is nu vermist.')).waitFor();
    expect(await officer.getByRole('row', { name: /Sanne Visser/ }).count()).toBe(0);
  });
});
