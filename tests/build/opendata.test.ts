/**
 * Open data as built from the bundled content: documents.json and one JSON per document, the two
 * feeds, sitemap.xml and robots.txt, and on every page the canonical URL, Open Graph and Twitter
 * tags with a 1200×630 card that exists, plus schema.org Legislation on document pages.
 */
import { describe, it, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, visibleText } from '../support/html.ts';
import { ROOT } from '../support/paths.ts';
import { canonical, fileOfUrl, htmlFiles, jsonLdBlocks, meta, pngSize, urlExists } from '../support/opendata.ts';
import type { DocumentRecord } from '../../src/lib/opendata/documents-json.ts';

const siteDir = inject('siteDir');
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const docs = JSON.parse(read('api/documents.json')) as { site: string; count: number; documents: DocumentRecord[] };
const SITE = docs.site;
const DB = '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
const TN = '/van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/';
const exists = (url: string) => urlExists(siteDir, SITE, url);
/** Pages in the sitemap: every index.html except pages that ask not to be indexed. */
const pages = htmlFiles(siteDir).filter((f) => f.endsWith('index.html'));

describe('/api/documents.json', () => {
  it('lists both documents with their task counts, and every URL in it is a file of the site', () => {
    expect(SITE).toBe(new URL('/', SITE).href);
    expect(docs.documents.map((d) => [d.number, d.taskCount])).toEqual([['08-CT/TU', 13], [null, 9]]);
    for (const d of docs.documents) {
      for (const url of [d.url, d.json, d.markdownUrl, d.image]) expect(exists(url), url).toBe(true);
    }
  });

  it('agrees with the register: the task counts are the rows of /api/tasks.json per document', () => {
    const tasks = (JSON.parse(read('api/tasks.json')) as { tasks: { document: { url: string } }[] }).tasks;
    for (const d of docs.documents) expect(tasks.filter((t) => t.document.url === d.url)).toHaveLength(d.taskCount);
  });

  it('has one JSON per document with its Markdown source and HTML', () => {
    for (const d of docs.documents) {
      const one = JSON.parse(readFileSync(fileOfUrl(siteDir, SITE, d.json)!, 'utf8')) as DocumentRecord & { markdown: string; html: string };
      const source = readFileSync(join(ROOT, 'content/van-ban', `${d.id}.md`), 'utf8');
      // The body as written, after the frontmatter.
      expect(one.markdown.length).toBeGreaterThan(1000);
      expect(source.endsWith(one.markdown)).toBe(true);
      expect(one.html).toContain('id="muc-1"');
      expect(one.number).toBe(d.number);
    }
  });

  it('gives the deadlines the text writes outside its task table, with their part and reading', () => {
    const d = docs.documents.find((x) => x.number === '08-CT/TU')!;
    const one = JSON.parse(readFileSync(fileOfUrl(siteDir, SITE, d.json)!, 'utf8')) as { textDeadlines: { url: string; place: string; context: string; deadline: { text: string; kind: string; due: string | null } }[] };
    expect(one.textDeadlines.map((t) => [t.url, t.place, t.deadline.text, t.deadline.kind, t.deadline.due])).toEqual([
      [`${d.url}#muc-2`, 'Mục 2', 'hoàn thành chậm nhất trong Quý II năm 2026', 'period', '2026-06-30'],
      [`${d.url}#muc-2-1`, 'Mục 2.1', 'trước ngày 15/4/2026', 'date', '2026-04-14'],
    ]);
    expect(one.textDeadlines[1]!.context).toContain('quy chế phối hợp');
  });

  it("gives as html the body the page shows, line for line, without the page's task statuses and feedback links", () => {
    for (const d of docs.documents) {
      const one = JSON.parse(readFileSync(fileOfUrl(siteDir, SITE, d.json)!, 'utf8')) as { html: string };
      // Taken out here with the test's own patterns, not the code under test.
      const page = readFileSync(fileOfUrl(siteDir, SITE, d.url)!, 'utf8')
        .replace(/<span class="lp-task-meta">[\s\S]*?<\/span><\/span>/g, '')
        .replace(/\n<p class="lp-part-feedback-line">[\s\S]*?<\/p>/g, '')
        .replace(/ <a [^>]*data-part-feedback=[^>]*>[^<]*<\/a>/g, '');
      const lines = one.html.split('\n').filter((l) => l.trim());
      expect(lines.length).toBeGreaterThan(20);
      let from = 0;
      for (const line of lines) {
        const at = page.indexOf(line, from);
        expect({ doc: d.id, line, found: at >= 0 }).toEqual({ doc: d.id, line, found: true });
        from = at + line.length;
      }
      expect(visibleText(one.html).length).toBeGreaterThan(1000);
    }
  });
});

describe('feeds', () => {
  it('/rss/van-ban.xml has both documents, the dated one with its date only', () => {
    const xml = read('rss/van-ban.xml');
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items.map((i) => /<link>([^<]*)<\/link>/.exec(i)![1])).toEqual([SITE + DB.slice(1), SITE + TN.slice(1)]);
    expect(items[0]).toContain('<pubDate>Mon, 23 Feb 2026 00:00:00 +0700</pubDate>');
    expect(items[1]).not.toContain('<pubDate>');
  });

  it('/rss/ngay-doc-van-ban.xml links every reading-day issue page that was built', () => {
    const xml = read('rss/ngay-doc-van-ban.xml');
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(exists(l), l).toBe(true);
  });

  it('every page announces both feeds', () => {
    const html = readPage(siteDir, '/');
    expect(html).toContain(`href="${SITE}rss/van-ban.xml"`);
    expect(html).toContain(`href="${SITE}rss/ngay-doc-van-ban.xml"`);
  });
});

describe('sitemap.xml and robots.txt', () => {
  const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

  it('lists every built page once, and only pages that exist', () => {
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) expect(exists(loc), loc).toBe(true);
    const listed = new Set(locs.map((l) => fileOfUrl(siteDir, SITE, l)));
    const unlisted = pages.filter((p) => !listed.has(join(siteDir, p)));
    // Only pages that ask search engines not to index them may be left out.
    for (const p of unlisted) expect(readFileSync(join(siteDir, p), 'utf8'), p).toMatch(/<meta[^>]+name="robots"[^>]+noindex|http-equiv="refresh"/);
    expect(locs).toContain(SITE + DB.slice(1));
    expect(locs).toContain(SITE + TN.slice(1));
    expect(locs).toContain(SITE);
    expect(locs.some((l) => l.includes('404'))).toBe(false);
  });

  it('leaves out pages whose list is empty today, which ask not to be indexed; pages with something stay', () => {
    const listed = (path: string) => locs.includes(SITE + path.slice(1));
    const robots = (path: string) => /<meta name="robots" content="noindex">/.test(read(`${path.slice(1)}index.html`));
    // No task is done as of the build date: its status page says so, and is kept out.
    expect(read('nhiem-vu/trang-thai/da-hoan-thanh/index.html')).toContain('Không có nhiệm vụ nào ở trạng thái này.');
    expect([listed('/nhiem-vu/trang-thai/da-hoan-thanh/'), robots('/nhiem-vu/trang-thai/da-hoan-thanh/')]).toEqual([false, true]);
    expect([listed('/nhiem-vu/trang-thai/qua-han/'), robots('/nhiem-vu/trang-thai/qua-han/')]).toEqual([true, false]);
    // A body with a record but no document, citation, task or merger on the portal.
    expect([listed('/co-quan/so-tu-phap-thai-nguyen/'), robots('/co-quan/so-tu-phap-thai-nguyen/')]).toEqual([false, true]);
    // One with a task (mục 7 of the Thái Nguyên directive) is worth finding.
    expect([listed('/co-quan/dang-uy-mttq-tinh-thai-nguyen/'), robots('/co-quan/dang-uy-mttq-tinh-thai-nguyen/')]).toEqual([true, false]);
    // Bắc Kạn's body has no document on the portal, but its merger into Thái Nguyên's is worth finding.
    expect(read('co-quan/ban-thuong-vu-tinh-uy-bac-kan/index.html')).toContain('Chưa có văn bản của cơ quan này trên Cổng.');
    expect([listed('/co-quan/ban-thuong-vu-tinh-uy-bac-kan/'), robots('/co-quan/ban-thuong-vu-tinh-uy-bac-kan/')]).toEqual([true, false]);
  });

  it('robots.txt names the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });
});

describe('head tags for sharing', () => {
  it('every page has a canonical URL to itself, og:url equal to it, and a 1200×630 PNG card that exists', () => {
    for (const p of pages) {
      const html = readFileSync(join(siteDir, p), 'utf8');
      const url = canonical(html)!;
      // A printable copy (noindex) names the page it copies as canonical, and is not shared.
      if (/<meta name="robots" content="noindex/.test(html)) {
        expect(exists(url), p).toBe(true);
        continue;
      }
      expect(fileOfUrl(siteDir, SITE, url), p).toBe(join(siteDir, p));
      expect(meta(html, 'og:url'), p).toBe(url);
      expect(meta(html, 'twitter:card'), p).toBe('summary_large_image');
      const image = meta(html, 'og:image')!;
      expect(meta(html, 'twitter:image'), p).toBe(image);
      expect(pngSize(readFileSync(fileOfUrl(siteDir, SITE, image)!)), image).toEqual({ width: 1200, height: 630 });
    }
  });

  it('a document page shares its own card, described in words', () => {
    const html = readPage(siteDir, DB);
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:title')).toBe('Chỉ thị 08-CT/TU – Cổng thông tin pháp luật');
    expect(meta(html, 'og:image')).toBe(`${SITE}og/van-ban/dien-bien--08-ct-tu-2026.png`);
    expect(meta(html, 'og:image:alt')).toBe('Chỉ thị về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển. Số 08-CT/TU, ngày 23/02/2026, của Ban Thường vụ Tỉnh ủy Điện Biên.');
    expect(meta(html, 'og:locale')).toBe('vi_VN');
  });

  it('the two document cards are different images', () => {
    const a = readFileSync(join(siteDir, 'og/van-ban/dien-bien--08-ct-tu-2026.png'));
    const b = readFileSync(join(siteDir, 'og/van-ban/thai-nguyen--chi-thi-xay-dung-va-thi-hanh-phap-luat.png'));
    expect(a.equals(b)).toBe(false);
  });
});

describe('schema.org Legislation on document pages', () => {
  it('08-CT/TU: identifier, date, type, issuer, jurisdiction, what it applies', () => {
    const [ld] = jsonLdBlocks(readPage(siteDir, DB));
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      url: SITE + DB.slice(1),
      legislationIdentifier: '08-CT/TU',
      legislationDate: '2026-02-23',
      legislationType: 'Chỉ thị',
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: 'Tỉnh Điện Biên' },
      legislationPassedBy: { '@type': 'Organization', name: 'Ban Thường vụ Tỉnh ủy Điện Biên' },
      image: `${SITE}og/van-ban/dien-bien--08-ct-tu-2026.png`,
    });
    expect((ld!.legislationApplies as { legislationIdentifier: string }[])[0]!.legislationIdentifier).toBe('66-NQ/TW');
  });

  it('the Thái Nguyên directive has no identifier or date', () => {
    const [ld] = jsonLdBlocks(readPage(siteDir, TN));
    expect(ld).not.toHaveProperty('legislationIdentifier');
    expect(ld).not.toHaveProperty('legislationDate');
    expect(ld!.legislationPassedBy).toEqual({ '@type': 'Organization', name: 'Ban Thường vụ Tỉnh ủy Thái Nguyên' });
  });

  it('other pages carry no Legislation', () => {
    expect(jsonLdBlocks(readPage(siteDir, '/van-ban/'))).toEqual([]);
  });
});
