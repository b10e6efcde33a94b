/**
 * Real Chromium for browser tests (Debian's `chromium` package, driven by playwright-core).
 * On a laptop without Chromium the browser tests skip; under CI=true a missing browser fails.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { beforeAll, afterAll } from 'vitest';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const chromiumPath: string | null = CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;

if (!chromiumPath && process.env.CI === 'true') {
  throw new Error('CI=true nhưng không tìm thấy Chromium (cài gói Debian "chromium" hoặc đặt CHROMIUM_PATH). Browser tests must run in CI.');
}

/** True when browser tests can run here; use with `describe.skipIf(!browserAvailable)`. */
export const browserAvailable = chromiumPath !== null;

export function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium not found');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // This machine's network is closed: background services would only produce refused connections.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * One browser page for a describe block: launched before its tests, closed after them.
 * `session.page` is set once the block's first beforeAll has run.
 */
export function usePage(): { readonly page: Page } {
  const session = { page: undefined as unknown as Page, browser: null as Browser | null };
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.page = await (await session.browser.newContext()).newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
