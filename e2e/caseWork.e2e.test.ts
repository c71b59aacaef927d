// One youth walked through the case work in the browser, as a case worker and
// a lead professional do it: from the first signal through the reporting
// code, screening and risk assessment, safety plan, network analysis and
// visits, care plan and review, to aftercare. Every page is scanned with axe.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, SCREENSHOTS, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';

describe('case work from first signal to aftercare', () => {
  let h: Harness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function pageFor(): Promise<Page> {
    const context = await dutchContext(browser);
    contexts.push(context);
    return context.newPage();
  }
  const step = (page: Page, name: string) => page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name, exact: true });
  /** Fills a form field by its label (as shown, "(niet verplicht)" aside), whatever kind of control it is. */
  async function fill(page: Page, label: string | RegExp, value: string) {
    const name = typeof label === 'string' ? new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(niet verplicht\\))?$`) : label;
    const field = page.getByLabel(name).and(page.locator('input, select, textarea'));
    const tag = await field.evaluate((el) => el.tagName.toLowerCase());
    if (tag === 'select') await field.selectOption(value);
    else await field.fill(value);
  }
  async function save(page: Page) {
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page
      .getByText('Opgeslagen.')
      .last()
      .waitFor()
      .catch(async (error: unknown) => {
        await page.screenshot({ path: `${SCREENSHOTS}/work-failed-save.png`, fullPage: true });
        throw error;
      });
  }

  beforeAll(async () => {
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await h?.close();
  });

  it('walks one youth through every step', async () => {
    const mentor = await pageFor();
    await signInAndEnrol(mentor, h.baseUrl, 'mentor@dehaven.demo', PASSWORD);
    const lead = await pageFor();
    await signInAndEnrol(lead, h.baseUrl, 'behandelaar@dehaven.demo', PASSWORD);

    // The case worker opens a file and puts the lead professional on the case team.
    await mentor.goto(`${h.baseUrl}/jongeren/nieuw`);
    await mentor.getByLabel('Voornaam').fill('Lisa');
    await mentor.getByLabel('Achternaam').fill('Bakker');
    await mentor.getByLabel('Geboortedatum').fill('2011-03-03');
    await mentor.getByLabel('Woonsituatie').selectOption('openResidential');
    await mentor.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await mentor.getByRole('heading', { level: 1, name: 'Lisa Bakker' }).waitFor();
    const file = mentor.url();
    await step(mentor, 'Casusteam').click();
    await mentor.getByLabel('Collega', { exact: true }).selectOption({ label: 'Fatima Behandelaar (Behandelcoördinator)' });
    await mentor.getByRole('button', { name: 'Toevoegen aan casusteam' }).click();
    await mentor.getByText('Fatima Behandelaar is toegevoegd aan het casusteam.').waitFor();

    // Signals from two sources, one from the signal list.
    await step(mentor, 'Signalen').click();
    await checkAccessibility(mentor, 'work-01-signals-empty');
    await mentor.getByRole('button', { name: 'Signaal toevoegen' }).click();
    await fill(mentor, 'Wie zag het?', 'school');
    await fill(mentor, 'Vorm', 'sexual');
    await mentor.getByLabel('Signaal uit de lijst').selectOption({ label: 'Seksuele activiteiten en beelden: Iemand vraagt de jongere om (naakt)foto\'s.' });
    await fill(mentor, 'Wat is er gezien of gehoord?', 'Mentor op school zag berichten waarin om foto’s werd gevraagd.');
    await save(mentor);
    await mentor.getByRole('button', { name: 'Signaal toevoegen' }).click();
    await fill(mentor, 'Wie zag het?', 'parents');
    await fill(mentor, 'Vorm', 'sexual');
    await fill(mentor, 'Wat is er gezien of gehoord?', 'Moeder zag een scooter die Lisa ophaalde.');
    await save(mentor);
    const bySource = mentor.getByRole('table', { name: 'Wie zag wat' });
    await bySource.getByRole('rowheader', { name: 'School' }).waitFor();
    await bySource.getByRole('rowheader', { name: 'Ouders' }).waitFor();
    await checkAccessibility(mentor, 'work-02-signals');

    // The reporting code: mapping the signals, and weighing with both questions.
    await step(mentor, 'Meldcode').click();
    // Each tab names the browser tab; the youth's name never does.
    await mentor.waitForFunction(() => document.title === 'Meldcode — Dossier — Baken');
    await mentor.getByRole('button', { name: 'Stap 1 vastleggen' }).click();
    await fill(mentor, 'Wie waren erbij?', 'Mentor');
    await fill(mentor, 'Uitkomst', 'Signalen van school en moeder naast elkaar gelegd.');
    await save(mentor);
    // A step already taken is updated, not recorded afresh.
    await mentor.getByRole('button', { name: 'Stap 1 bijwerken' }).waitFor();
    await mentor.getByRole('button', { name: 'Stap 4 vastleggen' }).click();
    await fill(mentor, 'Wie waren erbij?', 'Mentor en aandachtsfunctionaris');
    await fill(mentor, 'Uitkomst', 'Zorgen zijn ernstig.');
    await mentor.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await mentor.getByText('Afweging 1: is melden bij Veilig Thuis nodig?: Vul voor deze stap de gevraagde antwoorden in.').waitFor();
    await checkAccessibility(mentor, 'work-03-reporting-code-errors');
    await fill(mentor, 'Afweging 1: is melden bij Veilig Thuis nodig?', 'yes');
    await fill(mentor, 'Afweging 2: kunnen we (ook) zelf hulp bieden of organiseren?', 'yes');
    await save(mentor);
    await checkAccessibility(mentor, 'work-04-reporting-code');

    // Screening with the age check, and the risk assessment at the start of care.
    await step(mentor, 'Screening en risicotaxatie').click();
    await mentor.getByRole('button', { name: 'Screening toevoegen' }).click();
    await fill(mentor, 'Instrument', 'scil');
    await fill(mentor, 'Afgenomen door', 'Orthopedagoog');
    await fill(mentor, 'Aanwijzingen', 'none');
    await fill(mentor, 'Uitkomst in eigen woorden', 'x');
    await mentor.getByRole('button', { name: 'Opslaan', exact: true }).click();
    // Lisa is 15: the SCIL (14+) fits; the message would name the range otherwise.
    await mentor.getByText('Opgeslagen.').last().waitFor();
    await mentor.getByRole('button', { name: 'Risicotaxatie toevoegen' }).click();
    await fill(mentor, 'Instrument', 'risL');
    await fill(mentor, 'Deelnemers (disciplines)', 'Mentor\nGedragswetenschapper\nMoeder');
    await fill(mentor, 'Risicofactoren', 'Oudere jongen met scooter; verzoeken om foto’s.');
    await fill(mentor, 'Beschermende factoren', 'Goede band met moeder.');
    await fill(mentor, 'Risico in totaal', 'high');
    await fill(mentor, 'Conclusie', 'Veiligheidsplan en netwerkanalyse maken.');
    await save(mentor);
    await mentor.getByText('Bij de start van de hulp').first().waitFor();
    // Only the lead professional can sign it off.
    expect(await mentor.getByRole('button', { name: 'Vaststellen' }).count()).toBe(0);
    await lead.goto(`${file}/screening-en-risico`);
    await lead.getByRole('button', { name: 'Vaststellen' }).click();
    await lead.getByRole('dialog', { name: 'Vaststellen?' }).getByRole('button', { name: 'Vaststellen' }).click();
    await lead.getByText(/Vastgesteld door Fatima Behandelaar/).waitFor();
    await checkAccessibility(lead, 'work-05-assessments');

    // The safety plan: a draft by the case worker with a photo, signed off by the lead, printed as PDF.
    await step(mentor, 'Veiligheidsplan').click();
    await mentor.getByRole('button', { name: 'Veiligheidsplan toevoegen' }).click();
    await fill(mentor, 'Risicovol netwerk', 'Geen contact met de jongen met de grijze scooter.');
    await fill(mentor, 'Internet en social media', 'Telefoon ’s avonds bij de groepsleiding.');
    await fill(mentor, 'Risico op weglopen en wat het voorkomt', 'Na school direct naar de groep.');
    await fill(mentor, 'Veiligheid van medewerkers en andere jongeren', 'Geen aanwijzingen voor gevaar voor collega’s.');
    await fill(mentor, 'Afspraken met de jongere', 'Jij bent om 21.30 uur terug op de groep.');
    await save(mentor);
    // A 1×1 PNG as the recent photo.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await mentor.getByLabel('Foto', { exact: true }).setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: png });
    await mentor.getByRole('button', { name: 'Foto toevoegen' }).click();
    await mentor.getByText('De foto is toegevoegd.').waitFor();
    await mentor.getByRole('img', { name: 'Recente foto van de jongere' }).waitFor();
    await checkAccessibility(mentor, 'work-08-safety-plan-draft');
    await lead.goto(`${file}/veiligheidsplan`);
    await lead.getByRole('button', { name: 'Vaststellen' }).click();
    await lead.getByRole('dialog', { name: 'Vaststellen?' }).getByRole('button', { name: 'Vaststellen' }).click();
    await lead.getByText(/Vastgesteld door Fatima Behandelaar/).waitFor();
    const pdfLink = lead.getByRole('link', { name: /Afdrukken \(pdf\)/ }).first();
    const pdf = await lead.request.get(new URL((await pdfLink.getAttribute('href'))!, h.baseUrl).href);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
    writeFileSync(`${SCREENSHOTS}/work-09-safety-plan.pdf`, await pdf.body());
    await checkAccessibility(lead, 'work-09-safety-plan-signed');

    // The network analysis, made with the youth: a dangerous person with a licence plate, a place, an account.
    await step(mentor, 'Netwerk').click();
    await mentor.getByRole('region', { name: 'Over deze netwerkanalyse' }).getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await fill(mentor, 'Gemaakt samen met de jongere', 'yes');
    await fill(mentor, 'Aan de jongere uitgelegd wat er met de gegevens gebeurt', 'yes');
    await save(mentor);
    await mentor.getByRole('button', { name: 'Persoon in het netwerk toevoegen' }).click();
    await fill(mentor, 'Naam of bijnaam', 'Rik (bijnaam)');
    await fill(mentor, 'Relatie tot de jongere', 'Oudere vriend');
    await fill(mentor, 'Indeling', 'dangerous');
    await fill(mentor, 'Telefoonnummers', '06-12345678');
    await fill(mentor, 'Voertuigen (kenteken en omschrijving)', 'XX-12-YY — grijze scooter');
    await save(mentor);
    await mentor.getByRole('button', { name: 'Plek in het netwerk toevoegen' }).click();
    await fill(mentor, 'Adres of plek', 'Stationsplein, Zeestad');
    await fill(mentor, 'Soort plek', 'hangout');
    await fill(mentor, 'Indeling', 'risky');
    await save(mentor);
    await mentor.getByRole('img', { name: /Netwerkkaart van Lisa: 1 persoon/ }).waitFor();
    await mentor.getByRole('cell', { name: /XX-12-YY/ }).first().waitFor();
    await checkAccessibility(mentor, 'work-10-network');

    // The organisation's administrator sets the house rules for visitors of the group.
    const admin = await pageFor();
    await signInAndEnrol(admin, h.baseUrl, 'beheer@dehaven.demo', PASSWORD);
    await admin.goto(`${h.baseUrl}/beheer/teams`);
    await admin.getByLabel('Bezoekregels van Woongroep Noord').fill('Bezoek van 15.00 tot 20.00 uur. Bezoekers laten een geldig identiteitsbewijs zien.');
    await admin.getByRole('region', { name: 'Woongroep Noord', exact: true }).getByRole('button', { name: 'Bezoekregels opslaan' }).click();
    await admin.getByText('De bezoekregels van Woongroep Noord zijn opgeslagen.', { exact: false }).waitFor();
    await checkAccessibility(admin, 'work-11a-house-rules-admin');

    // A visit by that person, refused, with the warning from the network analysis.
    await step(mentor, 'Bezoek').click();
    await mentor.getByRole('region', { name: 'Bezoekregels van Woongroep Noord' }).getByText('Bezoekers laten een geldig identiteitsbewijs zien.', { exact: false }).waitFor();
    await mentor.getByRole('button', { name: 'Bezoek toevoegen' }).click();
    await fill(mentor, 'Naam bezoeker', 'Rik');
    await mentor.getByLabel('Persoon uit de netwerkanalyse').selectOption({ label: 'Rik (bijnaam) (Oudere vriend)' });
    await fill(mentor, 'Doel', 'pickUp');
    await fill(mentor, 'Natrekken door de politie', 'refused');
    await fill(mentor, 'Toegelaten', 'no');
    await fill(mentor, 'Waarom geweigerd?', 'Gevaarlijk volgens de netwerkanalyse; wilde zich niet legitimeren.');
    await save(mentor);
    await mentor.getByText('Let op: gevaarlijke persoon').waitFor();
    await checkAccessibility(mentor, 'work-11-visits');

    // The care plan: analysis signed off by the lead, a goal with progress, a phase, a review.
    await step(mentor, 'Hulpverleningsplan').click();
    await mentor.getByRole('button', { name: 'Analyse hulpverleningsplan toevoegen' }).click();
    await fill(mentor, 'Deelnemers (disciplines)', 'Lisa\nMoeder\nMentor\nBehandelcoördinator');
    await fill(mentor, 'Problemen', 'Komt laat terug; contact met oudere jongen.');
    await fill(mentor, 'Risico’s', 'Seksuele uitbuiting.');
    await fill(mentor, 'Behoeften', 'Veiligheid en structuur.');
    await fill(mentor, 'Krachten', 'Sportief; goede band met moeder.');
    await fill(mentor, 'Jouw plan (in gewone woorden, aan de jongere)', 'Jij wilt weer rust. Wij helpen je om veilig te zijn.');
    await save(mentor);
    await mentor.getByRole('button', { name: 'Doel toevoegen' }).click();
    await fill(mentor, 'Onderwerp', 'education');
    await fill(mentor, 'Doel', 'Elke dag naar school.');
    await fill(mentor, 'Het doel in gewone woorden (aan de jongere)', 'Jij gaat elke dag naar school.');
    await save(mentor);
    await mentor.getByRole('button', { name: 'Voortgang toevoegen' }).first().click();
    await fill(mentor, 'Beoordeling', 'progress');
    await fill(mentor, 'Rapportage', 'Twee weken elke dag op school.');
    await mentor.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await mentor.getByText('Twee weken elke dag op school.').waitFor();
    await mentor.getByRole('button', { name: 'Fase toevoegen' }).click();
    await fill(mentor, 'Naam', 'Veilig landen');
    await fill(mentor, 'Regels en vrijheden in deze fase', 'Telefoon alleen onder toezicht.');
    await fill(mentor, 'Wat deze fase voor jou betekent (aan de jongere)', 'Je bent veel op de groep.');
    await save(mentor);
    await mentor.getByRole('button', { name: 'Evaluatie toevoegen' }).click();
    await fill(mentor, 'Deelnemers', 'Lisa\nMoeder\nMentor');
    await fill(mentor, 'Samenvatting', 'Eerste evaluatie: het gaat beter.');
    await save(mentor);
    const youthPlan = mentor.getByRole('region', { name: 'Jouw plan' });
    await youthPlan.getByText('Jij gaat elke dag naar school.').waitFor();
    await checkAccessibility(mentor, 'work-12-care-plan');
    await lead.goto(`${file}/hulpverleningsplan`);
    await lead.getByRole('button', { name: 'Vaststellen' }).click();
    await lead.getByRole('dialog', { name: 'Vaststellen?' }).getByRole('button', { name: 'Vaststellen' }).click();
    await lead.getByText(/Vastgesteld door Fatima Behandelaar/).waitFor();

    // Placement and the medical decision at the start of care.
    await step(mentor, 'Plaatsing en medisch').click();
    await mentor.getByText('Nog geen besluit bij de start van de hulp').first().waitFor();
    await mentor.getByRole('region', { name: 'Plaatsing en aanpak' }).getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await fill(mentor, 'Start van de hulp', new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));
    await fill(mentor, 'Groep', 'homogeneous');
    await fill(mentor, 'Waarom deze plaatsing?', 'Meidengroep met jongeren met vergelijkbare ervaringen.');
    await fill(mentor, 'Hoe de gendersensitieve aanpak in het plan terugkomt', 'Doelen over weerbaarheid en gezonde relaties.');
    await save(mentor);
    await mentor.getByRole('button', { name: 'Medisch besluit toevoegen' }).click();
    await fill(mentor, 'Afweging', 'Bij de start aangeboden zoals afgesproken.');
    await save(mentor);
    await checkAccessibility(mentor, 'work-13-placement-medical');

    // Aftercare: the handover plan, then closing the file.
    await step(mentor, 'Nazorg').click();
    await mentor.getByRole('region', { name: 'Nazorgplan' }).getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await fill(mentor, 'Volgende hulpverlener of woonplek', 'Ambulant team Zuid');
    await fill(mentor, 'Wijkteam', 'Wijkteam Zeestad-Noord');
    await fill(mentor, 'Wijkagent', 'Wijkagent J. de Vries');
    await fill(mentor, 'Nazorgplan', 'Warme overdracht met Lisa, moeder en het wijkteam.');
    await save(mentor);
    await checkAccessibility(mentor, 'work-14-aftercare');

    // The overview shows every step and where it stands.
    await mentor.goto(file);
    const steps = mentor.getByRole('region', { name: 'Stappen in dit dossier' });
    await steps.getByText('2 signalen').waitFor();
    await steps.getByText('Stap 1 en 4 van 5 gezet').waitFor();
    await steps.getByText(/Versie 1, evalueren op/).waitFor();
    await steps.getByText('Nazorgplan vastgelegd').waitFor();
    // The timeline tells the story of the work, not only the notes.
    const timeline = mentor.locator('.baken-timeline');
    await timeline.getByText(/^Signaal \(/).first().waitFor();
    await timeline.getByText(/^Risicotaxatie bij de start van de zorg: risico /).waitFor();
    await timeline.getByText('Veiligheidsplan versie 1 vastgesteld').waitFor();
    await checkAccessibility(mentor, 'work-06-overview-steps');

    // The start page lists what needs attention.
    await mentor.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
    await mentor.getByRole('heading', { name: /Signalen nog niet besproken/ }).waitFor();
    await mentor.getByRole('link', { name: 'Lisa Bakker' }).first().waitFor();
    await checkAccessibility(mentor, 'work-07-work-list');

    // At the end of care the file is closed; it stays readable and nothing changes any more.
    await mentor.goto(`${file}/nazorg`);
    await fill(mentor, 'Reden van sluiten', 'Hulp afgerond en warm overgedragen aan het wijkteam.');
    await mentor.getByRole('button', { name: 'Dossier sluiten' }).click();
    await mentor.getByRole('dialog').getByRole('button', { name: 'Ja, dossier sluiten' }).click();
    await mentor.getByText(/Het dossier is gesloten/).first().waitFor();
    await checkAccessibility(mentor, 'work-15-closed');
    await step(mentor, 'Signalen').click();
    expect(await mentor.getByRole('button', { name: 'Signaal toevoegen' }).count()).toBe(0);
  });
});
