/**
 * The legal reading day as built (as of 2026-11-23): the archive, the two issue pages with every
 * reading linked to an anchor that exists on its document page, the printable handouts (QR code
 * to the full URL, no site chrome, answers last), the home-page block and the calendar.
 */
import ICAL from 'ical.js';
import QRCode from 'qrcode';
import { describe, it, expect, inject } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, visibleText } from '../support/html.ts';

const siteDir = inject('siteDir');
const SITE = 'https://phapluat.example.gov.vn';
const MONTHS = ['2026-12', '2027-01'];

/** Site paths of the internal links of a page that point at a part of a page ("…/#muc-4-3"). */
function anchorLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*#[^"]+)"/g)].map((m) => m[1]!).filter((h) => !h.startsWith('/#') && !/^#/.test(h));
}

describe('reading-day pages', () => {
  it('lists both issues in the archive, newest month first, each with its handout', () => {
    const html = readPage(siteDir, '/ngay-doc-van-ban/');
    const issues = [...html.matchAll(/href="\/ngay-doc-van-ban\/(\d{4}-\d{2})\/"/g)].map((m) => m[1]);
    expect(issues).toEqual(['2027-01', '2026-12']);
    for (const m of MONTHS) expect(html).toContain(`href="/ngay-doc-van-ban/${m}/ban-in/"`);
    expect(html).toContain('href="/lich/ngay-doc-van-ban.ics"');
  });

  it('links every reading and every quiz citation to an anchor present on the document page', () => {
    let checked = 0;
    for (const m of MONTHS) {
      const html = readPage(siteDir, `/ngay-doc-van-ban/${m}/`);
      const links = anchorLinks(html).filter((h) => h.startsWith('/van-ban/'));
      expect(links.length, m).toBeGreaterThan(5);
      for (const link of links) {
        const [path, anchor] = link.split('#') as [string, string];
        expect(readPage(siteDir, path), link).toContain(`id="${anchor}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('quotes the parts read, and offers the quiz as radio groups with the answers in <details>', () => {
    const html = readPage(siteDir, '/ngay-doc-van-ban/2026-12/');
    const text = visibleText(html);
    expect(text).toContain('4.3. Tăng cường tổ chức quán triệt văn bản quy phạm pháp luật, triển khai thực hiện mô hình “Ngày đọc văn bản quy phạm pháp luật”');
    expect(text).toContain('Thời gian hoàn thành Thực hiện định kỳ hằng tháng hoặc hằng quý');
    expect(html.match(/<fieldset/g)).toHaveLength(5);
    expect(html.match(/type="radio"/g)).toHaveLength(17);
    expect(html.match(/<summary[^>]*>Xem đáp án<\/summary>/g)).toHaveLength(5);
    expect(text).toContain('Xem đáp án Đáp án đúng: B. Hàng tháng');
    expect(html).toMatch(/<p class="lp-quiz__status"[^>]*role="status"/);
    expect(html).toContain('data-pagefind-body');
  });

  it('features the next issue on the home page (none for November 2026)', () => {
    const html = readPage(siteDir, '/');
    expect(html).toMatch(/<h2 id="ngay-doc"[^>]*>Ngày đọc văn bản sắp tới<\/h2>/);
    expect(html).toContain('data-home-reading-day="2026-12"');
    expect(html).toContain('href="/ngay-doc-van-ban/2026-12/"');
  });

  it('adds "Ngày đọc" to the site navigation, current on the reading-day pages', () => {
    const html = readPage(siteDir, '/ngay-doc-van-ban/2027-01/');
    expect(html).toMatch(/<a href="\/ngay-doc-van-ban\/" aria-current="page"[^>]*>Ngày đọc<\/a>/);
  });
});

describe('the printable handout', () => {
  for (const m of MONTHS) {
    it(`${m}: prints the full URL with a QR code of it, no site chrome, and the answers last`, async () => {
      const html = readPage(siteDir, `/ngay-doc-van-ban/${m}/ban-in/`);
      const url = `${SITE}/ngay-doc-van-ban/${m}/`;
      expect(html).toMatch(new RegExp(`<span class="lp-handout__url"[^>]*>${url}</span>`));
      const svg = /<svg role="img" aria-label="([^"]+)"[^>]*>([\s\S]*?)<\/svg>/.exec(html);
      expect(svg?.[1]).toBe(`Mã QR dẫn tới trang trực tuyến ${url}`);
      // Same URL, same options: the same modules. A QR code of another URL would differ.
      const expected = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      const paths = (s: string) => [...s.matchAll(/ d="([^"]+)"/g)].map((p) => p[1]);
      expect(paths(svg![2]!)).toEqual(paths(expected));
      expect(html).not.toMatch(/<nav\b|<header\b|class="lp-header|class="lp-footer|role="search"/);
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const sections = [...main.matchAll(/<section aria-labelledby="([^"]+)"/g)].map((s) => s[1]);
      expect(sections.at(-1)).toBe('dap-an');
      expect(sections.indexOf('trac-nghiem')).toBe(sections.length - 2);
      const quiz = main.slice(main.indexOf('id="trac-nghiem"'), main.indexOf('id="dap-an"'));
      expect(quiz).not.toContain('Đáp án đúng');
      expect(visibleText(quiz)).toMatch(/Khoanh tròn một phương án/);
      expect(main).toMatch(/class="lp-handout__answers"[^>]*data-handout-answers/);
    });
  }

  it('keeps the answers on a page of their own when printed', () => {
    const cssFiles = [...readPage(siteDir, '/ngay-doc-van-ban/2026-12/ban-in/').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    const css = cssFiles.map((f) => readFileSync(join(siteDir, f), 'utf8')).join('\n');
    expect(css).toMatch(/\.lp-handout__answers[^{]*\{[^}]*break-before:\s*page/);
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
  });
});

describe('/lich/ngay-doc-van-ban.ics', () => {
  it('has one all-day event per issue on its session day, with stable UIDs', () => {
    const file = join(siteDir, 'lich/ngay-doc-van-ban.ics');
    expect(existsSync(file)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('uid')))).toEqual([
      'ngay-doc-van-ban-2026-12@phapluat.example.gov.vn',
      'ngay-doc-van-ban-2027-01@phapluat.example.gov.vn',
    ]);
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstart')))).toEqual(['2026-12-16', '2027-01-13']);
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstamp')))).toEqual(['2026-11-23T00:00:00Z', '2026-11-23T00:00:00Z']);
    expect(String(events[0]!.getFirstPropertyValue('url'))).toBe(`${SITE}/ngay-doc-van-ban/2026-12/`);
  });
});
