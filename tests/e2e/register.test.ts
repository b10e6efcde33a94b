/**
 * A reader follows the task register: narrows /nhiem-vu/ to one lead agency, then follows a task
 * to its row in the document. Also: the ?van-ban= link from a document page, resetting the
 * filters, the same journey without JavaScript (static agency page), and axe on the new pages.
 */
import { describe, it, expect, beforeAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, usePage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const siteUrl = inject('siteUrl');
const DB = 'dien-bien--08-ct-tu-2026--';
// 08-CT/TU appendix, column "Chủ trì": Sở Tư pháp in rows 2, 6, 7, 8 and 11.
const SO_TU_PHAP_LEADS = ['2', '6', '7', '8', '11'].map((k) => `${DB}${k}`);

async function visibleCardIds(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-task-id]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-task-id')!));
  return ids.sort();
}

describe.skipIf(!browserAvailable)('the task register', () => {
  const session = usePage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('narrows to one lead agency and follows a task to its row in the document', async () => {
    await page.goto(`${siteUrl}nhiem-vu/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sổ theo dõi nhiệm vụ');
    const count = page.getByRole('status');
    await expect.poll(() => count.textContent()).toBe('Đang hiện 22/22 nhiệm vụ');
    expect(await axeViolations(page)).toEqual([]);

    const agency = page.getByLabel('Cơ quan chủ trì', { exact: true });
    await agency.focus();
    await agency.selectOption({ label: 'Sở Tư pháp tỉnh Điện Biên (5)' });
    await expect.poll(() => count.textContent()).toBe('Đang hiện 5/22 nhiệm vụ');
    expect(await visibleCardIds(page)).toEqual([...SO_TU_PHAP_LEADS].sort());
    // Groups left without a visible task are hidden with their heading.
    expect(await page.getByRole('heading', { name: /^Chưa xác định thời hạn/ }).isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('co-quan')).toBe('so-tu-phap-dien-bien');

    await page.locator(`[data-task-id="${DB}2"]`).getByRole('link', { name: '08-CT/TU, dòng 2' }).click();
    await page.waitForURL(/\/van-ban\/ban-thuong-vu-tinh-uy-dien-bien\/2026\/08-ct-tu\/#bang-nv-2$/);
    expect(new URL(page.url()).hash).toBe('#bang-nv-2');
    const target = page.locator(':target');
    expect(await target.evaluate((el) => `${el.tagName.toLowerCase()}#${el.id}`)).toBe('tr#bang-nv-2');
    expect(await page.locator('tr#bang-nv-2').count()).toBe(1);
    expect(await target.textContent()).toContain('Xây dựng kế hoạch cụ thể hóa và tổ chức thực hiện Chỉ thị');
  });

  it('opens filtered to one document from the document page, and resets', async () => {
    await page.goto(`${siteUrl}van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/`);
    await page.getByRole('link', { name: 'Theo dõi trong Sổ nhiệm vụ' }).click();
    await page.waitForURL(/\/nhiem-vu\/\?van-ban=/);
    const count = page.getByRole('status');
    await expect.poll(() => count.textContent()).toBe('Đang hiện 9/22 nhiệm vụ');
    expect(await page.getByLabel('Văn bản', { exact: true }).inputValue()).toBe('thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat');
    expect((await visibleCardIds(page)).every((id) => id.startsWith('thai-nguyen--'))).toBe(true);

    // Narrowing further by status: the two weekly/monthly reports (BC1, BC2) are "Định kỳ".
    await page.getByLabel('Trạng thái', { exact: true }).selectOption({ label: 'Định kỳ (6)' });
    await expect.poll(() => count.textContent()).toBe('Đang hiện 2/22 nhiệm vụ');
    // The URL names the status as the static filter pages do (/nhiem-vu/trang-thai/dinh-ky/).
    expect(new URL(page.url()).searchParams.get('trang-thai')).toBe('dinh-ky');

    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => count.textContent()).toBe('Đang hiện 22/22 nhiệm vụ');
    expect(await visibleCardIds(page)).toHaveLength(22);
    expect(new URL(page.url()).search).toBe('');
  });

  it('opens a link shared with a former status code (?trang-thai=recurring) on the same filter, renamed', async () => {
    await page.goto(`${siteUrl}nhiem-vu/?trang-thai=recurring`);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Đang hiện 6/22 nhiệm vụ');
    expect(await page.getByLabel('Trạng thái', { exact: true }).inputValue()).toBe('dinh-ky');
    expect(new URL(page.url()).search).toBe('?trang-thai=dinh-ky');
  });

  it('speaks the count when a choice changes it or "Lọc" is pressed, not when the page loads', async () => {
    const tab = await page.context().newPage();
    // Watching from before the page is parsed: the filter's script runs once parsing is done
    // (readyState "interactive"), before DOMContentLoaded.
    await tab.addInitScript(() => {
      const said: string[] = [];
      (window as { said?: string[] }).said = said;
      new MutationObserver((records) => {
        if (document.readyState === 'loading') return;
        const region = document.querySelector('[data-task-filter-count]');
        if (region && records.some((r) => region.contains(r.target))) said.push(region.textContent ?? '');
      }).observe(document, { childList: true, characterData: true, subtree: true });
    });
    await tab.goto(`${siteUrl}nhiem-vu/`);
    await tab.locator('form[data-task-filter]').waitFor({ state: 'visible' });
    await tab.waitForTimeout(300);
    const said = () => tab.evaluate(() => (window as { said?: string[] }).said!.filter(Boolean));
    expect(await said()).toEqual([]);
    await tab.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(said).toEqual(['Đang hiện 22/22 nhiệm vụ']);
    await tab.getByLabel('Trạng thái', { exact: true }).selectOption('dinh-ky');
    await expect.poll(said).toEqual(['Đang hiện 22/22 nhiệm vụ', 'Đang hiện 6/22 nhiệm vụ']);
    await tab.close();
  });

  it('on a phone, folds the ready-made filter pages once the form filters in place, so the tasks come sooner', async () => {
    const phone = await page.context().browser()!.newContext({ viewport: { width: 360, height: 800 } });
    const tab = await phone.newPage();
    await tab.goto(`${siteUrl}nhiem-vu/`);
    await tab.locator('form[data-task-filter]').waitFor({ state: 'visible' });
    const pages = tab.locator('[data-task-filter-pages]');
    expect(await pages.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const folded = await tab.locator('[data-task-group]').first().evaluate((s) => s.getBoundingClientRect().top + window.scrollY);
    await pages.locator('summary').click();
    expect(await tab.getByRole('navigation', { name: 'Trang lọc nhiệm vụ' }).getByRole('link', { name: 'Quá hạn' }).isVisible()).toBe(true);
    const open = await tab.locator('[data-task-group]').first().evaluate((s) => s.getBoundingClientRect().top + window.scrollY);
    expect(open - folded).toBeGreaterThan(500);
    // Task tables are cards on a phone: nothing scrolls sideways, and a row's deadline and status
    // are on screen under their column's name, on an agency page and in the document's own table.
    for (const [path, deadline] of [['nhiem-vu/co-quan/so-tu-phap-dien-bien/', 'Thời hạn'], ['van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/', 'Thời gian hoàn thành']] as const) {
      await tab.goto(`${siteUrl}${path}`);
      const table = tab.locator('.lp-stack').first();
      expect(await table.evaluate((t) => t.scrollWidth - t.clientWidth), path).toBe(0);
      const cell = table.locator(`tbody td[data-label="${deadline}"]`).first();
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width, path).toBeLessThanOrEqual(360);
      expect(await cell.evaluate((c) => getComputedStyle(c, '::before').content), path).toContain(deadline);
      expect(await table.locator('tbody tr').first().locator('.lp-badge').isVisible(), path).toBe(true);
    }
    // Without JavaScript the pages are the way to filter: open.
    const plain = await (await page.context().browser()!.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false })).newPage();
    await plain.goto(`${siteUrl}nhiem-vu/`);
    expect(await plain.locator('[data-task-filter-pages]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await plain.context().close();
    await phone.close();
  });

  it('prints a shortened task of an agency page in full (paper cannot follow the link)', async () => {
    const tab = await (await page.context().browser()!.newContext()).newPage();
    await tab.goto(`${siteUrl}nhiem-vu/co-quan/dang-uy-ubnd-tinh-dien-bien/`);
    const cell = tab.locator('.lp-task-table tbody td').filter({ has: tab.locator('.lp-task-table__full') }).first();
    const full = (await cell.locator('.lp-task-table__full').textContent())!;
    const onScreen = await cell.innerText();
    expect(onScreen.endsWith('…')).toBe(true);
    expect(full.startsWith(onScreen.slice(0, -1).trim())).toBe(true);
    await tab.emulateMedia({ media: 'print' });
    expect(await cell.innerText()).toBe(full);
    await tab.context().close();
  });

  it('works without JavaScript: all tasks grouped, and a static link to the agency page', async () => {
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${siteUrl}nhiem-vu/?van-ban=dien-bien%2F08-ct-tu-2026`);
    expect(await plain.locator('form[data-task-filter]').isVisible()).toBe(false);
    expect(await visibleCardIds(plain)).toHaveLength(22);
    // It says why the link's filter is not applied, and where to go instead.
    // (Playwright's text engine skips <noscript>: read with CSS.)
    const notice = plain.locator('noscript p.lp-task-filters__noscript');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Trình duyệt không chạy JavaScript nên trang hiện mọi nhiệm vụ');

    await plain.getByRole('navigation', { name: 'Trang lọc nhiệm vụ' }).getByRole('link', { name: 'Sở Tư pháp tỉnh Điện Biên' }).click();
    await plain.waitForURL(/\/nhiem-vu\/co-quan\/so-tu-phap-dien-bien\/$/);
    expect(await plain.getByRole('heading', { level: 1 }).textContent()).toBe('Nhiệm vụ của Sở Tư pháp tỉnh Điện Biên');
    // Its own tasks, then those given to "các sở, ngành…" (giao chung), each in its section.
    const section = (name: RegExp) => plain.locator('section').filter({ has: plain.getByRole('heading', { level: 2, name }) });
    const ids = async (name: RegExp) => (await section(name).locator('[data-task-id]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-task-id')!))).sort();
    expect(await ids(/^Chủ trì \(5\)$/)).toEqual([...SO_TU_PHAP_LEADS].sort());
    expect(await ids(/^Chủ trì – giao chung/)).toContain('dien-bien--08-ct-tu-2026--3');
    expect(await plain.getByRole('link', { name: 'Lịch nhiệm vụ (iCalendar)' }).getAttribute('href')).toMatch(/\/lich\/co-quan\/so-tu-phap-dien-bien\.ics$/);
    await context.close();
  });

  it('has no axe violations on the agency list, an agency page and a filter page', async () => {
    for (const path of ['nhiem-vu/co-quan/', 'nhiem-vu/co-quan/so-tu-phap-dien-bien/', 'nhiem-vu/trang-thai/qua-han/', 'nhiem-vu/quy/2026-q2/']) {
      await page.goto(`${siteUrl}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
  });
});
