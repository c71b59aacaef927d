// A police request by phone from first call to what the police unit reads:
// the case worker records the request, calls back on the unit's known number,
// and gives information as a disclosure with a reason per kind of data; the
// designated officer sees it in the organisation's register; the police
// liaison of that unit sees it among what was received, prints it, and can
// open nothing else. Every page is scanned with axe.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';

describe('a police request by phone, answered and received', () => {
  let h: Harness;
  let browser: Browser;
  let youthId: string;
  const contexts: BrowserContext[] = [];

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    const db = h.database.unsafeSystemQuery;
    const org = async (slug: string) => (await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    const provider = await org('de-haven');
    const police = await org('politie-kust');
    // The partner UI is another module's: the unit goes into the directory here, linked to the demo police organisation.
    await db
      .insertInto('partners')
      .values({ organisation_id: provider, kind: 'traffickingTeam', name: 'AVIM Politie Kust', verified_phone: '088-0010010', phone: '0900-8844', linked_organisation_id: police })
      .execute();
    await sql`INSERT INTO organisation_contacts (organisation_id, phone_24_7) VALUES (${provider}, '0800-2424247')
      ON CONFLICT (organisation_id) DO UPDATE SET phone_24_7 = EXCLUDED.phone_24_7`.execute(db);
    youthId = (await db.selectFrom('youths').select('id').where('first_name', '=', 'Mohammed').where('last_name', '=', 'Yilmaz').executeTakeFirstOrThrow()).id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('gives nothing before the call back, then only what is needed, and the police unit reads just that', async () => {
    const mentor = await pageFor();
    await signInAndEnrol(mentor, h.baseUrl, 'mentor@dehaven.demo', PASSWORD);
    await mentor.goto(`${h.baseUrl}/jongeren/${youthId}/verstrekkingen`);
    await mentor.getByRole('heading', { level: 2, name: 'Politievragen per telefoon' }).waitFor();
    await mentor.getByText('Geen politievragen over deze jongere.').waitFor();
    await checkAccessibility(mentor, 'disclosures-01-file-empty');

    // The call: written down as the caller put it.
    await mentor.getByRole('button', { name: 'Politievraag vastleggen' }).click();
    await mentor.getByLabel('Naam van de beller').fill('Inspecteur De Boer');
    await mentor.getByLabel('Van welke eenheid zegt de beller te zijn?').fill('AVIM Politie Kust');
    await mentor.getByLabel('Nummer dat de beller opgaf').fill('06-11112222');
    await mentor.getByLabel('Wat vraagt de beller?').fill('Waar verblijft Mohammed op dit moment, en met wie?');
    await mentor.getByRole('button', { name: 'Vraag vastleggen' }).click();
    await mentor.getByText('De vraag is vastgelegd. Bel nu terug naar een bekend nummer.').waitFor();
    const card = mentor.locator('.baken-police-request').first();
    await card.getByText('Open: nog niet bevestigd').waitFor();
    // Nothing can be given yet: there is no way to the disclosure form.
    expect(await card.getByRole('link', { name: 'Informatie geven' }).count()).toBe(0);
    await card.getByText('Informatie geven kan pas als terugbellen de beller heeft bevestigd.').waitFor();
    await checkAccessibility(mentor, 'disclosures-02-request-open');

    // The call back, on the number the organisation knew.
    await card.getByRole('button', { name: 'Terugbellen vastleggen' }).click();
    const partnerSelect = card.getByLabel('Welk bekend nummer belde u?');
    expect(await partnerSelect.locator('option').allInnerTexts()).toContain('AVIM Politie Kust: 088-0010010');
    await partnerSelect.selectOption({ label: 'AVIM Politie Kust: 088-0010010' });
    await card.getByRole('radio', { name: 'Ja, bevestigd' }).check();
    await checkAccessibility(mentor, 'disclosures-03-callback-form');
    await card.getByRole('button', { name: 'Terugbellen vastleggen' }).click();
    await card.getByText('Het terugbellen is vastgelegd.').waitFor();
    await card.getByText('Bevestigd: nog niet afgehandeld').waitFor();
    await card.getByText('beller bevestigd').waitFor();
    await checkAccessibility(mentor, 'disclosures-04-request-verified');

    // Information given: the disclosure form, with the unit as recipient and the question as purpose.
    await card.getByRole('link', { name: 'Informatie geven' }).click();
    await mentor.getByRole('heading', { level: 2, name: 'Informatie geven op de politievraag' }).waitFor();
    expect(await mentor.getByLabel('Partner', { exact: true }).locator('option:checked').innerText()).toBe('AVIM Politie Kust (Team mensenhandel (AVIM)) · werkt in Baken');
    expect(await mentor.getByLabel('Doel: waarvoor heeft de ontvanger de gegevens nodig?').inputValue()).toBe('Waar verblijft Mohammed op dit moment, en met wie?');
    await mentor.getByRole('radio', { name: 'Vitaal belang' }).check();
    await mentor.getByRole('radio', { name: 'Conflict van plichten' }).check();
    await mentor.getByLabel('Waarom mag het beroepsgeheim hier doorbroken worden?').fill('Mohammed is sinds gisteren weg en loopt direct gevaar; zonder adres kan de politie hem niet vinden.');
    await mentor.getByRole('checkbox', { name: 'Naam en geboortedatum' }).check();
    await mentor.getByLabel('Waarom is "Naam en geboortedatum" nodig?').fill('Om de juiste jongere te zoeken.');
    await mentor.getByRole('checkbox', { name: 'Plekken uit het netwerk' }).check();
    await checkAccessibility(mentor, 'disclosures-05-form');
    // A kind of data without its reason: refused, the summary takes focus and names the field.
    await mentor.getByRole('button', { name: 'Informatie geven en vastleggen' }).click();
    const summary = mentor.getByRole('alert').filter({ hasText: 'Niet alles is goed ingevuld' });
    await summary.waitFor();
    await summary.getByRole('link', { name: /Wie besliste\?/ }).waitFor();
    await summary.getByRole('link', { name: /Waarom is "Plekken uit het netwerk" nodig\?.*Schrijf op waarom deze gegevens nodig zijn voor het doel\./ }).waitFor();
    await checkAccessibility(mentor, 'disclosures-06-form-errors');
    await mentor.getByLabel('Waarom is "Plekken uit het netwerk" nodig?').fill('De politie zoekt op de adressen waar hij eerder werd opgehaald.');
    await mentor.getByLabel('Wat heeft u gedeeld?').fill('Naam en geboortedatum; twee adressen uit de netwerkanalyse waar hij eerder is gezien.');
    await mentor.getByLabel('Wie besliste?').selectOption({ label: 'Fatima Behandelaar' });
    await mentor.getByRole('radio', { name: 'Nee' }).check();
    await mentor.getByLabel('Waarom is de jongere niet geïnformeerd?').fill('Mohammed is vermist en niet bereikbaar.');
    await mentor.getByRole('button', { name: 'Informatie geven en vastleggen' }).click();
    const dialog = mentor.getByRole('dialog', { name: 'Verstrekking vastleggen?' });
    await dialog.getByText('AVIM Politie Kust werkt in Baken en ziet de gegevens daar meteen.').waitFor();
    await checkAccessibility(mentor, 'disclosures-07-confirm');
    await dialog.getByRole('button', { name: 'Ja, vastleggen' }).click();
    await mentor
      .getByText('De politievraag is afgehandeld: de verstrekking is vastgelegd.')
      .waitFor({ timeout: 5000 })
      .catch(async (e: unknown) => {
        await mentor.screenshot({ path: 'test-results/e2e/disclosures-failed.png', fullPage: true });
        throw e;
      });
    await mentor.locator('.baken-police-request').first().getByText('Informatie gegeven', { exact: true }).waitFor();
    const list = mentor.getByRole('list', { name: 'Verstrekkingen van deze jongere' });
    await list.getByText(/Antwoord op een politievraag/).waitFor();
    await list.getByRole('listitem').filter({ hasText: /^Plekken uit het netwerk: De politie zoekt op de adressen waar hij eerder werd opgehaald\.$/ }).waitFor();
    await checkAccessibility(mentor, 'disclosures-08-file-list');
    await list.getByRole('link', { name: /AVIM Politie Kust/ }).click();
    await mentor.getByRole('heading', { level: 2, name: 'Welke gegevens en waarom' }).waitFor();
    await mentor.getByText('De politie zoekt op de adressen waar hij eerder werd opgehaald.').waitFor();
    await checkAccessibility(mentor, 'disclosures-09-detail');

    // The designated officer sees it in the organisation's register.
    const officer = await pageFor();
    await signInAndEnrol(officer, h.baseUrl, 'aandacht@dehaven.demo', PASSWORD);
    await officer.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Toezicht' }).click();
    await officer.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verstrekkingen' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Register van verstrekkingen' }).waitFor();
    const register = officer.getByRole('table', { name: 'Verstrekkingen' });
    await register.getByRole('link', { name: 'Mohammed Yilmaz' }).waitFor();
    await register.getByText('AVIM Politie Kust').waitFor();
    await officer.getByRole('table', { name: 'Per grondslag' }).getByRole('rowheader', { name: 'Vitaal belang' }).waitFor();
    await checkAccessibility(officer, 'disclosures-10-register');
    await officer.getByLabel('Grondslag', { exact: true }).selectOption({ label: 'Toestemming' });
    await officer.getByRole('button', { name: 'Filteren' }).click();
    await officer.waitForURL(/grondslag=consent/);
    // The form remounts with the address; the count that follows is the new selection's, not the old one's.
    await officer.locator('select[name="legalGround"] option[value="consent"]:checked').waitFor({ state: 'attached' });
    await officer.getByRole('status').filter({ hasText: /^\d+ verstrekking/ }).waitFor();
    expect(await officer.getByRole('link', { name: 'Mohammed Yilmaz' }).count()).toBe(0);
    await officer.getByLabel('Grondslag', { exact: true }).selectOption({ label: 'Vitaal belang' });
    await officer.getByLabel('Bron').selectOption({ label: 'Antwoord op een politievraag' });
    await officer.getByRole('button', { name: 'Filteren' }).click();
    await officer.waitForURL(/grondslag=vitalInterest&bron=policeRequest/);
    await register.getByRole('link', { name: 'Mohammed Yilmaz' }).waitFor();

    // The police liaison of the unit: the receipt, the case conferences they are
    // invited to and the knowledge base; nothing of a provider's files.
    const liaison = await pageFor();
    await signInAndEnrol(liaison, h.baseUrl, 'avim@politie-kust.demo', PASSWORD);
    const menu = liaison.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Start', 'Ontvangen gegevens', 'Zorgtafels', 'Kennisbank']);
    await menu.getByRole('link', { name: 'Ontvangen gegevens' }).click();
    const received = liaison.getByRole('table', { name: 'Ontvangen verstrekkingen' });
    const row = received.getByRole('row').filter({ hasText: 'Mohammed Yilmaz' });
    await row.getByText('Nieuw').waitFor();
    await row.getByText('24/7 bereikbaar: 0800-2424247').waitFor();
    await row.getByText('Antwoord op een politievraag').waitFor();
    await row.getByText('Naam en geboortedatum, Plekken uit het netwerk').waitFor();
    await row.getByText('Fatima Behandelaar').waitFor();
    await checkAccessibility(liaison, 'disclosures-11-received');
    await row.getByRole('link', { name: /Mohammed Yilmaz/ }).click();
    await liaison.getByRole('heading', { level: 1, name: 'Mohammed Yilmaz' }).waitFor();
    await liaison.getByText('Naam en geboortedatum; twee adressen uit de netwerkanalyse waar hij eerder is gezien.').waitFor();
    await liaison.getByText('Fatima Behandelaar').waitFor();
    // What was disclosed comes first; the handover record follows, still on the page.
    const sections = await liaison.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(sections.indexOf('Wat is verstrekt')).toBeGreaterThanOrEqual(0);
    expect(sections.indexOf('Wat is verstrekt')).toBeLessThan(sections.indexOf('Over deze verstrekking'));
    await checkAccessibility(liaison, 'disclosures-12-receipt');
    const pdfHref = await liaison.getByRole('link', { name: 'Afdrukken (pdf)' }).getAttribute('href');
    const pdf = await liaison.request.get(`${h.baseUrl}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    writeFileSync('test-results/e2e/disclosures-receipt.pdf', await pdf.body());
    // A youth's file is not theirs to open, even with its address.
    await liaison.goto(`${h.baseUrl}/jongeren/${youthId}/verstrekkingen`);
    await liaison.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    expect((await liaison.request.get(`${h.baseUrl}/api/youths/${youthId}/disclosures`)).status()).toBe(404);
  });
});
