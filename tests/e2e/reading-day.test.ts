/**
 * The legal reading day in a real browser: a participant answers the quiz with the keyboard only
 * and hears the score; without JavaScript the answers are still reachable; the handout prints to
 * clean A4 pages (no site chrome, answers on the last page); axe on the issue page and handout.
 */
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, browserAvailable } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const siteUrl = inject('siteUrl');
const ISSUE = 'ngay-doc-van-ban/2026-12/';
const HANDOUT = 'ngay-doc-van-ban/2026-12/ban-in/';

/** The focused element's id, or "" when none has one. */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the element with `id` has focus (at most `limit` times). */
async function tabTo(page: Page, id: string, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedId(page)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Pages of a PDF: page objects, not the /Pages tree nodes. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe.skipIf(!browserAvailable)('the legal reading day', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('scores a quiz answered with the keyboard only, one answer deliberately wrong', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${siteUrl}${ISSUE}`);
    const score = page.getByRole('button', { name: 'Chấm điểm' });
    await score.waitFor({ state: 'visible' });
    expect(await page.getByText('Chọn một phương án cho mỗi câu').innerText()).toContain('rồi bấm “Chấm điểm”.');
    expect(await axeViolations(page)).toEqual([]);

    // Câu 1 (right: B): Tab into the group lands on A; the down arrow moves to B and checks it.
    await tabTo(page, 'cau-2026-12-1-0');
    await page.keyboard.press('ArrowDown');
    // Câu 2 (right: A): past "Xem đáp án" to the next group, Space checks A.
    await tabTo(page, 'cau-2026-12-2-0', 3);
    await page.keyboard.press('Space');
    // Câu 3 (right: B).
    await tabTo(page, 'cau-2026-12-3-0', 3);
    await page.keyboard.press('ArrowDown');
    // Câu 4 (right: A).
    await tabTo(page, 'cau-2026-12-4-0', 3);
    await page.keyboard.press('Space');
    // Câu 5 (right: B): C, on purpose.
    await tabTo(page, 'cau-2026-12-5-0', 3);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');

    const checked = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((r) => r.id));
    expect(checked).toEqual(['cau-2026-12-1-1', 'cau-2026-12-2-0', 'cau-2026-12-3-1', 'cau-2026-12-4-0', 'cau-2026-12-5-2']);

    // Past the last "Xem đáp án" to the button, and press it with Space.
    for (let i = 0; i < 3 && !(await score.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await score.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');

    const status = page.locator('[data-quiz]').getByRole('status');
    expect(await status.textContent()).toBe('Bạn trả lời đúng 4/5 câu.');
    const result = (n: number) => page.getByRole('group', { name: new RegExp(`^Câu ${n}\\.`) }).locator('xpath=following-sibling::p[1]');
    expect(await result(1).textContent()).toBe('Đúng.');
    expect(await result(5).textContent()).toBe('Sai. Đáp án đúng: B.');
    expect(await page.getByText('Mục 4.1: các sản phẩm truyền thông pháp luật số').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps every answer reachable without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}${ISSUE}`);
    expect(await page.getByRole('button', { name: 'Chấm điểm' }).isVisible()).toBe(false);
    // …and the instructions do not ask for it.
    const instructions = page.getByText('Chọn một phương án cho mỗi câu');
    expect(await instructions.innerText()).toBe('Chọn một phương án cho mỗi câu. Đáp án và giải thích của từng câu nằm trong mục “Xem đáp án”.');
    const explanation = page.getByText('Mục 4.3: “Tập trung hướng dẫn các lĩnh vực công chức chuyên môn xã còn yếu');
    expect(await explanation.isVisible()).toBe(false);
    await tabTo(page, 'cau-2026-12-2-0');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xem đáp án');
    await page.keyboard.press('Enter');
    expect(await explanation.isVisible()).toBe(true);
    await context.close();
  });

  it('prints the handout to clean A4 pages, the answers starting a page of their own at the end', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${siteUrl}${HANDOUT}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.getByRole('search').count()).toBe(0);
    expect(await page.getByRole('contentinfo').count()).toBe(0);
    expect(await page.getByRole('link', { name: '← Về trang trực tuyến' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ngày đọc văn bản tháng 12/2026');
    expect(await page.getByRole('img', { name: /^Mã QR dẫn tới trang trực tuyến https:\/\// }).isVisible()).toBe(true);

    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(6);
    // The answers start a page of their own: the handout's heading followed by the answers takes
    // one page more than the answers alone. Flowing on, the answers would share the heading's page.
    const keepOnly = (keep: string) =>
      page.evaluate((selector) => {
        for (const child of [...document.querySelector('main')!.children]) if (!child.matches(selector)) child.remove();
      }, keep);
    await keepOnly('[data-handout-answers]');
    const answersOnly = pdfPageCount(await page.pdf({ format: 'A4' }));
    await page.reload();
    await keepOnly('.lp-handout__head, [data-handout-answers]');
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(answersOnly + 1);
    expect(answersOnly).toBeLessThan(pages);
    await page.context().close();
  });

  it('prints the issue page itself: each question whole on a sheet, no screen-only controls, and where the answers and the page are online', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${siteUrl}${ISSUE}`);
    const source = page.locator('.lp-print-source');
    const handoutNote = page.locator('.lp-reading-day__print');
    // On screen: the quiz's own controls, no paper notes.
    await expect(page.getByRole('button', { name: 'Chấm điểm' }).isVisible()).resolves.toBe(true);
    expect([await source.isVisible(), await handoutNote.isVisible()]).toEqual([false, false]);
    await page.emulateMedia({ media: 'print' });
    const items = page.locator('[data-quiz-item]');
    expect(await items.count()).toBe(5);
    expect(await items.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside))).toEqual(Array(5).fill('avoid'));
    expect(await page.getByText('Xem đáp án').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Chấm điểm' }).isVisible()).toBe(false);
    expect(await page.getByText('rồi bấm “Chấm điểm”').isVisible()).toBe(false);
    expect(await handoutNote.textContent()).toContain(`${new URL(HANDOUT, 'https://phapluat.example.gov.vn/').href}`);
    expect(await source.isVisible()).toBe(true);
    expect(await source.textContent()).toBe(`Cổng thông tin pháp luật – Sở Tư pháp. Bản trực tuyến: https://phapluat.example.gov.vn/${ISSUE}`);
    await page.context().close();
  });

  // The leader keeps one sheet: 01/2027's last leader note once fell on a fifth page of its own,
  // after six answers each naming the same long document title.
  it('prints each issue\'s answers and leader notes on one A4 page, naming a shared source once', async () => {
    const page = await (await browser.newContext()).newPage();
    for (const month of ['2026-12', '2027-01']) {
      await page.goto(`${siteUrl}ngay-doc-van-ban/${month}/ban-in/`);
      await page.emulateMedia({ media: 'print' });
      const source = page.locator('[data-answers-source]');
      const name = /^Các câu đều căn cứ vào (.+)\.$/.exec((await source.textContent())!)?.[1];
      expect(name, month).toBeTruthy();
      const cites = await page.locator('[data-handout-answers] li .lp-handout__cite').allTextContents();
      expect(cites.length, month).toBeGreaterThan(2);
      expect(cites.filter((c) => !c.startsWith('Căn cứ: ') || c.includes(name!)), month).toEqual([]);
      await page.evaluate(() => {
        for (const child of [...document.querySelector('main')!.children]) if (!child.matches('[data-handout-answers]')) child.remove();
      });
      expect(await page.getByRole('heading', { name: 'Ghi chú cho người chủ trì' }).count(), month).toBe(1);
      expect(pdfPageCount(await page.pdf({ format: 'A4' })), month).toBe(1);
    }
    await page.context().close();
  });

  // Each heading says what its section holds (WCAG 2.4.6): 12/2026 reads 08-CT/TU in two places
  // (part 4, then appendix rows 7 to 10), which had two identical headings.
  it('gives no two headings of an issue, online or printed, the same text', async () => {
    const page = await (await browser.newContext()).newPage();
    for (const path of ['ngay-doc-van-ban/2026-12/', 'ngay-doc-van-ban/2026-12/ban-in/', 'ngay-doc-van-ban/2027-01/']) {
      await page.goto(`${siteUrl}${path}`);
      const headings = await page.locator('main').getByRole('heading').allTextContents();
      expect(headings.filter((h, i) => headings.indexOf(h) !== i), path).toEqual([]);
    }
    await page.goto(`${siteUrl}ngay-doc-van-ban/2026-12/`);
    expect(await page.getByRole('heading', { name: 'Chỉ thị 08-CT/TU của Ban Thường vụ Tỉnh ủy Điện Biên: Bảng nhiệm vụ, dòng 7 đến 10' }).count()).toBe(1);
    await page.context().close();
  });

  it('passes axe on the archive and on the Thái Nguyên issue', async () => {
    const page = await (await browser.newContext()).newPage();
    for (const path of ['ngay-doc-van-ban/', 'ngay-doc-van-ban/2027-01/', 'ngay-doc-van-ban/2027-01/ban-in/']) {
      await page.goto(`${siteUrl}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.context().close();
  });
});
