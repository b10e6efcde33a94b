/**
 * Security in real Chromium: the pages' Content-Security-Policy is in force and nothing the
 * portal does breaks it (every page type loading its scripts, search with its WebAssembly, the
 * register's filters), and no request leaves the site's own origin.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, browserAvailable } from '../support/browser.ts';
import { pageTypes } from '../support/page-types.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const origin = new URL(siteUrl).origin;
const DOCUMENT = 'van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';

interface Watched {
  page: Page;
  /** Console messages about the Content-Security-Policy (Chromium logs every violation). */
  csp: string[];
  /** Every URL the page requested. */
  requests: string[];
}

describe.skipIf(!browserAvailable)('security', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function watch(): Promise<Watched> {
    const page = await (await browser.newContext()).newPage();
    const w: Watched = { page, csp: [], requests: [] };
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) w.csp.push(m.text());
    });
    page.on('request', (r) => w.requests.push(r.url()));
    return w;
  }

  function offSite(w: Watched): string[] {
    return w.requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
  }

  it('a document page: no CSP violation, no third-party request', async () => {
    const w = await watch();
    await w.page.goto(`${siteUrl}${DOCUMENT}`, { waitUntil: 'load' });
    expect(w.csp).toEqual([]);
    expect(offSite(w)).toEqual([]);
    expect(w.requests.length).toBeGreaterThan(1);
  });

  it('search runs Pagefind (WebAssembly) under the policy, with no third-party request', async () => {
    const w = await watch();
    await w.page.goto(`${siteUrl}tim-kiem/?q=dien+bien`);
    await w.page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('data-search-state') === 'done');
    expect(await w.page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    expect(w.requests.some((u) => /\/pagefind\/.*wasm/.test(u))).toBe(true);
    expect(w.csp).toEqual([]);
    expect(offSite(w)).toEqual([]);
  });

  it('the register filters under the policy, with no third-party request', async () => {
    const w = await watch();
    await w.page.goto(`${siteUrl}nhiem-vu/`);
    await w.page.getByLabel('Trạng thái').selectOption({ index: 1 });
    await w.page.waitForURL(/trang-thai=/);
    expect(w.csp).toEqual([]);
    expect(offSite(w)).toEqual([]);
  });

  it('every page type loads, scripts included, with no CSP violation and no third-party request', async () => {
    const w = await watch();
    const paths = pageTypes(siteDir).map((t) => t.path);
    for (const path of paths) {
      const before = w.csp.length;
      await w.page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      expect(w.csp.slice(before), path).toEqual([]);
    }
    expect(paths.length).toBeGreaterThan(10);
    expect(offSite(w)).toEqual([]);
  });

  it('the policy is in force: a script injected into the page does not run', async () => {
    const w = await watch();
    await w.page.goto(`${siteUrl}${DOCUMENT}`);
    const violation = w.page.waitForEvent('console', (m) => /Content Security Policy/i.test(m.text()));
    // An inline script runs as soon as it is inserted, if the policy lets it.
    const ran = await w.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.documentElement.dataset.injected = "yes"';
      document.body.append(s);
      return document.documentElement.dataset.injected === 'yes';
    });
    expect(ran).toBe(false);
    expect((await violation).text()).toMatch(/script-src/);
  });
});
