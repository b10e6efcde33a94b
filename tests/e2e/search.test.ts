/**
 * Search in real Chromium against the built bundled content: real queries typed into the
 * labelled search box, and the right page first.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser, browserAvailable, usePage } from '../support/browser.ts';
import { buildSite } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { OUTPUT } from '../support/paths.ts';
import { SCOPES, type Scope } from '../../src/lib/search/filters.ts';
import { readableSpelling } from '../../src/lib/search/index-spelling.ts';

const siteUrl = inject('siteUrl');
const DIEN_BIEN = 'van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
const THAI_NGUYEN = 'van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/';
const SEARCH_BOX = 'Từ khóa hoặc số, ký hiệu văn bản';

let browser: Browser;

/** Waits until the results shown are the answer to `query`. */
async function resultsFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const list = document.querySelector('[data-search-results]');
    return list?.getAttribute('data-search-state') === 'done' && list.getAttribute('data-search-query') === q;
  }, query);
}

/** Opens the search page (optionally with URL parameters), types the query and presses Enter. */
async function search(page: Page, query: string, params = ''): Promise<void> {
  await page.goto(`${siteUrl}tim-kiem/${params}`);
  const box = page.getByRole('searchbox', { name: SEARCH_BOX });
  await box.fill(query);
  await box.press('Enter');
  await resultsFor(page, query);
}

const results = (page: Page) => page.locator('[data-search-results] > li');
const firstHref = async (page: Page) => new URL((await results(page).first().getByRole('link').getAttribute('href'))!, page.url()).href;
const firstExcerpt = (page: Page) => results(page).first().locator('[data-result-excerpt]');
const marks = (page: Page) => firstExcerpt(page).locator('mark').allTextContents();

describe.skipIf(!browserAvailable)('search', () => {
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('Vietnamese without diacritics', () => {
    it('"dien bien" puts the Điện Biên directive first and marks "Điện Biên" as written', async () => {
      await search(page, 'dien bien');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
      expect(await marks(page)).toContain('Điện Biên');
      const excerpt = (await firstExcerpt(page).textContent())!;
      expect(excerpt).not.toMatch(/\bdien\b|\bbien\b/i);
      expect(excerpt).not.toContain('⁂');
    });

    it('"doi thoai" finds "đối thoại" (08-CT/TU) before "theo dõi"', async () => {
      await search(page, 'doi thoai');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
      expect(await firstExcerpt(page).innerHTML()).toContain('<mark>đối thoại</mark>');
    });

    it('"thai nguyen" puts the Thái Nguyên directive first', async () => {
      await search(page, 'thai nguyen');
      expect(await firstHref(page)).toBe(`${siteUrl}${THAI_NGUYEN}`);
      expect(await marks(page)).toContain('Thái Nguyên');
    });

    it('"phuong thuc" finds "phương thức": marks other than đ are folded by Pagefind itself', async () => {
      await search(page, 'phuong thuc');
      expect(await results(page).count()).toBeGreaterThan(0);
      expect((await marks(page)).join(' ').toLowerCase()).toMatch(/phương|thức/);
    });

    it('shows no folded words that are not on the page in any excerpt', async () => {
      // "Đảng ủy" is always written with its marks; the index holds it folded, and spelled with ḍ
      // (index-spelling.ts): neither may show.
      await search(page, 'dang uy');
      const excerpts = await page.locator('[data-result-excerpt]').allTextContents();
      expect(excerpts.length).toBeGreaterThan(1);
      for (const e of excerpts) {
        expect(e).not.toMatch(/dang uy/i);
        expect(e).not.toContain('⁂');
        expect(e).not.toMatch(/[ḍḌḏḎ]/);
      }
      expect(await marks(page)).toContain('Đảng ủy');
    });

    it('with diacritics, ranks the exact phrase first', async () => {
      await search(page, 'Điện Biên');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
      expect(await marks(page)).toContain('Điện Biên');
    });

    it('a query with đ is also searched with Pagefind\'s exact diacritics, which keep "diện" out of "Điện"', async () => {
      // What search-engine.ts (exactSearch) relies on, asked of the built short index itself.
      await page.goto(`${siteUrl}tim-kiem/`);
      const bundle = `${new URL(siteUrl).pathname}${SCOPES.brief.dirs[0]}pagefind.js`;
      // A string, so vitest leaves the dynamic import for the browser to run.
      const { folded, exact } = await page.evaluate<{ folded: string[]; exact: string[] }>(`(async () => {
        const pf = await import('${bundle}');
        await pf.options({ baseUrl: '/', noWorker: true });
        const contents = async () => Promise.all((await pf.search('ḍiện')).results.map(async (r) => (await r.data()).content));
        const folded = await contents();
        await pf.options({ exactDiacritics: true });
        return { folded, exact: await contents() };
      })()`);
      // Folded, "ḍiện" finds the pages that write only "toàn diện" too; exact, only those with "Điện".
      expect(folded.some((c) => !/ḍiện/i.test(c))).toBe(true);
      expect(exact.length).toBeGreaterThan(0);
      for (const c of exact) expect(c).toMatch(/ḍiện/i);
    });
  });

  describe('document numbers in any spelling', () => {
    // "chỉ thị 08": the type's name as people say it (a Q&A titled "Chỉ thị 08-CT/TU yêu cầu gì…" came first).
    for (const query of ['08-CT/TU', '08-ct/tu', '08 CT TU', 'CT 08', 'chỉ thị 08', 'chi thi so 08']) {
      it(`"${query}" puts 08-CT/TU first`, async () => {
        await search(page, query);
        expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
        await expect(results(page).first().locator('[data-result-number]').textContent()).resolves.toBe('08-CT/TU');
        // Marked where the result shows it: in its line of attributes (the excerpt is from the text).
        await expect(results(page).first().locator('[data-result-number] mark').textContent()).resolves.toBe('08-CT/TU');
      });
    }

    it('"178-QD/TW" finds both pages that cite 178-QĐ/TW first', async () => {
      await search(page, '178-QD/TW');
      const hrefs = await results(page).getByRole('heading').getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(new Set(hrefs.slice(0, 3))).toContain(`${siteUrl}${DIEN_BIEN}`);
      expect(new Set(hrefs.slice(0, 3))).toContain(`${siteUrl}${THAI_NGUYEN}`);
      expect(await marks(page)).toContain('178-QĐ/TW');
    });

    it('says that no page has a number the portal does not hold, instead of listing pages that share its letters', async () => {
      for (const query of ['09-CT/TU', '999-QD/TW']) {
        await search(page, query);
        expect(await results(page).count()).toBe(0);
        expect(await page.getByRole('status').textContent()).toBe(`Không có văn bản nào số hiệu “${query}” trên Cổng, cũng không có nội dung nào nêu số hiệu này. Hãy kiểm tra lại số hiệu, hoặc tìm theo tên, nội dung văn bản.`);
      }
      // A number cited but not itself on the portal is still found, in the pages that cite it.
      await search(page, '66-NQ/TW');
      expect(await results(page).count()).toBeGreaterThan(0);
    });

    it('"05/QD-BCD" puts the Thái Nguyên directive, which cites 05/QĐ-BCĐ, first', async () => {
      await search(page, '05/QD-BCD');
      expect(await firstHref(page)).toBe(`${siteUrl}${THAI_NGUYEN}`);
      expect(await marks(page)).toContain('05/QĐ-BCĐ');
    });
  });

  describe('filters, sort and the URL', () => {
    it('"Ngày đọc văn bản" filtered to tasks puts task 8 first, and the filter is in the URL', async () => {
      await page.goto(`${siteUrl}tim-kiem/`);
      await page.getByLabel('Loại nội dung').selectOption({ label: 'Nhiệm vụ' });
      const box = page.getByRole('searchbox', { name: SEARCH_BOX });
      await box.fill('Ngày đọc văn bản');
      await box.press('Enter');
      await resultsFor(page, 'Ngày đọc văn bản');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}#bang-nv-8`);
      for (const kind of await results(page).locator('.lp-result__kind').allTextContents()) expect(kind).toBe('Nhiệm vụ');
      const url = new URL(page.url());
      expect(url.searchParams.get('q')).toBe('Ngày đọc văn bản');
      expect(url.searchParams.get('noi-dung')).toBe('nhiem-vu');
    });

    it('runs a shared URL with its filter: tasks only, "doi thoai" gives task 9', async () => {
      await page.goto(`${siteUrl}tim-kiem/?q=doi+thoai&noi-dung=nhiem-vu`);
      await resultsFor(page, 'doi thoai');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}#bang-nv-9`);
      await expect(page.getByLabel('Loại nội dung').inputValue()).resolves.toBe('nhiem-vu');
    });

    it('filters by year without a query, and sorts by date', async () => {
      await page.goto(`${siteUrl}tim-kiem/?nam=khong-ghi-ngay&noi-dung=van-ban`);
      await resultsFor(page, '');
      expect(await results(page).count()).toBe(1);
      expect(await firstHref(page)).toBe(`${siteUrl}${THAI_NGUYEN}`);
      await page.goto(`${siteUrl}tim-kiem/?q=chi+thi&noi-dung=van-ban&sap-xep=moi-nhat`);
      await resultsFor(page, 'chi thi');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
      await expect(page.getByLabel('Sắp xếp').inputValue()).resolves.toBe('moi-nhat');
    });

    it('opening /tim-kiem/?q=08+CT+TU runs the query', async () => {
      await page.goto(`${siteUrl}tim-kiem/?q=08+CT+TU`);
      await resultsFor(page, '08 CT TU');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
      await expect(page.getByRole('searchbox', { name: SEARCH_BOX }).inputValue()).resolves.toBe('08 CT TU');
      expect(await page.getByRole('status').textContent()).toMatch(/^Tìm thấy \d+ kết quả cho “08 CT TU”/);
    });

    it('searches as the user types and keeps the query in the URL', async () => {
      await page.goto(`${siteUrl}tim-kiem/`);
      await page.getByRole('searchbox', { name: SEARCH_BOX }).pressSequentially('thai nguyen', { delay: 30 });
      await resultsFor(page, 'thai nguyen');
      expect(await firstHref(page)).toBe(`${siteUrl}${THAI_NGUYEN}`);
      expect(new URL(page.url()).searchParams.get('q')).toBe('thai nguyen');
    });

    it('while typing slowly, the live region speaks once, after the reader stops, not at every pause', async () => {
      await page.goto(`${siteUrl}tim-kiem/`);
      await page.evaluate(() => {
        const said: string[] = [];
        (window as { said?: string[] }).said = said;
        const region = document.querySelector('[data-search-status]')!;
        new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
      });
      // 350 ms between keys: longer than the 250 ms pause that starts a search.
      await page.getByRole('searchbox', { name: SEARCH_BOX }).pressSequentially('dien bien', { delay: 350 });
      await resultsFor(page, 'dien bien');
      await page.waitForFunction(() => ((window as { said?: string[] }).said ?? []).length > 0, null, { timeout: 5000 });
      await page.waitForTimeout(300);
      const said = await page.evaluate(() => (window as { said?: string[] }).said!.filter(Boolean));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^Tìm thấy \d+ kết quả cho “dien bien”/);
    });

    it('goes Back and Forward through the searches made, not through each pause in typing', async () => {
      await search(page, 'dien bien');
      const box = page.getByRole('searchbox', { name: SEARCH_BOX });
      await box.fill('');
      await box.pressSequentially('doi thoai', { delay: 30 });
      await resultsFor(page, 'doi thoai');
      await box.press('Enter');
      await page.getByLabel('Loại nội dung').selectOption({ label: 'Nhiệm vụ' });
      await page.waitForURL(/noi-dung=nhiem-vu/);
      await resultsFor(page, 'doi thoai');
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('q') === 'doi thoai' && !url.searchParams.has('noi-dung'));
      await resultsFor(page, 'doi thoai');
      await expect(page.getByLabel('Loại nội dung').inputValue()).resolves.toBe('');
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('q') === 'dien bien');
      await resultsFor(page, 'dien bien');
      await expect(box.inputValue()).resolves.toBe('dien bien');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
      await page.goForward();
      await page.waitForURL((url) => url.searchParams.get('q') === 'doi thoai');
      await resultsFor(page, 'doi thoai');
      await expect(box.inputValue()).resolves.toBe('doi thoai');
    });

    it('shows no results heading before anything is asked', async () => {
      await page.goto(`${siteUrl}tim-kiem/`);
      await resultsFor(page, '');
      expect(await page.getByRole('heading', { name: 'Kết quả tìm kiếm' }).isVisible()).toBe(false);
      await search(page, 'dien bien');
      expect(await page.getByRole('heading', { name: 'Kết quả tìm kiếm' }).isVisible()).toBe(true);
    });

    it('the header search box of any page leads to the results', async () => {
      await page.goto(`${siteUrl}van-ban/`);
      await page.getByLabel('Tìm văn bản, nhiệm vụ').fill('dien bien');
      await page.getByLabel('Tìm văn bản, nhiệm vụ').press('Enter');
      await page.waitForURL(/\/tim-kiem\/\?q=dien\+bien$/);
      await resultsFor(page, 'dien bien');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
    });
  });

  describe('loading results as they are shown', () => {
    it('shows the first ten pages, then the next ones with "Xem thêm kết quả", focus on the first new result', async () => {
      await search(page, 'dien bien');
      const count = Number(await page.locator('[data-search-results]').getAttribute('data-search-count'));
      expect(count).toBeGreaterThan(10);
      const pages = async () => (await results(page).getByRole('heading').getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).filter((h) => !h.includes('#'));
      expect(await pages()).toHaveLength(10);
      const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
      await expect(more.isVisible()).resolves.toBe(true);
      const before = await results(page).count();
      await more.click();
      await resultsFor(page, 'dien bien');
      expect(await results(page).nth(before).getByRole('link').evaluate((a) => document.activeElement === a)).toBe(true);
      const all = await pages();
      expect(all).toHaveLength(count);
      expect(new Set(all).size).toBe(count);
      await expect(more.isVisible()).resolves.toBe(false);
    });
  });

  describe('coming back from a result', () => {
    it('shows the results that were loaded, scrolled where the reader left them', async () => {
      await search(page, 'dien bien');
      await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
      await resultsFor(page, 'dien bien');
      const loaded = await results(page).count();
      const target = results(page).nth(loaded - 2).getByRole('heading').getByRole('link');
      await target.scrollIntoViewIfNeeded();
      const left = await page.evaluate(() => scrollY);
      expect(left).toBeGreaterThan(500);
      // Marks this document, to check below that Back loaded the page again (the case to handle:
      // a page restored whole from the back-forward cache would pass without it).
      await page.evaluate(() => ((window as { left?: boolean }).left = true));
      const href = await target.evaluate((a) => (a as HTMLAnchorElement).href);
      await target.click();
      await page.waitForURL(href);
      await page.goBack();
      await page.waitForURL(/\/tim-kiem\/\?q=dien\+bien$/);
      await resultsFor(page, 'dien bien');
      expect(await page.evaluate(() => (window as { left?: boolean }).left)).toBeUndefined();
      await expect.poll(() => results(page).count()).toBe(loaded);
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(left);
      expect(await page.getByRole('button', { name: 'Xem thêm kết quả' }).isVisible()).toBe(false);
    });
  });

  describe('index text', () => {
    it('cuts excerpts from the page\'s text, not from the title and attributes the result already shows', async () => {
      await search(page, 'thai nguyen');
      const first = results(page).first();
      expect(await firstHref(page)).toBe(`${siteUrl}${THAI_NGUYEN}`);
      const title = (await first.getByRole('heading').textContent())!.trim();
      const excerpt = (await firstExcerpt(page).textContent())!;
      // The signer is an attribute only; the title opens the page's text as Pagefind holds it.
      expect(excerpt).not.toContain('Nguyễn Đăng Bình');
      expect(excerpt).not.toContain(title);
      expect(await marks(page)).toContain('Thái Nguyên');
      // Still found by an attribute alone, and by the title.
      await search(page, 'Nguyễn Đăng Bình');
      expect(await firstHref(page)).toBe(`${siteUrl}${THAI_NGUYEN}`);
      await search(page, title);
      expect(await firstHref(page)).toBe(`${siteUrl}${THAI_NGUYEN}`);
    });

    /** What an index (all its bundles) holds for the documents, read with Pagefind's own browser API. */
    async function documentContents(scope: Scope): Promise<{ url: string; content: string }[]> {
      await page.goto(`${siteUrl}tim-kiem/`);
      // A string, so vitest leaves the dynamic import for the browser to run.
      const [first, ...others] = SCOPES[scope].dirs.map((dir) => `${new URL(siteUrl).pathname}${dir}`);
      return page.evaluate(`(async () => {
        const pf = await import('${first}pagefind.js');
        await pf.options({ baseUrl: '/', noWorker: true });
        for (const path of ${JSON.stringify(others)}) await pf.mergeIndex(path, { baseUrl: '/' });
        const found = await pf.search(null, { filters: { kind: 'van-ban' } });
        return Promise.all(found.results.map(async (r) => {
          const d = await r.data();
          return { url: d.url, content: d.content };
        }));
      })()`);
    }

    it.each(['brief', 'full'] as const)('%s: no words run together across cells, terms or lines, and no boilerplate', async (scope) => {
      const indexed = await documentContents(scope);
      expect(indexed).toHaveLength(2);
      // The index holds đ spelled as Pagefind folds it (ḍ, d with a dot below), which the page writes back.
      for (const { content } of indexed) expect(content).not.toMatch(/[đĐ]/);
      expect(indexed.find((d) => d.url.endsWith('/08-ct-tu/'))!.content).toContain('Tỉnh ủy Ḍiện Biên');
      const docs = indexed.map((d) => ({ ...d, content: readableSpelling(d.content) }));
      const dienBien = docs.find((d) => d.url.endsWith('/08-ct-tu/'))!.content;
      // The attributes' values, without their labels (the same on every document).
      expect(dienBien).toContain('08-CT/TU Chỉ thị Ban Thường vụ Tỉnh ủy Điện Biên');
      expect(dienBien).not.toMatch(/Loại văn bản|Ngày ban hành|Cơ quan ban hành/);
      // The full text holds the directive's text, and its task rows as a heading and the task's
      // text, cells named; the short index neither.
      const full = scope === 'full';
      expect(dienBien.includes('kinh nghiệm thực tiễn')).toBe(full);
      expect(dienBien.includes('Nhiệm vụ 3: Ban hành các cơ chế')).toBe(full);
      expect(dienBien.includes('Cấp ủy theo dõi: Đảng ủy HĐND tỉnh; Đảng ủy UBND tỉnh.')).toBe(full);
      // Its summary is in both.
      expect(dienBien).toContain('Ban Thường vụ Tỉnh ủy Điện Biên yêu cầu các cấp ủy');
      for (const { content } of docs) {
        // Hidden match text sits between two marks, at the start and after each task.
        const visible = content.replace(/⁂⁂[\s\S]*?(?:⁂⁂|$)/g, ' ');
        expect(visible).not.toMatch(/\bdang uy\b|\bvbso/);
        // A lowercase letter straight before a capital or a digit: two words glued together.
        expect(visible.split(/\s+/).filter((w) => /\p{Ll}[\p{Lu}\p{N}]/u.test(w))).toEqual([]);
        expect(visible).not.toContain('Nơi nhận');
        expect(visible).not.toContain('Quá hạn');
        expect(visible).not.toContain('Mục lục');
        expect(visible).not.toContain('Tải văn bản');
      }
    });
  });

  describe('short index and full text', () => {
    const fullTextLink = (page: Page) => page.getByRole('link', { name: 'Tìm cùng từ khóa trong toàn văn các văn bản' });

    it('answers from the short index when asked to, and offers the full text', async () => {
      await search(page, 'doi moi cong tac thi hanh', '?pham-vi=tom-tat');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
      expect(await page.getByRole('status').textContent()).toMatch(/ trong tiêu đề và tóm tắt\.$/);
      await expect(fullTextLink(page).isVisible()).resolves.toBe(true);
      expect(page.url()).toContain('pham-vi=tom-tat');
    });

    it('finds words of the full text only in the full text, by default or from the link', async () => {
      // "mỏng" ("nguồn nhân lực … còn mỏng"): the opening paragraph of 08-CT/TU, not its title or summary.
      await search(page, 'mỏng', '?pham-vi=tom-tat');
      // (Pagefind offers near words of other pages, "môn", when a word is not in the index.)
      const hrefs = await results(page).getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs).not.toContain(`${siteUrl}${DIEN_BIEN}`);
      expect(await page.getByRole('status').textContent()).toMatch(/ cho “mỏng” trong tiêu đề và tóm tắt\./);
      await fullTextLink(page).click();
      await page.waitForURL(/pham-vi=toan-van/);
      await resultsFor(page, 'mỏng');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
      expect(await marks(page)).toContain('mỏng');
      expect(await page.getByLabel('Tìm trong').inputValue()).toBe('toan-van');
      await expect(fullTextLink(page).isVisible()).resolves.toBe(false);

      // By default the short index found nothing, so the full text answered.
      await search(page, 'mỏng');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}`);
      expect(await page.getByRole('status').textContent()).toMatch(/ trong toàn văn\.$/);
      expect(page.url()).not.toContain('pham-vi');
    });
  });

  describe('tasks', () => {
    it('are looked for in the full text, where the task rows are, whatever the scope', async () => {
      await page.goto(`${siteUrl}tim-kiem/?q=doi+thoai&noi-dung=nhiem-vu&pham-vi=tom-tat`);
      await resultsFor(page, 'doi thoai');
      expect(await firstHref(page)).toBe(`${siteUrl}${DIEN_BIEN}#bang-nv-9`);
      expect(await page.getByRole('status').textContent()).toMatch(/ trong toàn văn \(đã lọc\)\.$/);
    });
  });

  describe('accessibility', () => {
    it('renders results as a labelled list of links, with the count in a live region', async () => {
      await search(page, 'thi hanh phap luat');
      const list = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
      const items = list.getByRole('listitem');
      expect(await items.count()).toBeGreaterThan(1);
      expect(await items.first().getByRole('link').count()).toBe(1);
      const status = page.getByRole('status');
      const answered = await list.getAttribute('data-search-scope');
      const where = answered === 'brief' ? 'trong tiêu đề và tóm tắt' : 'trong toàn văn';
      const count = Number(await list.getAttribute('data-search-count'));
      const shown = await items.count();
      // The sentence counts what was found, and says how many the list holds when fewer.
      expect(await status.textContent()).toBe(`Tìm thấy ${count} kết quả cho “thi hanh phap luat” ${where}${shown < count ? `; đang hiện ${shown}` : ''}.`);
    });

    it('counts the tasks it lists, not only the pages that hold them', async () => {
      // "quy II": documents and tasks whose deadline is in the second quarter, from the full text.
      await page.goto(`${siteUrl}tim-kiem/?q=${encodeURIComponent('quy II')}&pham-vi=toan-van`);
      await page.locator('[data-search-results][data-search-state="done"]').waitFor();
      const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
      while (await more.isVisible()) {
        await more.click();
        await page.locator('[data-search-results][data-search-state="done"]').waitFor();
      }
      const items = await results(page).count();
      const tasks = await results(page).getByRole('heading').getByRole('link').evaluateAll((as) => as.filter((a) => (a as HTMLAnchorElement).hash.startsWith('#bang-nv')).length);
      expect(tasks).toBeGreaterThan(0);
      expect(await page.locator('[data-search-results]').getAttribute('data-search-count')).toBe(String(items));
      expect(await page.getByRole('status').textContent()).toBe(`Tìm thấy ${items} kết quả cho “quy II” trong toàn văn.`);
    });

    it('on a phone, folds the filters unless the URL chose one, so the first result is on the first screen', async () => {
      // 360 × 800: the most common phone screen.
      const phone = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const tab = await phone.newPage();
      await tab.goto(`${siteUrl}tim-kiem/?q=dien+bien`);
      await resultsFor(tab, 'dien bien');
      const panel = tab.locator('[data-search-panel]');
      expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      const top = await results(tab).first().evaluate((li) => li.getBoundingClientRect().top);
      expect(top).toBeLessThan(800);
      // A filter in the URL shows the filters, so what narrows the results is in view.
      await tab.goto(`${siteUrl}tim-kiem/?q=doi+thoai&loai=nhiem-vu`);
      await resultsFor(tab, 'doi thoai');
      expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await panel.locator('summary').click();
      expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await phone.close();
    });

    it('on a 320 px screen, the header box\'s example and the portal\'s own choices (where to look, order) are not cut', async () => {
      const phone = await browser.newContext({ viewport: { width: 320, height: 740 } });
      const tab = await phone.newPage();
      await tab.goto(`${siteUrl}tim-kiem/?pham-vi=toan-van`); // a choice in the URL opens the filters
      await tab.locator('[data-search-form]').waitFor({ state: 'visible' });
      // Text wider than its box's content (a select's arrow takes about 20 px of it), measured in the box's font.
      const cut = await tab.evaluate(() => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        const over = (el: HTMLElement, text: string, arrow: number) => {
          const s = getComputedStyle(el);
          ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
          return ctx.measureText(text).width > el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - arrow;
        };
        const header = document.querySelector<HTMLInputElement>('#lp-q-header')!;
        const selects = [...document.querySelectorAll<HTMLSelectElement>('[data-search-scope], [data-search-sort]')];
        return [
          ...(over(header, header.placeholder, 0) ? [header.placeholder] : []),
          ...selects.flatMap((sel) => [...sel.options].filter((o) => over(sel, o.text, 20)).map((o) => o.text)),
        ];
      });
      expect(cut).toEqual([]);
      await phone.close();
    });

    it('reaches the first result from the search box with Tab alone, with a visible focus', async () => {
      await page.goto(`${siteUrl}tim-kiem/`);
      await page.getByRole('searchbox', { name: SEARCH_BOX }).focus();
      await page.keyboard.type('dien bien');
      await page.keyboard.press('Enter');
      await resultsFor(page, 'dien bien');
      const first = results(page).first().getByRole('link');
      let reached = false;
      for (let i = 0; i < 15 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await first.evaluate((a) => document.activeElement === a);
      }
      expect(reached).toBe(true);
      const outline = await first.evaluate((a) => getComputedStyle(a).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${siteUrl}${DIEN_BIEN}`);
    });

    it('explains itself and links to the browsable lists without JavaScript', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const noJs = await context.newPage();
      await noJs.goto(`${siteUrl}tim-kiem/?q=dien+bien`);
      // Playwright's text and role engines skip <noscript>, so these read it with CSS selectors.
      const notice = noJs.locator('noscript p').first();
      await expect(notice.isVisible()).resolves.toBe(true);
      expect(await notice.textContent()).toContain('cần JavaScript');
      await expect(noJs.locator('noscript a[href="/van-ban/"]').first().isVisible()).resolves.toBe(true);
      await expect(noJs.locator('noscript a[href="/van-ban/theo-loai/chi-thi/"]').textContent()).resolves.toBe('Chỉ thị');
      await expect(noJs.locator('[data-search-results]').isVisible()).resolves.toBe(false);
      // No form that nothing would answer.
      await expect(noJs.locator('[data-search-form]').isVisible()).resolves.toBe(false);
      await context.close();
    });
  });
});

describe.skipIf(!browserAvailable)('search under a base path', () => {
  let server: StaticServer;
  let baseBrowser: Browser;
  let page: Page;

  beforeAll(async () => {
    const outDir = join(OUTPUT, 'site-base-path');
    const built = await buildSite({ outDir, env: { BASE_PATH: '/phapluat/' } });
    if (built.code !== 0) throw new Error(`${built.stdout}\n${built.stderr}`);
    server = await serveStatic(outDir, '/phapluat/');
    baseBrowser = await launchBrowser();
    page = await baseBrowser.newPage();
  });
  afterAll(async () => {
    await baseBrowser?.close();
    await server?.close();
  });

  it('loads the index and links pages and tasks under /phapluat/', async () => {
    await page.goto(`${server.url}tim-kiem/?q=ngay+doc+van+ban&noi-dung=nhiem-vu`);
    await resultsFor(page, 'ngay doc van ban');
    expect(await firstHref(page)).toBe(new URL(`/phapluat/${DIEN_BIEN}#bang-nv-8`, server.url).href);
    await page.goto(`${server.url}tim-kiem/?q=08-CT%2FTU`);
    await resultsFor(page, '08-CT/TU');
    expect(await firstHref(page)).toBe(new URL(`/phapluat/${DIEN_BIEN}`, server.url).href);
  });
});

describe.skipIf(!browserAvailable)('Pagefind files sent with and without Content-Encoding: gzip', () => {
  // deploy/nginx.conf sends Pagefind's gzipped files with the header (the browser unpacks them);
  // a host that does not leaves them to Pagefind's own gunzip. Search must work either way.
  const session = usePage();

  for (const contentEncoding of [true, false]) {
    it(contentEncoding ? 'with the header, as deploy/nginx.conf sends them' : 'without it, as some hosts send them', async () => {
      const server = await serveStatic(inject('siteDir'), '/', { contentEncoding });
      const { page } = session;
      const encodings = new Set<string>();
      const record = (r: Response) => {
        if (/\/pagefind\/.+\.(pf_[a-z]+|pagefind)$/.test(new URL(r.url()).pathname)) encodings.add(r.headers()['content-encoding'] ?? 'none');
      };
      page.on('response', record);
      try {
        await page.goto(`${server.url}tim-kiem/?q=dien+bien`);
        await resultsFor(page, 'dien bien');
        expect(await firstHref(page)).toBe(`${server.url}${DIEN_BIEN}`);
        expect(await marks(page)).toContain('Điện Biên');
        expect([...encodings]).toEqual([contentEncoding ? 'gzip' : 'none']);
      } finally {
        page.off('response', record);
        await server.close();
      }
    });
  }
});
