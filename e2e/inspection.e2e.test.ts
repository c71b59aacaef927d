// Inspection in the browser: the inspector of the demo world starts a round,
// adds a provider of open and one of secured care, enters their judgments by
// keyboard and saves them at once (an insufficient without findings is
// refused first), reads the history, and the figures page counts what was
// entered. Then the seed 004 study: its figures page shows the report's
// numbers. The round's and a provider's details are changed in place, also
// against a colleague's change in between. Every page is scanned with axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../server/src/platform/auth/passwords.js';
import { SecretBox } from '../server/src/platform/crypto.js';
import { loadDemoWorld } from '../server/src/cli/demoWorld.js';
import { loadDemoInspection, type DemoInspection } from '../server/src/modules/inspection/inspection.demo.js';
import { inspectorOf } from '../server/src/modules/inspection/seed004Study.js';
import { readProviderJudgments, recordJudgments } from '../server/src/modules/inspection/judgments.service.js';
import { judgmentsInput, roundUpdate } from '../server/src/modules/inspection/inspection.schemas.js';
import { readRound, updateRound } from '../server/src/modules/inspection/rounds.service.js';
import { loadContent } from '../server/src/platform/content/content.js';
import { startHarness, type Harness } from '../test/harness.js';
import { checkAccessibility, dutchContext, launchBrowser, signInAndEnrol } from './support.js';

const PASSWORD = 'demo-wachtwoord-voor-de-test';

describe('inspection rounds in the browser', () => {
  let browser: Browser;
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  let demo: DemoInspection;
  let inspectorate: string;

  const field = (label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(niet verplicht\\))?$`)).and(page.locator('input, select, textarea'));
  /** The cells after the row header of the row in the table with this caption whose header starts with `start`. */
  async function rowOf(caption: string, start: string): Promise<string[]> {
    const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
    const rows = table.locator('tbody tr');
    const n = await rows.count();
    for (let i = 0; i < n; i++) {
      const header = (await rows.nth(i).locator('th').innerText()).trim();
      if (header.startsWith(start)) return (await rows.nth(i).locator('td').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
    }
    throw new Error(`no row ${start} in ${caption}`);
  }
  /** The fieldset of one expectation on the judgments page. */
  const expectation = (ref: string) => page.locator('fieldset.baken-insp-expectation', { has: page.locator('legend', { hasText: new RegExp(`^${ref.replace(/\./g, '\\.')}\\s`) }) });

  beforeAll(async () => {
    browser = await launchBrowser();
    h = await startHarness();
    await loadDemoWorld(h.database, new SecretBox(h.secretKey), PASSWORD, await hashPassword(PASSWORD), { bare: true });
    inspectorate = (await h.database.unsafeSystemQuery.selectFrom('organisations').select('id').where('slug', '=', 'inspectie').executeTakeFirstOrThrow()).id;
    demo = await loadDemoInspection(h.database, inspectorate, { linkedProviderSlug: 'de-haven' });
    context = await dutchContext(browser);
    page = await context.newPage();
    await signInAndEnrol(page, h.baseUrl, 'inspecteur@inspectie.demo', PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await h?.close();
  });

  it('the inspector starts a round, adds two providers, judges them by keyboard and sees the figures', async () => {
    await page.goto(`${h.baseUrl}/inspectie`);
    await page.getByRole('heading', { level: 1, name: 'Inspectie' }).waitFor();
    await page.getByRole('link', { name: 'Gespecialiseerde jeugdhulp aan slachtoffers van loverboys (thema-onderzoek 2017)' }).waitFor();
    await checkAccessibility(page, 'inspection-01-rounds');

    // A round without a name is refused with a field message.
    await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
    await page.locator('.baken-error-summary').getByText('Naam van de ronde').waitFor();
    await field('Naam van de ronde').fill('Toezicht meidengroepen 2026');
    await field('Soort onderzoek').selectOption('regular');
    await field('Begindatum').fill('2026-09-01');
    await field('Einddatum').fill('2026-12-31');
    await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toezicht meidengroepen 2026' }).waitFor();
    await page.getByText('Er staan nog geen aanbieders in deze ronde.').waitFor();
    await checkAccessibility(page, 'inspection-02-new-round');

    for (const [name, kind] of [
      ['Aanbieder Noord', 'open'],
      ['Aanbieder Zuid', 'secured'],
    ] as const) {
      await field('Naam van de aanbieder').fill(name);
      await field('Soort zorg').selectOption(kind);
      await page.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
      await page.getByText(`${name} is toegevoegd aan de ronde.`).waitFor();
    }
    expect(await rowOf('Aanbieders met hun soort zorg', 'Aanbieder Noord')).toEqual(['Open jeugdhulp', '0', '0', '9', 'Rapport (pdf) van Aanbieder Noord']);
    expect(await rowOf('Aanbieders met hun soort zorg', 'Aanbieder Zuid')).toEqual(['Gesloten jeugdhulp', '0', '0', '11', 'Rapport (pdf) van Aanbieder Zuid']);
    await page.getByRole('link', { name: 'Verbeterplannen' }).waitFor();
    await page.getByRole('link', { name: 'Goede voorbeelden' }).waitFor();
    expect(await page.getByRole('link', { name: 'Rapport van de ronde (pdf)' }).getAttribute('href')).toMatch(/^\/api\/inspection\/rounds\/[0-9a-f-]{36}\/report\.pdf$/);
    await checkAccessibility(page, 'inspection-03-round');

    // Noord, open care: by keyboard. Focus a choice, press a letter, type the findings.
    await page.getByRole('link', { name: 'Aanbieder Noord', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Oordelen over Aanbieder Noord' }).waitFor();
    expect(await page.locator('fieldset.baken-insp-expectation').count()).toBe(9);
    await expect(expectation('1-s1').count()).resolves.toBe(0);
    const choose = async (ref: string, key: 'v' | 'o' | 'n') => {
      await expectation(ref).getByRole('radio').first().focus();
      await page.keyboard.press(key);
    };
    await choose('1.1.1', 'o');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Het plan gaat niet in op wat de jongere meemaakte.');
    await choose('2.1.1', 'v');
    await choose('2.1.2', 'v');
    await choose('5.2.1', 'v');
    await choose('5.2.2', 'o');
    expect(await expectation('5.2.2').getByRole('radio', { name: /^Onvoldoende/ }).isChecked()).toBe(true);
    await page.getByText('5 wijzigingen nog niet opgeslagen.').waitFor();
    await page.keyboard.press('Control+Enter');
    // Insufficient without findings: refused, and named.
    await page.locator('.baken-error-summary').getByText('Schrijf bij een onvoldoende op wat u aantrof', { exact: false }).waitFor();
    await expectation('5.2.2').getByText('Schrijf bij een onvoldoende op wat u aantrof', { exact: false }).waitFor();
    await checkAccessibility(page, 'inspection-04-judgments-error');
    await expectation('5.2.2').getByLabel('Bevindingen').fill('Geen scholing over deze doelgroep.');
    await page.keyboard.press('Control+Enter');
    await page.getByText('5 oordelen opgeslagen.').waitFor();
    await page.getByText('3 voldoende, 2 onvoldoende, 4 niet beoordeeld').waitFor();
    await page.getByRole('button', { name: 'Geschiedenis tonen' }).click();
    await page.getByRole('table', { name: 'Elke wijziging van een oordeel, nieuwste eerst' }).waitFor();
    expect(await page.locator('table', { has: page.locator('caption', { hasText: 'Elke wijziging' }) }).locator('tbody tr').count()).toBe(5);
    await checkAccessibility(page, 'inspection-05-judgments-saved');

    // Zuid, secured care: restrictive measures and leave are there too.
    await page.getByRole('link', { name: 'Terug naar de ronde' }).click();
    await page.getByRole('link', { name: 'Aanbieder Zuid', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Oordelen over Aanbieder Zuid' }).waitFor();
    expect(await page.locator('fieldset.baken-insp-expectation').count()).toBe(11);
    await choose('1.1.1', 'v');
    await choose('1-s1', 'o');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Afzondering zonder verslag.');
    await choose('2.1.1', 'o');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Geen actueel beeld bij twee jongeren.');
    await choose('5.2.1', 'v');
    await page.getByRole('button', { name: 'Alle oordelen opslaan' }).click();
    await page.getByText('4 oordelen opgeslagen.').waitFor();

    // The figures, counted by hand from the above:
    //         1.1.1 1-s1 2.1.1 2.1.2 5.2.1 5.2.2
    // Noord   O     -    V     V     V     O
    // Zuid    V     O    O     n.b.  V     n.b.
    await page.getByRole('link', { name: 'Terug naar de ronde' }).click();
    expect(await rowOf('Aanbieders met hun soort zorg', 'Aanbieder Zuid')).toEqual(['Gesloten jeugdhulp', '2', '2', '7', 'Rapport (pdf) van Aanbieder Zuid']);
    await page.getByRole('link', { name: 'Cijfers van deze ronde' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cijfers: Toezicht meidengroepen 2026' }).waitFor();
    await page.getByText('2 aanbieders: 1 beoordeeld op het kader voor open jeugdhulp, 1 op het kader voor gesloten jeugdhulp.').waitFor();
    const perExpectation = 'Aantal aanbieders per oordeel, per verwachting';
    expect(await rowOf(perExpectation, '1.1.1')).toEqual(['2', '1', '1', '0']);
    expect(await rowOf(perExpectation, '1-s1')).toEqual(['1', '0', '1', '0']);
    expect(await rowOf(perExpectation, '2.1.1')).toEqual(['2', '1', '1', '0']);
    expect(await rowOf(perExpectation, '2.1.2')).toEqual(['2', '1', '0', '1']);
    expect(await rowOf(perExpectation, '5.2.1')).toEqual(['2', '2', '0', '0']);
    expect(await rowOf(perExpectation, '5.2.2')).toEqual(['2', '0', '1', '1']);
    const perTheme = 'Aantal aanbieders per oordeel, per thema';
    expect((await rowOf(perTheme, '1.')).slice(0, 4)).toEqual(['2', '0', '2', '0']);
    expect((await rowOf(perTheme, '2.')).slice(0, 4)).toEqual(['2', '1', '1', '0']);
    expect((await rowOf(perTheme, '5.')).slice(0, 4)).toEqual(['2', '1', '1', '0']);
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Cijfers per thema downloaden (CSV)' }).getAttribute('href')).toMatch(/\/figures\/export\?figure=themes$/);
    await checkAccessibility(page, 'inspection-06-figures');
  });

  it("the study round's figures page shows seed 004's figures", async () => {
    await page.goto(`${h.baseUrl}/inspectie/rondes/${demo.studyRoundId}`);
    await page.getByRole('heading', { level: 1, name: 'Gespecialiseerde jeugdhulp aan slachtoffers van loverboys (thema-onderzoek 2017)' }).waitFor();
    await page.getByText('Deze ronde is afgesloten.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Aanbieder toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gegevens wijzigen' }).count()).toBe(0);
    await checkAccessibility(page, 'inspection-07-study-round');
    await page.getByRole('link', { name: 'Cijfers van deze ronde' }).click();
    await page.getByText('13 aanbieders: 5 beoordeeld op het kader voor open jeugdhulp, 8 op het kader voor gesloten jeugdhulp.').waitFor();
    const perExpectation = 'Aantal aanbieders per oordeel, per verwachting';
    // Figuur 4, 5, 6 and 7 of seed 004: [providers, sufficient, insufficient, not assessed].
    expect(await rowOf(perExpectation, '1.1.1')).toEqual(['13', '9', '4', '0']);
    expect(await rowOf(perExpectation, '2.1.1')).toEqual(['13', '13', '0', '0']);
    expect(await rowOf(perExpectation, '2.1.2')).toEqual(['13', '11', '2', '0']);
    expect(await rowOf(perExpectation, '2.2.1')).toEqual(['13', '11', '2', '0']);
    expect(await rowOf(perExpectation, '2.2.3')).toEqual(['13', '13', '0', '0']);
    expect(await rowOf(perExpectation, '5.2.1')).toEqual(['13', '9', '4', '0']);
    expect(await rowOf(perExpectation, '5.2.2')).toEqual(['13', '7', '6', '0']);
    const perTheme = 'Aantal aanbieders per oordeel, per thema';
    expect(await rowOf(perTheme, '1.')).toEqual(['13', '9', '4', '0', '1 / 3', '8 / 15']);
    expect(await rowOf(perTheme, '2.')).toEqual(['13', '11', '2', '0', '6 / 6', '6 / 6']);
    expect(await rowOf(perTheme, '5.')).toEqual(['13', '7', '6', '0', '2 / 2', '10 / 10']);
    await checkAccessibility(page, 'inspection-08-study-figures');

    // A provider of the closed study: its judgments can only be read.
    await page.getByRole('link', { name: 'Aanbieder E', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Oordelen over Aanbieder E' }).waitFor();
    await page.getByText('De ronde is afgesloten: de oordelen zijn alleen te lezen.').waitFor();
    expect(await expectation('1.1.1').getByRole('radio', { name: /^Onvoldoende/ }).isChecked()).toBe(true);
    expect(await expectation('1.1.1').getByRole('radio', { name: /^Onvoldoende/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Alle oordelen opslaan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Gegevens van de aanbieder wijzigen' }).count()).toBe(0);
    await checkAccessibility(page, 'inspection-09-study-provider');
  });

  it('a colleague saving in between: nothing is saved, and the latest judgments can be loaded', async () => {
    const roundId = demo.followUpRoundId!;
    const providerId = demo.linkedProviderId!;
    await page.goto(`${h.baseUrl}/inspectie/rondes/${roundId}/aanbieders/${providerId}`);
    await page.getByRole('heading', { level: 1, name: 'Oordelen over Jeugdzorg De Haven (demo)' }).waitFor();
    expect(await expectation('2.1.3').getByRole('radio', { name: /^Voldoende/ }).isChecked()).toBe(true);
    // Meanwhile a colleague judges 2.1.3 insufficient.
    const platform = { database: h.database, content: loadContent() };
    const actor = await inspectorOf(h.database, inspectorate);
    const current = (await readProviderJudgments(platform, actor, roundId, providerId)).judgments.find((j) => j.ref === '2.1.3')!;
    await recordJudgments(platform, actor, roundId, providerId, judgmentsInput.parse({ judgments: [{ ref: '2.1.3', judgment: 'insufficient', findings: 'Geen overleg tussen disciplines gezien.', updatedAt: current.updatedAt }] }));
    await expectation('2.1.3').getByRole('radio').first().focus();
    await page.keyboard.press('n');
    await page.keyboard.press('Control+Enter');
    await page.locator('.baken-error-summary').getByText('Iemand anders heeft dit intussen gewijzigd', { exact: false }).waitFor();
    await checkAccessibility(page, 'inspection-10-conflict');
    await page.getByRole('button', { name: 'Laad de nieuwste oordelen (uw wijzigingen vervallen)' }).click();
    await expect.poll(() => expectation('2.1.3').getByRole('radio', { name: /^Onvoldoende/ }).isChecked()).toBe(true);
    expect(await expectation('2.1.3').locator('textarea').inputValue()).toBe('Geen overleg tussen disciplines gezien.');
    expect(await page.locator('.baken-error-summary').count()).toBe(0);
  });
  it("the inspector changes the round's title and period and a provider's kind of care in place", async () => {
    await page.goto(`${h.baseUrl}/inspectie`);
    await page.getByRole('link', { name: 'Toezicht meidengroepen 2026', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Toezicht meidengroepen 2026' }).waitFor();
    const roundId = /\/inspectie\/rondes\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const edit = page.getByRole('button', { name: 'Gegevens wijzigen' });
    const save = page.getByRole('button', { name: 'Wijzigingen opslaan' });
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const hasFocus = (locator: typeof edit) => locator.evaluate((el) => el === document.activeElement);

    // By keyboard: the form opens on its first field, Escape closes it and focus returns to the button.
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedId).toBe('field-edit-round-title');
    expect(await field('Naam van de ronde').inputValue()).toBe('Toezicht meidengroepen 2026');
    expect(await field('Einddatum').inputValue()).toBe('2026-12-31');
    await page.keyboard.press('Escape');
    await expect.poll(() => hasFocus(edit)).toBe(true);
    expect(await save.count()).toBe(0);

    // An end before the start is refused next to the field, in Dutch; the rest stays as typed.
    await page.keyboard.press('Enter');
    await expect.poll(focusedId).toBe('field-edit-round-title');
    await field('Naam van de ronde').fill('Toezicht meidengroepen 2026-2027');
    await field('Begindatum').fill('2026-10-01');
    await field('Einddatum').fill('2026-09-30');
    await save.click();
    await page.locator('#field-edit-round-periodEnd-error').getByText('De einddatum ligt voor de begindatum.').waitFor();
    await page.locator('.baken-error-summary').getByText('Einddatum: De einddatum ligt voor de begindatum.').waitFor();
    expect(await field('Naam van de ronde').inputValue()).toBe('Toezicht meidengroepen 2026-2027');
    await checkAccessibility(page, 'inspection-11-edit-round-error');
    await field('Einddatum').fill('2027-03-31');
    await save.click();
    await page.getByText('De gegevens van de ronde zijn opgeslagen.').waitFor();
    await expect.poll(() => hasFocus(edit)).toBe(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Toezicht meidengroepen 2026-2027' }).waitFor();
    await page.getByText('1 oktober 2026 tot en met 31 maart 2027').waitFor();

    // A colleague changes the round while the form is open: refused with a message, the latest details shown, saving again wins.
    await edit.click();
    await expect.poll(focusedId).toBe('field-edit-round-title');
    const platform = { database: h.database, content: loadContent() };
    const actor = await inspectorOf(h.database, inspectorate);
    const current = await readRound(platform, actor, roundId);
    await updateRound(platform, actor, roundId, roundUpdate.parse({ ...current, description: current.description ?? '', title: 'Toezicht meidengroepen (collega)' }));
    await field('Toelichting').fill('Met extra aandacht voor meidengroepen.');
    await save.click();
    await page.getByText('Iemand anders heeft dit intussen gewijzigd').waitFor();
    await page.getByText('Uw wijziging is niet opgeslagen', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Toezicht meidengroepen (collega)' }).waitFor();
    expect(await field('Toelichting').inputValue()).toBe('Met extra aandacht voor meidengroepen.');
    await checkAccessibility(page, 'inspection-12-edit-round-conflict');
    await save.click();
    await page.getByText('De gegevens van de ronde zijn opgeslagen.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Toezicht meidengroepen 2026-2027' }).waitFor();
    await page.getByText('Met extra aandacht voor meidengroepen.').waitFor();

    // The provider: a name already in the round is refused next to the field; then open care becomes secured care.
    await page.getByRole('link', { name: 'Aanbieder Noord', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Oordelen over Aanbieder Noord' }).waitFor();
    expect(await page.locator('fieldset.baken-insp-expectation').count()).toBe(9);
    const editProvider = page.getByRole('button', { name: 'Gegevens van de aanbieder wijzigen' });
    await editProvider.click();
    await expect.poll(focusedId).toBe('field-edit-provider-name');
    expect(await field('Soort zorg').inputValue()).toBe('open');
    await field('Naam van de aanbieder').fill('Aanbieder Zuid');
    await save.click();
    await page.locator('#field-edit-provider-name-error').getByText('Deze aanbieder staat al in deze ronde.').waitFor();
    await field('Naam van de aanbieder').fill('Aanbieder Noord');
    await field('Soort zorg').selectOption('secured');
    await field('Locatie').fill('Groep De Linde');
    await save.click();
    await page.getByText('De gegevens van de aanbieder zijn opgeslagen.').waitFor();
    await expect.poll(() => hasFocus(editProvider)).toBe(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Oordelen over Aanbieder Noord' }).waitFor();
    await page.locator('dd').getByText('Gesloten jeugdhulp', { exact: true }).waitFor();
    await page.locator('dd').getByText('Groep De Linde', { exact: true }).waitFor();
    expect(await page.locator('fieldset.baken-insp-expectation').count()).toBe(11);
    await checkAccessibility(page, 'inspection-13-provider-edited');
    await page.getByRole('link', { name: 'Terug naar de ronde' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toezicht meidengroepen 2026-2027' }).waitFor();
    expect((await rowOf('Aanbieders met hun soort zorg', 'Aanbieder Noord'))[0]).toBe('Gesloten jeugdhulp');
  });
});
