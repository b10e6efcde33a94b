/**
 * A reader finds infographics: the gallery, an infographic page (the drawing is one image named by
 * its title, its content readable as text under it, downloads served), from a document page, and
 * the charts drawn from a document's task table on the document page itself; axe (WCAG 2.2 A/AA)
 * on the gallery, on an infographic page with a who-does-what table and on a document page.
 */
import { describe, it, expect, beforeAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, usePage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const siteUrl = inject('siteUrl');

describe.skipIf(!browserAvailable)('infographics', () => {
  const session = usePage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('has an accessible gallery, reached from the main navigation', async () => {
    await page.goto(siteUrl);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Infographic' }).click();
    await page.waitForURL(/\/infographic\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Infographic');
    expect(await page.getByRole('link', { name: 'Phụ lục Chỉ thị 08-CT/TU: ai làm gì?' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the drawing as one named image, with its content as text under it', async () => {
    await page.getByRole('link', { name: 'Phụ lục Chỉ thị 08-CT/TU: ai làm gì?' }).click();
    await page.waitForURL(/\/infographic\/ai-lam-gi-phu-luc-chi-thi-08\/$/);
    const image = page.getByRole('img', { name: 'Phụ lục Chỉ thị 08-CT/TU: ai làm gì?' });
    expect(await image.count()).toBe(1);
    expect(await image.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
    expect(await image.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(200);
    const table = page.getByRole('table');
    expect(await table.getByRole('columnheader', { name: 'Sở Tư pháp' }).count()).toBe(1);
    expect(await table.getByRole('rowheader', { name: '13. Sơ, tổng kết việc thực hiện Chỉ thị' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on a phone, the who-does-what table is a card per task naming only the agencies with a role, still a table to assistive technology', async () => {
    const phone = await page.context().browser()!.newContext({ viewport: { width: 360, height: 800 } });
    const tab = await phone.newPage();
    await tab.goto(`${siteUrl}infographic/ai-lam-gi-phu-luc-chi-thi-08/`);
    const region = tab.locator('.lp-stack').first();
    expect(await region.evaluate((r) => r.scrollWidth - r.clientWidth)).toBe(0);
    // Task 8 ("Ngày đọc văn bản"): Sở Tư pháp leads, the provincial People's Committee's Party committee oversees.
    const row = tab.getByRole('row').filter({ has: tab.getByRole('rowheader', { name: /^8\. Mô hình/ }) });
    const shown = await row.locator('td').evaluateAll((cells) => cells.filter((c) => getComputedStyle(c).display !== 'none').map((c) => `${c.dataset.label}: ${c.textContent}`));
    expect(shown).toEqual(['Sở Tư pháp: Chủ trì', 'Đảng ủy UBND tỉnh: Theo dõi chỉ đạo']);
    expect(await row.locator('td').count()).toBeGreaterThan(shown.length);
    expect(await tab.getByRole('table').getByRole('columnheader', { name: 'Sở Tư pháp' }).count()).toBe(1);
    await phone.close();
  });

  // Lines are measured in Noto Sans; a browser without it (this Chromium draws in DejaVu Sans,
  // which is wider) ran them past the drawing's edge ("ban hành mới c|ơ").
  it('keeps every line of a drawing inside it in whatever font the browser has', async () => {
    const tab = await page.context().newPage();
    await tab.goto(`${siteUrl}infographic/chi-thi-08-ct-tu-trong-mot-trang/`);
    const outside = await tab.locator('main svg[role="img"]').first().evaluate((svg) => {
      const width = (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].filter((t) => {
        const box = (t as SVGTextElement).getBBox();
        return box.x < -0.5 || box.x + box.width > width + 0.5;
      }).map((t) => t.textContent);
    });
    expect(outside).toEqual([]);
    await tab.close();
  });

  it('serves the downloads as SVG and PNG', async () => {
    const png = await page.request.get(await page.getByRole('link', { name: /^Ảnh PNG, rộng 1080 px/ }).getAttribute('href').then((h) => new URL(h!, page.url()).href));
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    expect((await png.body()).readUInt32BE(16)).toBe(1080);
    const svg = await page.request.get(new URL((await page.getByRole('link', { name: /^Ảnh SVG/ }).getAttribute('href'))!, page.url()).href);
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    expect(await svg.text()).toContain('<title id="ig-ai-lam-gi-phu-luc-chi-thi-08-tieu-de">Phụ lục Chỉ thị 08-CT/TU: ai làm gì?</title>');
  });

  it('is listed on the page of a document it cites', async () => {
    await page.goto(`${siteUrl}van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/`);
    await page.getByRole('region', { name: 'Infographic' }).getByRole('link', { name: /các mốc thời hạn và lịch báo cáo/ }).click();
    await page.waitForURL(/\/infographic\/thoi-han-chi-thi-thai-nguyen\/$/);
    expect(await page.getByRole('list').filter({ hasText: '15/08/2026' }).first().textContent()).toContain('02 tỉnh Thái Nguyên và Bắc Kạn');
  });

  it('shows the charts drawn from a task table on the document page, with their content as text', async () => {
    await page.goto(`${siteUrl}van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#co-quan-chu-tri-dien-bien--08-ct-tu-2026`);
    const chart = page.getByRole('region', { name: 'Ai chủ trì các nhiệm vụ theo Chỉ thị 08-CT/TU' });
    const image = chart.getByRole('img', { name: 'Ai chủ trì các nhiệm vụ theo Chỉ thị 08-CT/TU' });
    expect(await image.getAttribute('src')).toBe('/infographic/co-quan-chu-tri-dien-bien--08-ct-tu-2026.svg');
    await expect.poll(() => image.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(200);
    expect(await image.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(200);
    // The text alternative opens without JavaScript's help (a <details>), and reads as a table.
    const table = chart.getByRole('table');
    expect(await table.isVisible()).toBe(false);
    await chart.getByText('Nội dung biểu đồ dạng văn bản').click();
    expect(await table.getByRole('rowheader', { name: 'Sở Tư pháp tỉnh Điện Biên' }).count()).toBe(1);
    expect(await chart.getByRole('link', { name: 'Tải ảnh PNG, rộng 1080 px' }).getAttribute('href')).toBe('/infographic/co-quan-chu-tri-dien-bien--08-ct-tu-2026.png');
    expect(await axeViolations(page)).toEqual([]);
  });
});
