// Case conferences in the browser, on the demo world: the care coordinator of
// the Kustregio convenes a zorgtafel with De Haven and the police; De Haven's
// designated officer joins and brings in a pseudonymous case and a named one
// (with the disclosure form and its confirmation); the police liaison joins
// and sees only what was brought in, never a link to the file. Every page is
// scanned with axe.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';
const SHOTS = process.env.BAKEN_SHOTS_DIR;
const TITLE = 'Zorgtafel Kustregio (e2e)';

describe('case conferences', () => {
  let browser: Browser;
  let h: Harness;
  const contexts: BrowserContext[] = [];
  let conferenceUrl = '';
  let coordinator: Page;

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  const field = (page: Page, label: string) =>
    page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(niet verplicht\\))?$`)).and(page.locator('input, select, textarea'));
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
  }, 180_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('the care coordinator convenes a conference with De Haven and the police', async () => {
    coordinator = await pageFor();
    await signInAndEnrol(coordinator, h.baseUrl, 'zorgcoordinator@kustregio.demo', PASSWORD);
    await coordinator.goto(`${h.baseUrl}/zorgtafels`);
    await coordinator.getByRole('heading', { level: 1, name: 'Zorgtafels' }).waitFor();
    await coordinator.getByRole('button', { name: 'Zorgtafel beleggen' }).click();
    await coordinator.getByRole('heading', { level: 2, name: 'Nieuwe zorgtafel beleggen' }).waitFor();
    await checkAccessibility(coordinator, 'caseConferences-01-convene');
    // A mistake first: an organisation that does not work in Baken.
    await field(coordinator, 'Naam van de zorgtafel').fill(TITLE);
    await field(coordinator, 'Datum en tijd').fill('2026-12-01T10:00');
    await field(coordinator, 'Plaats').fill('Stadskantoor, zaal 2');
    await field(coordinator, 'Uit te nodigen organisaties').fill('de-haven\npolitie-nergens');
    await coordinator.getByRole('button', { name: 'Zorgtafel beleggen' }).click();
    await coordinator.locator('.baken-error-summary').getByText(/geen organisatie met deze korte naam/).waitFor();
    await field(coordinator, 'Uit te nodigen organisaties').fill('de-haven\npolitie-kust');
    await coordinator.getByRole('button', { name: 'Zorgtafel beleggen' }).click();
    await coordinator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    conferenceUrl = new URL(coordinator.url()).pathname;
    expect(conferenceUrl).toMatch(/^\/zorgtafels\/[0-9a-f-]{36}$/);
    await coordinator.getByText('Er staat nog geen casus op de agenda.').waitFor();
    await checkAccessibility(coordinator, 'caseConferences-02-conference-new');
    await shot(coordinator, '02-conference-new');
  });

  it('the designated officer joins and brings in a pseudonymous and a named case', async () => {
    const officer = await pageFor();
    await signInAndEnrol(officer, h.baseUrl, 'aandacht@dehaven.demo', PASSWORD);
    await officer.goto(`${h.baseUrl}/zorgtafels`);
    await officer.getByRole('heading', { level: 2, name: 'Uitnodigingen voor uw organisatie' }).waitFor();
    await checkAccessibility(officer, 'caseConferences-03-invitation');
    await shot(officer, '03-invitation');
    await officer.getByRole('button', { name: `Deelnemen: ${TITLE}` }).click();
    await officer.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    await officer.getByRole('link', { name: 'Casus inbrengen' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Casus inbrengen' }).waitFor();
    await officer.getByRole('radio', { name: /Zonder naam/ }).check();
    await field(officer, 'Initialen').fill('S.B.');
    await field(officer, 'Leeftijd').fill('14');
    await field(officer, 'Regio').fill('Kustregio');
    await field(officer, 'Wat wilt u bespreken?').fill('Meisje met een veel oudere vriend; de school meldt verzuim. Wie herkent dit?');
    await checkAccessibility(officer, 'caseConferences-04-bring-in-pseudonymous');
    await officer.getByRole('button', { name: 'Casus inbrengen' }).click();
    await officer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await officer.getByRole('heading', { level: 3, name: /Initialen S\.B\., 14 jaar, regio Kustregio/ }).waitFor();

    await officer.getByRole('link', { name: 'Casus inbrengen' }).click();
    await officer.getByRole('radio', { name: /Met naam/ }).check();
    const youth = field(officer, 'Jongere');
    await youth.selectOption({ index: 1 });
    const youthName = (await youth.locator('option:checked').innerText()).trim();
    await field(officer, 'Wat wilt u bespreken?').fill('Drie keer vermist in zes weken. Vraag aan politie: lopen er onderzoeken die de bescherming raken?');
    await field(officer, 'Doel van het delen').fill('Bescherming en opsporing afstemmen aan de zorgtafel');
    // Without a legal ground and the rest, the server names what is missing and nothing is shared.
    await officer.getByRole('button', { name: 'Casus inbrengen' }).click();
    await officer.locator('.baken-error-summary').waitFor();
    await checkAccessibility(officer, 'caseConferences-05-bring-in-named-errors');
    await officer.locator('input[name="legalGround"][value="vitalInterest"]').check();
    await officer.locator('input[name="secrecyGround"][value="consent"]').check();
    await officer.locator('#field-categories-identity').check();
    await officer.locator('textarea[name="why.identity"]').fill('De politie moet kunnen nagaan of de jongere bekend is.');
    await officer.locator('#field-categories-exploitation').check();
    await officer.locator('textarea[name="why.exploitation"]').fill('De signalen zijn de reden van de bespreking.');
    const decider = officer.locator('select[name="decidedById"]');
    await expect.poll(() => decider.locator('option').count()).toBeGreaterThan(1);
    await decider.selectOption({ index: 1 });
    await officer.locator('input[name="youthInformed"][value="yes"]').check();
    await shot(officer, '05-bring-in-named');
    await officer.getByRole('button', { name: 'Casus inbrengen' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Gegevens delen met de zorgtafel?' });
    await dialog.waitFor();
    await checkAccessibility(officer, 'caseConferences-06-confirm');
    await dialog.getByRole('button', { name: 'Ja, inbrengen' }).click();
    await officer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await officer.getByRole('heading', { level: 3, name: new RegExp(youthName) }).waitFor();
    // The bringing organisation has the way to its own file.
    expect(await officer.getByRole('link', { name: 'Dossier openen (alleen uw organisatie)' }).count()).toBe(1);
    await checkAccessibility(officer, 'caseConferences-07-conference-cases');
    await shot(officer, '07-conference-cases');
    // On the file, the disclosures page says where the youth was discussed.
    const file = await officer.getByRole('link', { name: 'Dossier openen (alleen uw organisatie)' }).getAttribute('href');
    await officer.goto(`${h.baseUrl}${file}/verstrekkingen`);
    const section = officer.locator('section[aria-labelledby="file-conferences"]');
    await section.getByRole('link', { name: TITLE }).waitFor();
    await checkAccessibility(officer, 'caseConferences-07b-file-section');
    await shot(officer, '07b-file-section');
  });

  it('the police liaison joins and sees only what was brought in', async () => {
    const liaison = await pageFor();
    await signInAndEnrol(liaison, h.baseUrl, 'avim@politie-kust.demo', PASSWORD);
    // Not a participant yet: the conference itself is not there.
    await liaison.goto(`${h.baseUrl}${conferenceUrl}`);
    await liaison.getByText(/niet gevonden|bestaat niet/i).first().waitFor();
    await liaison.goto(`${h.baseUrl}/zorgtafels`);
    await liaison.getByRole('button', { name: `Deelnemen: ${TITLE}` }).click();
    await liaison.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await liaison.getByText('Drie keer vermist in zes weken', { exact: false }).waitFor();
    await liaison.getByText('Bescherming en opsporing afstemmen aan de zorgtafel').waitFor();
    expect(await liaison.getByRole('link', { name: /Dossier openen/ }).count()).toBe(0);
    expect(await liaison.locator('a[href^="/jongeren/"]').count()).toBe(0);
    // A contribution from the police: the forms wait behind a button per case.
    expect(await liaison.locator('form[aria-label^="Vastleggen"]').count()).toBe(0);
    await liaison.getByRole('button', { name: /^Bijdrage toevoegen: / }).first().click();
    const entryForm = liaison.locator('form[aria-label^="Vastleggen"]').first();
    await entryForm.getByLabel('Tekst').fill('Bekend bij de recherche; afstemmen voor gesprekken.');
    await entryForm.getByRole('button', { name: 'Vastleggen' }).click();
    await liaison.getByText('Bekend bij de recherche; afstemmen voor gesprekken.').waitFor();
    await checkAccessibility(liaison, 'caseConferences-08-police');
    await shot(liaison, '08-police');
  });

  it('the coordinator records a decision and an action for the police, marks it held and closes it after confirming', async () => {
    await coordinator.goto(`${h.baseUrl}${conferenceUrl}`);
    await coordinator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const named = coordinator.locator('.baken-conference__case').nth(1);
    await named.getByRole('button', { name: /^Bijdrage toevoegen: / }).click();
    const entry = named.locator('form[aria-label^="Vastleggen"]');
    await entry.getByLabel('Soort').selectOption('decision');
    await entry.getByLabel('Tekst').fill('Eén veiligheidsplan voor zorg en politie.');
    await entry.getByRole('button', { name: 'Vastleggen' }).click();
    await named.getByText('Eén veiligheidsplan voor zorg en politie.').waitFor();
    const action = named.locator('form[aria-label^="Actie toevoegen"]');
    // Without an owner and date the server names both; nothing is stored.
    await action.getByLabel('Wat moet er gebeuren').fill('Afstemmen met de recherche');
    await action.getByRole('button', { name: 'Actie toevoegen' }).click();
    await action.getByText('Vul dit veld in.').first().waitFor();
    await action.getByLabel('Eigenaar').selectOption({ label: 'Rachid AVIM (Politie eenheid Kust (demo))' });
    await action.getByLabel('Uiterlijk').fill('2026-12-15');
    await action.getByRole('button', { name: 'Actie toevoegen' }).click();
    await named.getByRole('cell', { name: 'Rachid AVIM (Politie eenheid Kust (demo))' }).waitFor();
    await coordinator.getByRole('button', { name: 'Markeren als gehouden' }).click();
    await coordinator.getByText('Gemarkeerd als gehouden', { exact: false }).waitFor();
    await coordinator.getByRole('button', { name: 'Zorgtafel sluiten' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Zorgtafel sluiten?' });
    await dialog.waitFor();
    await checkAccessibility(coordinator, 'caseConferences-09-close-confirm');
    await dialog.getByRole('button', { name: 'Ja, sluiten' }).click();
    await coordinator.locator('.utrecht-status-badge', { hasText: 'Gesloten' }).first().waitFor();
    // Closed: no more forms.
    expect(await coordinator.locator('form[aria-label^="Vastleggen"]').count()).toBe(0);
    await checkAccessibility(coordinator, 'caseConferences-10-closed');
    await shot(coordinator, '10-closed');
  });
});
