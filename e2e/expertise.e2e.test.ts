// Staff expertise and the policies register in the browser: the quality
// officer records a registration and a training with its certificate for a
// case worker, sees the team ratio change, withdraws the training after a
// question; adds a protocol, records a new version with its PDF and reads the
// history; the reminders show on the start page. A case worker then reads the
// register without being able to change it, and sees their own registration's
// reminder. Every page is scanned with axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';
const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

const day = (offset: number) => {
  const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

describe('staff expertise and the policies register', () => {
  let browser: Browser;
  let h: Harness;
  const contexts: BrowserContext[] = [];

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  /** A form field by its label as shown, "(niet verplicht)" aside. */
  const field = (scope: Page | ReturnType<Page['locator']>, label: string) =>
    scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(niet verplicht\\))?$`)).and(scope.locator('input, select, textarea'));
  /** The cells of a table row, as text. */
  const cells = async (page: Page, rowName: string) => (await page.getByRole('row', { name: new RegExp(`^${rowName}`) }).locator('th, td').allInnerTexts()).map((s) => s.trim());

  beforeAll(async () => {
    browser = await launchBrowser();
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD), { bare: true });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('the quality officer keeps the expertise and policies registers; a case worker reads and is reminded', async () => {
    const officer = await pageFor();
    await signInAndEnrol(officer, h.baseUrl, 'kwaliteit@dehaven.demo', PASSWORD);

    // The register: nobody registered yet.
    await officer.goto(`${h.baseUrl}/kwaliteit/deskundigheid`);
    await officer.getByRole('heading', { level: 1, name: 'Deskundigheid van medewerkers' }).waitFor();
    await officer.getByRole('table', { name: 'Geregistreerde en niet-geregistreerde medewerkers per team' }).waitFor();
    expect(await cells(officer, 'Ambulant team Zuid')).toEqual(['Ambulant team Zuid', '2', '0', '2', '0%', '0', '0%']);
    expect(await cells(officer, 'Hele organisatie')).toEqual(['Hele organisatie', '5', '0', '5', '0%', '0', '0%']);
    await checkAccessibility(officer, 'expertise-01-register');

    // Daan: a registration expiring in 30 days. First a wrong end date: the summary names the field.
    await officer.getByRole('link', { name: 'Bekijk Daan Hulpverlener' }).click();
    await officer.getByRole('heading', { level: 2, name: 'Deskundigheid van Daan Hulpverlener' }).waitFor();
    await officer.getByRole('button', { name: 'Registratie vastleggen' }).click();
    await field(officer, 'Registratienummer').fill('110099887');
    await field(officer, 'Geregistreerd vanaf').fill(day(-700));
    await field(officer, 'Geldig tot en met').fill(day(-800));
    await officer.getByRole('button', { name: 'Registratie opslaan' }).click();
    const summary = officer.locator('.baken-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Geldig tot en met: De einddatum van de registratie moet na de begindatum liggen.');
    await checkAccessibility(officer, 'expertise-02-registration-error');
    await field(officer, 'Geldig tot en met').fill(day(30));
    await officer.getByRole('button', { name: 'Registratie opslaan' }).click();
    await officer.getByText('De registratie is opgeslagen.').waitFor();
    // The ratio changes: Zuid 1 of 2, the organisation 1 of 5; the reminder names Daan.
    await officer.getByRole('row', { name: /^Ambulant team Zuid 2 1 1 50%/ }).waitFor();
    expect(await cells(officer, 'Hele organisatie')).toEqual(['Hele organisatie', '5', '1', '4', '20%', '0', '0%']);
    await officer.getByText('Eén registratie verloopt binnen 60 dagen of is verlopen.').waitFor();

    // A training with its certificate, counting as relevant.
    await officer.getByRole('button', { name: 'Scholing vastleggen' }).click();
    await field(officer, 'Naam van de scholing').fill('Signalen van uitbuiting herkennen');
    await field(officer, 'Gegeven door').fill('Kenniscentrum Kust');
    await field(officer, 'Afgerond op').fill(day(-14));
    await officer.getByLabel('Deze scholing is geaccrediteerd (bijvoorbeeld door SKJ)').check();
    await field(officer, 'Aantal punten').fill('8');
    await officer.getByLabel('Signalen van uitbuiting herkennen', { exact: true }).check();
    await field(officer, 'Certificaat').setInputFiles({ name: 'certificaat Daan.pdf', mimeType: 'application/pdf', buffer: PDF('certificaat') });
    await checkAccessibility(officer, 'expertise-03-training-form');
    await officer.getByRole('button', { name: 'Scholing opslaan' }).click();
    await officer.getByText('De scholing is opgeslagen.').waitFor();
    const certificate = officer.getByRole('link', { name: 'Certificaat downloaden (certificaat Daan.pdf)' });
    await certificate.waitFor();
    const download = await officer.request.get(`${h.baseUrl}${await certificate.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).toString()).toContain('%PDF-');
    expect(await cells(officer, 'Hele organisatie')).toEqual(['Hele organisatie', '5', '1', '4', '20%', '1', '20%']);
    await checkAccessibility(officer, 'expertise-04-person');

    // Changed: the certificate stays linked.
    const trainingEntry = officer.locator('li', { hasText: 'Kenniscentrum Kust' });
    await trainingEntry.getByRole('button', { name: 'Wijzigen' }).click();
    await officer.getByRole('heading', { level: 3, name: 'Scholing wijzigen' }).waitFor();
    await officer.getByText('Nu gekoppeld: certificaat Daan.pdf.', { exact: false }).waitFor();
    await field(officer, 'Toelichting').fill('Tweedaagse training met terugkomdag.');
    await officer.getByRole('button', { name: 'Scholing opslaan' }).click();
    await officer.getByText('De scholing is opgeslagen.').waitFor();
    await officer.getByText('Tweedaagse training met terugkomdag.').waitFor();
    await certificate.waitFor();

    // Withdrawn after a question with a reason: out of the count, still on record.
    await trainingEntry.getByRole('button', { name: 'Uit het register halen' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Scholing uit het register halen?' });
    await dialog.waitFor();
    await checkAccessibility(officer, 'expertise-05-withdraw-dialog');
    await dialog.getByLabel('Reden').fill('Bij de verkeerde medewerker vastgelegd.');
    await dialog.getByRole('button', { name: 'Uit het register halen' }).click();
    await officer.getByText('Uit het register gehaald.', { exact: true }).waitFor();
    await officer.getByText(/Uit het register gehaald op .*: Bij de verkeerde medewerker vastgelegd\./).waitFor();
    expect(await cells(officer, 'Hele organisatie')).toEqual(['Hele organisatie', '5', '1', '4', '20%', '0', '0%']);

    // The policies register: empty, then a protocol, a new version with its PDF, and the history.
    await officer.goto(`${h.baseUrl}/protocollen`);
    await officer.getByRole('heading', { level: 1, name: 'Protocollen en beleid' }).waitFor();
    await officer.getByText('Er staan nog geen protocollen of beleidsstukken in het register.').waitFor();
    await officer.getByText('De kaders verwachten 12 soorten stukken die nog niet in het register staan:').waitFor();
    await checkAccessibility(officer, 'policies-01-empty');
    await officer.getByRole('button', { name: 'Beleidsstuk toevoegen' }).click();
    await field(officer, 'Soort stuk').selectOption('missingPersonProtocol');
    await field(officer, 'Titel').fill('Vermissingsprotocol');
    await field(officer, 'Eigenaar').selectOption({ label: 'Karin Aandachtsfunctionaris' });
    await field(officer, 'Vastgesteld op').fill(day(-100));
    await field(officer, 'Evaluatiedatum').fill(day(200));
    await officer.getByRole('button', { name: 'Opslaan' }).click();
    await officer.locator('.baken-error-summary').waitFor();
    expect(await officer.locator('.baken-error-summary').innerText()).toContain('Waar te vinden: Voeg het document toe (pdf) of vul in waar het te vinden is.');
    await field(officer, 'Waar te vinden').fill('Intranet > Kwaliteit > Vermissingen');
    await officer.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('Het beleidsstuk is toegevoegd.').waitFor();
    await officer.getByRole('heading', { level: 2, name: 'Vermissingsprotocol' }).waitFor();
    await officer.getByText('De kaders verwachten 11 soorten stukken die nog niet in het register staan:').waitFor();

    await officer.getByRole('button', { name: 'Nieuwe versie vastleggen' }).click();
    await field(officer, 'Versienummer').fill('2.0');
    await field(officer, 'Evaluatiedatum').fill(day(20));
    await field(officer, 'Document (pdf)').setInputFiles({ name: 'Vermissingsprotocol 2.0.pdf', mimeType: 'application/pdf', buffer: PDF('versie 2') });
    await field(officer, 'Wat is er veranderd').fill('Eerst 112, dan het informatieblad voor de politie.');
    await checkAccessibility(officer, 'policies-02-new-version');
    await officer.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('De nieuwe versie is vastgelegd. De vorige blijft leesbaar.').waitFor();
    const versions = officer.getByRole('table', { name: 'Alle versies van Vermissingsprotocol, de nieuwste eerst' });
    expect(await versions.getByRole('row').count()).toBe(3);
    await versions.getByRole('link', { name: 'Download Vermissingsprotocol 2.0.pdf' }).waitFor();
    await officer.getByRole('row', { name: /Vermissingsprotocol 2\.0 Karin Aandachtsfunctionaris/ }).getByText('Evaluatie over 20 dagen').waitFor();
    // A review that changes nothing: a nearer review date, without a new version.
    await officer.getByRole('button', { name: 'Eigenaar of evaluatiedatum wijzigen' }).click();
    await field(officer, 'Evaluatiedatum').fill(day(10));
    await officer.getByRole('button', { name: 'Opslaan' }).click();
    await officer.getByText('De wijziging is opgeslagen.').waitFor();
    await officer.getByRole('row', { name: /Vermissingsprotocol 2\.0 Karin Aandachtsfunctionaris/ }).getByText('Evaluatie over 10 dagen').waitFor();
    await officer.getByRole('button', { name: 'Geschiedenis tonen' }).click();
    const history = officer.getByRole('table', { name: 'Geschiedenis van Vermissingsprotocol' });
    await history.waitFor();
    expect(await history.locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual([expect.stringContaining('Eigenaar of evaluatiedatum gewijzigd'), expect.stringContaining('Nieuwe versie'), expect.stringContaining('Toegevoegd')]);
    await checkAccessibility(officer, 'policies-03-detail');

    // The start page reminds the quality officer of both.
    await officer.goto(`${h.baseUrl}/`);
    await officer.getByRole('heading', { level: 2, name: 'Registraties die aandacht vragen' }).waitFor();
    await officer.getByRole('link', { name: 'Daan Hulpverlener' }).waitFor();
    await officer.getByRole('heading', { level: 2, name: 'Beleid om te evalueren' }).waitFor();
    await officer.getByRole('link', { name: 'Vermissingsprotocol', exact: true }).waitFor();
    await checkAccessibility(officer, 'expertise-06-start-page');

    // Daan, a case worker: his own reminder on the start page; the register to read, not to change.
    const daan = await pageFor();
    await signInAndEnrol(daan, h.baseUrl, 'hulpverlener@dehaven.demo', PASSWORD);
    await daan.goto(`${h.baseUrl}/`);
    await daan.getByRole('heading', { level: 2, name: 'Uw registratie' }).waitFor();
    await daan.getByText('Verloopt over 30 dagen').waitFor();
    await checkAccessibility(daan, 'expertise-07-own-reminder');
    await daan.goto(`${h.baseUrl}/protocollen`);
    await daan.getByRole('link', { name: 'Vermissingsprotocol', exact: true }).first().click();
    await daan.getByRole('heading', { level: 2, name: 'Vermissingsprotocol' }).waitFor();
    await daan.getByText('U kunt de stukken lezen en downloaden.', { exact: false }).waitFor();
    expect(await daan.getByRole('button', { name: 'Beleidsstuk toevoegen' }).count()).toBe(0);
    expect(await daan.getByRole('button', { name: 'Nieuwe versie vastleggen' }).count()).toBe(0);
    expect(await daan.getByRole('button', { name: 'Intrekken' }).count()).toBe(0);
    const pdf = await daan.request.get(`${h.baseUrl}${await daan.getByRole('link', { name: 'Download Vermissingsprotocol 2.0.pdf' }).first().getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    await checkAccessibility(daan, 'policies-04-case-worker');

    // The quality officer withdraws the protocol after a question; it stays in the register.
    await officer.goto(`${h.baseUrl}/protocollen`);
    await officer.getByRole('link', { name: 'Vermissingsprotocol', exact: true }).first().click();
    await officer.getByRole('button', { name: 'Intrekken' }).click();
    const withdraw = officer.getByRole('dialog', { name: 'Beleidsstuk intrekken?' });
    await withdraw.waitFor();
    await withdraw.getByLabel('Reden').fill('Opgegaan in het veiligheidsbeleid.');
    await withdraw.getByRole('button', { name: 'Intrekken' }).click();
    await officer.getByText('Het beleidsstuk is ingetrokken.').waitFor();
    await officer.getByRole('row', { name: /Vermissingsprotocol/ }).first().getByText('Ingetrokken').waitFor();
    await checkAccessibility(officer, 'policies-05-withdrawn');
  }, 180_000);
});
