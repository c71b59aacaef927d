// Police cooperation in the browser. A deliberation about a police report on a
// youth's file: the youth does not want to report, the organisation makes a
// notification, the non-punishment principle is noted, and the lead
// professional signs it off. Then a safety incident reported by a case worker,
// followed up and closed by the safety officer, and read back by the reporter.
// Every page is scanned with axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { todayInNetherlands } from '../server/src/platform/http/schemas.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';

describe('police cooperation', () => {
  let h: Harness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let youthId: string;

  const pages = new Map<string, Page>();
  /** One signed-in page per person for the whole journey: two-step set-up happens once. */
  async function pageFor(email: string): Promise<Page> {
    const known = pages.get(email);
    if (known) return known;
    const context = await dutchContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signInAndEnrol(page, h.baseUrl, email, PASSWORD);
    pages.set(email, page);
    return page;
  }
  const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    // A file without a deliberation yet, on the demo mentor's and lead's case team.
    youthId = (await h.database.unsafeSystemQuery.selectFrom('youths').select('id').where('first_name', '=', 'Jayden').where('last_name', '=', 'Kramer').executeTakeFirstOrThrow()).id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('weighs a police report with the youth, without pushing, and has it signed off', async () => {
    const mentor = await pageFor('mentor@dehaven.demo');
    await mentor.goto(`${h.baseUrl}/jongeren/${youthId}/aangifte`);
    await mentor.getByRole('heading', { level: 2, name: 'Afweging aangifte' }).waitFor();
    await mentor.getByText('Vraag de jongere niet uit').waitFor();
    await mentor.getByText('Er is nog geen afweging vastgelegd.').waitFor();
    // What the file says about LVB and trauma, beside the form.
    await mentor.getByRole('heading', { name: 'LVB en trauma in het dossier' }).waitFor();
    await checkAccessibility(mentor, 'police-01-deliberation-empty');

    await mentor.getByRole('button', { name: 'Nieuwe afweging vastleggen' }).click();
    // No answer about the youth is chosen beforehand.
    for (const name of ['Wat wil de jongere?', 'Uitkomst']) {
      expect(await group(mentor, name).getByRole('radio', { checked: true }).count(), name).toBe(0);
    }
    await mentor.getByLabel('Wie waren erbij?').fill('Jayden\nEva Mentor\nFatima Behandelaar');
    await group(mentor, 'Wat wil de jongere?').getByLabel('Wil geen aangifte doen').check();
    await mentor.getByLabel(/^Wat zei de jongere zelf\?/).fill('Ik wil niet dat hij weet dat ik het heb verteld.');
    await mentor.getByLabel(/^Angst voor wraak/).fill('Bang dat ze zijn broertje iets aandoen.');
    await group(mentor, /^Heeft de jongere tijdens de uitbuiting/).getByLabel('Mogelijk').check();
    await mentor.getByLabel(/^Toelichting op de strafbare feiten/).fill('Heeft mogelijk pakketjes rondgebracht.');
    await mentor.getByLabel('LVB of trauma').selectOption('trauma');
    await group(mentor, 'Besproken mogelijkheden').getByLabel('Melding door de hulpverlener of de organisatie').check();
    await mentor.getByLabel('De afweging: waarom is dit nu in het belang van de jongere?').fill('Zelf aangifte doen is nu te zwaar en te gevaarlijk voor hem. Een melding door de organisatie geeft de politie informatie zonder dat Jayden zelf iets hoeft te verklaren.');
    await group(mentor, 'Uitkomst').getByLabel('Er is een melding bij de politie gedaan').check();
    await mentor.getByRole('button', { name: 'Opslaan', exact: true }).click();
    // The rules answer field by field: the non-punishment principle and the date of the notification.
    const summary = mentor.locator('.baken-error-summary');
    await summary.getByText(/Hoe is het non-punishmentbeginsel besproken\?: Schrijf op hoe het non-punishmentbeginsel is besproken/).waitFor();
    await summary.getByText('Datum waarop dit is gebeurd: Vul de datum in waarop dit is gebeurd.').waitFor();
    await expect.poll(() => mentor.evaluate(() => document.activeElement?.classList.contains('baken-error-summary'))).toBe(true);
    await checkAccessibility(mentor, 'police-02-deliberation-errors');

    await mentor.getByLabel(/^Hoe is het non-punishmentbeginsel besproken\?/).fill('Aan Jayden uitgelegd dat de officier van justitie kan besluiten hem niet te vervolgen voor wat hij onder dwang deed.');
    await mentor.getByLabel(/^Datum waarop dit is gebeurd/).fill(todayInNetherlands());
    await mentor.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await mentor.getByText('Opgeslagen.').waitFor();
    const card = mentor.locator('.baken-records > li').first();
    await card.getByText('Wens van de jongere: Wil geen aangifte doen').waitFor();
    await card.getByText('Uitkomst: Er is een melding bij de politie gedaan').waitFor();
    await card.getByText('Concept').waitFor();
    await checkAccessibility(mentor, 'police-03-deliberation-saved');
    // A case worker does not sign off.
    expect(await card.getByRole('button', { name: 'Vaststellen' }).count()).toBe(0);

    const lead = await pageFor('behandelaar@dehaven.demo');
    await lead.goto(`${h.baseUrl}/jongeren/${youthId}/aangifte`);
    const leadCard = lead.locator('.baken-records > li').first();
    await leadCard.getByRole('button', { name: 'Vaststellen' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Vaststellen?' });
    await dialog.getByText('Leg dan een nieuwe afweging vast.').waitFor();
    await dialog.getByRole('button', { name: 'Vaststellen' }).click();
    await leadCard.getByText(/^Vastgesteld door Fatima Behandelaar/).waitFor();
    expect(await leadCard.getByRole('button', { name: 'Wijzigen' }).count()).toBe(0);
    await leadCard.getByRole('button', { name: 'Geschiedenis' }).click();
    await leadCard.getByText('Hoe is het non-punishmentbeginsel besproken?').first().waitFor();
    await checkAccessibility(lead, 'police-04-deliberation-signed-off');
  });

  it('takes an incident from a case worker to the safety officer, who follows it up and closes it', async () => {
    const mentor = await pageFor('mentor@dehaven.demo');
    await mentor.goto(`${h.baseUrl}/veiligheid`);
    await mentor.getByRole('heading', { level: 1, name: 'Veiligheid' }).waitFor();
    await mentor.getByText('Uw melding komt bij: Joris Veiligheid.').waitFor();
    await checkAccessibility(mentor, 'police-05-safety-empty');

    await mentor.getByRole('button', { name: 'Incident melden' }).click();
    await mentor.getByLabel('Soort incident').selectOption('recruitment');
    await mentor.getByLabel('Waar gebeurde het?').fill('Woongroep Zuid, achteringang');
    await mentor.getByLabel('Wat is er gebeurd?').fill('Een man sprak twee cliënten aan bij de voordeur en bood geld voor een klusje.');
    await mentor.getByLabel(/^Wie waren erbij\?/).fill('Collega E.M., cliënten S.V. en N.E.');
    await group(mentor, 'Is de politie ingelicht?').getByLabel('Ingelicht (melding)').check();
    await mentor.getByLabel('Hoe is de politie ingelicht?').selectOption('generalNumber');
    await mentor.getByRole('button', { name: 'Beschrijving van een persoon toevoegen' }).click();
    const person = group(mentor, 'Persoon 1');
    await person.getByLabel(/^Uiterlijk/).fill('Man, ongeveer 25, kort zwart haar');
    await person.getByLabel(/^Voertuig/).fill('Grijze scooter');
    await person.getByLabel(/^Kenteken/).fill('fx-123-b');
    await checkAccessibility(mentor, 'police-06-safety-form');
    await mentor.getByRole('button', { name: 'Melding versturen' }).click();
    await mentor.getByText('Uw melding is verstuurd naar de veiligheidsfunctionaris.').waitFor();
    const mine = mentor.getByRole('table', { name: 'Mijn meldingen' });
    const mineRow = mine.getByRole('row').filter({ hasText: 'Woongroep Zuid, achteringang' });
    await mineRow.getByRole('cell', { name: 'Ronselen van cliënten in de instelling' }).waitFor();
    await checkAccessibility(mentor, 'police-07-safety-reported');

    const safety = await pageFor('veiligheid@dehaven.demo');
    await safety.goto(`${h.baseUrl}/veiligheid`);
    await safety.getByRole('heading', { level: 2, name: 'Alle meldingen van de organisatie' }).waitFor();
    const counts = safety.getByRole('list', { name: 'Aantal meldingen per status' });
    await expect.poll(() => counts.innerText()).toMatch(/\d+\s+Open/);
    const all = safety.getByRole('table', { name: 'Alle meldingen van de organisatie' });
    const row = all.getByRole('row').filter({ hasText: 'Woongroep Zuid, achteringang' });
    await row.getByRole('cell', { name: 'Eva Mentor' }).waitFor();
    await checkAccessibility(safety, 'police-08-safety-officer-list');
    await row.getByRole('link', { name: /^Melding van/ }).click();
    await safety.getByRole('heading', { level: 1, name: 'Melding: Ronselen van cliënten in de instelling' }).waitFor();
    await safety.getByText('FX-123-B').waitFor();
    await checkAccessibility(safety, 'police-09-incident-detail');

    // Follow-up: the organisation files the report on the employee's behalf.
    await safety.getByLabel('Status').selectOption('inProgress');
    await safety.getByLabel(/^Acties en afspraken/).fill('Gesprek met de collega gehad; wijkagent gevraagd vaker langs te rijden.');
    await group(safety, 'Is de politie ingelicht?').getByLabel('Aangifte gedaan').check();
    await group(safety, 'Wie deed aangifte?').getByLabel('De organisatie, namens de medewerker').check();
    await safety.getByLabel(/^Kenmerk van de politie/).fill('PL1200-2026-123456');
    await safety.getByRole('button', { name: 'Opvolging opslaan' }).click();
    await safety.getByText('De opvolging is opgeslagen.').waitFor();

    // Closing asks for a note, then for confirmation.
    await safety.getByLabel('Status').selectOption('closed');
    await safety.getByRole('button', { name: 'Opvolging opslaan' }).click();
    await safety.locator('.baken-error-summary').getByText('Afsluitende notitie: Schrijf op waarom de melding wordt afgesloten.').waitFor();
    await checkAccessibility(safety, 'police-10-follow-up-errors');
    await safety.getByLabel(/^Afsluitende notitie/).fill('Aangifte gedaan namens de collega; afspraken met de wijkagent staan.');
    await safety.getByRole('button', { name: 'Opvolging opslaan' }).click();
    await safety.getByRole('dialog', { name: 'Melding afsluiten?' }).getByRole('button', { name: 'Afsluiten' }).click();
    await safety.getByText('De opvolging is opgeslagen.').waitFor();
    await safety.locator('.baken-record__badges').getByText('Afgesloten').waitFor();
    await safety.getByText(/^Opgevolgd op .* status: Afgesloten$/).waitFor();
    await checkAccessibility(safety, 'police-11-incident-closed');

    // The reporter reads how it ended, and cannot change it.
    await mentor.goto(`${h.baseUrl}/veiligheid`);
    await mineRow.getByRole('link', { name: /^Melding van/ }).click();
    await mentor.getByText('De veiligheidsfunctionaris volgt deze melding op.', { exact: false }).waitFor();
    await mentor.getByText('Aangifte gedaan namens de collega; afspraken met de wijkagent staan.').waitFor();
    await mentor.getByText('De organisatie, namens de medewerker').waitFor();
    expect(await mentor.getByRole('button', { name: 'Opvolging opslaan' }).count()).toBe(0);
    await checkAccessibility(mentor, 'police-12-reporter-sees-closed');
  });
});
