// Partners in the browser: the designated officer fills the partner list
// (and links the trafficking team to the police unit in Baken), sets the 24/7
// number, the designated officer and the substitute, records a covenant with
// the police, and sees its evaluation reminder on the start page; a case
// worker then opens "Wie bel ik?". Every page is scanned with axe. Then the
// demo directory as a case worker sees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';

const day = (offset: number) => {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

describe('partners, who to call and covenants', () => {
  let browser: Browser;
  const harnesses: Harness[] = [];
  const contexts: BrowserContext[] = [];

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  /** The demo world; bare: its people and youths without any partners, contacts or covenants yet. */
  async function world(options: { bare?: boolean } = {}): Promise<Harness> {
    const h = await startHarness();
    harnesses.push(h);
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD), options);
    return h;
  }
  /** A form field by its label as shown, "(niet verplicht)" aside. */
  const field = (page: Page, label: string) =>
    page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(niet verplicht\\))?$`)).and(page.locator('input, select, textarea'));

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    for (const h of harnesses) await h.close();
  });

  it('the designated officer fills the list, the contacts and a covenant; a case worker sees who to call', async () => {
    const h = await world({ bare: true });
    const officer = await pageFor();
    await signInAndEnrol(officer, h.baseUrl, 'aandacht@dehaven.demo', PASSWORD);

    await officer.goto(`${h.baseUrl}/partners`);
    await officer.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    await officer.getByText('De contactgegevens van uw organisatie zijn nog niet compleet').waitFor();
    await officer.getByText('Er staan nog geen partners in de lijst.').waitFor();
    await checkAccessibility(officer, 'partners-01-empty');

    // A partner with a wrong number: the error summary takes focus and names the field.
    await officer.getByRole('link', { name: 'Partner toevoegen' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Partner toevoegen' }).waitFor();
    await field(officer, 'Soort partner').selectOption('traffickingTeam');
    await field(officer, 'Naam').fill('AVIM, team mensenhandel Kust');
    await field(officer, 'Contactpersoon').fill('Rachid AVIM');
    await field(officer, 'Regio').fill('Kustregio');
    await field(officer, 'Telefoonnummer').fill('bel de meldkamer');
    await field(officer, 'Bekend terugbelnummer').fill('010-000 0111');
    await field(officer, 'E-mailadres').fill('mensenhandel@politie-kust');
    await field(officer, 'Korte naam van de politie-eenheid in Baken').fill('politie-kust');
    await officer.getByText('Hang op en bel terug op dit nummer').waitFor();
    await checkAccessibility(officer, 'partners-02-new');
    await officer.getByRole('button', { name: 'Partner toevoegen' }).click();
    const summary = officer.locator('.baken-error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByText(/Telefoonnummer: Vul een telefoonnummer in/).waitFor();
    await summary.getByText(/E-mailadres: Vul een e-mailadres in zoals naam@organisatie.nl/).waitFor();
    await checkAccessibility(officer, 'partners-03-errors');
    await field(officer, 'Telefoonnummer').fill('010-000 0110');
    await field(officer, 'E-mailadres').fill('mensenhandel@politie-kust.demo');
    await officer.getByRole('button', { name: 'Partner toevoegen' }).click();
    await officer.getByText('AVIM, team mensenhandel Kust staat nu in de partnerlijst.').waitFor();
    await officer.getByRole('table', { name: 'Team mensenhandel (AVIM)' }).getByText('Politie eenheid Kust (demo)').waitFor();

    for (const [kind, name, phone] of [
      ['communityOfficer', 'Wijkagent Zeestad-Centrum', '06-0000 0101'],
      ['veiligThuis', 'Veilig Thuis Kustregio', '010-000 0140'],
    ] as const) {
      await officer.getByRole('link', { name: 'Partner toevoegen' }).click();
      await field(officer, 'Soort partner').selectOption(kind);
      await field(officer, 'Naam').fill(name);
      await field(officer, 'Regio').fill('Kustregio');
      await field(officer, 'Telefoonnummer').fill(phone);
      await officer.getByRole('button', { name: 'Partner toevoegen' }).click();
      await officer.getByText(`${name} staat nu in de partnerlijst.`).waitFor();
    }
    // Filter by kind.
    await field(officer, 'Soort partner').selectOption('veiligThuis');
    await officer.getByRole('button', { name: 'Filteren' }).click();
    await officer.getByRole('table', { name: 'Veilig Thuis' }).waitFor();
    await expect.poll(() => officer.getByRole('table').count()).toBe(1);
    await officer.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => officer.getByRole('table').count()).toBe(3);

    // The organisation's own contacts.
    await officer.getByRole('link', { name: 'Contactgegevens van de organisatie wijzigen' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Contactgegevens van de organisatie' }).waitFor();
    await field(officer, '24-uursnummer').fill('010-000 0247');
    await field(officer, 'Aandachtsfunctionaris').selectOption({ label: 'Karin Aandachtsfunctionaris' });
    await field(officer, 'Vervanger').selectOption({ label: 'Fatima Behandelaar' });
    await checkAccessibility(officer, 'partners-04-contacts');
    await officer.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('De contactgegevens van de organisatie zijn opgeslagen.').waitFor();

    // A covenant with the police, evaluation in ten days.
    await officer.getByRole('link', { name: 'Naar de convenanten met partners' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Convenanten' }).waitFor();
    await officer.getByText('Er zijn nog geen convenanten vastgelegd.').waitFor();
    await checkAccessibility(officer, 'partners-05-covenants-empty');
    await officer.getByRole('link', { name: 'Convenant vastleggen' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Convenant vastleggen' }).waitFor();
    await field(officer, 'Titel').fill('Samenwerkingsconvenant met politie eenheid Kust');
    await field(officer, 'Partij 1: partner uit de lijst').selectOption({ label: 'AVIM, team mensenhandel Kust (Team mensenhandel (AVIM))' });
    await officer.getByRole('button', { name: 'Nog een partij toevoegen' }).click();
    await field(officer, 'Partij 2: of typ een naam').fill('Openbaar Ministerie Kust');
    await field(officer, 'Ondertekend op').fill(day(-200));
    await field(officer, 'Evaluatiedatum').fill(day(10));
    await field(officer, 'Contact leggen en vertrouwen opbouwen').fill('De wijkagent komt maandelijks langs op de woongroep.');
    await field(officer, 'Gegevensuitwisseling').fill('Elk telefonisch verzoek controleren we door terug te bellen.');
    await checkAccessibility(officer, 'partners-06-covenant-form');
    await officer.getByRole('button', { name: 'Convenant vastleggen' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Samenwerkingsconvenant met politie eenheid Kust' }).waitFor();
    await officer.getByText('Het convenant is vastgelegd.').waitFor();
    await officer.getByText('2 van de 7 thema’s afgesproken').waitFor();
    await expect.poll(() => officer.getByText('Nog niet afgesproken.').count()).toBe(5);
    await officer.getByText('Evaluatie over 10 dagen').first().waitFor();
    await checkAccessibility(officer, 'partners-07-covenant');

    // The reminder on the start page.
    await officer.goto(`${h.baseUrl}/`);
    const reminders = officer.getByRole('region', { name: 'Convenanten om te evalueren' }).or(officer.locator('section[aria-labelledby="covenant-reminders"]'));
    await reminders.getByRole('link', { name: 'Samenwerkingsconvenant met politie eenheid Kust' }).waitFor();
    await checkAccessibility(officer, 'partners-08-home-reminder');

    // Deactivating asks first.
    await officer.goto(`${h.baseUrl}/partners`);
    await officer.getByRole('link', { name: 'Veilig Thuis Kustregio wijzigen' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Partner wijzigen: Veilig Thuis Kustregio' }).waitFor();
    await officer.getByRole('button', { name: 'Partner deactiveren' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Veilig Thuis Kustregio deactiveren?' });
    await dialog.waitFor();
    await checkAccessibility(officer, 'partners-09-deactivate');
    await dialog.getByRole('button', { name: 'Ja, deactiveren' }).click();
    await officer.getByText('Veilig Thuis Kustregio is gedeactiveerd.').waitFor();
    await expect.poll(() => officer.getByRole('table', { name: 'Veilig Thuis' }).count()).toBe(0);

    // A case worker: who to call, with tel: links, and no way to change the list.
    const mentor = await pageFor();
    await signInAndEnrol(mentor, h.baseUrl, 'mentor@dehaven.demo', PASSWORD);
    await mentor.getByRole('link', { name: 'Partners' }).first().click();
    await mentor.getByRole('heading', { level: 2, name: 'Wie bel ik?' }).waitFor();
    expect(await mentor.getByRole('link', { name: '24-uursnummer van onze organisatie: 010-000 0247' }).getAttribute('href')).toBe('tel:0100000247');
    await mentor.getByText('Karin Aandachtsfunctionaris').first().waitFor();
    await mentor.getByText('Fatima Behandelaar').first().waitFor();
    expect(await mentor.getByRole('link', { name: 'Wijkagent Zeestad-Centrum bellen: 06-0000 0101' }).first().getAttribute('href')).toBe('tel:0600000101');
    await mentor.getByRole('link', { name: 'Terugbelnummer van AVIM, team mensenhandel Kust: 010-000 0111' }).first().waitFor();
    expect(await mentor.getByRole('link', { name: 'Partner toevoegen' }).count()).toBe(0);
    expect(await mentor.getByRole('link', { name: 'Contactgegevens van de organisatie wijzigen' }).count()).toBe(0);
    await checkAccessibility(mentor, 'partners-10-case-worker');
    await mentor.getByRole('link', { name: 'Naar de convenanten met partners' }).click();
    await mentor.getByRole('link', { name: 'Samenwerkingsconvenant met politie eenheid Kust' }).click();
    await mentor.getByText('Nog niet afgesproken.').first().waitFor();
    expect(await mentor.getByRole('link', { name: 'Wijzigen' }).count()).toBe(0);
    await checkAccessibility(mentor, 'partners-11-case-worker-covenant');
    // Managers' pages are not for a case worker.
    await mentor.goto(`${h.baseUrl}/partners/nieuw`);
    await mentor.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  });

  it('shows the demo directory, contacts and covenant', async () => {
    const h = await world();
    const mentor = await pageFor();
    await signInAndEnrol(mentor, h.baseUrl, 'mentor@dehaven.demo', PASSWORD);
    await mentor.goto(`${h.baseUrl}/partners`);
    await mentor.getByRole('heading', { level: 2, name: 'Wie bel ik?' }).waitFor();
    await mentor.getByText('9 partners').waitFor();
    await mentor.getByRole('table', { name: 'Team mensenhandel (AVIM)' }).getByText('Politie eenheid Kust (demo)').waitFor();
    await checkAccessibility(mentor, 'partners-20-demo');
    await mentor.getByRole('link', { name: 'Naar de convenanten met partners' }).click();
    await mentor.getByText('Evaluatie over 14 dagen').waitFor();
    await mentor.getByRole('link', { name: 'Samenwerkingsconvenant Jeugdzorg De Haven en politie eenheid Kust' }).click();
    await mentor.getByText('6 van de 7 thema’s afgesproken').waitFor();
    await checkAccessibility(mentor, 'partners-21-demo-covenant');
    // The print view: no buttons, no history, the summary only.
    await mentor.emulateMedia({ media: 'print' });
    await mentor.screenshot({ path: 'test-results/e2e/partners-22-demo-covenant-print.png', fullPage: true });
    expect(await mentor.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
  });
});
