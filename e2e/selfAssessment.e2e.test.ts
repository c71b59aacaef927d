// The self-assessment in the browser: the quality officer of De Haven opens
// Kwaliteit, starts a self-assessment, sets criteria with owner, due date,
// comments and an uploaded document, answers an indicator the files cannot
// answer, meets a colleague's change in between (the latest version is shown),
// reads an item's history, sees the summary change, downloads the PDF (read
// with pdftotext: headings, page numbers, date, references) and closes it
// after confirming. Then the designated officer reads the demo assessment.
// Every page is scanned with axe.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { loadDemoSelfAssessment } from '../server/src/modules/quality/selfAssessment/selfAssessment.demo.js';
import { startHarness, type Harness } from '../test/harness.js';
import { SCREENSHOTS, checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const day = (offset: number) => {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

describe('the self-assessment', () => {
  let browser: Browser;
  const harnesses: Harness[] = [];
  const contexts: BrowserContext[] = [];

  async function contextFor(): Promise<BrowserContext> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context;
  }
  async function world(options: { bare?: boolean } = {}): Promise<Harness> {
    const h = await startHarness();
    harnesses.push(h);
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD), options);
    return h;
  }
  const field = (scope: Page | ReturnType<Page['locator']>, label: string) =>
    scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(niet verplicht\\))?$`)).and(scope.locator('input, select, textarea'));
  /** The summary table's row for one core element: its cells as text. */
  const summaryRow = async (page: Page, ref: string) => {
    const row = page.getByRole('table', { name: 'Aantal criteria per stand, per kernelement' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${ref.replace('.', '\\.')} `) }) });
    await row.waitFor();
    return (await row.locator('td').allInnerTexts()).map((t) => t.trim());
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    for (const h of harnesses) await h.close();
  });

  it('the quality officer starts one, fills criteria and an indicator, meets a conflict, downloads the PDF and closes it', async () => {
    const h = await world({ bare: true });
    const context = await contextFor();
    const officer = await context.newPage();
    await signInAndEnrol(officer, h.baseUrl, 'kwaliteit@dehaven.demo', PASSWORD);

    await officer.goto(`${h.baseUrl}/kwaliteit`);
    await officer.getByRole('heading', { level: 1, name: 'Kwaliteit' }).waitFor();
    await officer.getByText('Er loopt geen zelfevaluatie.').waitFor();
    for (const name of ['Zelfevaluatie', 'Indicatoren', 'Deskundigheid', 'Protocollen en beleid', 'Inspecties']) await officer.locator('a.baken-task', { hasText: new RegExp(`^${name}`) }).waitFor();
    await checkAccessibility(officer, 'self-assessment-01-hub-empty');

    await officer.getByRole('link', { name: 'Zelfevaluatie starten' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Zelfevaluatie' }).waitFor();
    await officer.getByText('Er is nog geen zelfevaluatie.').waitFor();
    // Back links read alike everywhere: an arrow, then "Terug naar …" in sentence case.
    const backToQuality = officer.getByRole('link', { name: 'Terug naar kwaliteit', exact: true });
    expect(await backToQuality.innerText()).toBe('← Terug naar kwaliteit');
    expect(await backToQuality.evaluate((a) => getComputedStyle(a.closest('p')!).textTransform)).toBe('none');
    await checkAccessibility(officer, 'self-assessment-02-list-empty');
    await field(officer, 'Titel').fill('Zelfevaluatie voorjaar');
    await officer.getByRole('button', { name: 'Zelfevaluatie starten' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Zelfevaluatie voorjaar' }).waitFor();
    const assessmentUrl = officer.url();
    expect(await summaryRow(officer, '1.1')).toEqual(['2', '0', '0', '0', '0', '2', '0']);
    await officer.getByRole('heading', { level: 2, name: '1 Basiselementen' }).waitFor();
    await officer.getByRole('heading', { level: 3, name: /^1\.1 Homogene groepssamenstelling \(kwaliteitskader 1\.1\)$/ }).waitFor();
    // Computed indicators are marked and lead to the dashboard.
    await expect(officer.getByText('Berekend uit de dossiers', { exact: true }).count()).resolves.toBe(22);
    await checkAccessibility(officer, 'self-assessment-03-started');

    // "Wordt geregeld" without owner and date: the summary names both, nothing is saved.
    await officer.getByRole('button', { name: 'Criterium 1.1-c1 wijzigen' }).click();
    let form = officer.locator('form.baken-sa-form');
    await field(form, 'Stand').selectOption({ label: 'Wordt geregeld' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.locator('.baken-error-summary').waitFor();
    expect(await form.locator('.baken-error-summary li').allInnerTexts()).toEqual([
      'Eigenaar: Kies wie dit regelt: bij "wordt geregeld" hoort een eigenaar.',
      'Streefdatum: Vul in wanneer dit geregeld moet zijn: bij "wordt geregeld" hoort een streefdatum.',
    ]);
    await checkAccessibility(officer, 'self-assessment-04-criterion-errors');
    await field(form, 'Eigenaar').selectOption({ label: 'Fatima Behandelaar' });
    await field(form, 'Streefdatum').fill(day(60));
    await field(form, 'Opmerkingen').fill('Opnamebeleid wordt herschreven met het opnameoverleg.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('Criterium 1.1-c1 is opgeslagen.').waitFor();
    // Focus goes back to the button that opened the form, so a keyboard user carries on from there.
    await expect.poll(() => officer.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Criterium 1.1-c1 wijzigen');
    expect(await summaryRow(officer, '1.1')).toEqual(['1', '0', '1', '0', '0', '2', '0']);

    // "Op papier geregeld" with an uploaded document as evidence.
    await officer.getByRole('button', { name: 'Criterium 1.1-c2 wijzigen' }).focus();
    await officer.keyboard.press('Enter');
    form = officer.locator('form.baken-sa-form');
    await field(form, 'Stand').selectOption({ label: 'Op papier geregeld' });
    await field(form, 'Document als bewijs toevoegen').setInputFiles({ name: 'Opnamebeleid 2026.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByText('Toegevoegd: Opnamebeleid 2026.pdf').waitFor();
    await field(form, 'Eigenaar').selectOption({ label: 'Karin Aandachtsfunctionaris' });
    await checkAccessibility(officer, 'self-assessment-05-criterion-form');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('Criterium 1.1-c2 is opgeslagen.').waitFor();
    await officer.getByRole('link', { name: 'Opnamebeleid 2026.pdf' }).waitFor();
    expect(await summaryRow(officer, '1.1')).toEqual(['0', '0', '1', '1', '0', '2', '0']);

    // A colleague (another tab) changes 1.2-c1 while this form is open: the latest version is shown, the next save replaces it.
    await officer.getByRole('button', { name: 'Criterium 1.2-c1 wijzigen' }).click();
    form = officer.locator('form.baken-sa-form');
    await field(form, 'Stand').selectOption({ label: 'Niet geregeld' });
    await field(form, 'Opmerkingen').fill('Nog niet aan toegekomen.');
    const colleague = await context.newPage();
    await colleague.goto(assessmentUrl);
    await colleague.getByRole('button', { name: 'Criterium 1.2-c1 wijzigen' }).click();
    const other = colleague.locator('form.baken-sa-form');
    await field(other, 'Stand').selectOption({ label: 'Wordt geregeld' });
    await field(other, 'Eigenaar').selectOption({ label: 'Ingrid Kwaliteit' });
    await field(other, 'Streefdatum').fill(day(-3));
    await other.getByRole('button', { name: 'Opslaan' }).click();
    await colleague.getByText('Criterium 1.2-c1 is opgeslagen.').waitFor();
    await colleague.close();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const conflict = form.locator('.utrecht-alert--warning');
    await conflict.getByText('Iemand anders heeft dit criterium intussen gewijzigd').waitFor();
    await conflict.getByText('Wordt geregeld').waitFor();
    await expect(field(form, 'Opmerkingen').inputValue()).resolves.toBe('Nog niet aan toegekomen.');
    await checkAccessibility(officer, 'self-assessment-06-conflict');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('Criterium 1.2-c1 is opgeslagen.').waitFor();
    expect(await summaryRow(officer, '1.2')).toEqual(['1', '1', '0', '0', '0', '2', '0']);

    // A current policy of the register as evidence (the register itself is another page: put one in directly).
    const owner = await h.database.unsafeSystemQuery.selectFrom('users').select(['id', 'organisation_id']).where('email', '=', 'kwaliteit@dehaven.demo').executeTakeFirstOrThrow();
    await h.database.unsafeSystemQuery
      .insertInto('policies')
      .values({ organisation_id: owner.organisation_id, kind: 'safetyPolicy', title: 'Veiligheidsbeleid', version_label: '2.0', owner_id: owner.id, adopted_on: '2025-01-01', review_on: '2027-01-01', reference: 'Intranet > Beleid' })
      .execute();
    await officer.reload();
    await officer.getByRole('button', { name: 'Criterium 2.1-c2 wijzigen' }).click();
    form = officer.locator('form.baken-sa-form');
    await field(form, 'Stand').selectOption({ label: 'In de praktijk ingevoerd' });
    await field(form, 'Protocol of beleidsstuk uit het register').selectOption({ label: 'Veiligheidsbeleid (versie 2.0)' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('Criterium 2.1-c2 is opgeslagen.').waitFor();
    await officer.locator('li.baken-sa-item', { has: officer.locator('#criterion-2_1-c2') }).getByText('Veiligheidsbeleid (versie 2.0)').waitFor();
    expect(await summaryRow(officer, '2.1')).toEqual(['1', '0', '0', '0', '1', '2', '0']);

    // The indicator the files cannot answer.
    await officer.getByRole('button', { name: 'Indicator 2.2-i2 beantwoorden' }).click();
    form = officer.locator('form.baken-sa-form');
    await field(form, 'Antwoord').selectOption({ label: 'Voldoet gedeeltelijk' });
    await field(form, 'Toelichting').fill('Leefklimaatmeting op één groep gedaan.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('Indicator 2.2-i2 is opgeslagen.').waitFor();
    await officer.getByText('U beantwoordde 1 van de 3 vragen over indicatoren. Baken berekent daarnaast 22 indicatoren uit de dossiers.').waitFor();

    // History of 1.2-c1: the colleague's change, then this one.
    const item = officer.locator('li.baken-sa-item', { has: officer.locator('#criterion-1_2-c1') });
    await item.locator('summary', { hasText: 'Geschiedenis' }).click();
    await item.locator('.baken-sa-history > li').nth(1).waitFor();
    expect((await item.locator('.baken-sa-history > li').allInnerTexts()).map((t) => t.split('\n').pop())).toEqual([
      'Niet geregeld · “Nog niet aan toegekomen.”',
      `Wordt geregeld · Eigenaar: Ingrid Kwaliteit · Streefdatum: ${new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day(-3)}T00:00:00Z`))}`,
    ]);
    await officer.screenshot({ path: `${SCREENSHOTS}/self-assessment-07-filled.png`, fullPage: true });
    await checkAccessibility(officer, 'self-assessment-07-filled');

    // The hub shows the progress per core element.
    await officer.goto(`${h.baseUrl}/kwaliteit`);
    await officer.getByText('Zelfevaluatie voorjaar: 4 van 32 criteria beoordeeld', { exact: false }).waitFor();
    await officer.getByRole('table', { name: 'Voortgang per kernelement' }).waitFor();
    await checkAccessibility(officer, 'self-assessment-08-hub-progress');

    // The PDF, as management and partners read it.
    const id = assessmentUrl.split('/').pop()!;
    const pdf = await officer.request.get(`${h.baseUrl}/api/self-assessments/${id}/pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    mkdirSync('/tmp/h21-shots', { recursive: true });
    writeFileSync('/tmp/h21-shots/zelfevaluatie.pdf', await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', '/tmp/h21-shots/zelfevaluatie.pdf', '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain(`Pagina ${i + 1} van ${pages.length}`));
    expect(text).toContain('Zelfevaluatie voorjaar');
    expect(text).toContain('Jeugdzorg De Haven');
    expect(text).toContain('Basiselementen');
    expect(text).toMatch(/Kwaliteitskader 2015, §1\.1/);
    expect(text).toContain('Opnamebeleid wordt herschreven met het opnameoverleg.');
    expect(text).toContain('Document: Opnamebeleid 2026.pdf');
    expect(text).toContain('Protocol of beleid: Veiligheidsbeleid, versie 2.0');
    const [y, m, d] = todayInNetherlands().split('-').map(Number);
    expect(text).toContain(new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!))));

    // Closing asks first; afterwards it is read-only.
    await officer.goto(assessmentUrl);
    await officer.getByRole('button', { name: 'Zelfevaluatie afsluiten' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Zelfevaluatie afsluiten?' });
    await dialog.waitFor();
    await checkAccessibility(officer, 'self-assessment-09-close-confirm');
    await dialog.getByRole('button', { name: 'Afsluiten' }).click();
    await officer.getByText('De zelfevaluatie is afgesloten.').waitFor();
    await officer.getByText('Deze zelfevaluatie is afgesloten. U kunt haar lezen').waitFor();
    await expect(officer.getByRole('button', { name: /wijzigen$/ }).count()).resolves.toBe(0);
    await checkAccessibility(officer, 'self-assessment-10-closed');

    await officer.goto(`${h.baseUrl}/kwaliteit/zelfevaluatie`);
    await officer.getByRole('cell', { name: 'Afgesloten' }).waitFor();
    await checkAccessibility(officer, 'self-assessment-11-list');
  }, 360_000);

  it('the designated officer reads the demo assessment and cannot change it', async () => {
    const h = await world({ bare: true });
    const provider = (await h.database.unsafeSystemQuery.selectFrom('organisations').select('id').where('slug', '=', 'de-haven').executeTakeFirstOrThrow()).id;
    const id = await loadDemoSelfAssessment(h.database, provider);
    const page = await (await contextFor()).newPage();
    await signInAndEnrol(page, h.baseUrl, 'aandacht@dehaven.demo', PASSWORD);
    await page.goto(`${h.baseUrl}/kwaliteit`);
    await page.getByText('21 van 32 criteria beoordeeld', { exact: false }).waitFor();
    await checkAccessibility(page, 'self-assessment-12-hub-demo');
    await page.getByRole('link', { name: 'Naar de zelfevaluatie' }).click();
    await page.waitForURL(`**/kwaliteit/zelfevaluatie/${id}`);
    await page.getByText('U kunt deze zelfevaluatie lezen. De kwaliteitsfunctionaris vult haar in.').waitFor();
    expect(await summaryRow(page, '1.3')).toEqual(['0', '0', '1', '0', '1', '2', '1']);
    // The contents near the top: each core element with its progress, linking to its section.
    const pageNav = page.getByRole('navigation', { name: 'Op deze pagina' });
    await pageNav.getByRole('listitem').filter({ hasText: /^3\.4 Gezonde relaties, seksualiteit en intimiteit/ }).getByText(/^\d+ van (1 criterium|\d+ criteria) beoordeeld$/).waitFor();
    // As many elements as the summary table has, less its total row.
    expect(await pageNav.getByRole('listitem').count()).toBe((await page.getByRole('table', { name: 'Aantal criteria per stand, per kernelement' }).getByRole('rowheader').count()) - 1);
    const element = page.getByRole('heading', { level: 3, name: /^3\.4 Gezonde relaties/ });
    const inView = () => element.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
    expect(await inView()).toBe(false);
    await pageNav.getByRole('link', { name: /^3\.4 Gezonde relaties/ }).click();
    await page.waitForURL(`**/kwaliteit/zelfevaluatie/${id}#element-3_4`);
    await expect.poll(inView).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.getByRole('button', { name: /wijzigen$|beantwoorden$/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Zelfevaluatie afsluiten' }).count()).resolves.toBe(0);
    await checkAccessibility(page, 'self-assessment-13-demo-read');

    // The demo on paper: owners, a date past, comments, evidence, a group heading with its place in the framework.
    const pdf = await page.request.get(`${h.baseUrl}/api/self-assessments/${id}/pdf`);
    mkdirSync('/tmp/h21-shots', { recursive: true });
    writeFileSync('/tmp/h21-shots/demo.pdf', await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', '/tmp/h21-shots/demo.pdf', '-'], { encoding: 'utf8' });
    // The group kicker is letter-spaced, so pdftotext reads it with spaces between the letters.
    expect(text.replace(/ /g, '')).toContain('KWALITEITSKADER2015,§1.1–1.4');
    expect(text).toContain('Karin Aandachtsfunctionaris');
    expect(text).toContain('over de datum');
    expect(text).toContain('Document: Opnamebeleid De Haven 2025.pdf');
    expect(text).toContain('Convenant ligt bij de politie ter ondertekening; rappel gestuurd.');
    expect(text).toContain('7 van de 32 criteria zijn in de praktijk geregeld.');
  }, 180_000);
});
