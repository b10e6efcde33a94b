/**
 * The two seed directives, as published: every sentence of the source text is on the page,
 * with its attributes, anchors, footnote, signature and the 13-row appendix.
 */
import { describe, it, expect, inject } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, visibleText } from '../support/html.ts';
import { seedSentences, missingSentences as missing } from '../support/seed-text.ts';
import { ROOT } from '../support/paths.ts';
import { htmlFiles } from '../support/opendata.ts';

const siteDir = inject('siteDir');
const PAGE_001 = '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
const PAGE_000 = '/van-ban/ban-thuong-vu-tinh-uy-thai-nguyen/khong-ghi-ngay/chi-thi-xay-dung-va-thi-hanh-phap-luat/';

describe('seed 001: Chỉ thị 08-CT/TU of Ban Thường vụ Tỉnh ủy Điện Biên', () => {
  const html = readPage(siteDir, PAGE_001);
  const text = visibleText(html);

  it('contains every sentence and table cell of the source text', () => {
    const sentences = seedSentences('001_bd60f4e77233c612.txt');
    expect(sentences.length).toBeGreaterThan(150);
    expect(missing(sentences, text)).toEqual([]);
  });

  it('shows the attributes the text states', () => {
    expect(html).toMatch(/<dd data-attr="number">08-CT\/TU<\/dd>/);
    expect(html).toContain('<time datetime="2026-02-23">23/02/2026</time>');
    expect(text).toContain('T/M Ban Thường vụ, Bí thư, Trần Tiến Dũng');
    expect(visibleText(html.match(/<dd data-attr="issuer">[\s\S]*?<\/dd>/)![0])).toBe('Ban Thường vụ Tỉnh ủy Điện Biên');
    expect(visibleText(html.match(/<dd data-attr="type">[\s\S]*?<\/dd>/)![0])).toBe('Chỉ thị');
  });

  it('lists the deadlines its parts write outside the task table, linked to them, with the portal’s reading', () => {
    const section = html.slice(html.indexOf('aria-labelledby="thoi-han-trong-van-ban"'));
    const box = section.slice(0, section.indexOf('</section>'));
    // visibleText puts a space where each tag was: take those out before punctuation.
    const items = [...box.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => visibleText(m[1]!).replace(/\s+([:,.)])/g, '$1').replace(/\(\s+/g, '('));
    expect(items).toEqual([
      expect.stringMatching(/^Mục 2: “Tập trung rà soát, .* yêu cầu hoàn thành chậm nhất trong Quý II năm 2026, trong đó .*” Cổng hiểu thời hạn là: Trong khoảng 01\/04\/2026 – 30\/06\/2026$/),
      'Mục 2.1: “rà soát, ban hành quy chế phối hợp giữa cơ quan chuyên môn, đơn vị thuộc UBND tỉnh với xã, phường (trước ngày 15/4/2026).” Cổng hiểu thời hạn là: Hạn chót: 14/04/2026',
    ]);
    expect([...box.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(['muc-2', 'muc-2-1']);
    for (const id of ['muc-2', 'muc-2-1']) expect(html).toContain(`id="${id}"`);
    // Linked from the top of the page, with the tasks' section, both being far below on a phone.
    const top = html.slice(0, html.indexOf('id="toan-van"'));
    expect(top).toContain('<a href="#thoi-han-trong-van-ban">Thời hạn nêu trong nội dung (2)</a>');
    expect(top).toContain('<a href="#nhiem-vu-van-ban">Nhiệm vụ văn bản giao (13)</a>');
  });

  it('has the 13 appendix rows as task rows, in order, after the signature', () => {
    const rows = [...html.matchAll(/<tr id="(bang-nv-[^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(Array.from({ length: 13 }, (_, i) => `bang-nv-${i + 1}`));
    expect(html.indexOf('Trần Tiến Dũng')).toBeLessThan(html.indexOf('id="phu-luc"'));
  });

  it('gives every numbered part and sub-item a linkable anchor listed in the contents', () => {
    for (const id of ['muc-1', 'muc-2', 'muc-2-1', 'muc-2-4', 'muc-4-3', 'muc-6-6', 'phu-luc']) {
      expect(html).toContain(`id="${id}"`);
      expect(html).toContain(`href="#${id}"`);
    }
  });

  it('lists the documents it implements as citations, with the part that cites them', () => {
    const related = html.slice(html.indexOf('id="van-ban-lien-quan"'));
    expect(visibleText(related)).toContain('66-NQ/TW, ngày 30/04/2025 của Bộ Chính trị');
    expect(related).toContain('href="#muc-1"');
  });

  it('links its Markdown source, which is the content file', () => {
    expect(html).toContain('href="/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu.md"');
    const source = readFileSync(join(siteDir, 'van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu.md'), 'utf8');
    expect(source).toBe(readFileSync(join(ROOT, 'content/van-ban/dien-bien/08-ct-tu-2026.md'), 'utf8'));
  });
});

describe('seed 000: the Thái Nguyên directive, with no number and no date', () => {
  const html = readPage(siteDir, PAGE_000);
  const text = visibleText(html);

  it('contains every sentence of the source text', () => {
    const sentences = seedSentences('000_2da9d117f71e627a.txt');
    expect(sentences.length).toBeGreaterThan(80);
    expect(missing(sentences, text)).toEqual([]);
  });

  it('says the number and dates are not stated instead of inventing them, or leaving them out', () => {
    expect(visibleText(html.match(/<dd data-attr="number">[\s\S]*?<\/dd>/)![0])).toBe('Không ghi trong văn bản');
    expect(visibleText(html.match(/<dd data-attr="issued">[\s\S]*?<\/dd>/)![0])).toBe('Không ghi trong văn bản');
    expect(visibleText(html.match(/<dt>Ngày có hiệu lực:<\/dt>\s*<dd data-attr="effective">[\s\S]*?<\/dd>/)![0])).toBe('Ngày có hiệu lực: Không ghi trong văn bản');
  });

  it('keeps the emphasis that carries deadlines', () => {
    expect(html.match(/<em><strong>xong trước ngày 15\/8\/2026<\/strong><\/em>|<strong><em>xong trước ngày 15\/8\/2026<\/em><\/strong>/g)).toHaveLength(2);
    expect(html).toMatch(/<strong>trước ngày 16<\/strong>/);
  });

  it('renders the footnote with the four documents it cites, linked both ways', () => {
    expect(html).toMatch(/<sup><a href="#user-content-fn-1"/);
    const notes = html.slice(html.indexOf('data-footnotes'));
    for (const n of ['178-QĐ/TW', '66-NQ/TW', '09-KL/TW', '05-CTr/TU']) expect(visibleText(notes)).toContain(n);
    expect(notes).toContain('Chú thích');
  });

  it('names the part that cites a document as the page does, and the issuer and title of a citation once', () => {
    const related = visibleText(html.slice(html.indexOf('id="van-ban-lien-quan"')));
    expect(related).toContain('05/QĐ-BCĐ, ngày 10/04/2026 của Ban Chỉ đạo Trung ương về tổng rà soát hệ thống văn bản quy phạm pháp luật (chưa có trên Cổng) ( tại nhiệm vụ (3) )');
    expect(related).toContain('( tại mục 1 )');
    expect(related).not.toMatch(/nhiem\.vu|về tổng rà soát hệ thống văn bản quy phạm pháp luật về tổng rà soát/);
  });

  it('anchors the numbered tasks (1)–(3)', () => {
    for (const id of ['nhiem-vu-1', 'nhiem-vu-2', 'nhiem-vu-3', 'muc-7']) expect(html).toContain(`id="${id}"`);
  });
});

describe('browsing', () => {
  it('says what each document’s status is about in the list', () => {
    const list = visibleText(readPage(siteDir, '/van-ban/'));
    expect(list).toContain('Không ghi số · không ghi ngày · Ban Thường vụ Tỉnh ủy Thái Nguyên · Hiệu lực: chưa xác định');
    expect(list).toContain('Số 08-CT/TU · 23/02/2026 · Ban Thường vụ Tỉnh ủy Điện Biên · Hiệu lực: chưa xác định');
  });

  it('puts the list first on /van-ban/, with links down to each way to browse', () => {
    const html = readPage(siteDir, '/van-ban/');
    expect(html.indexOf('data-document-list')).toBeLessThan(html.indexOf('class="lp-facets"'));
    const jumps = [...html.matchAll(/<p class="lp-facet-jump">([\s\S]*?)<\/p>/g)].flatMap((m) => [...m[1]!.matchAll(/href="#([^"]+)"/g)].map((h) => h[1]!));
    expect(jumps).toEqual(['facet-theo-loai', 'facet-theo-co-quan', 'facet-theo-nam', 'facet-theo-linh-vuc', 'facet-theo-hieu-luc']);
    for (const id of jumps) expect(html).toContain(`id="${id}"`);
  });

  it('tells apart the two bodies named Ban Thường vụ Tỉnh ủy Thái Nguyên, before and after the merger', () => {
    const h1 = (id: string) => /<h1>([^<]*)<\/h1>/.exec(readPage(siteDir, `/co-quan/${id}/`))![1];
    expect(h1('ban-thuong-vu-tinh-uy-thai-nguyen')).toBe('Ban Thường vụ Tỉnh ủy Thái Nguyên (từ 01/07/2025)');
    expect(h1('ban-thuong-vu-tinh-uy-thai-nguyen-truoc-hop-nhat')).toBe('Ban Thường vụ Tỉnh ủy Thái Nguyên (đến 30/06/2025)');
    expect(visibleText(readPage(siteDir, '/co-quan/ban-thuong-vu-tinh-uy-thai-nguyen/'))).toContain('Tiếp nối: Ban Thường vụ Tỉnh ủy Thái Nguyên (đến 30/06/2025)');
  });

  it('lists on an issuer’s page its documents the portal cites, linked to the documents that cite them', () => {
    const html = readPage(siteDir, '/co-quan/bo-chinh-tri/');
    const items = [...html.matchAll(/<ul data-cited-documents>([\s\S]*?)<\/ul>/g)].flatMap((m) => [...m[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((l) => visibleText(l[1]!)));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^Nghị quyết số 66-NQ\/TW, ngày 30\/04\/2025 về đổi mới .* \(chưa có trên Cổng\) ?; được nhắc tới trong Chỉ thị .* \(08-CT\/TU\) ?, Chỉ thị về tăng cường/);
    expect(html).toContain('(chưa có trên Cổng)</span>; được nhắc tới trong');
    expect(html).toContain(`href="${PAGE_001}"`);
  });

  it('lists the years newest first and "Không ghi ngày" last, on /van-ban/ as in the search page\'s year filter', () => {
    const facet = readPage(siteDir, '/van-ban/');
    const years = [...facet.slice(facet.indexOf('id="facet-theo-nam"')).matchAll(/href="\/van-ban\/theo-nam\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(years).toEqual(['2026', 'khong-ghi-ngay']);
    const search = readPage(siteDir, '/tim-kiem/');
    const select = search.slice(search.indexOf('id="tk-nam"'), search.indexOf('</select>', search.indexOf('id="tk-nam"')));
    const options = [...select.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    expect(options.filter((o) => years.includes(o))).toEqual(years);
  });

  it('lists both documents with counts on the facet pages', () => {
    const list = visibleText(readPage(siteDir, '/van-ban/'));
    expect(list).toContain('Văn bản (2)');
    expect(visibleText(readPage(siteDir, '/van-ban/theo-nam/2026/'))).toContain('(1 văn bản)');
    expect(visibleText(readPage(siteDir, '/van-ban/theo-nam/khong-ghi-ngay/'))).toContain('(1 văn bản)');
    expect(visibleText(readPage(siteDir, '/van-ban/theo-loai/chi-thi/'))).toContain('(2 văn bản)');
    expect(readPage(siteDir, '/co-quan/ban-thuong-vu-tinh-uy-dien-bien/')).toContain(`href="${PAGE_001}"`);
  });

  it('has a Vietnamese 404 page', () => {
    expect(existsSync(join(siteDir, '404.html'))).toBe(true);
    expect(visibleText(readPage(siteDir, '404.html'))).toContain('Không tìm thấy trang');
  });
});

// Pages read without JavaScript; the one script of the shell (ScrollRegions.astro) only takes tab
// stops off wide tables' regions that do not scroll, so it comes with the pages that have one.
describe("the script of wide tables' regions", () => {
  it('is loaded by the pages that have a region, and by no other', () => {
    const withRegion: string[] = [];
    const withScript: string[] = [];
    for (const file of htmlFiles(siteDir)) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      if (html.includes('data-scroll-region')) withRegion.push(file);
      const scripts = [...html.matchAll(/<script type="module" src="\/([^"]+)"/g)].map((m) => readFileSync(join(siteDir, m[1]!), 'utf8'));
      if (scripts.some((js) => js.includes('[data-scroll-region]'))) withScript.push(file);
    }
    expect(withRegion).toContain('van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/index.html');
    expect(withRegion.length).toBeLessThan(htmlFiles(siteDir).length / 2);
    expect(withScript).toEqual(withRegion);
  });
});
