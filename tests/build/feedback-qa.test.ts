/**
 * The feedback section and the legal Q&A, as built: "Phản ánh vướng mắc" links on 08-CT/TU carry
 * its number, title and anchor correctly encoded; /gop-y/ lists the configured channels; every
 * Q&A page exists and each of its "Căn cứ" links lands on an id of the target page; a bad channel
 * stops the real build.
 */
import { describe, it, expect, inject } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, visibleText } from '../support/html.ts';
import { buildSite } from '../support/site.ts';
import { makeContent, reported } from '../support/content-fixture.ts';
import { tempDir } from '../support/temp-dirs.ts';
import { ROOT } from '../support/paths.ts';

const siteDir = inject('siteDir');
const PAGE_08 = '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/';
const TITLE_08 = 'Chỉ thị về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển';

/** The href of the first `<a>` whose start tag matches `attr`, entities decoded. */
function linkHref(html: string, attr: string): string {
  const tag = [...html.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(attr));
  if (!tag) throw new Error(`no link with ${attr}`);
  return decode(/\shref="([^"]*)"/.exec(tag)![1]!);
}

function decode(s: string): string {
  return s.replace(/&#x26;|&amp;/g, '&').replace(/&#x22;|&quot;/g, '"');
}

describe('"Phản ánh vướng mắc" on the 08-CT/TU page', () => {
  const html = readPage(siteDir, PAGE_08);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;

  it('links the whole document to the form with its number, title and address encoded', () => {
    const href = linkHref(html, 'data-document-feedback');
    expect(href).toContain('so_hieu=08-CT%2FTU&');
    expect(href).toContain(`trich_yeu=${encodeURIComponent(TITLE_08)}&`);
    expect(href).toContain(`duong_dan=${encodeURIComponent(canonical)}&`);
    expect(href).toMatch(/&muc=$/);
    expect(new URL(href).searchParams.get('trich_yeu')).toBe(TITLE_08);
  });

  it('links part 4.3 with the number, title and the part’s anchor', () => {
    const href = linkHref(html, 'data-part-feedback="muc-4-3"');
    expect(href.startsWith('https://dichvucong.example.gov.vn/phan-anh?')).toBe(true);
    expect(href).toContain('so_hieu=08-CT%2FTU');
    expect(href).toContain(`trich_yeu=${encodeURIComponent(TITLE_08)}`);
    expect(href).toContain(`duong_dan=${encodeURIComponent(`${canonical}#muc-4-3`)}`);
    expect(href).toContain('&muc=muc-4-3');
    const params = new URL(href).searchParams;
    expect([params.get('so_hieu'), params.get('muc'), params.get('duong_dan')]).toEqual(['08-CT/TU', 'muc-4-3', `${canonical}#muc-4-3`]);
  });

  it('gives every part in the contents its own link, named by its visible text, opened safely', () => {
    const toc = [...html.matchAll(/<nav class="lp-toc"[\s\S]*?<\/nav>/g)].map((m) => m[0]).join('');
    const parts = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const links = [...html.matchAll(/<a\b[^>]*data-part-feedback="([^"]+)"[^>]*>([^<]*)<\/a>/g)];
    expect(links.map((m) => m[1])).toEqual(parts);
    expect(links.find((m) => m[1] === 'muc-2-1')![2]).toBe('Phản ánh vướng mắc về mục 2.1');
    for (const m of links) {
      expect(m[0]).toContain('rel="noopener noreferrer"');
      expect(m[0]).not.toContain('target=');
      expect(m[0]).toContain('data-pagefind-ignore');
    }
  });

  it('lists the Q&A entries that rest on the document', () => {
    const section = /<section[^>]*data-related-qa[\s\S]*?<\/section>/.exec(html)![0];
    expect(visibleText(section)).toContain('Tỉnh Điện Biên có tổ chức đối thoại với người dân, doanh nghiệp không, bao lâu một lần?');
    expect(section).toContain('href="/hoi-dap/doi-thoai-voi-nguoi-dan-doanh-nghiep/"');
  });
});

describe('/gop-y/', () => {
  const html = readPage(siteDir, '/gop-y/');
  const text = visibleText(html);

  it('explains what to report and what happens next', () => {
    expect(text).toContain('Có thể phản ánh những gì?');
    expect(text).toContain('Quy định mâu thuẫn, chồng chéo với quy định khác.');
    expect(text).toContain('Sau khi gửi thì sao?');
    expect(text).toContain('không lưu và không chuyển tiếp nội dung bạn viết');
  });

  it('lists every configured channel, and says no dialogue is scheduled yet', () => {
    const channels = /<dl class="lp-channels"[\s\S]*?<\/dl>/.exec(html)![0];
    expect(linkHref(channels, 'rel="noopener noreferrer"')).toMatch(/^https:\/\/dichvucong\.example\.gov\.vn\/phan-anh\?so_hieu=&trich_yeu=&duong_dan=https%3A%2F%2F.*%2Fgop-y%2F&muc=$/);
    expect(visibleText(channels)).toBe('Biểu mẫu trực tuyến Biểu mẫu phản ánh vướng mắc (ví dụ) Thư điện tử phapche@example.gov.vn');
    expect(channels).toContain('href="mailto:phapche@example.gov.vn"');
    expect(text).toContain('Chưa có lịch hội nghị đối thoại nào được công bố trên Cổng.');
  });

  it('quotes the directive rows it rests on, linking to parts that exist', () => {
    expect(text).toContain('“Xây dựng chuyên mục riêng tại trang thông tin điện tử của cơ quan, đơn vị để tiếp nhận phản ánh vướng mắc khi thi hành pháp luật”');
    const page08 = readPage(siteDir, PAGE_08);
    for (const m of html.matchAll(/href="\/van-ban\/[^"#]+#([^"]+)"/g)) expect(page08).toContain(`id="${m[1]}"`);
  });

  it('is in the main navigation, with Hỏi đáp', () => {
    const nav = /<nav class="lp-nav"[\s\S]*?<\/nav>/.exec(html)![0];
    expect(nav).toContain('<a href="/gop-y/" aria-current="page">Góp ý</a>');
    expect(nav).toContain('<a href="/hoi-dap/">Hỏi đáp</a>');
  });
});

describe('/hoi-dap/', () => {
  const slugs = readdirSync(join(ROOT, 'content/hoi-dap')).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));

  it('builds one page per entry, at least ten, each with the question as its only h1', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10);
    for (const slug of slugs) {
      const html = readPage(siteDir, `/hoi-dap/${slug}/`);
      expect(html.match(/<h1\b/g), slug).toHaveLength(1);
      expect(html).toMatch(/<article class="lp-qa" data-pagefind-body/);
    }
  });

  it('every "Căn cứ" link lands on an id of the document page', () => {
    let checked = 0;
    for (const slug of slugs) {
      const html = readPage(siteDir, `/hoi-dap/${slug}/`);
      const basis = /<ul data-qa-basis[^>]*>[\s\S]*?<\/ul>/.exec(html)![0];
      const links = [...basis.matchAll(/href="([^"#]+)#([^"]+)"/g)];
      expect(links.length, slug).toBeGreaterThan(0);
      for (const [, page, anchor] of links) {
        expect(readPage(siteDir, page!), `${slug} → ${page}#${anchor}`).toContain(`id="${anchor}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('shows the question, the answer quoting its basis, and a feedback link about the first basis', () => {
    const html = readPage(siteDir, '/hoi-dap/ngay-doc-van-ban-quy-pham-phap-luat/');
    const text = visibleText(html);
    expect(text).toContain('“Ngày đọc văn bản quy phạm pháp luật” là gì, bao lâu tổ chức một lần?');
    expect(text).toContain('Căn cứ Chỉ thị 08-CT/TU, mục 4.3 của Ban Thường vụ Tỉnh ủy Điện Biên Chỉ thị 08-CT/TU, phụ lục, dòng 8 của Ban Thường vụ Tỉnh ủy Điện Biên');
    expect(html).toMatch(/<blockquote>\s*<p>4\.3\. Tăng cường tổ chức quán triệt/);
    const href = linkHref(html, 'data-qa-feedback');
    expect(new URL(href).searchParams.get('muc')).toBe('muc-4-3');
  });

  it('lists every entry on the index, grouped by field, with a page per field', () => {
    const index = readPage(siteDir, '/hoi-dap/');
    for (const slug of slugs) expect(index, slug).toContain(`href="/hoi-dap/${slug}/"`);
    const fields = [...index.matchAll(/href="\/hoi-dap\/linh-vuc\/([^/]+)\/"/g)].map((m) => m[1]!);
    expect(fields.length).toBeGreaterThan(1);
    for (const f of fields) expect(existsSync(join(siteDir, 'hoi-dap/linh-vuc', f, 'index.html')), f).toBe(true);
    expect(visibleText(readPage(siteDir, '/hoi-dap/linh-vuc/dau-tu/'))).toContain('Đến khi nào tỉnh Điện Biên phải rà soát, ban hành xong các cơ chế, chính sách đặc thù?');
  });
});

describe('a bad feedback channel stops the real build', () => {
  it.each([
    ['http://dichvucong.example.gov.vn/phan-anh', 'feedback.forms[0].url: địa chỉ "http://dichvucong.example.gov.vn/phan-anh" không an toàn; chỉ chấp nhận https:, mailto:, tel:'],
    ['javascript:alert(1)', 'feedback.forms[0].url: địa chỉ "javascript:alert(1)" không an toàn; chỉ chấp nhận https:, mailto:, tel:'],
    ['https://dichvucong.example.gov.vn/phan-anh?so={so}', 'feedback.forms[0].url: chỗ cần điền "{so}" không có; chỉ dùng được {so_hieu}, {trich_yeu}, {duong_dan}, {muc}'],
  ])('%s', async (url, message) => {
    const content = makeContent([{ file: 'cau-hinh.yaml', replace: /url: "https:\/\/dichvucong[^"]*"/, with: `url: "${url}"` }]);
    const out = join(tempDir('dist-feedback'), 'dist');
    const result = await buildSite({ contentDir: content, outDir: out });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${reported(content, 'cau-hinh.yaml')}:15: ${message}`);
    expect(existsSync(out)).toBe(false);
  });
});
