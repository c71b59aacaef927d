// CoMensha in the browser: the mentor tries to register without consent and
// is refused with the reason in Dutch; records the youth's consent with the
// signed form; registers; opens the copy as PDF. Elsewhere the reasoning for
// not registering is recorded. The designated officer sees the registration
// counted in the organisation's register. Every page is scanned with axe.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { seedYouth } from '../server/src/platform/db/seed.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, SCREENSHOTS, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';
const SIGNED_FORM = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('CoMensha: consent first, then the registration', () => {
  let h: Harness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  const step = (page: Page, name: string) => page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name, exact: true });

  async function openFile(page: Page, name: string) {
    await page.goto(`${h.baseUrl}/jongeren`);
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await step(page, 'CoMensha').click();
    await page.getByRole('heading', { level: 2, name: 'CoMensha' }).waitFor();
  }

  async function fillRegistration(page: Page) {
    await page.getByLabel('Vorm van uitbuiting').selectOption('sexual');
    await page.getByLabel('Periode').fill('Van de zomer tot de herfst van dit jaar');
    await page.getByLabel('Gemeente of regio').fill('Zeestad');
    await page.getByLabel('Online (sociale media, chat, games)').check();
    await page.getByLabel('Loverboymethode (verliefd gemaakt)').check();
    await page.getByLabel('Werk of strafbare feiten waartoe de jongere is gedwongen').fill('Moest met mannen afspreken in hotels.');
    await page.getByLabel('Signalen die tot de melding leidden').fill('Laat terug op de groep, cadeaus, een nieuwe telefoon.');
    await page.getByLabel('Aangifte', { exact: true }).selectOption('considered');
    await page.getByLabel('Geboden hulp').fill('Opvang op de meidengroep; traumabehandeling gestart.');
    await page.getByLabel('Waar verblijft de jongere nu?').fill('Woongroep Noord');
  }

  async function submitRegistration(page: Page) {
    await page.getByRole('button', { name: 'Melding vastleggen', exact: true }).last().click();
    const dialog = page.getByRole('dialog', { name: 'Melding vastleggen en verstrekken?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ja, melding vastleggen' }).click();
  }

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    // A file of its own: the demo world already registered Sanne and Jayden.
    const q = h.database.unsafeSystemQuery;
    const provider = await q.selectFrom('organisations').select('id').where('slug', '=', 'de-haven').executeTakeFirstOrThrow();
    const userId = async (email: string) => (await q.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    await seedYouth(h.database, {
      organisationId: provider.id,
      firstName: 'Amira',
      lastName: 'Janssen',
      dateOfBirth: '2009-06-01',
      caseTeam: [{ userId: await userId('mentor@dehaven.demo'), teamRole: 'lead' }, { userId: await userId('behandelaar@dehaven.demo') }],
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('refuses a registration without consent and accepts it with the signed consent', async () => {
    const mentor = await pageFor();
    await signInAndEnrol(mentor, h.baseUrl, 'mentor@dehaven.demo', PASSWORD);
    await openFile(mentor, 'Amira Janssen');
    await mentor.getByText('Nog niets vastgelegd').waitFor();
    await checkAccessibility(mentor, 'comensha-01-nothing-recorded');

    // Without consent: the server refuses, and the form says why.
    await mentor.getByRole('button', { name: 'Melding vastleggen' }).click();
    await expect.poll(() => mentor.getByLabel('Toestemming waarop de melding rust').inputValue()).toBe('');
    await fillRegistration(mentor);
    await submitRegistration(mentor);
    const summary = mentor.getByRole('alert').filter({ hasText: 'Niet alles is goed ingevuld' });
    await summary.waitFor();
    await expect.poll(() => summary.innerText()).toContain('Zonder uitdrukkelijke toestemming kan er niet bij CoMensha worden gemeld');
    await expect.poll(() => mentor.evaluate(() => document.activeElement?.classList.contains('baken-error-summary'))).toBe(true);
    await checkAccessibility(mentor, 'comensha-02-refused-without-consent');
    await mentor.getByRole('button', { name: 'Annuleren' }).click();

    // The youth (17) signs herself; the signed form goes with it.
    await mentor.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await expect.poll(() => mentor.getByLabel('Gegeven door').inputValue()).toBe('youth');
    await mentor.getByLabel('Naam van wie tekende').fill('Amira Janssen');
    await mentor.getByLabel(/^Waarvoor is toestemming gegeven\?/).fill('Melding bij CoMensha van de gegevens op het meldingsformulier.');
    await mentor.getByLabel(/^Getekende verklaring/).setInputFiles({ name: 'toestemming.pdf', mimeType: 'application/pdf', buffer: SIGNED_FORM });
    await checkAccessibility(mentor, 'comensha-03-consent-form');
    await mentor.getByRole('button', { name: 'Toestemming opslaan' }).click();
    await mentor.getByText('De toestemming is vastgelegd.').waitFor();
    await mentor.getByText('Geldig voor een melding', { exact: true }).waitFor();
    await mentor.getByRole('link', { name: 'Getekende verklaring downloaden' }).waitFor();
    await checkAccessibility(mentor, 'comensha-04-consent-recorded');

    // With consent: accepted, recorded as a disclosure, the copy as PDF.
    await mentor.getByRole('button', { name: 'Melding vastleggen' }).click();
    await expect.poll(() => mentor.getByLabel('Toestemming waarop de melding rust').inputValue()).not.toBe('');
    await fillRegistration(mentor);
    await expect.poll(() => mentor.getByLabel('Besloten door').locator('option:checked').innerText()).toContain('Fatima Behandelaar');
    await submitRegistration(mentor);
    await mentor.getByText('De melding is vastgelegd. Druk het afschrift af of stuur het naar CoMensha.').waitFor();
    await mentor.getByText('Gemeld bij CoMensha', { exact: true }).waitFor();
    // Registered: there is no reasoning against registering left to record.
    expect(await mentor.getByRole('button', { name: 'Afweging vastleggen' }).count()).toBe(0);
    await checkAccessibility(mentor, 'comensha-05-registered');

    const copy = mentor.getByRole('link', { name: /Afschrift openen \(pdf\)/ }).first();
    const pdf = await mentor.request.get(new URL((await copy.getAttribute('href'))!, h.baseUrl).href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
    writeFileSync(`${SCREENSHOTS}/comensha-copy.pdf`, await pdf.body());

    // Another youth: no registration, with the reasoning.
    await openFile(mentor, 'Aylin Demir');
    await mentor.getByRole('button', { name: 'Afweging vastleggen' }).click();
    await mentor.getByLabel('Reden').selectOption('youthRefused');
    await mentor.getByLabel('Toelichting', { exact: true }).fill('Aylin wil niet dat haar gegevens buiten De Haven komen. Over een maand bespreken we het opnieuw.');
    await mentor.getByRole('button', { name: 'Afweging opslaan' }).click();
    await mentor.getByText('De afweging is vastgelegd.').waitFor();
    await mentor.getByText('Niet gemeld', { exact: true }).waitFor();
    await checkAccessibility(mentor, 'comensha-06-not-registered');

    // The designated officer's register counts it.
    const officer = await pageFor();
    await signInAndEnrol(officer, h.baseUrl, 'aandacht@dehaven.demo', PASSWORD);
    await officer.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Toezicht' }).click();
    await officer.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'CoMensha' }).click();
    await officer.getByRole('heading', { level: 1, name: 'CoMensha-meldingen' }).waitFor();
    const year = String(new Date().getFullYear());
    const perYear = officer.getByRole('table', { name: 'Meldingen per jaar' });
    // This year: the demo's registration of Sanne and this one.
    await expect.poll(() => perYear.getByRole('row', { name: new RegExp(`^${year}`) }).innerText()).toMatch(/2\s+0\s+0\s+2/);
    await officer.getByRole('table', { name: '3 meldingen' }).getByRole('link', { name: 'Amira Janssen' }).waitFor();
    // Other demo files hold a reasoning too (the worked care files); the count follows the demo.
    await officer.getByRole('table', { name: /^\d+ dossiers$/ }).getByRole('row', { name: /Aylin Demir/ }).getByRole('cell', { name: 'De jongere weigert' }).waitFor();
    // Consent not asked yet is open work, listed apart from the reasonings.
    await officer.getByRole('heading', { level: 2, name: 'Nog te doen: toestemming vragen' }).waitFor();
    await officer.getByRole('table', { name: '1 dossier waarin de toestemming nog gevraagd moet worden' }).getByRole('rowheader', { name: 'Sara Haddou' }).waitFor();
    expect(await officer.getByRole('table', { name: /^\d+ dossiers$/ }).getByText('Nog niet gevraagd').count()).toBe(0);
    await checkAccessibility(officer, 'comensha-07-register');
  });
});
