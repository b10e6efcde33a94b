/**
 * Real Chromium for browser tests (Debian's `chromium` package, driven by playwright-core).
 * On a laptop without Chromium the browser tests skip; under CI=true a missing browser fails.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
