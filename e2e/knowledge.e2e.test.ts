// The knowledge base in the browser: a case worker searches "vermissing",
// narrows it to the tips for the police, opens a link to one tip, and follows
// the link beside the tips of the missing page to the knowledge base's topic.
// Every page is scanned with axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';
const SHOTS = process.env.KNOWLEDGE_SHOTS;

describe('the knowledge base', () => {
  let h: Harness;
  let browser: Browser;
  let sanne: string;

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    sanne = (await h.database.unsafeSystemQuery.selectFrom('youths').select('id').where('first_name', '=', 'Sanne').where('last_name', '=', 'Visser').executeTakeFirstOrThrow()).id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('answers a search, filters by audience, opens one tip and is linked from the missing page', async () => {
    const context = await dutchContext(browser);
    const page = await context.newPage();
    await signInAndEnrol(page, h.baseUrl, 'mentor@dehaven.demo', PASSWORD);

    // Everything at first: the topics as an index, the tips per topic with their source.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennisbank' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisbank' }).waitFor();
    const index = page.getByRole('navigation', { name: 'Onderwerpen' });
    await expect.poll(() => index.getByRole('link').count()).toBe(8);
    await page.getByText('Bron: handreiking zorg en politie (2024), hoofdstuk 9').first().waitFor();
    expect(await page.getByRole('link', { name: 'Naar de onderwerpen' }).count()).toBe(8);
    await checkAccessibility(page, 'knowledge-01-all');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/knowledge-01-all.png`, fullPage: true });

    // "vermissing": the tips about it, with the word in their text or under the topic of that name.
    await page.getByLabel('Zoek in de kennisbank').fill('vermissing');
    await expect.poll(() => page.url()).toContain('zoek=vermissing');
    const dontCall = page.locator('#tip-dontCallTooOften');
    await dontCall.waitFor();
    // Each tip's own address, under a label one can read (it was a bare "#").
    const permalink = dontCall.getByRole('link', { name: 'Link naar deze tip' });
    expect(await permalink.innerText()).toBe('Link naar deze tip');
    expect(await permalink.getAttribute('href')).toBe('#tip-dontCallTooOften');
    await expect.poll(() => page.locator('#tip-exploiterNotLoverboy').count()).toBe(0);
    const status = page.getByRole('status').filter({ hasText: 'gevonden' });
    const allCount = Number((await status.innerText()).match(/^(\d+) tips/)![1]);
    expect(allCount).toBeGreaterThan(10);

    // For the police: fewer, each for the police or for care and police together, the care tip gone.
    await page.getByLabel('Voor wie').selectOption({ label: 'Politie' });
    await expect.poll(() => page.url()).toContain('voor=police');
    await page.locator('#tip-restrictiveMeasuresLaw').waitFor();
    await expect.poll(() => dontCall.count()).toBe(0);
    const policeCount = Number((await status.innerText()).match(/^(\d+) tips?/)![1]);
    expect(policeCount).toBeGreaterThan(0);
    expect(policeCount).toBeLessThan(allCount);
    const badges = await page.locator('.baken-knowledge__tip .baken-knowledge__audience').allInnerTexts();
    expect(badges).toHaveLength(policeCount);
    expect(new Set(badges)).toEqual(new Set(['Politie', 'Zorg en politie samen']));
    await checkAccessibility(page, 'knowledge-02-missing-police');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/knowledge-02-missing-police.png`, fullPage: true });

    // Accents and case do not matter: "COÖRDINATOR" finds the care coordinator.
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await page.getByLabel('Zoek in de kennisbank').fill('ZORGCOÖRDINATOR');
    await page.locator('#tip-knowTheCareCoordinator').waitFor();
    // Nothing found: the page says so.
    await page.getByLabel('Zoek in de kennisbank').fill('xylofoon');
    await page.getByText('Geen tips gevonden.').waitFor();

    // A link to one tip opens the page at that tip.
    await page.goto(`${h.baseUrl}/kennisbank#tip-dontCallTooOften`);
    await dontCall.waitFor();
    await expect.poll(() => dontCall.evaluate((el) => el === document.activeElement)).toBe(true);

    // From the missing page of a file: the tips, closed under the work until opened, end with a link to their topic in the knowledge base.
    await page.goto(`${h.baseUrl}/jongeren/${sanne}/vermissing`);
    const tipsToggle = page.getByText(/^Tips bij dit onderdeel \(\d+\)$/);
    await tipsToggle.waitFor();
    expect(await page.getByRole('link', { name: 'Meer tips over vermissing en weglopen in de kennisbank' }).isVisible()).toBe(false);
    // The keyboard opens it: the summary takes focus and Enter toggles it.
    await tipsToggle.focus();
    await page.keyboard.press('Enter');
    const more = page.getByRole('link', { name: 'Meer tips over vermissing en weglopen in de kennisbank' });
    await more.waitFor();
    await checkAccessibility(page, 'knowledge-03-missing-page');
    await more.click();
    await page.getByRole('heading', { level: 1, name: 'Kennisbank' }).waitFor();
    expect(new URL(page.url()).search).toBe('?onderwerp=missing');
    expect(await page.getByLabel('Onderwerp').inputValue()).toBe('missing');
    // One topic: its heading and its tips only, no index of topics.
    await page.getByRole('heading', { level: 2, name: 'Vermissing en weglopen' }).waitFor();
    expect(await page.locator('section.baken-knowledge__topic').count()).toBe(1);
    expect(await index.count()).toBe(0);
    await checkAccessibility(page, 'knowledge-04-topic-missing');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/knowledge-04-topic-missing.png`, fullPage: true });

    // The municipality's topic shows the checklist's actions and practice examples.
    await page.getByLabel('Onderwerp').selectOption({ label: 'Beleid van de gemeente' });
    await page.getByRole('heading', { level: 3, name: 'Uit de praktijk' }).waitFor();
    await page.getByText('Bron: checklist gemeenten, check 1').first().waitFor();
    // A case worker has no municipal checklist to go to.
    expect(await page.getByRole('link', { name: /Naar de checklist van uw gemeente/ }).count()).toBe(0);
    await checkAccessibility(page, 'knowledge-05-municipal');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/knowledge-05-municipal.png`, fullPage: true });

    // In English: the same page, the English texts and sources.
    await page.goto(`${h.baseUrl}/kennisbank?onderwerp=policeReport&zoek=lvb`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Knowledge base' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Police report and criminal case' }).waitFor();
    await page.getByText('Source: care and police guide (2024), chapter 8').first().waitFor();
    await checkAccessibility(page, 'knowledge-06-english');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/knowledge-06-english.png`, fullPage: true });
    await context.close();
  });

  it('is there for the municipality’s policy officer too, with the way to the checklist', async () => {
    const context = await dutchContext(browser);
    const page = await context.newPage();
    await signInAndEnrol(page, h.baseUrl, 'beleid@zeestad.demo', PASSWORD);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennisbank' }).click();
    await page.getByLabel('Voor wie').selectOption({ label: 'Gemeente' });
    await page.getByRole('heading', { level: 2, name: 'Beleid van de gemeente' }).waitFor();
    // The municipality's tips only: its own topic, nothing for care or police.
    expect(await page.locator('section.baken-knowledge__topic').count()).toBe(1);
    expect(new Set(await page.locator('.baken-knowledge__tip .baken-knowledge__audience').allInnerTexts())).toEqual(new Set(['Gemeente']));
    await page.getByRole('link', { name: 'Naar de checklist van uw gemeente, met de acties en het actieplan' }).waitFor();
    await checkAccessibility(page, 'knowledge-07-policy-officer');
    await context.close();
  });
});
