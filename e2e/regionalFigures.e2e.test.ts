// The regional figures in the browser, on the demo world: Zeestad's policy
// officer opens the figures, sees per measure a chart with a table, small
// counts as "< 5", the funnel with the demo estimate; enters an estimate with
// mistakes (Dutch messages) and then right; the region's care coordinator sees
// the figures of its three municipalities. Every page is scanned with axe.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { loadDemoRegionalFigures } from '../server/src/modules/regionalFigures/regionalFigures.demo.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';
const SHOTS = process.env.BAKEN_SHOTS_DIR;

describe('regional figures', () => {
  let browser: Browser;
  let h: Harness;
  const contexts: BrowserContext[] = [];

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  const field = (page: Page, label: RegExp) => page.getByLabel(label).and(page.locator('input, select, textarea'));
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    const q = h.database.unsafeSystemQuery;
    const id = async (slug: string) => (await q.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    // The demo world may already load the figures; load them here only if it does not.
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM regional_figure_region_municipalities`.execute(q);
    if (rows[0]!.n === 0) await loadDemoRegionalFigures(h.database, { municipalityId: await id('zeestad'), regionId: await id('kustregio'), providerId: await id('de-haven') });
  }, 180_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it("the policy officer sees Zeestad's figures with small counts hidden, and enters the estimate", async () => {
    const officer = await pageFor();
    await signInAndEnrol(officer, h.baseUrl, 'beleid@zeestad.demo', PASSWORD);
    await officer.getByRole('link', { name: 'Cijfers' }).first().click();
    await officer.getByRole('heading', { level: 1, name: 'Regionale cijfers' }).waitFor();
    await officer.getByText('Geteld voor gemeentecode(s): GM9901.').waitFor();
    for (const name of ['Van schatting tot zorg', 'Nieuwe signalen', 'Jongeren met zorg over seksuele uitbuiting', 'Meldingen bij CoMensha', 'Jongeren nieuw in gespecialiseerde zorg', 'Vermissingen'])
      await officer.getByRole('heading', { level: 2, name }).waitFor();
    // Every count in the tables is a number, "< 5" or "x"; the demo's few youths make at least one "< 5".
    const cells = await officer.locator('table tbody td').allInnerTexts();
    expect(cells.length).toBeGreaterThan(30);
    expect(cells.filter((c) => c !== 'Nog niet ingevuld').every((c) => /^(\d+|< 5|x)$/.test(c))).toBe(true);
    expect(cells).toContain('< 5');
    // A measure with no quarter shown as a number gets a sentence instead of empty axes.
    let withoutChart = 0;
    for (const section of await officer.locator('section[aria-labelledby^="rf-"]:not([aria-labelledby="rf-funnel"]):not([aria-labelledby="rf-how"])').all()) {
      const quarters = (await section.locator('table tbody td').allInnerTexts()).slice(0, 4);
      const noneShown = quarters.every((c) => !/^\d+$/.test(c));
      expect(await section.getByText(/^Geen grafiek: alle aantallen/).count()).toBe(noneShown ? 1 : 0);
      expect(await section.locator('figure').count()).toBe(noneShown ? 0 : 1);
      if (noneShown) withoutChart += 1;
    }
    expect(withoutChart).toBeGreaterThan(0);
    // The demo estimate with its source.
    await officer.getByText(/Bron: Verzonnen voor de demo/).waitFor();
    await checkAccessibility(officer, 'regionalFigures-01-officer');
    await shot(officer, '01-officer');

    await field(officer, /^Geschat aantal slachtoffers in/).fill('');
    await field(officer, /^Bron van de schatting/).fill('   ');
    await officer.getByRole('button', { name: 'Schatting opslaan' }).click();
    const summary = officer.locator('.baken-error-summary');
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toContain('Geschat aantal slachtoffers');
    expect(text).toContain('Bron van de schatting');
    await checkAccessibility(officer, 'regionalFigures-02-estimate-errors');
    await shot(officer, '02-estimate-errors');

    await field(officer, /^Geschat aantal slachtoffers in/).fill('45');
    await field(officer, /^Bron van de schatting/).fill('Regionaal onderzoek Kustregio 2026');
    await officer.getByRole('button', { name: 'Schatting opslaan' }).click();
    await officer.getByText('De schatting is opgeslagen.').waitFor();
    await officer.getByText('Bron: Regionaal onderzoek Kustregio 2026').waitFor();
    const funnel = officer.getByRole('table', { name: /^Schatting, meldingen en zorg in/ });
    expect(await funnel.locator('tbody tr').first().locator('td').innerText()).toBe('45');

    // Another year: the estimate is per year.
    await field(officer, /^Jaar$/).selectOption(String(new Date().getFullYear() - 1));
    await officer.getByRole('table', { name: `Schatting, meldingen en zorg in ${new Date().getFullYear() - 1}` }).waitFor();
    await officer.getByRole('cell', { name: 'Nog niet ingevuld' }).waitFor();
    await checkAccessibility(officer, 'regionalFigures-03-last-year');

    // The CSV link points at the same year.
    const href = await officer.getByRole('link', { name: /downloaden \(CSV\)/ }).getAttribute('href');
    expect(href).toBe(`/api/regional-figures/export?year=${new Date().getFullYear() - 1}`);
  });

  it("the region's care coordinator sees the figures of its three municipalities", async () => {
    const coordinator = await pageFor();
    await signInAndEnrol(coordinator, h.baseUrl, 'zorgcoordinator@kustregio.demo', PASSWORD);
    await coordinator.goto(`${h.baseUrl}/cijfers`);
    await coordinator.getByRole('heading', { level: 1, name: 'Regionale cijfers' }).waitFor();
    await coordinator.getByText('Geteld voor gemeentecode(s): GM9901, GM9902, GM9903.').waitFor();
    await checkAccessibility(coordinator, 'regionalFigures-04-coordinator');
    await shot(coordinator, '04-coordinator');
  });
});
