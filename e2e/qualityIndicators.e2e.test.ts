// The indicator dashboard in the browser, on the demo world: the quality
// officer sees per indicator the share of the open files that meet it (the
// figures the API computes, two of them also counted here by hand from the
// demo records), a trend with its table, the CSV link and the way to the
// self-assessment, and no file names; the lead professional (here also doing
// quality work) sees the names of the files of their own case teams only, the
// rest as a count. Every page is scanned with axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sql } from 'kysely';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, SCREENSHOTS, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';

type Figure = {
  code: string;
  ref: string;
  unit: string;
  population: number;
  met: number;
  share: number | null;
  notMet: { files: { youthId: string; name: string }[]; openable: number; hidden: number };
};

describe('the indicator dashboard on the demo world', () => {
  let h: Harness;
  let browser: Browser;
  let provider: string;
  const contexts: BrowserContext[] = [];

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }

  const figuresOf = async (page: Page): Promise<Map<string, Figure>> => {
    const r = await page.request.get(`${h.baseUrl}/api/quality/indicators`);
    expect(r.status()).toBe(200);
    return new Map(((await r.json()) as { indicators: Figure[] }).indicators.map((f) => [f.code, f]));
  };

  /** The block of one indicator on the page, by its ref. */
  const block = (page: Page, ref: string) => page.locator('section.baken-indicator').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${ref.replace('.', '\\.')} `) }) });

  beforeAll(async () => {
    h = await startHarness();
    browser = await launchBrowser();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    const q = h.database.unsafeSystemQuery;
    provider = (await q.selectFrom('organisations').select('id').where('slug', '=', 'de-haven').executeTakeFirstOrThrow()).id;
    // The lead professional also does quality work here: quality.read comes with the quality officer's role.
    const lead = await q.selectFrom('users').select('id').where('email', '=', 'behandelaar@dehaven.demo').executeTakeFirstOrThrow();
    await q.insertInto('user_roles').values({ user_id: lead.id, organisation_id: provider, role: 'qualityOfficer' }).execute();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('shows the quality officer the shares the demo files hold, with no names', async () => {
    const page = await pageFor();
    await signInAndEnrol(page, h.baseUrl, 'kwaliteit@dehaven.demo', PASSWORD);
    await page.goto(`${h.baseUrl}/kwaliteit/indicatoren`);
    await page.getByRole('heading', { level: 1, name: 'Indicatoren uit de dossiers' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '2.1 Veiligheid voorop' }).waitFor();
    const figures = await figuresOf(page);

    // Two indicators counted here straight from the demo records, not through the indicator SQL.
    const db = h.database.unsafeSystemQuery;
    const count = async (query: ReturnType<typeof sql<{ n: number }>>) => (await query.execute(db)).rows[0]!.n;
    const openInCare = (days: number) => sql`y.organisation_id = ${provider} AND y.closed_on IS NULL
      AND (current_date - coalesce((SELECT pl.care_started_on FROM placements pl WHERE pl.youth_id = y.id), y.created_at::date)) >= ${days}`;
    const medicalPopulation = await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM youths y WHERE ${openInCare(14)}`);
    const phasedPopulation = await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM youths y WHERE ${openInCare(30)}`);
    const phasedMet = await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM youths y WHERE ${openInCare(30)}
      AND EXISTS (SELECT 1 FROM care_phases ph WHERE ph.youth_id = y.id AND ph.started_on <= current_date AND (ph.ended_on IS NULL OR ph.ended_on >= current_date))`);
    const registered = await count(sql<{ n: number }>`SELECT count(DISTINCT y.id)::int AS n FROM youths y JOIN comensha_registrations r ON r.youth_id = y.id
      WHERE y.organisation_id = ${provider} AND y.closed_on IS NULL`);
    expect(figures.get('phasedPlanning')).toMatchObject({ population: phasedPopulation, met: phasedMet });
    expect(figures.get('medicalDecisionsStartAndMissing')!.population).toBe(medicalPopulation);
    expect(figures.get('comenshaConsentAndCopy')!.population).toBe(registered);
    expect(phasedPopulation).toBeGreaterThan(0);

    // Every computed indicator on the page, its share as the API computed it.
    for (const f of figures.values()) {
      const section = block(page, f.ref);
      if (f.share === null) {
        await section.getByText(/Nu is deze indicator op geen enkel dossier van toepassing|Er zijn geen medewerkers/).waitFor();
      } else {
        const unit = f.unit === 'staff' ? (f.population === 1 ? 'medewerker' : 'medewerkers') : f.population === 1 ? 'dossier' : 'dossiers';
        await section.getByText(`Voldoet: ${f.met} van ${f.population} ${unit} (${Math.round(f.share * 100)}%)`).waitFor();
      }
      // No case access: no file is named, files not meeting it are a count.
      expect(f.notMet.files).toEqual([]);
      expect(await section.locator('a[href^="/jongeren/"]').count()).toBe(0);
    }
    const withHidden = [...figures.values()].find((f) => f.unit === 'files' && f.notMet.hidden > 0)!;
    await block(page, withHidden.ref).screenshot({ path: `${SCREENSHOTS}/indicators-05-officer-counts.png` });
    await block(page, withHidden.ref)
      .getByText(withHidden.notMet.hidden === 1 ? '1 dossier voldoet niet.' : `${withHidden.notMet.hidden} dossiers voldoen niet.`, { exact: false })
      .waitFor();

    await page.getByRole('link', { name: 'Cijfers downloaden (csv, alleen aantallen)' }).waitFor();
    await page.getByRole('link', { name: 'Naar de zelfevaluatie' }).waitFor();

    // The overview at the top: one row per indicator, in the order of the sections below.
    const overview = page.getByRole('table', { name: 'Overzicht', exact: true });
    await overview.waitFor();
    const overviewRefs = (await overview.getByRole('rowheader').allInnerTexts()).map((t) => t.trim().split(' ')[0]);
    const sectionRefs = (await page.locator('section.baken-indicator h3').allInnerTexts()).map((t) => t.trim().split(' ')[0]);
    expect(overviewRefs).toEqual(sectionRefs);
    expect(overviewRefs.length).toBe(figures.size);
    expect(await overview.locator('th[scope="col"]').count()).toBe(3);
    // Its share and count as the page shows them in the indicator's own section, for indicators with files to count.
    const counted = [...figures.values()].filter((f) => f.share !== null);
    expect(counted.length).toBeGreaterThanOrEqual(2);
    for (const f of [counted[0]!, counted[counted.length - 1]!]) {
      const row = overview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${f.ref.replace('.', '\\.')} `) }) });
      const [shareCell, countCell] = (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
      const shown = (await block(page, f.ref).locator('.baken-indicator__figure').innerText()).match(/Voldoet: (\d+) van (\d+) \S+ \((\d+)%\)/);
      expect(shown).not.toBeNull();
      const [, met, population, pct] = shown!;
      expect(shareCell).toBe(`${pct}%`);
      expect(countCell).toMatch(new RegExp(`^${met} van ${population} (dossier|medewerker)`));
    }
    await checkAccessibility(page, 'indicators-01-quality-officer');

    // Following an overview link from the keyboard lands on that indicator's section: the hash, the view and the focus move there.
    const last = sectionRefs[sectionRefs.length - 1]!;
    const target = `indicator-${last.replace(/\./g, '_')}`;
    const heading = page.locator(`#${target}`);
    const inView = () => heading.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
    expect(await inView()).toBe(false);
    await overview.getByRole('link', { name: new RegExp(`^${last.replace('.', '\\.')} `) }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/kwaliteit/indicatoren#${target}`);
    await expect.poll(inView).toBe(true);
    expect(await heading.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
    await page.evaluate(() => window.scrollTo(0, 0));

    // The trend's table opens from the keyboard.
    const summary = block(page, '2.3-i1').locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const table = block(page, '2.3-i1').getByRole('table');
    await table.waitFor();
    await table.getByRole('rowheader', { name: /\(nu\)/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + 12);
    await checkAccessibility(page, 'indicators-02-trend-table');
  });

  it('names to the lead professional only the files of their case teams, the others as a count', async () => {
    const page = await pageFor();
    await signInAndEnrol(page, h.baseUrl, 'behandelaar@dehaven.demo', PASSWORD);
    await page.goto(`${h.baseUrl}/kwaliteit/indicatoren`);
    await page.getByRole('heading', { level: 1, name: 'Indicatoren uit de dossiers' }).waitFor();
    const figures = await figuresOf(page);
    const db = h.database.unsafeSystemQuery;
    const lead = await db.selectFrom('users').select('id').where('email', '=', 'behandelaar@dehaven.demo').executeTakeFirstOrThrow();
    const mine = new Set((await db.selectFrom('case_team_members').select('youth_id').where('user_id', '=', lead.id).execute()).map((m) => m.youth_id));

    let named = 0;
    for (const f of figures.values()) {
      if (f.unit === 'staff') continue;
      for (const file of f.notMet.files) expect(mine.has(file.youthId)).toBe(true);
      named += f.notMet.files.length;
      const section = block(page, f.ref);
      const links = section.locator('a[href^="/jongeren/"]');
      expect(await links.count()).toBe(f.notMet.files.length);
      for (const file of f.notMet.files) await section.getByRole('link', { name: file.name }).waitFor();
      if (f.notMet.hidden > 0 && f.notMet.openable > 0) {
        await section.getByText(f.notMet.hidden === 1 ? '1 ander dossier waartoe u geen toegang hebt.' : `${f.notMet.hidden} andere dossiers waartoe u geen toegang hebt.`).waitFor();
      }
    }
    expect(named).toBeGreaterThan(0);
    // The same shares as the quality officer's: access changes the names, never the counts.
    const phased = figures.get('phasedPlanning')!;
    await block(page, phased.ref).getByText(`Voldoet: ${phased.met} van ${phased.population} dossier`, { exact: false }).waitFor();
    await checkAccessibility(page, 'indicators-03-lead');
    // Kept to look at: one indicator with the lead's names and the count of the others.
    const withNames = [...figures.values()].find((f) => f.notMet.files.length > 0 && f.notMet.hidden > 0) ?? [...figures.values()].find((f) => f.notMet.files.length > 0)!;
    await block(page, withNames.ref).screenshot({ path: `${SCREENSHOTS}/indicators-04-lead-names.png` });

    // A name opens the file.
    const first = [...figures.values()].find((f) => f.notMet.files.length > 0)!;
    await block(page, first.ref).getByRole('link', { name: first.notMet.files[0]!.name }).first().click();
    await page.waitForURL(`**/jongeren/${first.notMet.files[0]!.youthId}`);
  });
});
