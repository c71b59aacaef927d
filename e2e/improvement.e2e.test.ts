// Improvement plans in the browser, on the demo world with the demo inspection
// rounds and plans: the inspector adds a point for Jeugdzorg De Haven and
// follows up an action, records a good practice and downloads the round's and
// the provider's PDFs; De Haven's quality officer opens its own inspection,
// adds an action to the new point with a colleague as owner and downloads its
// own PDF. Every page is scanned with axe; screenshots go to /tmp/h25-shots.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { loadDemoInspection } from '../server/src/modules/inspection/inspection.demo.js';
import { loadDemoImprovement } from '../server/src/modules/inspection/improvement/improvement.demo.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';
const SHOTS = process.env.H25_SHOTS ?? 'test-results/e2e';

describe('improvement plans and the provider’s own inspection', () => {
  let browser: Browser;
  let h: Harness;
  const contexts: BrowserContext[] = [];
  let rounds: Awaited<ReturnType<typeof loadDemoInspection>>;

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  const field = (page: Page, label: string) =>
    page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(niet verplicht\\))?$`)).and(page.locator('input, select, textarea'));
  async function download(page: Page, linkName: string, file: string): Promise<string> {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
    const path = `${SHOTS}/${file}`;
    await d.saveAs(path);
    return path;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD), { bare: true });
    const org = async (slug: string) => (await h.database.unsafeSystemQuery.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    const inspectorate = await org('inspectie');
    const provider = await org('de-haven');
    rounds = await loadDemoInspection(h.database, inspectorate, { linkedProviderSlug: 'de-haven' });
    await loadDemoImprovement(h.database, inspectorate, provider, rounds);
  }, 180_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('the inspector adds a point, follows up an action, records a good practice and downloads the reports', async () => {
    const page = await pageFor();
    await signInAndEnrol(page, h.baseUrl, 'inspecteur@inspectie.demo', PASSWORD);
    await page.goto(`${h.baseUrl}/inspectie/rondes/${rounds.followUpRoundId}/verbeterplannen?aanbieder=${rounds.linkedProviderId}`);
    await page.getByRole('heading', { level: 1, name: /^Verbeterplannen: Vervolgtoezicht/ }).waitFor();
    await page.getByRole('table', { name: 'Verbeterplannen per aanbieder' }).waitFor();
    await page.getByText('Deze aanbieder werkt in Baken en vult de acties zelf in.').waitFor();
    await checkAccessibility(page, 'h25-improvement-inspector');

    // A point without an expectation is refused with the field message; then with one.
    await field(page, 'Wat moet verbeteren?').fill('Bespreek na elke vermissing met de politie wat de jongere vertelde, en leg het vast.');
    await page.getByRole('button', { name: 'Verbeterpunt opslaan' }).click();
    await page.getByRole('alert').getByText('Kies minstens één verwachting waar dit verbeterpunt over gaat.').waitFor();
    await page.getByLabel(/^2\.2\.3 /).check();
    await page.getByRole('button', { name: 'Verbeterpunt opslaan' }).click();
    await page.getByText('Het verbeterpunt is opgeslagen.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Verbeterpunt 4' }).waitFor();
    // The inspector sharpens the point's words; the form comes filled in.
    await page.getByRole('button', { name: 'Verbeterpunt 4 wijzigen' }).click();
    const edit = page.getByRole('form', { name: 'Verbeterpunt wijzigen' });
    await edit.getByLabel('Wat moet verbeteren?').fill('Bespreek na elke vermissing met de politie wat de jongere vertelde, en leg dat vast in het dossier.');
    await edit.getByRole('button', { name: 'Verbeterpunt opslaan' }).click();
    await page.getByText('Het verbeterpunt is opgeslagen.').waitFor();
    await page.getByText('Bespreek na elke vermissing met de politie wat de jongere vertelde, en leg dat vast in het dossier.').waitFor();

    // Follow-up: "not yet sufficient" without words is refused, then accepted.
    await page.getByRole('button', { name: /^Opvolging vastleggen: Vier medewerkers/ }).click();
    await field(page, 'Oordeel').selectOption('notYetSufficient');
    await page.getByRole('button', { name: 'Opvolging opslaan' }).click();
    await page.getByRole('alert').getByText(/Schrijf op wat er nog ontbreekt/).waitFor();
    await field(page, 'Toelichting').fill('Stuur de inschrijvingen voor de training.');
    await page.getByRole('button', { name: 'Opvolging opslaan' }).click();
    await page.getByText('De opvolging is opgeslagen.').waitFor();
    await page.getByText(/Nog niet voldoende op .*: Stuur de inschrijvingen voor de training\./).waitFor();
    await page.getByRole('button', { name: 'Geschiedenis tonen' }).click();
    await page.getByRole('table', { name: 'Wijzigingen in het verbeterplan, nieuwste eerst' }).waitFor();
    await checkAccessibility(page, 'h25-improvement-inspector-after');
    await page.screenshot({ path: `${SHOTS}/h25-improvement-inspector.png`, fullPage: true });

    const roundPdf = await download(page, 'Rapport van de ronde (pdf)', 'h25-round.pdf');
    expect(readFileSync(roundPdf).subarray(0, 5).toString()).toBe('%PDF-');
    const providerPdf = await download(page, 'Inspectierapport van deze aanbieder (pdf)', 'h25-provider.pdf');
    expect(readFileSync(providerPdf).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await download(page, 'Alle acties als spreadsheet (csv)', 'h25-plans.csv');
    expect(readFileSync(csv, 'utf8')).toContain('Stuur de inschrijvingen voor de training.');

    // A provider that does not work in Baken: the inspector keeps its actions and changes one.
    await field(page, 'Aanbieder').selectOption({ label: 'Jeugdhulp Duinzicht (demo)' });
    await page.getByText(/^Deze aanbieder werkt niet in Baken\./).waitFor();
    await page.getByRole('button', { name: /^Wijzigen: Rooster aangepast/ }).click();
    const change = page.getByRole('form', { name: 'Actie wijzigen' });
    await change.getByLabel('Stand').selectOption('done');
    await change.getByRole('button', { name: 'Actie opslaan' }).click();
    await page.getByRole('table', { name: 'Acties bij verbeterpunt 1' }).getByText('Gereed', { exact: true }).waitFor();
    await checkAccessibility(page, 'h25-improvement-unlinked');

    await page.goto(`${h.baseUrl}/inspectie/rondes/${rounds.followUpRoundId}/goede-voorbeelden`);
    await page.getByRole('heading', { level: 1, name: /^Goede praktijkvoorbeelden: / }).waitFor();
    await page.getByRole('table', { name: 'Goede praktijkvoorbeelden in deze ronde' }).getByText('Terugkeergesprek met de wijkagent').waitFor();
    await checkAccessibility(page, 'h25-good-practices');
    await field(page, 'Aanbieder').selectOption({ label: 'Jeugdhulp Duinzicht (demo)' });
    await field(page, 'Titel').fill('Sporten buiten de deur');
    await field(page, 'Beschrijving').fill('Een vaste sportschool in de buurt waar jongeren begeleid en apart van anderen kunnen sporten.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het goede voorbeeld is opgeslagen.').waitFor();
    await page.getByRole('table', { name: 'Goede praktijkvoorbeelden in deze ronde' }).getByText('Sporten buiten de deur').waitFor();
    await checkAccessibility(page, 'h25-good-practices-after');
    await page.screenshot({ path: `${SHOTS}/h25-good-practices.png`, fullPage: true });
  });

  it("the provider's quality officer sees its own inspection, adds an action and downloads its PDF", async () => {
    const page = await pageFor();
    await signInAndEnrol(page, h.baseUrl, 'kwaliteit@dehaven.demo', PASSWORD);
    await page.goto(`${h.baseUrl}/kwaliteit/inspecties`);
    await page.getByRole('heading', { level: 1, name: 'Inspecties' }).waitFor();
    await checkAccessibility(page, 'h25-own-inspections');
    await page.screenshot({ path: `${SHOTS}/h25-own-inspections.png`, fullPage: true });
    expect(await page.getByText('Jeugdhulp Duinzicht (demo)').count()).toBe(0);
    await page.getByRole('link', { name: 'Vervolgtoezicht gespecialiseerde jeugdhulp (demo)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vervolgtoezicht gespecialiseerde jeugdhulp (demo)' }).waitFor();
    await page.getByRole('table', { name: /^Oordelen in thema 2/ }).waitFor();
    // Per theme, counted from the demo judgments: theme 2 has 6 expectations, 5 sufficient and 1 insufficient.
    const scores = page.getByRole('table', { name: 'Oordelen per thema (aantal verwachtingen)' });
    expect(await scores.getByRole('row', { name: /^2 Veiligheid/ }).getByRole('cell').allInnerTexts()).toEqual(['6', '5', '1', '0']);
    await checkAccessibility(page, 'h25-own-inspection');

    // The point the inspector just added has no actions yet: the fourth.
    const fourth = page.getByRole('article', { name: 'Verbeterpunt 4' });
    await fourth.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByRole('button', { name: 'Actie opslaan' }).click();
    await page.getByRole('alert').getByText(/Wat gaat u doen\?/).waitFor();
    await field(page, 'Wat gaat u doen?').fill('Vast overleg met de wijkagent na elke vermissing, verslag in het dossier.');
    await field(page, 'Eigenaar').selectOption({ label: 'Ingrid Kwaliteit' });
    await field(page, 'Gereed vóór').fill('2027-03-01');
    await field(page, 'Stand').selectOption('inProgress');
    await field(page, 'Voortgang').fill('Eerste overleg gepland.');
    await page.getByRole('button', { name: 'Actie opslaan' }).click();
    await page.getByText('De actie is opgeslagen.').waitFor();
    await fourth.getByRole('table').getByText('Vast overleg met de wijkagent na elke vermissing, verslag in het dossier.').waitFor();
    await checkAccessibility(page, 'h25-own-inspection-after');
    await page.screenshot({ path: `${SHOTS}/h25-own-inspection.png`, fullPage: true });
    const pdf = await download(page, 'Inspectierapport (pdf)', 'h25-own.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
