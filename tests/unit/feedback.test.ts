/**
 * "Phản ánh vướng mắc" links: URL templates from content/cau-hinh.yaml are checked (only https:,
 * mailto:, tel:, known placeholders), expanded with each value URL-encoded, and a bad template
 * stops the build with one line naming the file, line and field.
 */
import { describe, it, expect } from 'vitest';
import { feedbackHref, templateProblem, telHref, primaryTemplate, absoluteUrl } from '../../src/lib/feedback.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { parseMarkdown } from '../../src/lib/markdown/parse.ts';
import { renderBody } from '../../src/lib/markdown/render.ts';
import { makeContent, reported, type Change } from '../support/content-fixture.ts';
import { ROOT } from '../support/paths.ts';

const TEMPLATE = 'https://dichvucong.example.gov.vn/phan-anh?so_hieu={so_hieu}&trich_yeu={trich_yeu}&duong_dan={duong_dan}&muc={muc}';
const DOC_08 = {
  number: '08-CT/TU',
  title: 'Chỉ thị về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển',
  url: 'https://phapluat.example.gov.vn/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/',
};

describe('expanding a template', () => {
  it('fills in number, Vietnamese title, page address with the part, and the anchor, each encoded', () => {
    const href = feedbackHref(TEMPLATE, { ...DOC_08, anchor: 'muc-4-3' });
    expect(href).toBe(
      'https://dichvucong.example.gov.vn/phan-anh?so_hieu=08-CT%2FTU' +
        '&trich_yeu=Ch%E1%BB%89%20th%E1%BB%8B%20v%E1%BB%81%20%C4%91%E1%BB%95i%20m%E1%BB%9Bi%20c%C3%B4ng%20t%C3%A1c%20thi%20h%C3%A0nh%20ph%C3%A1p%20lu%E1%BA%ADt%2C%20ban%20h%C3%A0nh%20c%C6%A1%20ch%E1%BA%BF%2C%20ch%C3%ADnh%20s%C3%A1ch%20t%E1%BA%A1o%20%C4%91%E1%BB%99ng%20l%E1%BB%B1c%20ph%C3%A1t%20tri%E1%BB%83n' +
        '&duong_dan=https%3A%2F%2Fphapluat.example.gov.vn%2Fvan-ban%2Fban-thuong-vu-tinh-uy-dien-bien%2F2026%2F08-ct-tu%2F%23muc-4-3' +
        '&muc=muc-4-3',
    );
    // The form receives exactly what was written.
    const params = new URL(href).searchParams;
    expect(params.get('so_hieu')).toBe('08-CT/TU');
    expect(params.get('trich_yeu')).toBe(DOC_08.title);
    expect(params.get('duong_dan')).toBe(`${DOC_08.url}#muc-4-3`);
    expect(params.get('muc')).toBe('muc-4-3');
  });

  it('leaves the part out for the whole document, and the number empty when the document has none', () => {
    const params = new URL(feedbackHref(TEMPLATE, { ...DOC_08, number: null })).searchParams;
    expect(params.get('so_hieu')).toBe('');
    expect(params.get('duong_dan')).toBe(DOC_08.url);
    expect(params.get('muc')).toBe('');
  });

  it('encodes characters that would break the query: & = # + and decomposed text', () => {
    const params = new URL(feedbackHref(TEMPLATE, { number: 'A&B=1#2+3', title: 'Quyết định về đất đai'.normalize('NFD'), url: DOC_08.url })).searchParams;
    expect(params.get('so_hieu')).toBe('A&B=1#2+3');
    expect(params.get('trich_yeu')).toBe('Quyết định về đất đai'.normalize('NFC'));
  });

  it('gives a plain mailto: address a subject and a body naming the document and part', () => {
    const href = feedbackHref('mailto:phapche@example.gov.vn', { ...DOC_08, anchor: 'muc-4-3', part: 'mục 4.3' });
    const [address, query] = href.split('?');
    expect(address).toBe('mailto:phapche@example.gov.vn');
    const params = new URLSearchParams(query!.replace(/\+/g, '%2B'));
    expect(params.get('subject')).toBe('Phản ánh vướng mắc: 08-CT/TU, mục 4.3');
    expect(params.get('body')).toBe(
      `Văn bản: 08-CT/TU – ${DOC_08.title}\nPhần: mục 4.3\nĐịa chỉ: ${DOC_08.url}#muc-4-3\n\nVướng mắc gặp phải khi áp dụng:\n`,
    );
    expect(query).not.toMatch(/[ \n]/);
  });

  it('fills placeholders in a mailto: template instead of adding its own query', () => {
    expect(feedbackHref('mailto:phapche@example.gov.vn?subject=Ph%E1%BA%A3n%20%C3%A1nh%20{so_hieu}', DOC_08)).toBe(
      'mailto:phapche@example.gov.vn?subject=Ph%E1%BA%A3n%20%C3%A1nh%2008-CT%2FTU',
    );
  });

  it('uses the first form, else the e-mail, else nothing', () => {
    expect(primaryTemplate({ forms: [{ name: 'A', url: TEMPLATE }], email: 'a@example.gov.vn' })).toBe(TEMPLATE);
    expect(primaryTemplate({ forms: [], email: 'a@example.gov.vn' })).toBe('mailto:a@example.gov.vn');
    expect(primaryTemplate(undefined)).toBeNull();
  });

  it('writes a hotline as a tel: address and joins the site address with a base path', () => {
    expect(telHref('+84 215 3 825 000')).toBe('tel:+842153825000');
    expect(absoluteUrl({ url: 'https://tinh.gov.vn/', base: '/phapluat/' }, '/van-ban/x/')).toBe('https://tinh.gov.vn/phapluat/van-ban/x/');
  });
});

describe('checking a template', () => {
  it.each([
    ['https://dichvucong.example.gov.vn/phan-anh?so={so_hieu}'],
    ['mailto:phapche@example.gov.vn'],
    ['tel:+842153825000'],
    ['HTTPS://dichvucong.example.gov.vn/{muc}'],
  ])('accepts %s', (t) => {
    expect(templateProblem(t)).toBeNull();
  });

  it.each([
    ['http://dichvucong.example.gov.vn/phan-anh', 'địa chỉ "http://dichvucong.example.gov.vn/phan-anh" không an toàn; chỉ chấp nhận https:, mailto:, tel:'],
    ['javascript:alert(document.cookie)', 'địa chỉ "javascript:alert(document.cookie)" không an toàn; chỉ chấp nhận https:, mailto:, tel:'],
    ['data:text/html,<p>x</p>', 'địa chỉ "data:text/html,<p>x</p>" không an toàn; chỉ chấp nhận https:, mailto:, tel:'],
    ['//dichvucong.example.gov.vn/phan-anh', 'địa chỉ "//dichvucong.example.gov.vn/phan-anh" thiếu giao thức; chỉ chấp nhận https:, mailto:, tel:'],
    ['java\tscript:alert(1)', 'địa chỉ "java\tscript:alert(1)" có khoảng trắng hoặc ký tự điều khiển; cần viết liền (khoảng trắng ghi là %20)'],
    [
      'https://dichvucong.example.gov.vn/phan-anh?so={so_van_ban}',
      'chỗ cần điền "{so_van_ban}" không có; chỉ dùng được {so_hieu}, {trich_yeu}, {duong_dan}, {muc}',
    ],
    ['https://dichvucong.example.gov.vn/phan-anh?so={so_hieu', 'địa chỉ "https://dichvucong.example.gov.vn/phan-anh?so={so_hieu" có dấu { } không khớp; mỗi chỗ cần điền viết dạng {so_hieu}'],
    [
      'https://{duong_dan}',
      'địa chỉ "https://{duong_dan}": chỗ cần điền chỉ được đặt sau tên miền, ví dụ https://dichvucong.example.gov.vn/phan-anh?so_hieu={so_hieu}',
    ],
    ['mailto:{so_hieu}', 'địa chỉ "mailto:{so_hieu}" không phải một địa chỉ thư hợp lệ; cần dạng mailto:phapche@example.gov.vn'],
  ])('refuses %s', (t, message) => {
    expect(templateProblem(t)).toBe(message);
    expect(() => feedbackHref(t, DOC_08)).toThrow(message);
  });
});

describe('a bad channel in content/cau-hinh.yaml stops the build with file, line and field', () => {
  const URL_LINE = 'url: "https://dichvucong.example.gov.vn/phan-anh?so_hieu={so_hieu}&trich_yeu={trich_yeu}&duong_dan={duong_dan}&muc={muc}"';
  function errorsFor(changes: Change[]): string[] {
    const dir = makeContent(changes);
    return loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' }).errors.map(formatProblem).map((l) => l.replaceAll(reported(dir, ''), 'content'));
  }
  const withUrl = (url: string): Change => ({ file: 'cau-hinh.yaml', replace: URL_LINE, with: `url: "${url}"` });

  it('a plain http: form', () => {
    expect(errorsFor([withUrl('http://dichvucong.example.gov.vn/phan-anh?so_hieu={so_hieu}')])).toEqual([
      'content/cau-hinh.yaml:15: feedback.forms[0].url: địa chỉ "http://dichvucong.example.gov.vn/phan-anh?so_hieu={so_hieu}" không an toàn; chỉ chấp nhận https:, mailto:, tel:',
    ]);
  });

  it('a javascript: form', () => {
    expect(errorsFor([withUrl('javascript:alert(1)')])).toEqual([
      'content/cau-hinh.yaml:15: feedback.forms[0].url: địa chỉ "javascript:alert(1)" không an toàn; chỉ chấp nhận https:, mailto:, tel:',
    ]);
  });

  it('an unknown placeholder', () => {
    expect(errorsFor([withUrl('https://dichvucong.example.gov.vn/phan-anh?so={so}')])).toEqual([
      'content/cau-hinh.yaml:15: feedback.forms[0].url: chỗ cần điền "{so}" không có; chỉ dùng được {so_hieu}, {trich_yeu}, {duong_dan}, {muc}',
    ]);
  });

  it('neither a form nor an e-mail', () => {
    const errors = errorsFor([
      { file: 'cau-hinh.yaml', replace: /  forms:\n    - name: .*\n      url: .*\n  email: .*\n/, with: '  forms: []\n' },
    ]);
    expect(errors).toEqual([
      'content/cau-hinh.yaml:13: feedback.forms: cần ít nhất một biểu mẫu (forms) hoặc địa chỉ thư điện tử (email) để người dân gửi phản ánh',
    ]);
  });

  it('an e-mail address that is not one, and a dialogue on an impossible day', () => {
    const errors = errorsFor([
      { file: 'cau-hinh.yaml', replace: 'email: "phapche@example.gov.vn"', with: 'email: "phapche.example.gov.vn"' },
      { file: 'cau-hinh.yaml', replace: 'dialogues: []', with: 'dialogues:\n    - { date: "2026-02-30", title: "Hội nghị đối thoại", place: "Hội trường" }' },
    ]);
    expect(errors).toEqual([
      'content/cau-hinh.yaml:16: feedback.email: cần một địa chỉ thư điện tử, ví dụ "phapche@example.gov.vn"',
      'content/cau-hinh.yaml:20: feedback.dialogues[0].date: ngày "2026-02-30" không tồn tại trong lịch; cần một ngày có thật dạng "YYYY-MM-DD" (tháng 02/2026 có 28 ngày, ngày cuối tháng là "2026-02-28")',
    ]);
  });
});

describe('feedback links on the parts of a document body', () => {
  const body = ['4\\. Đổi mới và nâng cao hiệu quả công tác thi hành pháp luật.', '4.3. Tăng cường tổ chức quán triệt văn bản quy phạm pháp luật.', '(1) Tiếp tục rà soát.', '## PHỤ LỤC', 'Bảng.'].join('\n\n');
  const seen: [string, string][] = [];
  const out = renderBody(parseMarkdown(body), [], (anchor, name) => {
    seen.push([anchor, name]);
    return anchor === 'muc-4' ? null : `https://dichvucong.example.gov.vn/phan-anh?muc=${anchor}`;
  });

  it('asks for one link per part, with the name it is called by', () => {
    expect(seen).toEqual([
      ['muc-4', 'mục 4'],
      ['muc-4-3', 'mục 4.3'],
      ['nhiem-vu-1', 'nhiệm vụ (1)'],
      ['phu-luc', 'phần “PHỤ LỤC”'],
    ]);
  });

  it('ends a part with a safe link whose name is its visible text, kept out of the search index', () => {
    expect(out.mainHtml).toContain(
      ' <a href="https://dichvucong.example.gov.vn/phan-anh?muc=muc-4-3" class="lp-part-feedback" rel="noopener noreferrer" data-part-feedback="muc-4-3" data-pagefind-ignore="">Phản ánh vướng mắc về mục 4.3</a></p>',
    );
    expect(out.mainHtml).not.toContain('data-part-feedback="muc-4"');
    expect(out.mainHtml).not.toMatch(/target=/);
  });

  it('puts a heading’s link after it, so the heading keeps its own name, and keeps the contents unchanged', () => {
    expect(out.annexHtml).toMatch(/^<h2 id="phu-luc">PHỤ LỤC<\/h2>\n<p class="lp-part-feedback-line"><a [^>]*data-part-feedback="phu-luc"[^>]*>Phản ánh vướng mắc về phần “PHỤ LỤC”<\/a><\/p>/);
    expect(out.toc.map((t) => t.label)).toEqual(['Đổi mới và nâng cao hiệu quả công tác thi hành pháp luật.', 'Tăng cường tổ chức quán triệt văn bản quy phạm pháp luật.', 'Tiếp tục rà soát.', 'PHỤ LỤC']);
  });
});
