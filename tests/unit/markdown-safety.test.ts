/**
 * What the safety check refuses that a Markdown renderer would publish: links to other sites
 * written without "https:", images from other sites (blocked by the Content-Security-Policy),
 * `<br>` outside table cells; in inline, reference-style and autolink form.
 */
import { describe, it, expect } from 'vitest';
import { parseMarkdown } from '../../src/lib/markdown/parse.ts';
import { renderBody } from '../../src/lib/markdown/render.ts';
import { sanitizeTree } from '../../src/lib/markdown/safety.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const FILE = 'content/van-ban/dien-bien/x.md';
const BODY_LINE = 14;

/** The problems as `npm run check` prints them, and the HTML that would be published. */
function check(body: string): { lines: string[]; html: string } {
  const tree = parseMarkdown(body);
  const lines = sanitizeTree(tree, FILE, BODY_LINE).map(formatProblem);
  const out = renderBody(tree);
  return { lines, html: out.mainHtml + out.annexHtml };
}

const PROTOCOL_RELATIVE = (url: string, line: number) =>
  `${FILE}:${line}: liên kết: địa chỉ liên kết "${url}" dẫn ra trang ngoài nhưng thiếu "https:"; hãy ghi đầy đủ "https:${url}"`;
const FOREIGN_IMAGE = (url: string, line: number, name: string) =>
  `${FILE}:${line}: hình ảnh: ảnh "${url}" không nằm trên Cổng; trang của Cổng chặn ảnh lấy từ nơi khác nên ảnh sẽ không hiện — ` +
  `hãy đặt tệp ảnh vào thư mục public/ (ví dụ public/anh/${name}) và ghi đường dẫn nội bộ ![mô tả](/anh/${name})`;
const RAW_BR = (line: number) => `${FILE}:${line}: nội dung: không được dùng HTML thô (<br>); chỉ cho phép <br> trong ô bảng — hãy viết bằng Markdown`;

describe('protocol-relative links', () => {
  it('refuses an inline one as an external link without https:', () => {
    const { lines, html } = check('Mở đầu.\n\nXem [trang này](//evil.example/p) để biết thêm.');
    expect(lines).toEqual([PROTOCOL_RELATIVE('//evil.example/p', 16)]);
    expect(html).not.toContain('evil.example');
  });

  it('refuses one in a reference definition, on the definition line', () => {
    const { lines, html } = check('Xem [trang này][ngoai].\n\n[ngoai]: //evil.example/p');
    expect(lines).toEqual([PROTOCOL_RELATIVE('//evil.example/p', 16)]);
    expect(html).not.toContain('evil.example');
  });

  it('refuses one written with an entity for the first slash', () => {
    expect(check('[x](&#47;/evil.example/p)').lines).toEqual([PROTOCOL_RELATIVE('//evil.example/p', 14)]);
  });

  it.each(['[a](/van-ban/)', '[a](#muc-1)', '[a](/\\evil.example/p)', '<https://vbpl.vn>'])(
    'still accepts %s',
    (md) => {
      expect(check(md).lines).toEqual([]);
    },
  );
});

describe('links that are not paths from the site root', () => {
  // A browser reads them from the page they are on: on /van-ban/…/08-ct-tu/ "x.md" is /van-ban/…/08-ct-tu/x.md.
  it.each(['./08-ct-tu.md', '../ha-noi/', '08-ct-tu-2026.md'])('refuses [a](%s), saying to write the path from the root', (url) => {
    const { lines, html } = check(`[a](${url})`);
    expect(lines).toEqual([`${FILE}:14: liên kết: đường dẫn "${url}" không bắt đầu bằng "/" nên dẫn tới chỗ khác nhau tùy trang đang xem; hãy ghi đường dẫn từ gốc của Cổng, ví dụ "/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/" hoặc "#muc-1"`]);
    expect(html).toContain('href="#"');
  });

  it.each(['www.dienbien.gov.vn', 'dienbien.gov.vn/van-ban'])('refuses a host written without https:// ([a](%s)), saying what to write', (url) => {
    expect(check(`[a](${url})`).lines).toEqual([`${FILE}:14: liên kết: địa chỉ liên kết "${url}" thiếu "https://"; không có nó, trình duyệt tìm "${url}" ngay trong Cổng — hãy ghi "https://${url}"`]);
  });
});

describe('images', () => {
  it('refuses an image from another host, saying to put it in public/', () => {
    const { lines, html } = check('Mở đầu.\n\n![Sơ đồ](https://evil.example/anh/so-do.png)');
    expect(lines).toEqual([FOREIGN_IMAGE('https://evil.example/anh/so-do.png', 16, 'so-do.png')]);
    expect(html).not.toContain('<img');
  });

  it('refuses a reference-style image on the line where it is shown', () => {
    const { lines, html } = check('Mở đầu.\n\n![Sơ đồ][so-do]\n\n[so-do]: https://evil.example/x.png');
    expect(lines).toEqual([FOREIGN_IMAGE('https://evil.example/x.png', 16, 'x.png')]);
    expect(html).not.toContain('<img');
  });

  it('refuses protocol-relative and data: images, and names a file when the address has none', () => {
    expect(check('![a](//evil.example/x.jpg?v=2)').lines).toEqual([FOREIGN_IMAGE('//evil.example/x.jpg?v=2', 14, 'x.jpg')]);
    expect(check('![a](data:image/png;base64,AAAA)').lines).toEqual([FOREIGN_IMAGE('data:image/png;base64,AAAA', 14, 'ten-anh.png')]);
  });

  it('accepts images of the site itself', () => {
    const { lines, html } = check('![Sơ đồ](/anh/so-do.png)\n\n![Bản đồ][bd]\n\n[bd]: /anh/ban-do.svg');
    expect(lines).toEqual([]);
    expect(html).toContain('<img src="/anh/so-do.png" alt="Sơ đồ">');
    expect(html).toContain('<img src="/anh/ban-do.svg" alt="Bản đồ">');
  });

  it('refuses an image path that does not start at the site root', () => {
    const { lines, html } = check('![Ảnh](anh/x.png)');
    expect(lines).toEqual([`${FILE}:14: hình ảnh: đường dẫn ảnh "anh/x.png" không bắt đầu bằng "/" nên ảnh không hiện ở mọi trang; hãy đặt tệp ảnh trong public/ và ghi đường dẫn từ gốc, ví dụ ![mô tả](/anh/x.png)`]);
    expect(html).not.toContain('<img');
  });

  it('accepts a link to an image on another site: only images shown on the page must be the site\'s', () => {
    expect(check('[Sơ đồ](https://vbpl.vn/x.png), [bản đồ][bd]\n\n[bd]: https://vbpl.vn/y.png').lines).toEqual([]);
  });
});

describe('<br> outside table cells', () => {
  it('refuses it in a paragraph with the raw-HTML message', () => {
    const { lines, html } = check('Mở đầu.\n\ndòng<br>tiếp');
    expect(lines).toEqual([RAW_BR(16)]);
    expect(html).not.toContain('<br>');
  });

  it('refuses it in a list item and on a line of its own', () => {
    expect(check('- một<br>hai\n\n<br>').lines).toEqual([RAW_BR(14), RAW_BR(16)]);
  });

  it('still turns it into a line break inside a table cell, emphasis included', () => {
    const { lines, html } = check('| STT | Nội dung |\n| --- | --- |\n| 1. | Việc<br>hai *dòng<br>ba* |');
    expect(lines).toEqual([]);
    expect(html).toMatch(/<td>Việc<br>\s*hai <em>dòng<br>\s*ba<\/em><\/td>/);
  });
});

describe('autolinks', () => {
  it('refuses an unsafe one and leaves "<//host>" as text', () => {
    const { lines, html } = check('<javascript:alert(1)> và <//evil.example/p>');
    expect(lines).toEqual([`${FILE}:14: liên kết: địa chỉ liên kết không an toàn "javascript:alert(1)"; chỉ chấp nhận https:, mailto:, tel: hoặc đường dẫn nội bộ`]);
    expect(html).not.toContain('href="//');
  });
});
