/**
 * Deployed under a sub-path: a build with SITE_URL=https://tinh.gov.vn BASE_PATH=/phapluat/ has
 * every URL in the sitemap, feeds, JSON, canonical, Open Graph and JSON-LD under
 * https://tinh.gov.vn/phapluat/, and no page links or loads anything from the host's root.
 */
import ExcelJS from 'exceljs';
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { buildSite } from '../support/site.ts';
import { IMPLEMENTING_DOC, makeContent } from '../support/content-fixture.ts';
import { SCOPES } from '../../src/lib/search/filters.ts';
import { OUTPUT } from '../support/paths.ts';
import { canonical, htmlFiles, jsonLdBlocks, meta, urlExists, urlsIn } from '../support/opendata.ts';

const SITE = 'https://tinh.gov.vn/phapluat/';
const dir = join(OUTPUT, 'site-subpath');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
/** Every URL must be under the base and be a file of the built site. */
const expectOurs = (url: string, where: string) => {
  expect(url.startsWith(SITE), `${where}: ${url}`).toBe(true);
  expect(urlExists(dir, SITE, url), `${where}: ${url} is not a built file`).toBe(true);
};

// Links an editor writes from the site's root, in a document body and in an answer: they point
// into the portal under its base too.
const DOC_08 = '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
const QA = 'hoi-dap/ngay-doc-van-ban-quy-pham-phap-luat.md';
const content = makeContent([
  { file: 'van-ban/dien-bien/15-kh-tu-2026.md', write: IMPLEMENTING_DOC.replace('theo mục 4.3 của Chỉ thị.', `theo [mục 4.3 của Chỉ thị](${DOC_08}#muc-4-3).`) },
  { file: QA, replace: 'Chỉ thị không mô tả cách tổ chức', with: `Xem [dòng 8 của Phụ lục](${DOC_08}#bang-nv-8). Chỉ thị không mô tả cách tổ chức` },
]);

let log = '';
beforeAll(async () => {
  const built = await buildSite({ contentDir: content, outDir: dir, env: { SITE_URL: 'https://tinh.gov.vn', BASE_PATH: '/phapluat/' } });
  if (built.code !== 0) throw new Error(`${built.stdout}\n${built.stderr}`);
  log = `${built.stdout}\n${built.stderr}`;
});

describe('a build under https://tinh.gov.vn/phapluat/', () => {
  it('sitemap.xml and robots.txt', () => {
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(20);
    for (const l of locs) expectOurs(l, 'sitemap.xml');
    expect(read('robots.txt')).toContain('Sitemap: https://tinh.gov.vn/phapluat/sitemap.xml');
  });

  it('feeds: channel, self, item links and guids', () => {
    for (const feed of ['rss/van-ban.xml', 'rss/ngay-doc-van-ban.xml']) {
      const xml = read(feed);
      const urls = [...xml.matchAll(/<(?:link|guid)[^>]*>([^<]*)</g), ...xml.matchAll(/<atom:link href="([^"]*)"/g)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(3);
      for (const u of urls) expectOurs(u, feed);
    }
  });

  it('documents.json and each document JSON', () => {
    const list = JSON.parse(read('api/documents.json')) as { site: string; documents: { json: string }[] };
    expect(list.site).toBe(SITE);
    for (const u of urlsIn(list)) expect(u.startsWith(SITE), u).toBe(true);
    for (const d of list.documents) {
      expectOurs(d.json, 'documents.json');
      const one = JSON.parse(readFileSync(join(dir, d.json.slice(SITE.length)), 'utf8')) as unknown;
      for (const u of urlsIn(one)) expect(u.startsWith(SITE), u).toBe(true);
    }
    // The task register export too.
    for (const u of urlsIn(JSON.parse(read('api/tasks.json')))) expect(u.startsWith(SITE), u).toBe(true);
  });

  it('the register as CSV and Excel, and every calendar', async () => {
    const urls = (text: string) => [...text.matchAll(/https?:\/\/[^\s",;<>]+/g)].map((m) => m[0]);
    const csv = urls(read('api/tasks.csv'));
    expect(csv.length).toBeGreaterThan(0);
    for (const u of csv) expectOurs(u, 'tasks.csv');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, 'api/tasks.xlsx')) as unknown as ArrayBuffer);
    const links: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => { if (cell.hyperlink) links.push(cell.hyperlink); })));
    expect(links.length).toBeGreaterThan(1);
    for (const u of links) expectOurs(u, 'tasks.xlsx');
    const calendars = ['lich/nhiem-vu.ics', 'lich/ngay-doc-van-ban.ics', ...['van-ban', 'co-quan'].flatMap((d) => readdirSync(join(dir, 'lich', d)).map((f) => `lich/${d}/${f}`))];
    for (const file of calendars) {
      // Lines folded at 75 octets are joined first (RFC 5545 §3.1).
      const found = [...read(file).replace(/\r\n[ \t]/g, '').matchAll(/^URL[^:]*:(.+)$/gm)].map((m) => m[1]!.trim());
      expect(found.length, file).toBeGreaterThan(0);
      for (const u of found) expectOurs(u, file);
    }
  });

  it('canonical, og:url, og:image, twitter:image and JSON-LD of every page', () => {
    const pages = htmlFiles(dir).filter((f) => f.endsWith('index.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const html = read(p);
      expectOurs(canonical(html)!, `${p} canonical`);
      // Printable copies (noindex) name the page they copy as canonical and carry no sharing tags.
      if (/<meta name="robots" content="noindex/.test(html)) continue;
      expect(canonical(html)).toBe(SITE + p.replace(/index\.html$/, ''));
      for (const key of ['og:url', 'og:image', 'twitter:image']) expectOurs(meta(html, key)!, `${p} ${key}`);
      for (const ld of jsonLdBlocks(html)) {
        for (const u of urlsIn(ld).filter((x) => !x.startsWith('https://schema.org'))) expectOurs(u, `${p} JSON-LD`);
      }
    }
    expect(jsonLdBlocks(read('van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/index.html'))[0]).toMatchObject({
      url: `${SITE}van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/`,
      image: `${SITE}og/van-ban/dien-bien--08-ct-tu-2026.png`,
    });
  });

  it('gives links written from the site root in a body or an answer the base', () => {
    expect(read('van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/15-kh-tu/index.html')).toContain(`<a href="/phapluat${DOC_08}#muc-4-3">mục 4.3 của Chỉ thị</a>`);
    expect(read('hoi-dap/ngay-doc-van-ban-quy-pham-phap-luat/index.html')).toContain(`<a href="/phapluat${DOC_08}#bang-nv-8">dòng 8 của Phụ lục</a>`);
    // The open data's HTML of the body too (the Markdown keeps the link as written).
    expect(read('api/van-ban/dien-bien--15-kh-tu-2026.json')).toContain(`href=\\"/phapluat${DOC_08}#muc-4-3\\"`);
  });

  it('no HTML file links, loads or posts to a root path outside /phapluat/', () => {
    const offenders: string[] = [];
    for (const f of htmlFiles(dir)) {
      for (const m of read(f).matchAll(/\s(href|src|action|srcset|poster|data)="(\/[^"]*)"/g)) {
        if (!m[2]!.startsWith('/phapluat/')) offenders.push(`${f}: ${m[1]}="${m[2]}"`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it.each(Object.values(SCOPES).flatMap((s) => s.dirs))('the search index %s links results under /phapluat/', (bundle) => {
    const fragments = readdirSync(join(dir, bundle, 'fragment'));
    // The full text is split in two bundles: each holds about half the pages.
    expect(fragments.length).toBeGreaterThan(5);
    for (const f of fragments) {
      // Pagefind fragments are gzip'd JSON after a "pagefind_dcd" marker.
      const text = gunzipSync(readFileSync(join(dir, bundle, 'fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '');
      const url = (JSON.parse(text) as { url: string }).url;
      expect(url.startsWith('/phapluat/'), `${f}: ${url}`).toBe(true);
    }
  });

  it('indexes every page as it is rendered: none is read back from the built files', () => {
    // src/middleware.ts hands pages over by their path, base included; a page it missed is read
    // back from dist (and logged), which would mean the index step no longer runs alongside Astro.
    expect(log).toMatch(/Pagefind: đã lập chỉ mục tóm tắt và chỉ mục toàn văn của \d+ trang/);
    expect(log).not.toMatch(/được đọc lại từ tệp/);
  });
});
