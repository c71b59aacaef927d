// The provider directory in the browser, on the demo world with the thirteen
// providers of seed 004 and De Haven: the care coordinator adds a provider
// (first with mistakes, then right), edits it and looks at its history; the
// municipality's policy officer searches with filters and opens an entry;
// De Haven's quality officer shares the date of its latest closed
// self-assessment; the coordinator archives an entry after confirming. Every
// page is scanned with axe.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { loadDemoProviderDirectory } from '../server/src/modules/providerDirectory/providerDirectory.demo.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';
const SHOTS = process.env.BAKEN_SHOTS_DIR;

describe('provider directory', () => {
  let browser: Browser;
  let h: Harness;
  const contexts: BrowserContext[] = [];
  /** Signed-in pages kept between the steps (each person enrols their second factor once). */
  let coordinator: Page;
  let officer: Page;

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  /** A form field by its label as shown, "(niet verplicht)" aside. */
  const field = (page: Page, label: string) =>
    page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(niet verplicht\\))?$`)).and(page.locator('input, select, textarea'));
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };
  const resultNames = (page: Page) => page.locator('table tbody th a').allInnerTexts();

  beforeAll(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    const q = h.database.unsafeSystemQuery;
    const region = await q.selectFrom('organisations').select('id').where('slug', '=', 'kustregio').executeTakeFirstOrThrow();
    // The demo world may already load the directory; load it here only if it does not.
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM provider_directory_entries`.execute(q);
    if (rows[0]!.n === 0) await loadDemoProviderDirectory(h.database, region.id);
    // De Haven closed a self-assessment in March, so its quality officer has a date to share.
    const haven = await q.selectFrom('organisations').select('id').where('slug', '=', 'de-haven').executeTakeFirstOrThrow();
    await sql`INSERT INTO self_assessments (organisation_id, title, framework_version, started_on, closed_at, closed_by)
      VALUES (${haven.id}, 'Zelfevaluatie (e2e)', 'e2e', '2026-01-05', '2026-03-12T10:00:00Z',
              (SELECT id FROM users WHERE email = 'kwaliteit@dehaven.demo'))`.execute(q);
  }, 180_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('the care coordinator adds a provider, fixes the mistakes, edits it and sees the history', async () => {
    coordinator = await pageFor();
    await signInAndEnrol(coordinator, h.baseUrl, 'zorgcoordinator@kustregio.demo', PASSWORD);
    await coordinator.goto(`${h.baseUrl}/aanbieders`);
    await coordinator.getByRole('heading', { level: 1, name: 'Sociale kaart: gespecialiseerde aanbieders' }).waitFor();
    await coordinator.getByText('14 aanbieders gevonden').waitFor();
    // Sorted by name.
    const names = await resultNames(coordinator);
    expect(names).toHaveLength(14);
    expect(names.slice(0, 3)).toEqual(['Bijzonder Jeugdwerk', 'De Koppeling', 'De Rading, Fides']);
    await checkAccessibility(coordinator, 'providerDirectory-01-coordinator-list');
    await shot(coordinator, '01-coordinator-list');

    await coordinator.getByRole('link', { name: 'Aanbieder toevoegen' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Aanbieder toevoegen' }).waitFor();
    await checkAccessibility(coordinator, 'providerDirectory-02-new');
    // Mistakes: no name, no kind of care, an e-mail address and website that are not.
    await field(coordinator, 'E-mailadres').fill('info@meidenhuis');
    await field(coordinator, 'Website').fill('meidenhuis.example');
    await coordinator.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    const summary = coordinator.locator('.baken-error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const summaryText = await summary.innerText();
    expect(summaryText).toContain('Naam van de aanbieder');
    expect(summaryText).toContain('Soort hulp');
    expect(summaryText).toContain('E-mailadres: Vul een e-mailadres in zoals naam@organisatie.nl');
    expect(summaryText).toContain('Website: Vul een geldig webadres in');
    await checkAccessibility(coordinator, 'providerDirectory-03-new-errors');
    await shot(coordinator, '03-new-errors');

    await field(coordinator, 'Naam van de aanbieder').fill('Meidenhuis Kust (test)');
    await field(coordinator, 'Soort hulp').selectOption('open');
    await coordinator.getByLabel('Meisjes').check();
    await coordinator.getByLabel('Licht verstandelijke beperking (LVB)').check();
    await field(coordinator, 'Aanbod en methodes').fill('Weerbaarheidstraining\nTraumabehandeling in fasen');
    await field(coordinator, 'Regio’s').fill('Kustregio');
    await field(coordinator, 'Capaciteit (aantal plekken)').fill('8');
    await field(coordinator, 'E-mailadres').fill('info@meidenhuis.example');
    await field(coordinator, 'Website').fill('https://meidenhuis.example');
    await coordinator.getByLabel('Ook gemeenten buiten de eigen regio kunnen jongeren naar deze aanbieder verwijzen').check();
    await coordinator.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Meidenhuis Kust (test)' }).waitFor();
    await coordinator.getByText('Meidenhuis Kust (test) staat op de sociale kaart.').waitFor();
    await coordinator.getByText('8 plekken').waitFor();
    await checkAccessibility(coordinator, 'providerDirectory-04-entry');
    await shot(coordinator, '04-entry');

    await coordinator.getByRole('link', { name: 'Wijzigen' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Aanbieder wijzigen: Meidenhuis Kust (test)' }).waitFor();
    await field(coordinator, 'Capaciteit (aantal plekken)').fill('10');
    await checkAccessibility(coordinator, 'providerDirectory-05-edit');
    await coordinator.getByRole('button', { name: 'Opslaan' }).click();
    await coordinator.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    await coordinator.getByRole('link', { name: 'Annuleren' }).click();
    await coordinator.getByText('10 plekken').waitFor();
    await coordinator.getByRole('button', { name: 'Geschiedenis tonen' }).click();
    await coordinator.getByText('Gewijzigd: capaciteit').waitFor();
    await coordinator.getByRole('cell', { name: 'Toegevoegd', exact: true }).waitFor();
    await checkAccessibility(coordinator, 'providerDirectory-06-history');
    await shot(coordinator, '06-history');
  });

  it('the policy officer searches with filters and opens an entry, but cannot change anything', async () => {
    officer = await pageFor();
    await signInAndEnrol(officer, h.baseUrl, 'beleid@zeestad.demo', PASSWORD);
    await officer.goto(`${h.baseUrl}/aanbieders`);
    await officer.getByText('15 aanbieders gevonden').waitFor();
    expect(await officer.getByRole('link', { name: 'Aanbieder toevoegen' }).count()).toBe(0);

    // Secured care: the seven secured providers and the two with both kinds (Pluryn – De Hoenderloo Groep, De Haven).
    await field(officer, 'Soort hulp').selectOption('secured');
    await officer.getByRole('button', { name: 'Zoeken' }).click();
    await officer.getByText('9 aanbieders gevonden').waitFor();
    await officer.getByText('Open: 0 · gesloten: 7 · open en gesloten: 2 · landelijk beschikbaar: 0').waitFor();
    // ...for boys too: Transferium, Pluryn – De Hoenderloo Groep and De Haven.
    await field(officer, 'Doelgroep').selectOption('boys');
    await officer.getByRole('button', { name: 'Zoeken' }).click();
    await officer.getByText('3 aanbieders gevonden').waitFor();
    expect(await resultNames(officer)).toEqual(['Jeugdzorg De Haven (demo)', 'Pluryn – De Hoenderloo Groep', 'Transferium']);
    expect(officer.url()).toContain('careKind=secured');
    await checkAccessibility(officer, 'providerDirectory-07-policy-filtered');
    await shot(officer, '07-policy-filtered');

    // Nationally available: Fier, Kompaan en De Bocht and the new test provider.
    await officer.getByRole('button', { name: 'Alles tonen' }).click();
    await officer.getByText('15 aanbieders gevonden').waitFor();
    await field(officer, 'Landelijk beschikbaar').selectOption('true');
    await officer.getByRole('button', { name: 'Zoeken' }).click();
    await officer.getByText('3 aanbieders gevonden').waitFor();
    expect(await resultNames(officer)).toEqual(['Fier', 'Kompaan en De Bocht', 'Meidenhuis Kust (test)']);
    // Region and free text together; nothing found shows the empty state.
    await officer.getByRole('button', { name: 'Alles tonen' }).click();
    await field(officer, 'Regio').selectOption('Kustregio');
    await field(officer, 'Zoek op naam, aanbod of regio').fill('weerbaarheid');
    await officer.getByRole('button', { name: 'Zoeken' }).click();
    await officer.getByText('1 aanbieder gevonden').waitFor();
    await field(officer, 'Zoek op naam, aanbod of regio').fill('paardrijden');
    await officer.getByRole('button', { name: 'Zoeken' }).click();
    await officer.getByText('Geen aanbieders gevonden met deze zoekopdracht.').waitFor();
    await checkAccessibility(officer, 'providerDirectory-08-policy-empty');

    await officer.getByRole('button', { name: 'Alles tonen' }).click();
    await field(officer, 'Zoek op naam, aanbod of regio').fill('asja');
    await officer.getByRole('button', { name: 'Zoeken' }).click();
    await officer.getByRole('link', { name: 'Fier' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Fier' }).waitFor();
    await officer.getByText(/Voorbeeldvermelding uit het thema-onderzoek/).waitFor();
    expect(await officer.getByRole('link', { name: 'Wijzigen' }).count()).toBe(0);
    expect(await officer.getByRole('button', { name: 'Aanbieder archiveren' }).count()).toBe(0);
    await checkAccessibility(officer, 'providerDirectory-09-policy-entry');
    await shot(officer, '09-policy-entry');
  });

  it('the quality officer of De Haven shares the date of the latest closed self-assessment', async () => {
    const quality = await pageFor();
    await signInAndEnrol(quality, h.baseUrl, 'kwaliteit@dehaven.demo', PASSWORD);
    await quality.goto(`${h.baseUrl}/aanbieders/eigen-vermelding`);
    await quality.getByRole('heading', { level: 1, name: 'Onze vermelding op de sociale kaart' }).waitFor();
    await quality.getByText('Laatst afgesloten zelfevaluatie: 12 maart 2026').waitFor();
    await quality.getByText('De datum wordt nu niet gedeeld.').waitFor();
    await checkAccessibility(quality, 'providerDirectory-10-own');
    await quality.getByRole('button', { name: 'Datum delen' }).click();
    await quality.getByText('De datum 12 maart 2026 is gedeeld.').waitFor();
    await quality.getByText(/Gedeeld: zelfevaluatie afgesloten op 12 maart 2026/).waitFor();
    await checkAccessibility(quality, 'providerDirectory-11-own-shared');
    await shot(quality, '11-own-shared');

    await officer.goto(`${h.baseUrl}/aanbieders?q=haven`);
    await officer.getByText('zelfevaluatie 12 maart 2026').waitFor();
  });

  it('the care coordinator archives an entry after confirming, and can put it back', async () => {
    await coordinator.goto(`${h.baseUrl}/aanbieders?q=meidenhuis`);
    await coordinator.getByRole('link', { name: 'Meidenhuis Kust (test)' }).click();
    await coordinator.getByRole('button', { name: 'Aanbieder archiveren' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Meidenhuis Kust (test) archiveren?' });
    await dialog.waitFor();
    await checkAccessibility(coordinator, 'providerDirectory-12-archive-confirm');
    await shot(coordinator, '12-archive-confirm');
    // Cancel first: nothing happens.
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await coordinator.getByRole('button', { name: 'Aanbieder archiveren' }).click();
    await dialog.getByRole('button', { name: 'Ja, archiveren' }).click();
    await coordinator.getByText('Meidenhuis Kust (test) is gearchiveerd.').waitFor();
    await coordinator.getByText('14 aanbieders gevonden').waitFor();
    await coordinator.getByLabel('Ook gearchiveerde aanbieders').check();
    await coordinator.getByRole('button', { name: 'Zoeken' }).click();
    await coordinator.getByText('15 aanbieders gevonden').waitFor();
    await coordinator.getByText('Gearchiveerd', { exact: true }).waitFor();
    await checkAccessibility(coordinator, 'providerDirectory-13-with-archived');
    await coordinator.getByRole('link', { name: 'Meidenhuis Kust (test)' }).click();
    await coordinator.getByText(/Deze aanbieder is gearchiveerd/).waitFor();
    await coordinator.getByRole('button', { name: 'Terugzetten op de sociale kaart' }).click();
    await coordinator.getByText('Meidenhuis Kust (test) staat weer op de sociale kaart.').waitFor();
  });
});
