// First run in the browser: the one-time setup link creates the organisation
// and its administrator, who sets up two-step verification, creates a team and
// a colleague, and hands out the activation link; the colleague activates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { issueSetupLinkIfEmpty } from '../server/src/modules/organisations/organisations.service.js';
import type { Platform } from '../server/src/platform/http/app-types.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol, totpNow } from './support.js';

describe('first run', () => {
  let h: Harness;
  let browser: Browser;

  beforeAll(async () => {
    h = await startHarness();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('turns the setup link into an administrator who adds a colleague', async () => {
    const link = await issueSetupLinkIfEmpty({ database: h.database, config: h.config } as Platform);
    expect(link).toMatch(/\/inrichten#/);

    const admin = await dutchContext(browser);
    const page = await admin.newPage();
    await page.goto(`${h.baseUrl}/inloggen`);
    await page.getByText('Baken is nog niet ingericht').waitFor();
    await checkAccessibility(page, 'setup-01-sign-in-before-setup');

    await page.goto(link!.replace(h.config.baseUrl, h.baseUrl));
    await page.getByRole('heading', { level: 1, name: 'Baken inrichten' }).waitFor();
    // The token leaves the address bar once read.
    expect(new URL(page.url()).hash).toBe('');
    await page.getByLabel('Naam van de organisatie').fill('Jeugdhulp Testhaven');
    await page.getByLabel('Uw naam').fill('Anna Beheerder');
    await page.getByLabel('Uw e-mailadres').fill('anna@testhaven.example');
    await page.getByLabel('Kies een wachtwoord').fill('te kort');
    await page.getByRole('button', { name: 'Organisatie en beheerder aanmaken' }).click();
    await page.getByText('Kies een wachtwoord van minstens 12 tekens.').first().waitFor();
    await checkAccessibility(page, 'setup-02-validation');
    await page.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Organisatie en beheerder aanmaken' }).click();

    await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' }).waitFor();
    await checkAccessibility(page, 'setup-03-mfa-intro');
    await page.getByRole('button', { name: 'QR-code tonen' }).click();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code uit de app').fill('000000');
    await page.getByRole('button', { name: 'Code bevestigen' }).click();
    await page.getByText('De code klopt niet of is verlopen').waitFor();
    await page.getByLabel('Code uit de app').fill(totpNow(secret));
    await page.getByRole('button', { name: 'Code bevestigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bewaar uw herstelcodes' }).waitFor();
    expect(await page.locator('.baken-recovery-codes li').count()).toBe(10);
    await page.getByLabel('Ik heb de herstelcodes veilig bewaard').check();
    await page.getByRole('button', { name: 'Verder naar Baken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welkom, Anna Beheerder' }).waitFor();
    await checkAccessibility(page, 'setup-04-home-admin');
    // The admin manages people; there is no way into case files from the menu.
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jongeren' }).count()).toBe(0);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Teams' }).click();
    await page.getByLabel('Naam van het team').fill('Woongroep Oost');
    await page.getByRole('button', { name: 'Team aanmaken' }).click();
    await page.getByText('Team "Woongroep Oost" is aangemaakt.').waitFor();
    await checkAccessibility(page, 'setup-05-teams');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await page.getByLabel('E-mailadres').fill('bas@testhaven.example');
    await page.getByLabel('Naam').fill('Bas Mentor');
    await page.getByLabel(/Mentor \/ hulpverlener/).check();
    await page.getByLabel('Woongroep Oost').check();
    await checkAccessibility(page, 'setup-06-new-user');
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    const activation = await page.getByTestId('activation-link').innerText();
    expect(activation).toMatch(/\/activeren#/);
    await checkAccessibility(page, 'setup-07-activation-link');
    await page.getByRole('link', { name: 'Terug naar gebruikers' }).click();
    await page.getByRole('cell', { name: 'bas@testhaven.example' }).waitFor();
    await page.getByText('Nog niet geactiveerd').waitFor();
    await checkAccessibility(page, 'setup-08-users');
    await page.getByRole('link', { name: 'Bas Mentor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bas Mentor' }).waitFor();
    await checkAccessibility(page, 'setup-08b-edit-user');
    await page.getByRole('button', { name: 'Deactiveren' }).click();
    await page.getByRole('dialog', { name: 'Bas Mentor deactiveren?' }).waitFor();
    // The safe choice has focus in a destructive dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inloggen via organisatie' }).click();
    await page.getByLabel('Adres van de identiteitsprovider (issuer)').waitFor();
    await checkAccessibility(page, 'setup-08c-single-sign-on');

    // The colleague activates the account in a browser of their own.
    const colleague = await dutchContext(browser);
    const other = await colleague.newPage();
    await other.goto(activation.replace(h.config.baseUrl, h.baseUrl));
    await other.getByLabel('Nieuw wachtwoord').fill('mijn eigen lange wachtwoord');
    await other.getByLabel('Herhaal het wachtwoord').fill('mijn eigen lange wachtwoord!');
    await other.getByRole('button', { name: 'Account activeren' }).click();
    await other.getByText('De twee wachtwoorden zijn niet gelijk.').first().waitFor();
    await other.getByLabel('Herhaal het wachtwoord').fill('mijn eigen lange wachtwoord');
    await other.getByRole('button', { name: 'Account activeren' }).click();
    await other.getByText('Uw account is actief.').waitFor();
    await checkAccessibility(other, 'setup-09-activated');
    await signInAndEnrol(other, h.baseUrl, 'bas@testhaven.example', 'mijn eigen lange wachtwoord');
    await other.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jongeren' }).click();
    await other.getByText('U heeft nog geen dossiers.').waitFor();
    await checkAccessibility(other, 'setup-10-empty-youth-list');
    await colleague.close();
    await admin.close();
  });
});
