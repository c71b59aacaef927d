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
