/** The document Markdown pipeline: part anchors, contents, annex split, footnotes, tables, safety. */
import { describe, it, expect } from 'vitest';
import { parseMarkdown } from '../../src/lib/markdown/parse.ts';
import { renderBody } from '../../src/lib/markdown/render.ts';
import { renderFragment } from '../../src/lib/markdown/fragment.ts';
import { sanitizeTree } from '../../src/lib/markdown/safety.ts';
import { renderInline } from '../../src/lib/markdown/inline.ts';
import { describeDeadline } from '../../src/lib/tasks/describe.ts';
import { parseDeadline } from '../../src/lib/tasks/deadline.ts';
import { resolveAsOf } from '../../src/lib/content/load.ts';
import { normalizeBase } from '../../src/lib/url.ts';
import { withBase } from '../../src/lib/url.ts';

const render = (md: string) => renderBody(parseMarkdown(md));

describe('numbered parts', () => {
  const body = [
    '1\\. Tiếp tục quán triệt tinh thần Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
    '**3.** Tiếp tục đổi mới căn bản tư duy xây dựng pháp luật.',
    '2.1. Ban hành các quy định thuộc thẩm quyền của tỉnh về cải cách thủ tục hành chính.',
    '(1) Tiếp tục rà soát, hoàn thành toàn bộ việc ban hành hoặc bãi bỏ.',
    'Tập trung chỉ đạo thực hiện một số nhiệm vụ quan trọng sau:',
  ].join('\n\n');
  const out = render(body);

  it('gives each part its anchor and a self-link on its number', () => {
    expect(out.mainHtml).toContain('<p id="muc-1"><a href="#muc-1" class="lp-part-num" aria-label="Mục 1.">1.</a> Tiếp tục quán triệt');
    expect(out.mainHtml).toContain('<p id="muc-3"><strong><a href="#muc-3" class="lp-part-num" aria-label="Mục 3.">3.</a></strong> Tiếp tục đổi mới');
    expect(out.mainHtml).toContain('<p id="muc-2-1"><a href="#muc-2-1"');
    expect(out.mainHtml).toContain('<p id="nhiem-vu-1"><a href="#nhiem-vu-1" class="lp-part-num" aria-label="Nhiệm vụ (1).">(1)</a> Tiếp tục rà soát');
    expect(out.mainHtml).toContain('<p>Tập trung chỉ đạo');
  });

  it('lists the parts in the contents with short labels and depths', () => {
    expect(out.toc.map((t) => [t.id, t.number, t.depth])).toEqual([
      ['muc-1', '1', 1],
      ['muc-3', '3', 1],
      ['muc-2-1', '2.1', 2],
      ['nhiem-vu-1', '(1)', 2],
    ]);
    expect(out.toc[0]!.label).toBe('Tiếp tục quán triệt tinh thần Nghị quyết Đại hội đại biểu toàn quốc…');
  });

  it('ends a shortened label with "…" in place of the punctuation its last word kept', () => {
    const label = (text: string) => render(`1. ${text}`).toc[0]!.label;
    expect(label('Đẩy mạnh công tác kiểm tra việc thi hành pháp luật tại các ngành, lĩnh vực, địa phương')).toBe('Đẩy mạnh công tác kiểm tra việc thi hành pháp luật tại các ngành…');
    // The 14th word ends a sentence.
    expect(label('Một hai ba bốn năm sáu bảy tám chín mười mười một pháp luật. Tiếp theo')).toBe('Một hai ba bốn năm sáu bảy tám chín mười mười một pháp luật…');
    expect(label('Một câu ngắn, vừa đủ.')).toBe('Một câu ngắn, vừa đủ.');
  });

  it('reads an unescaped top-level ordered list as numbered parts', () => {
    const listed = render('5. Tổ chức phong trào thi đua.\n6. Tổ chức thực hiện');
    expect(listed.toc.map((t) => t.id)).toEqual(['muc-5', 'muc-6']);
    expect(listed.mainHtml).not.toContain('<ol');
  });

  it('keeps anchors unique when a number repeats', () => {
    expect(render('(1) Một.\n\n(1) Hai.').toc.map((t) => t.id)).toEqual(['nhiem-vu-1', 'nhiem-vu-1-1']);
  });
});

describe('annex, footnotes and tables', () => {
  const body = 'Văn bản chính[^1].\n\n[^1]: Quy định số 178-QĐ/TW, ngày 27/6/2024.\n\n## PHỤ LỤC\n\n| STT | Nội dung |\n| --- | --- |\n| 1. | Việc<br>hai dòng |\n';
  const out = render(body);

  it('splits the annex from the main text and keeps footnotes with the main text', () => {
    expect(out.mainHtml).toContain('Văn bản chính');
    expect(out.mainHtml).toContain('data-footnotes');
    expect(out.mainHtml).toContain('Chú thích');
    expect(out.annexHtml).toContain('<h2 id="phu-luc">PHỤ LỤC</h2>');
    expect(out.annexHtml).not.toContain('data-footnotes');
    expect(out.anchors).toContain('user-content-fn-1');
  });

  it('wraps tables in a scroll region named by their number and the heading they are under', () => {
    expect(out.annexHtml).toMatch(/<section class="lp-table-scroll" tabindex="0" data-scroll-region="" aria-label="Bảng 1, mục PHỤ LỤC \(cuộn ngang để xem đủ các cột\)"><table>/);
    expect(out.annexHtml).not.toContain('data-label');
  });

  it('marks a table of three columns or more to be read as cards on a phone, each cell with its column name', () => {
    const html = render('Trước.\n\n| STT | Nội dung | Cơ quan **chủ trì** |\n| --- | --- | --- |\n| 1. | Việc một | Sở Tư pháp |\n| 2. | Việc hai | |\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n').mainHtml;
    expect(html).toContain('<section class="lp-table-scroll lp-stack" tabindex="0" data-scroll-region="" aria-label="Bảng 1"><table>');
    expect(html).toContain('<td data-label="STT">1.</td>\n<td data-label="Nội dung">Việc một</td>\n<td data-label="Cơ quan chủ trì">Sở Tư pháp</td>');
    expect(html).toContain('<td data-label="Cơ quan chủ trì"></td>');
    // Two columns fit a phone as they are: the second table scrolls if it must, as before.
    expect(html).toContain('<section class="lp-table-scroll" tabindex="0" data-scroll-region="" aria-label="Bảng 2 (cuộn ngang để xem đủ các cột)"><table>');
  });

  it('names each table after the nearest heading before it, a long one cut at a word', () => {
    const long = `Giao nhiệm vụ cụ thể cho các cơ quan, đơn vị, địa phương trong tổ chức thực hiện Chỉ thị và báo cáo kết quả`;
    const html = render(`## 4. Tổ chức thực hiện\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n### ${long}\n\nĐoạn.\n\n| A | B | C |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n`).mainHtml;
    expect(html).toContain('aria-label="Bảng 1, mục 4. Tổ chức thực hiện (cuộn ngang để xem đủ các cột)"');
    expect(html).toContain('aria-label="Bảng 2, mục Giao nhiệm vụ cụ thể cho các cơ quan, đơn vị, địa phương trong tổ chức thực hiện…"');
  });

  it('turns the <br> allowed in table cells into a line break, and nothing else', () => {
    const tree = parseMarkdown(body);
    expect(sanitizeTree(tree, 'x.md', 1)).toEqual([]);
    expect(renderBody(tree).annexHtml).toMatch(/<td>Việc<br>\s*hai dòng<\/td>/);
  });
});

describe('links to other sites', () => {
  // The links gate of check:site refuses a link to another site without them: content the check
  // accepted made the site check fail.
  const md = 'Xem [Cổng Pháp luật quốc gia](https://phapluat.gov.vn/), [mục 4](/van-ban/x/#muc-4), [thư](mailto:a@b.vn) và <https://vbpl.vn/>.\n';

  it('carry rel="noopener noreferrer" in a document body and in a fragment; links within the site do not', () => {
    for (const html of [render(md).mainHtml, renderFragment(md, { file: 'x.md', line: 1 }).html]) {
      expect(html).toContain('<a href="https://phapluat.gov.vn/" rel="noopener noreferrer">Cổng Pháp luật quốc gia</a>');
      expect(html).toContain('<a href="https://vbpl.vn/" rel="noopener noreferrer">https://vbpl.vn/</a>');
      expect(html).toContain('<a href="/van-ban/x/#muc-4">mục 4</a>');
      expect(html).toContain('<a href="mailto:a@b.vn">thư</a>');
    }
  });
});

describe('safety', () => {
  it.each([
    ['[a](javascript:alert(1))', 'javascript:alert(1)'],
    ['[a](http://example.com)', 'http://example.com'],
    ['[a](data:text/html,x)', 'data:text/html,x'],
  ])('rejects the link %s', (md, url) => {
    const tree = parseMarkdown(md);
    const problems = sanitizeTree(tree, 'content/x.md', 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/x.md', line: 10, field: 'liên kết' });
    expect(problems[0]!.message).toContain(url);
  });

  it.each(['[a](https://vbpl.vn)', '[a](mailto:stp@example.gov.vn)', '[a](tel:02153825000)', '[a](#muc-1)', '[a](/van-ban/)'])('accepts %s', (md) => {
    expect(sanitizeTree(parseMarkdown(md), 'x.md', 1)).toEqual([]);
  });

  it('escapes recipients lines and keeps their emphasis', () => {
    expect(renderInline('Ban Bí thư Trung ương Đảng (*báo cáo*);')).toBe('Ban Bí thư Trung ương Đảng (<em>báo cáo</em>);');
    expect(renderInline('<img src=x onerror=alert(1)> & co')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; co');
  });
});

describe('settings', () => {
  it('describes a normalized deadline in Vietnamese', () => {
    expect(describeDeadline(parseDeadline('xong trước ngày 15/8/2026'))).toBe('Hạn chót: 14/08/2026');
    expect(describeDeadline(parseDeadline('Quý II/2026'))).toBe('Trong khoảng 01/04/2026 – 30/06/2026');
    expect(describeDeadline(parseDeadline('Hằng tuần (trước 15h ngày thứ Năm)', { issued: '2026-02-23' }))).toBe('Định kỳ: hằng tuần, thứ Năm, trước 15:00');
    expect(describeDeadline(parseDeadline('Theo Kế hoạch'))).toBeNull();
  });

  it('takes the as-of date from the environment, then the configuration, then today in Hà Nội time', () => {
    expect(resolveAsOf({ PORTAL_AS_OF: '2026-11-23' }, '2026-01-01')).toBe('2026-11-23');
    expect(resolveAsOf({}, '2026-01-01')).toBe('2026-01-01');
    expect(resolveAsOf({}, null, new Date('2026-11-22T18:30:00Z'))).toBe('2026-11-23');
    expect(() => resolveAsOf({ PORTAL_AS_OF: '2026-02-30' }, null)).toThrow(/PORTAL_AS_OF="2026-02-30" không phải một ngày hợp lệ/);
  });

  it('normalizes the base path for sub-path deployments', () => {
    expect(normalizeBase('phapluat')).toBe('/phapluat/');
    expect(normalizeBase('/phapluat/')).toBe('/phapluat/');
    expect(normalizeBase('')).toBe('/');
    expect(withBase('/phapluat/', '/van-ban/')).toBe('/phapluat/van-ban/');
  });
});
