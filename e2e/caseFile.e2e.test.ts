// The case-file journey on the demo world: a case worker signs in with two
// steps, creates a youth and adds a colleague to the case team; a colleague
// outside the team is refused, uses break-the-glass, and the access shows in
// the file's "who looked" view; the designated officer reviews it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol, totpNow } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';

describe('case file journey (demo world)', () => {
  let h: Harness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });
  const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name });

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('runs from two-step sign-in through break-the-glass to its review', async () => {
    // A case worker signs in for the first time: password, then setting up the app.
    const mentor = await pageFor();
    await mentor.goto(`${h.baseUrl}/jongeren`);
    await mentor.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await checkAccessibility(mentor, 'file-01-sign-in');
    const mentorSecret = await signInAndEnrol(mentor, h.baseUrl, 'mentor@dehaven.demo', PASSWORD, 'file-02');
    // Back where the mentor was going, with the demo banner on the page.
    await mentor.getByRole('heading', { level: 1, name: 'Jongeren' }).waitFor();
    await mentor.getByText('Alle personen en gegevens hier zijn verzonnen.').waitFor();

    // Signing in again asks for the code from the app.
    await mentor.getByRole('button', { name: 'Uitloggen' }).click();
    await mentor.getByText('U bent uitgelogd.').waitFor();
    await mentor.getByLabel('E-mailadres').fill('mentor@dehaven.demo');
    await mentor.getByLabel('Wachtwoord').fill(PASSWORD);
    await mentor.getByRole('button', { name: 'Inloggen' }).click();
    await mentor.getByRole('heading', { level: 1, name: 'Tweede stap: code invullen' }).waitFor();
    await checkAccessibility(mentor, 'file-04-mfa-challenge');
    await mentor.getByLabel('Code uit de app').fill(totpNow(mentorSecret, 1));
    await mentor.getByRole('button', { name: 'Bevestigen' }).click();
    await mentor.getByRole('heading', { level: 1, name: /Welkom, Eva Mentor/ }).waitFor();
    await checkAccessibility(mentor, 'file-03-home');

    // The youth list holds the six files of the mentor's case teams.
    await menu(mentor, 'Jongeren').click();
    await mentor.getByRole('table', { name: '6 dossiers' }).waitFor();
    await checkAccessibility(mentor, 'file-05-youth-list');
    await mentor.getByLabel('Naam').fill('san');
    await mentor.getByRole('button', { name: 'Zoeken' }).click();
    await mentor.getByRole('table', { name: '1 dossier gevonden' }).waitFor();
    expect(await mentor.getByRole('link', { name: 'Sanne Visser' }).count()).toBe(1);

    // A new file: bad input is explained field by field and saves nothing.
    await mentor.getByRole('link', { name: 'Nieuw dossier' }).click();
    await mentor.getByLabel('Achternaam').fill('Jansen');
    await mentor.getByLabel('Geboortedatum').fill('2010-05-17');
    await mentor.getByLabel(/^BSN/).fill('123456789');
    await mentor.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await mentor.getByText('Voornaam: Vul dit veld in.').waitFor();
    await mentor.getByText('BSN: Dit BSN klopt niet: het voldoet niet aan de elfproef.').waitFor();
    await checkAccessibility(mentor, 'file-06-new-youth-errors');
    await mentor.getByLabel('Voornaam').fill('Mila');
    await mentor.getByLabel(/^BSN/).fill('111222333');
    await mentor.getByLabel('Woonsituatie').selectOption('openResidential');
    await mentor.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await mentor.getByRole('heading', { level: 1, name: 'Mila Jansen' }).waitFor();
    await mentor.getByText('Het dossier is aangemaakt.').waitFor();
    await checkAccessibility(mentor, 'file-07-overview');
    const fileUrl = mentor.url();
    // The page title never carries the youth's name (browser history, open tabs).
    expect(await mentor.title()).toBe('Overzicht — Dossier — Baken');

    // Changing the details.
    await mentor.getByRole('link', { name: 'Gegevens wijzigen' }).click();
    await mentor.getByLabel('Telefoonnummer').fill('06-12345678');
    await checkAccessibility(mentor, 'file-07b-edit-youth');
    await mentor.getByRole('button', { name: 'Opslaan' }).click();
    await mentor.getByText('De gegevens zijn opgeslagen.').waitFor();
    await mentor.getByText('06-12345678').waitFor();

    // The case team: add a colleague.
    await tab(mentor, 'Casusteam').click();
    await mentor.getByLabel('Collega', { exact: true }).selectOption({ label: 'Daan Hulpverlener (Mentor / hulpverlener)' });
    await mentor.getByRole('button', { name: 'Toevoegen aan casusteam' }).click();
    await mentor.getByText('Daan Hulpverlener is toegevoegd aan het casusteam.').waitFor();
    await mentor.getByRole('rowheader', { name: 'Daan Hulpverlener' }).waitFor();
    await checkAccessibility(mentor, 'file-08-case-team');

    // The journal: a dated note.
    await tab(mentor, 'Journaal').click();
    await mentor.getByLabel('Notitie', { exact: true }).fill('Mila vertelt over een nieuwe vriend die haar ophaalt met de auto.');
    await mentor.getByRole('button', { name: 'Notitie opslaan' }).click();
    await mentor.getByText('Mila vertelt over een nieuwe vriend').waitFor();
    await checkAccessibility(mentor, 'file-09-journal');

    // A colleague outside the case team finds no file and is refused at the door.
    const outsider = await pageFor();
    await signInAndEnrol(outsider, h.baseUrl, 'veiligheid@dehaven.demo', PASSWORD);
    await outsider.goto(fileUrl);
    await outsider.getByRole('heading', { level: 1, name: 'Noodtoegang gebruiken' }).waitFor();
    await outsider.getByText('U hoort niet bij het casusteam van dit dossier.').waitFor();
    await checkAccessibility(outsider, 'file-10-refused');

    // Break the glass: by name and date of birth, with a reason.
    await menu(outsider, 'Noodtoegang').click();
    await outsider.getByLabel('Naam van de jongere').fill('Mila Jansen');
    await outsider.getByLabel('Geboortedatum').fill('2010-05-17');
    await outsider.getByRole('button', { name: 'Zoeken' }).click();
    await checkAccessibility(outsider, 'file-11-break-glass-search');
    await outsider.getByRole('link', { name: 'Openen met noodtoegang Mila Jansen' }).click();
    await outsider.getByLabel('Waarom heeft u dit dossier nu nodig?').fill('Te kort');
    await outsider.getByRole('button', { name: 'Noodtoegang gebruiken' }).click();
    await outsider.getByText(/Leg in minstens 15 tekens uit/).first().waitFor();
    await outsider.getByLabel('Waarom heeft u dit dossier nu nodig?').fill('Mila is vannacht niet teruggekomen en de politie belt; het casusteam is niet bereikbaar.');
    await outsider.getByRole('button', { name: 'Noodtoegang gebruiken' }).click();
    await outsider.getByRole('heading', { level: 1, name: 'Mila Jansen' }).waitFor();
    await outsider.getByText('U gebruikt noodtoegang').waitFor();
    expect(await outsider.getByRole('link', { name: 'Gegevens wijzigen' }).count()).toBe(0);
    // Reading only: no note can be added with emergency access.
    await tab(outsider, 'Journaal').click();
    await outsider.getByText('Mila vertelt over een nieuwe vriend').waitFor();
    expect(await outsider.getByRole('button', { name: 'Notitie opslaan' }).count()).toBe(0);
    await tab(outsider, 'Overzicht').click();
    await checkAccessibility(outsider, 'file-12-break-glass-open');

    // The case team sees who looked, and why: first one line per person per day.
    await mentor.goto(fileUrl);
    await tab(mentor, 'Wie keek mee').click();
    const days = mentor.getByRole('table', { name: /Wie keek mee in het dossier van Mila Jansen, per persoon per dag/ });
    await days.waitFor();
    const joris = days.getByRole('row').filter({ hasText: 'Joris Veiligheid' });
    // All of Joris's use today in one row: refused, then the glass broken, then reading.
    expect(await joris.count()).toBe(1);
    const jorisText = await joris.innerText();
    expect(jorisText).toContain('Noodtoegang');
    expect(jorisText).toContain('Reden: Mila is vannacht niet teruggekomen en de politie belt');
    expect(jorisText).toMatch(/\d+ keer geweigerd/);
    for (const part of ['Toegang geweigerd', 'Noodtoegang gebruikt', 'Dossier geopend', 'Journaal gelezen']) expect(jorisText).toContain(part);
    // Times to the second, on the Dutch clock.
    expect(jorisText).toMatch(/\d{2}:\d{2}:\d{2} tot \d{2}:\d{2}:\d{2}/);
    expect(await joris.evaluate((row) => row.classList.contains('baken-access-breakglass'))).toBe(true);
    // The mentor's own look at this view is on record too, and not highlighted.
    const eva = days.getByRole('row').filter({ hasText: 'Eva Mentor' });
    expect(await eva.first().innerText()).toContain('"Wie keek mee" bekeken');
    expect(await eva.first().evaluate((row) => row.classList.contains('baken-access-breakglass'))).toBe(false);
    await checkAccessibility(mentor, 'file-13-who-looked');

    // Every event, when asked for.
    await mentor.getByRole('button', { name: 'Alle gebeurtenissen' }).click();
    await expect(mentor.getByRole('button', { name: 'Alle gebeurtenissen' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const log = mentor.getByRole('table', { name: 'Wie keek mee in het dossier van Mila Jansen, nieuwste eerst' });
    await log.waitFor();
    const breakGlassRow = log.getByRole('row').filter({ hasText: 'Joris Veiligheid' }).filter({ hasText: 'Noodtoegang gebruikt' });
    await breakGlassRow.first().waitFor();
    await expect(breakGlassRow.first().innerText()).resolves.toContain('de politie belt');
    await log.getByRole('row').filter({ hasText: 'Joris Veiligheid' }).filter({ hasText: 'Toegang geweigerd' }).first().waitFor();
    await log.getByRole('row').filter({ hasText: 'Joris Veiligheid' }).filter({ hasText: 'Dossier geopend' }).first().waitFor();
    expect(await log.getByRole('row').filter({ hasText: 'Joris Veiligheid' }).count()).toBeGreaterThan(3);
    await checkAccessibility(mentor, 'file-13b-who-looked-all');
    await mentor.getByRole('button', { name: 'Per persoon per dag' }).click();
    await days.waitFor();

    // The designated officer reviews the break-the-glass access.
    const officer = await pageFor();
    await signInAndEnrol(officer, h.baseUrl, 'aandacht@dehaven.demo', PASSWORD);
    // On no case team: the start page says so, not "in your 0 files".
    await menu(officer, 'Start').click();
    await officer.getByText(/^U zit nog in geen casusteam\./).waitFor();
    expect(await officer.getByText('Er is nu niets dat aandacht vraagt in uw dossiers.').count()).toBe(0);
    // Oversight sits in a disclosure menu: a button that opens a list of links.
    const oversight = officer.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Toezicht' });
    expect(await oversight.getAttribute('aria-expanded')).toBe('false');
    expect(await menu(officer, 'Noodtoegang beoordelen').count()).toBe(0);
    await oversight.click();
    expect(await oversight.getAttribute('aria-expanded')).toBe('true');
    await menu(officer, 'Noodtoegang beoordelen').click();
    await officer.getByRole('heading', { name: 'Joris Veiligheid opende het dossier van Mila Jansen' }).waitFor();
    await checkAccessibility(officer, 'file-14-review-list');
    await officer.getByLabel('Uw oordeel').selectOption('justified');
    await officer.getByRole('button', { name: 'Oordeel opslaan' }).click();
    await officer.getByText('Uw oordeel is opgeslagen.').waitFor();
    await officer.getByText('Er is geen noodtoegang om te beoordelen.').waitFor();
    // By keyboard: Enter opens it, Escape closes it and gives focus back to its button.
    await oversight.focus();
    await officer.keyboard.press('Enter');
    await menu(officer, 'Logboek').waitFor();
    await officer.keyboard.press('Tab');
    await officer.keyboard.press('Escape');
    expect(await oversight.getAttribute('aria-expanded')).toBe('false');
    expect(await oversight.evaluate((el) => el === document.activeElement)).toBe(true);
    await officer.keyboard.press('Enter');
    await menu(officer, 'Logboek').click();
    const trail = officer.getByRole('table', { name: 'Gebeurtenissen, nieuwste eerst' });
    await trail.waitFor();
    await checkAccessibility(officer, 'file-15-audit-log');
    // Narrowed to one person and one youth: Joris's events in Mila's file, to the second.
    await officer.getByLabel('Persoon').selectOption({ label: 'Joris Veiligheid' });
    await officer.getByLabel('Naam van de jongere').fill('m');
    await officer.getByRole('button', { name: 'Zoeken' }).click();
    await officer.getByText('Vul minstens 2 letters in van de naam van de jongere.').waitFor();
    await officer.getByLabel('Naam van de jongere').fill('mila jan');
    await officer.getByRole('button', { name: 'Zoeken' }).click();
    await trail.getByRole('row').filter({ hasText: 'Noodtoegang gebruikt' }).first().waitFor();
    const cells = await trail.getByRole('row').allInnerTexts();
    const body = cells.slice(1);
    expect(body.length).toBeGreaterThan(0);
    for (const row of body) {
      expect(row).toContain('Joris Veiligheid');
      expect(row).toContain('Mila Jansen');
      expect(row).toMatch(/\d{2}:\d{2}:\d{2}/);
    }
    // The youth's name is not in the address; the person is.
    expect(officer.url()).toContain('persoon=');
    expect(officer.url().toLowerCase()).not.toContain('mila');
    await checkAccessibility(officer, 'file-15a-audit-log-filtered');

    // Before an idle timeout the user is warned and can stay signed in (the browser's clock runs ahead).
    await officer.clock.install();
    await officer.reload();
    await officer.getByRole('table', { name: 'Gebeurtenissen, nieuwste eerst' }).waitFor();
    await officer.clock.fastForward('27:30');
    await officer.getByRole('dialog', { name: 'U wordt bijna uitgelogd' }).waitFor();
    await checkAccessibility(officer, 'file-15b-timeout-warning');
    await officer.getByRole('button', { name: 'Ingelogd blijven' }).click();
    await officer.getByRole('dialog', { name: 'U wordt bijna uitgelogd' }).waitFor({ state: 'hidden' });

    // The admin's log: the same person filter, no youth's name to search by or to read.
    const admin = await pageFor();
    await signInAndEnrol(admin, h.baseUrl, 'beheer@dehaven.demo', PASSWORD);
    await admin.goto(`${h.baseUrl}/logboek`);
    const adminTrail = admin.getByRole('table', { name: 'Gebeurtenissen, nieuwste eerst' });
    await adminTrail.waitFor();
    expect(await admin.getByLabel('Naam van de jongere').count()).toBe(0);
    await admin.getByLabel('Persoon').selectOption({ label: 'Joris Veiligheid' });
    await admin.getByRole('button', { name: 'Zoeken' }).click();
    await adminTrail.getByRole('row').filter({ hasText: 'Noodtoegang gebruikt' }).first().waitFor();
    const adminRows = (await adminTrail.getByRole('row').allInnerTexts()).slice(1).join('\n');
    expect(adminRows).toContain('Een dossier');
    expect(adminRows).not.toContain('Mila');
    await checkAccessibility(admin, 'file-15c-audit-log-admin');

    // Removing a case-team member asks first.
    await mentor.goto(fileUrl);
    await tab(mentor, 'Casusteam').click();
    await mentor.getByRole('button', { name: 'Uit casusteam halen Daan Hulpverlener' }).click();
    await mentor.getByRole('dialog', { name: 'Uit het casusteam halen?' }).waitFor();
    await checkAccessibility(mentor, 'file-16-confirm-remove');
    await mentor.getByRole('dialog').getByRole('button', { name: 'Uit casusteam halen' }).click();
    await mentor.getByText('Daan Hulpverlener is uit het casusteam gehaald.').waitFor();

    // The session list, with this session marked.
    await mentor.getByRole('link', { name: 'Mijn sessies' }).click();
    await mentor.getByText('Deze sessie', { exact: true }).waitFor();
    await checkAccessibility(mentor, 'file-17-sessions');
  });
});
