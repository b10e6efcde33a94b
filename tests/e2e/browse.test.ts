/**
 * A citizen browses: home → documents by year → a directive → a numbered part.
 * Also: keyboard skip link, and axe (WCAG 2.2 A/AA) on each page type reached.
 */
import { describe, it, expect, beforeAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, usePage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const siteUrl = inject('siteUrl');

describe.skipIf(!browserAvailable)('browsing the portal', () => {
  const session = usePage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('goes from the home page to a document and one of its parts', async () => {
    await page.goto(siteUrl);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Cổng thông tin pháp luật');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '2026', exact: true }).first().click();
    await page.waitForURL(/\/van-ban\/theo-nam\/2026\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Năm ban hành: 2026');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /^Chỉ thị về đổi mới công tác thi hành pháp luật/ }).click();
    await page.waitForURL(/\/van-ban\/ban-thuong-vu-tinh-uy-dien-bien\/2026\/08-ct-tu\/$/);
    expect(await page.getByRole('term').first().textContent()).toBe('Số, ký hiệu:');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link', { name: /^4\.3\. / }).click();
    expect(new URL(page.url()).hash).toBe('#muc-4-3');
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe('muc-4-3');
    expect(await target.textContent()).toContain('Ngày đọc văn bản quy phạm pháp luật');
    expect(await target.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
  });

  it('opens a part directly from a shared link, and the part number links to itself', async () => {
    await page.goto(`${siteUrl}van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/#nhiem-vu-1`);
    expect(await page.locator(':target').textContent()).toContain('xong trước ngày 15/8/2026');
    expect(await page.getByRole('link', { name: 'Nhiệm vụ (1).' }).getAttribute('href')).toBe('#nhiem-vu-1');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('numbers the contents once: with the parts’ own numbers, not a list’s', async () => {
    await page.goto(`${siteUrl}van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/`);
    const toc = page.getByRole('navigation', { name: 'Mục lục' });
    expect(await toc.getByRole('link').first().textContent()).toMatch(/^1\. Tiếp tục quán triệt/);
    const markers = await toc.locator('li').evaluateAll((items) => [...new Set(items.map((li) => getComputedStyle(li).listStyleType))]);
    expect(markers).toEqual(['none']);
  });

  it('prints the document without the site navigation', async () => {
    await page.goto(`${siteUrl}van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Mục lục' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('#bang-nv-13').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints every table of a directive with a heading row short enough to be repeated on each A4 page', async () => {
    // css-tables-3 §6.2, which Chromium follows: a header group is repeated on the pages a table
    // spans only if it takes under a quarter of the page. global.css sets A4 with 18 mm margins.
    const mm = 96 / 25.4;
    const viewport = page.viewportSize();
    try {
      await page.setViewportSize({ width: Math.floor((210 - 2 * 16) * mm), height: 900 });
      await page.emulateMedia({ media: 'print' });
      for (const path of ['van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/', 'van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/']) {
        await page.goto(`${siteUrl}${path}`);
        const heads = await page.locator('main table thead').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.getBoundingClientRect().height));
        expect(heads.length).toBeGreaterThan(0);
        for (const height of heads) expect({ path, height: height < ((297 - 2 * 18) * mm) / 4 }).toEqual({ path, height: true });
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize(viewport!);
    }
  });

  it("puts each attribute's label above its value on a phone, beside it on a wider screen", async () => {
    const viewport = page.viewportSize();
    const left = async (role: 'term' | 'definition') => (await page.getByRole(role).nth(2).boundingBox())!.x;
    try {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`${siteUrl}van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/`);
      expect(await page.getByRole('term').nth(2).textContent()).toBe('Cơ quan ban hành:');
      expect(await left('definition')).toBe(await left('term'));
      await page.setViewportSize({ width: 1024, height: 800 });
      expect(await left('definition')).toBeGreaterThan((await left('term')) + 100);
    } finally {
      if (viewport) await page.setViewportSize(viewport);
    }
  });

  it('lets a keyboard user skip to the content', async () => {
    await page.goto(`${siteUrl}van-ban/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    // The fragment navigation completes after the key press returns: waited for, not raced.
    await page.waitForURL((url) => url.hash === '#noi-dung', { timeout: 5000 });
    expect(new URL(page.url()).hash).toBe('#noi-dung');
  });

  it('serves a Vietnamese 404 page for an unknown address', async () => {
    const response = await page.goto(`${siteUrl}van-ban/khong-co/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Không tìm thấy trang');
    expect(await axeViolations(page)).toEqual([]);
  });
});
