// The municipal checklist in the browser: the policy officer of Gemeente
// Zeestad starts this year's checklist, answers questions (one "no"), sees
// the progress as numbers, turns the "no" into an action from the check's
// suggestions with an owner and a due date in the past (marked overdue), and
// downloads the PDF. Then the demo checklist: last year's answers beside this
// year's and the comparison per check. Every page is scanned with axe.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { loadDemoChecklist } from '../server/src/modules/municipal/checklist/checklist.demo.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';
const SHOTS = process.env.MC_SHOTS ?? 'test-results/e2e';

describe('municipal checklist', () => {
  let browser: Browser;
  const harnesses: Harness[] = [];
  const contexts: BrowserContext[] = [];

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  async function world(): Promise<Harness> {
    const h = await startHarness();
    harnesses.push(h);
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD), { bare: true });
    return h;
  }
  const field = (page: Page, label: string) =>
    page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(niet verplicht\\))?$`)).and(page.locator('input, select, textarea'));
  const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    for (const h of harnesses) await h.close();
  });

  it('the policy officer answers questions, sees progress, makes an action from a "no" and downloads the PDF', async () => {
    const h = await world();
    const page = await pageFor();
    await signInAndEnrol(page, h.baseUrl, 'beleid@zeestad.demo', PASSWORD);
    const year = Number(todayInNetherlands().slice(0, 4));

    await page.goto(`${h.baseUrl}/gemeente/checklist`);
    await page.getByRole('heading', { level: 1, name: 'Checklist gemeente' }).waitFor();
    await page.getByText('Er is nog geen checklist.').waitFor();
    await checkAccessibility(page, 'municipal-checklist-01-empty');
    expect(await field(page, 'Jaar').inputValue()).toBe(String(year));
    await page.getByRole('button', { name: 'Checklist beginnen' }).click();

    await page.getByRole('heading', { level: 1, name: `Checklist ${year}` }).waitFor();
    await page.getByText('Voortgang: 0 van 24 vragen beantwoord').waitFor();
    await page.getByText('Er is geen checklist van een eerder jaar om mee te vergelijken.').waitFor();
    await checkAccessibility(page, 'municipal-checklist-02-new');

    // 1.1: yes, with evidence.
    const q11 = page.getByRole('form', { name: 'Antwoord op vraag 1.1' });
    await q11.getByLabel('Ja').check();
    await q11.getByLabel(/^Bewijs( \(niet verplicht\))?$/).fill('Raadsinformatiebrief cijfers mensenhandel');
    await q11.getByLabel(/^Link naar het bewijs/).fill('https://zeestad.demo/raad/brief');
    await q11.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await q11.getByText('Opgeslagen.').waitFor();
    // 1.2: no, with a note.
    const q12 = page.getByRole('form', { name: 'Antwoord op vraag 1.2' });
    await q12.getByLabel('Nee').check();
    await q12.getByLabel(/^Toelichting/).fill('De wijkteams houden geen aantallen bij.');
    await q12.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await q12.getByText('Opgeslagen.').waitFor();
    // A link that is not a web address: a Dutch message at the field, nothing saved.
    const q13 = page.getByRole('form', { name: 'Antwoord op vraag 1.3' });
    await q13.getByLabel('Deels').check();
    await q13.getByLabel(/^Link naar het bewijs/).fill('intranet/beleid');
    await q13.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await q13.locator('.baken-error-summary').waitFor();
    await page.getByText('Voortgang: 2 van 24 vragen beantwoord — ja 1, deels 0, nee 1, weet niet 0').waitFor();
    await page.getByText('Check 1: 2 van 4 vragen beantwoord — ja 1, deels 0, nee 1, weet niet 0').first().waitFor();
    await page.getByText(/Beantwoord door Sophie Beleid \(Gemeente Zeestad \(demo\)\)/).first().waitFor();
    await checkAccessibility(page, 'municipal-checklist-03-answered');
    await page.locator('section', { has: page.locator('#mc-overall') }).screenshot({ path: `${SHOTS}/municipal-checklist-03a-overall.png` });
    await page.locator('#vraag-1\\.3').screenshot({ path: `${SHOTS}/municipal-checklist-03b-error.png` });

    // History of 1.2.
    await page.locator('#vraag-1\\.2').getByText('Geschiedenis van dit antwoord').click();
    await page.locator('#vraag-1\\.2').getByText(/Sophie Beleid: Nee — De wijkteams houden geen aantallen bij\./).waitFor();

    // The action plan: the "no" on 1.2 becomes an action from the suggestions.
    await page.getByRole('link', { name: 'Naar het actieplan (0 acties)' }).click();
    await page.getByRole('heading', { level: 1, name: `Actieplan ${year}` }).waitFor();
    await page.getByText('Er staan nog geen acties in het actieplan.').waitFor();
    await checkAccessibility(page, 'municipal-checklist-04-plan-empty');
    await page.getByRole('button', { name: /^Overnemen: Houd als gemeente zelf bij/ }).click();
    expect(await field(page, 'Bij vraag').inputValue()).toBe('1.2');
    expect(await field(page, 'Actie').inputValue()).toBe('countLocally');
    await field(page, 'Eigenaar').fill('Sophie Beleid');
    await field(page, 'Streefdatum').fill('2020-01-31');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByText('De actie staat in het actieplan.').waitFor();
    await page.getByText('1 actie: 1 open, 0 in uitvoering, 0 klaar').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Houd als gemeente zelf bij' });
    await row.getByText('Over de streefdatum').waitFor();
    await row.getByText('31 januari 2020').waitFor();
    await page.getByText('In het actieplan', { exact: true }).waitFor();
    await checkAccessibility(page, 'municipal-checklist-05-plan');

    // Mark it in progress with a note.
    await row.getByText('Actie 1.2 bijwerken').click();
    await row.getByLabel('Status').selectOption('inProgress');
    await row.getByLabel(/^Voortgang/).fill('Telformulier gemaakt.');
    await row.getByRole('button', { name: 'Actie opslaan' }).click();
    await page.getByText('1 actie: 0 open, 1 in uitvoering, 0 klaar').waitFor();
    await shot(page, 'municipal-checklist-06-plan-updated');

    // The PDF.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF downloaden' }).click()]);
    expect(download.suggestedFilename()).toBe(`checklist-gemeente-${year}.pdf`);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("shows the demo checklist with last year's answers beside this year's and the comparison per check", async () => {
    const h = await world();
    const zeestad = (await h.database.unsafeSystemQuery.selectFrom('organisations').select('id').where('slug', '=', 'zeestad').executeTakeFirstOrThrow()).id;
    const ids = await loadDemoChecklist(h.database, zeestad);
    const page = await pageFor();
    await signInAndEnrol(page, h.baseUrl, 'beleid@zeestad.demo', PASSWORD);
    const year = Number(todayInNetherlands().slice(0, 4));
    await page.goto(`${h.baseUrl}/gemeente/checklist`);
    await page.getByRole('link', { name: `Checklist ${year - 1}` }).waitFor();
    await page.getByText('24 van 24 vragen beantwoord').waitFor();
    // This year's checklist exists: the form offers next year's, not this year again.
    await page.getByRole('heading', { level: 2, name: `Checklist ${year + 1} alvast beginnen` }).waitFor();
    expect(await field(page, 'Jaar').inputValue()).toBe(String(year + 1));
    await checkAccessibility(page, 'municipal-checklist-07-demo-list');
    await page.getByRole('link', { name: `Checklist ${year}`, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: `Checklist ${year}` }).waitFor();
    await page.getByRole('table', { name: `Per check: antwoorden dit jaar en in ${year - 1}` }).waitFor();
    await page.locator('#vraag-1\\.3').getByText(`Vorig jaar (${year - 1}): Deels — Bekend bij de wijkteams, niet bij het jongerenwerk.`).waitFor();
    await checkAccessibility(page, 'municipal-checklist-08-demo');
    await page.locator('section', { has: page.locator('#mc-compare') }).screenshot({ path: `${SHOTS}/municipal-checklist-08a-compare.png` });
    await page.locator('section', { has: page.locator('#mc-check-1') }).screenshot({ path: `${SHOTS}/municipal-checklist-08b-check1.png` });
    await page.goto(`${h.baseUrl}/gemeente/checklist/${ids.thisYearId}/actieplan`);
    await page.getByText('5 acties: 2 open, 2 in uitvoering, 1 klaar').waitFor();
    await checkAccessibility(page, 'municipal-checklist-09-demo-plan');
  });
});
