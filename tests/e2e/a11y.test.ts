/**
 * Accessibility gate in real Chromium: axe-core (WCAG 2.2 A/AA) on one page of every page type
 * the build wrote (found from the built files, so new kinds of pages are covered), on a phone
 * and a desktop width; the edge of every form field (axe does not check it); the keyboard on a
 * document page (skip link, visible focus on every stop, no trap); and a document page read with
 * JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, browserAvailable } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { pageTypes } from '../support/page-types.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
/** Enough for every page type of the portal today, with room for more; a run stays a few minutes. */
const MAX_PAGES = 30;
const WIDTHS = [390, 1280];
const DOCUMENT = 'van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';

const types = pageTypes(siteDir);
const pages = [...types.map((t) => ({ name: t.pattern || '(trang chủ)', path: t.path })), { name: '404', path: '404.html' }];
if (pages.length > MAX_PAGES) console.warn(`a11y: ${pages.length} page types, checking the first ${MAX_PAGES}: ${pages.slice(MAX_PAGES).map((p) => p.name).join(', ')} not checked`);

/** The focused element: an identity, its text, and whether it shows a focus indicator on screen (runs in the page). */
function focusStop(): { id: string; text: string; indicator: boolean; visible: boolean } | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const text = (el.textContent ?? '').trim();
  return {
    id: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text.slice(0, 40)}" at ${Math.round(box.top + window.scrollY)},${Math.round(box.left)}`,
    text,
    indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
  };
}

/**
 * The form fields of the page whose edge does not stand out from what is around them (runs in the
 * page): WCAG 1.4.11 asks 3:1 for a field's boundary, its border or its own background, against
 * the background behind it.
 */
function faintFields(): string[] {
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (c: string) => {
    const [r, g, b] = rgb(c).map((v) => {
      const x = v / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
    return (x! + 0.05) / (y! + 0.05);
  };
  const opaque = (c: string) => rgb(c).length === 3 || rgb(c)[3] === 1;
  const behind = (el: Element): string => {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (opaque(bg)) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  const faint: string[] = [];
  for (const field of document.querySelectorAll<HTMLElement>('input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea')) {
    const box = field.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(field);
    const around = behind(field);
    const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' ? contrast(style.borderTopColor, around) : 0;
    const fill = opaque(style.backgroundColor) ? contrast(style.backgroundColor, around) : 0;
    if (Math.max(border, fill) < 3) faint.push(`${field.tagName.toLowerCase()}#${field.id}: ${Math.max(border, fill).toFixed(2)}:1`);
  }
  return faint;
}

describe.skipIf(!browserAvailable)('accessibility of every page type', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the page types from the built site', () => {
    const patterns = types.map((t) => t.pattern);
    expect(patterns).toContain('');
    expect(patterns).toContain('van-ban/*/*/*');
    expect(patterns).toContain('nhiem-vu');
    expect(patterns).toContain('tim-kiem');
  });

  for (const { name, path } of pages.slice(0, MAX_PAGES)) {
    it(`${name}: no axe violations at ${WIDTHS.join(' and ')} px`, async () => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${siteUrl}${path}`);
        const violations = await axeViolations(page);
        expect(violations, `${path} at ${width} px`).toEqual([]);
      }
    });
  }

  // WCAG 1.4.10 (Reflow): readable at 320 CSS px without scrolling sideways; wide tables scroll
  // inside their own region (.lp-table-scroll), the page does not.
  it('no page scrolls sideways at 320 px, with JavaScript or without', async () => {
    const wide: string[] = [];
    for (const javaScriptEnabled of [true, false]) {
      const phone = await browser.newContext({ viewport: { width: 320, height: 740 }, javaScriptEnabled });
      const tab = await phone.newPage();
      for (const { path } of pages.slice(0, MAX_PAGES)) {
        await tab.goto(`${siteUrl}${path}`);
        const width = await tab.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`/${path}${javaScriptEnabled ? '' : ' (không JavaScript)'}: ${width} px`);
      }
      await phone.close();
    }
    expect(wide).toEqual([]);
  });

  // On a phone the header (brand, sections, search field) must leave the screen to the page: it
  // took 298 px of a 360 × 740 screen, 40 %, with the sections in rows a line apart.
  it('on a 360 × 740 phone the header takes at most a third of the screen, and its search field keeps its name', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await phone.newPage();
    await tab.goto(`${siteUrl}${DOCUMENT}`);
    const height = await tab.evaluate(() => document.querySelector('header')!.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(740 / 3);
    expect(await tab.getByRole('searchbox', { name: 'Tìm văn bản, nhiệm vụ' }).count()).toBe(1);
    const button = await tab.evaluate(() => {
      const field = document.querySelector('#lp-q-header')!.getBoundingClientRect();
      const submit = document.querySelector('header button[type="submit"]')!.getBoundingClientRect();
      return { sameRow: Math.abs(field.top - submit.top) < field.height, width: field.width };
    });
    // The "Tìm" button beside the field names it on screen (its label is for assistive technology only).
    expect(button.sameRow).toBe(true);
    expect(button.width).toBeGreaterThan(150);
    await phone.close();
  });

  // The header must not change shape from page to page: the current section was bold, and at 390 px
  // its wider word wrapped the sections into a third row on three pages of nine.
  it('on phones the header is the same height on every page type, whichever section is current', async () => {
    const heights = new Map<string, string[]>();
    for (const width of [360, 390, 412]) {
      const phone = await browser.newContext({ viewport: { width, height: 800 } });
      const tab = await phone.newPage();
      for (const { path } of pages.slice(0, MAX_PAGES)) {
        await tab.goto(`${siteUrl}${path}`);
        // A printable page (a reading-day issue's "bản in") has no site header.
        const height = await tab.evaluate(() => document.querySelector('.lp-header')?.getBoundingClientRect().height ?? null);
        if (height === null) continue;
        const key = `${width} px: ${Math.round(height)} px`;
        heights.set(key, [...(heights.get(key) ?? []), `/${path}`]);
      }
      await phone.close();
    }
    // One height per width: the keys start with each width once.
    expect([...heights.keys()].map((k) => k.split(':')[0]), JSON.stringify(Object.fromEntries(heights), null, 1)).toEqual(['360 px', '390 px', '412 px']);
  });

  // WCAG 1.4.1: a link in running text must not be told apart by colour alone. The parts'
  // numbers ("1.", "2.1.") were bold links without an underline, beside bold numbers that are not.
  it('links in a document\'s text are underlined, not told apart by colour alone', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${siteUrl}${DOCUMENT}`);
    const links = await page.locator('.lp-doc-body a').evaluateAll((as) => as.map((a) => ({ text: a.textContent?.trim(), line: getComputedStyle(a).textDecorationLine })));
    expect(links.filter((l) => l.text === '1.').length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.line.includes('underline'))).toEqual([]);
  });

  // A task row's status badge and the portal's reading of its deadline sit in the document's own
  // cell: sighted readers tell them apart by their look, a screen reader by these words.
  it('a task row says to a screen reader which words are the portal\'s and which the document\'s', async () => {
    await page.goto(`${siteUrl}${DOCUMENT}`);
    const cell = await page.locator('tr#bang-nv-2 > td').last().ariaSnapshot();
    expect(cell).toContain('Quý II/2026 Trạng thái theo Cổng: Quá hạn – chưa có báo cáo Cổng hiểu thời hạn là: Trong khoảng 01/04/2026 – 30/06/2026');
  });

  // Landmarks are how screen-reader users move around a page: two search landmarks without names
  // (the header's and the home page's) could not be told apart.
  it('every search landmark has a name of its own on every page type', async () => {
    const unnamed: string[] = [];
    for (const { path } of pages.slice(0, MAX_PAGES)) {
      await page.goto(`${siteUrl}${path}`);
      const names = await page.locator('[role="search"], search').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      if (names.some((n) => !n.trim()) || new Set(names).size !== names.length) unnamed.push(`/${path}: ${JSON.stringify(names)}`);
    }
    expect(unnamed).toEqual([]);
  });

  it('every form field stands out from the page around it (3:1 for its edge)', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const faint: string[] = [];
    for (const { path } of pages.slice(0, MAX_PAGES)) {
      await page.goto(`${siteUrl}${path}`);
      faint.push(...(await page.evaluate(faintFields)).map((f) => `/${path}: ${f}`));
    }
    expect(faint).toEqual([]);
  });

  it('keyboard on a document page: skip link first, a visible focus on every stop, no trap', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${siteUrl}${DOCUMENT}`);
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(focusStop);
      expect(stop, `Tab ${i + 1} left the page's focusable elements`).not.toBeNull();
      if (i === 0) expect(stop!.text).toBe('Bỏ qua, đến nội dung chính');
      expect(stop!.indicator, `no focus indicator on ${stop!.id}`).toBe(true);
      expect(stop!.visible, `${stop!.id} is focused but not on screen`).toBe(true);
      // A trap keeps focus on the same element, or cycles within a few.
      expect(seen.at(-1), `focus stuck on ${stop!.id}`).not.toBe(stop!.id);
      seen.push(stop!.id);
    }
    expect(new Set(seen).size).toBe(30);
    // And back: Shift+Tab returns to the stop before.
    await page.keyboard.press('Shift+Tab');
    expect((await page.evaluate(focusStop))?.id).toBe(seen.at(-2));
  });

  it("a document's task table is a region named by its number and its heading, which holds the table", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${siteUrl}${DOCUMENT}`);
    const region = page.getByRole('region', { name: 'Bảng 1, mục PHỤ LỤC' });
    expect(await region.count()).toBe(1);
    expect(await region.getByRole('columnheader', { name: 'Thời gian hoàn thành' }).count()).toBe(1);
  });

  // The region is a tab stop so that a keyboard can scroll it (its markup says tabindex="0", which
  // stays without JavaScript); where its table fits, the stop would lead nowhere.
  it("a table's region is a tab stop while it scrolls, and only then", async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`${siteUrl}${DOCUMENT}`);
    const region = page.getByRole('region', { name: 'Bảng 1, mục PHỤ LỤC' });
    const state = () => region.evaluate((el) => ({
      scrolls: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
      tabindex: el.getAttribute('tabindex'),
    }));
    // On a phone the task table is read as cards: nothing scrolls.
    await expect.poll(state).toEqual({ scrolls: false, tabindex: null });
    // The table comes to be wider than the screen (a larger text size, say): the stop is back.
    await region.evaluate((el) => { (el.firstElementChild as HTMLElement).style.minWidth = '2000px'; });
    await expect.poll(state).toEqual({ scrolls: true, tabindex: '0' });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  it('a document page reads without JavaScript: title, attributes and text are there', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await noJs.newPage();
      await p.goto(`${siteUrl}${DOCUMENT}`);
      await expect(p.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Chỉ thị về đổi mới công tác thi hành pháp luật/);
      expect(await p.getByRole('term').first().textContent()).toBe('Số, ký hiệu:');
      expect(await p.locator('#muc-4-3').textContent()).toContain('Ngày đọc văn bản quy phạm pháp luật');
      expect(await p.locator('#muc-4-3').isVisible()).toBe(true);
    } finally {
      await noJs.close();
    }
  });
});
