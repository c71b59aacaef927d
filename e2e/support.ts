// Browser journeys: the real server (with the built client) on a fresh
// database, driven by Debian's chromium through playwright-core. Every page a
// journey visits is scanned with axe; serious and critical violations fail.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { TOTP, Secret } from 'otpauth';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = 'test-results/e2e';

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A browser profile as a Dutch professional has one: Dutch locale, Dutch time. */
export function dutchContext(browser: Browser) {
  return browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
}

/** Scans the page as it is now; fails on serious or critical violations and keeps a screenshot. */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(serious, `accessibility violations on ${name}`).toEqual([]);
}

export function totpNow(secretBase32: string, offsetSteps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secretBase32) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

/** Password, then first-time two-step set-up in the interface; returns the TOTP secret it showed. */
export async function signInAndEnrol(page: Page, baseUrl: string, email: string, password: string, screenshots?: string): Promise<string> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' }).waitFor();
  await page.getByRole('button', { name: 'QR-code tonen' }).click();
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  if (screenshots) await checkAccessibility(page, `${screenshots}-mfa-enrol`);
  await page.getByLabel('Code uit de app').fill(totpNow(secret));
  await page.getByRole('button', { name: 'Code bevestigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bewaar uw herstelcodes' }).waitFor();
  if (screenshots) await checkAccessibility(page, `${screenshots}-recovery-codes`);
  await page.getByLabel('Ik heb de herstelcodes veilig bewaard').check();
  await page.getByRole('button', { name: 'Verder naar Baken' }).click();
  // On to the page the user was going to, or the start page.
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  await page.locator('h1').first().waitFor();
  return secret;
}
