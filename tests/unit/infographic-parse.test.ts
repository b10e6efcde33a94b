/**
 * The infographic encoding: each kind of block read from the lines an editor writes, and every
 * malformed block reported as `file:line: field: message` with the file's own line number.
 */
import { describe, it, expect } from 'vitest';
import { parseInfographicBody, readWhen } from '../../src/lib/infographic/parse.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { makeContent, reported } from '../support/content-fixture.ts';
import { ROOT } from '../support/paths.ts';

const FILE = 'content/infographic/thu.md';
/** Bodies in these tests start on line 10 of their file, as after a 9-line frontmatter. */
const BODY_LINE = 10;
const parse = (body: string) => parseInfographicBody(body, FILE, BODY_LINE);
const errors = (body: string) => parse(body).problems.map(formatProblem);

describe('blocks', () => {
  it('reads key figures', () => {
    const { blocks, problems } = parse('```so-lieu\n- 13 | nhiệm vụ trong Phụ lục\n- Quý II/2026 | hạn hoàn thành\n```\n');
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { kind: 'figures', line: 10, items: [{ value: '13', label: 'nhiệm vụ trong Phụ lục' }, { value: 'Quý II/2026', label: 'hạn hoàn thành' }] },
    ]);
  });

  it('reads a timeline with days and quarters, keeping the order written', () => {
    const { blocks, problems } = parse('```moc-thoi-gian\n- 15/8/2026 | Xử lý xong văn bản của hai tỉnh trước hợp nhất\n- Quý II/2026 | Kế hoạch thực hiện Chỉ thị\n```');
    expect(problems).toEqual([]);
    expect(blocks[0]).toEqual({
      kind: 'timeline',
      line: 10,
      items: [
        { date: '2026-08-15', when: '15/08/2026', text: 'Xử lý xong văn bản của hai tỉnh trước hợp nhất' },
        { date: '2026-06-30', when: 'Quý II/2026', text: 'Kế hoạch thực hiện Chỉ thị' },
      ],
    });
  });

  it('reads steps with an optional detail and link', () => {
    const { blocks, problems } = parse('```cac-buoc\n- Tìm văn bản | Gõ số hiệu vào ô Tìm kiếm | /tim-kiem/\n- Ghi rõ nội dung\n- Gửi | qua kênh của tỉnh | https://dichvucong.example.gov.vn/\n```');
    expect(problems).toEqual([]);
    expect(blocks[0]).toEqual({
      kind: 'steps',
      line: 10,
      items: [
        { title: 'Tìm văn bản', detail: 'Gõ số hiệu vào ô Tìm kiếm', link: '/tim-kiem/', line: 11 },
        { title: 'Ghi rõ nội dung', detail: null, link: null, line: 12 },
        { title: 'Gửi', detail: 'qua kênh của tỉnh', link: 'https://dichvucong.example.gov.vn/', line: 13 },
      ],
    });
  });

  it('reads a who-does-what table, empty cells kept as empty roles', () => {
    const body = [
      '```ai-lam-gi',
      '| Nhiệm vụ | Sở Tư pháp | Ban Nội chính Tỉnh ủy |',
      '| --- | --- | --- |',
      '| 2. Kế hoạch thực hiện Chỉ thị | Chủ trì |  |',
      '| 13. Sơ, tổng kết | | Chủ trì |',
      '```',
    ].join('\n');
    const { blocks, problems } = parse(body);
    expect(problems).toEqual([]);
    expect(blocks[0]).toEqual({
      kind: 'matrix',
      line: 10,
      corner: 'Nhiệm vụ',
      agencies: ['Sở Tư pháp', 'Ban Nội chính Tỉnh ủy'],
      rows: [
        { task: '2. Kế hoạch thực hiện Chỉ thị', cells: ['Chủ trì', ''] },
        { task: '13. Sơ, tổng kết', cells: ['', 'Chủ trì'] },
      ],
    });
  });

  it('keeps headings and paragraphs (as plain text) between blocks, in order', () => {
    const { blocks, problems } = parse('## Lịch báo cáo\n\nSở Tư pháp **tổng hợp**, báo cáo.\n\n```so-lieu\n- Hằng tuần | trước 15h ngày thứ Năm\n```');
    expect(problems).toEqual([]);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'text', 'figures']);
    expect(blocks[0]).toEqual({ kind: 'heading', text: 'Lịch báo cáo', line: 10 });
    expect(blocks[1]).toEqual({ kind: 'text', text: 'Sở Tư pháp tổng hợp, báo cáo.', line: 12 });
  });

  it('lets a field hold a literal bar written "\\|"', () => {
    expect(parse('```so-lieu\n- 2 \\| 3 | phần\n```').blocks[0]).toMatchObject({ items: [{ value: '2 | 3', label: 'phần' }] });
  });
});

describe('malformed blocks name the file and line', () => {
  it('a figure line without its label', () => {
    expect(errors('Mở đầu.\n\n```so-lieu\n- 6 | nội dung\n- 13\n```')).toEqual([
      `${FILE}:14: khối so-lieu: dòng "- 13" không đúng dạng; cần "- số liệu | nội dung", ví dụ "- 13 | nhiệm vụ trong Phụ lục"`,
    ]);
  });

  it('an impossible day in a timeline', () => {
    expect(errors('```moc-thoi-gian\n- 15/8/2026 | Xong\n- 31/4/2026 | Không có ngày này\n```')).toEqual([
      `${FILE}:12: khối moc-thoi-gian: ngày "31/4/2026" không tồn tại trong lịch; cần một ngày có thật (tháng 4/2026 có 30 ngày, ngày cuối tháng là 30/4/2026)`,
    ]);
  });

  it('a timeline date that is not a date', () => {
    expect(errors('```moc-thoi-gian\n- Thường xuyên | Quán triệt\n```')).toEqual([
      `${FILE}:11: khối moc-thoi-gian: "Thường xuyên" không phải một mốc thời gian; cần ngày/tháng/năm như "15/8/2026", tháng như "Tháng 6/2026", quý như "Quý II/2026" hoặc năm như "Năm 2026"`,
    ]);
  });

  it('an unknown kind of block, at its opening fence', () => {
    expect(errors('```so-lieu\n- 6 | nội dung\n```\n\n```moc-thoigian\n- 15/8/2026 | Xong\n```')).toEqual([
      `${FILE}:14: khối: khối "\`\`\`moc-thoigian" không có; dùng một trong: so-lieu, moc-thoi-gian, cac-buoc, ai-lam-gi`,
    ]);
  });

  it('a table row with a missing cell', () => {
    const body = '```ai-lam-gi\n| Nhiệm vụ | Sở Tư pháp | Ban Nội chính |\n| --- | --- | --- |\n| Kế hoạch | Chủ trì |\n```';
    expect(errors(body)).toEqual([
      `${FILE}:13: khối ai-lam-gi: dòng có 2 ô, dòng tiêu đề có 3; mỗi dòng cần đủ các cột (để trống ô không có việc)`,
    ]);
  });

  it('a step link that is neither a site path nor https', () => {
    expect(errors('```cac-buoc\n- Gửi | qua thư | http://example.gov.vn/\n```')).toEqual([
      `${FILE}:11: khối cac-buoc: đường dẫn "http://example.gov.vn/" không hợp lệ; cần đường dẫn trong Cổng bắt đầu bằng "/" (ví dụ "/tim-kiem/") hoặc địa chỉ https://`,
    ]);
  });

  it('a plain Markdown list outside any block', () => {
    const [line] = errors('```so-lieu\n- 6 | nội dung\n```\n\n- 13 | nhiệm vụ\n');
    expect(line).toMatch(new RegExp(`^${FILE}:14: nội dung: không dùng danh sách Markdown`));
  });

  it('a body with no drawing block at all', () => {
    expect(errors('## Chỉ có tiêu đề\n\nVà một đoạn văn.')).toEqual([
      `${FILE}:10: nội dung: infographic cần ít nhất một khối hình: \`\`\`so-lieu, \`\`\`moc-thoi-gian, \`\`\`cac-buoc, \`\`\`ai-lam-gi`,
    ]);
  });
});

describe('readWhen', () => {
  it('reads quarters to their last day', () => {
    expect(readWhen('Quý I/2026')).toEqual({ date: '2026-03-31', when: 'Quý I/2026' });
    expect(readWhen('quý IV/2026')).toEqual({ date: '2026-12-31', when: 'Quý IV/2026' });
  });

  // The phrases the task register reads as a month or a year ("Tháng 6/2026") are milestones too.
  it('reads a month and a year to their last day, and refuses a month that does not exist', () => {
    expect(readWhen('Tháng 6/2026')).toEqual({ date: '2026-06-30', when: 'Tháng 6/2026' });
    expect(readWhen('tháng 02/2028')).toEqual({ date: '2028-02-29', when: 'Tháng 2/2028' });
    expect(readWhen('Tháng 12 năm 2026')).toEqual({ date: '2026-12-31', when: 'Tháng 12/2026' });
    expect(readWhen('Năm 2027')).toEqual({ date: '2027-12-31', when: 'Năm 2027' });
    expect(readWhen('Tháng 13/2026')).toEqual({ problem: '"Tháng 13/2026": không có tháng 13; cần tháng từ 1 đến 12, như "Tháng 6/2026"' });
    expect(readWhen('Sau Tết')).toMatchObject({ problem: expect.stringContaining('tháng như "Tháng 6/2026"') });
  });
});

describe('in the content folder', () => {
  const infographic = (body: string, sources = '  - { document: "dien-bien/08-ct-tu-2026", anchor: "muc-2" }') =>
    `---\ntitle: "Thử"\nsummary: "Thử nghiệm."\nsources:\n${sources}\nfields: [thi-hanh-phap-luat]\ndate: "2026-11-23"\n---\n\n${body}`;
  const errorsIn = (text: string) => {
    const dir = makeContent([{ file: 'infographic/thu.md', write: text }]);
    return loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' }).errors.map(formatProblem).map((l) => l.replaceAll(reported(dir, ''), 'content'));
  };

  it('reports a malformed block with the line in the file, after the frontmatter', () => {
    expect(errorsIn(infographic('```so-lieu\n- 6 | nội dung\n- 13\n```\n'))).toEqual([
      'content/infographic/thu.md:12: khối so-lieu: dòng "- 13" không đúng dạng; cần "- số liệu | nội dung", ví dụ "- 13 | nhiệm vụ trong Phụ lục"',
    ]);
  });

  it('reports a source anchor that the document does not have', () => {
    const [line] = errorsIn(infographic('```so-lieu\n- 6 | nội dung\n```\n', '  - { document: "dien-bien/08-ct-tu-2026", anchor: "muc-9" }'));
    expect(line).toMatch(/^content\/infographic\/thu\.md:5: sources\[0\]\.anchor: không có mục "#muc-9" trong content\/van-ban\/dien-bien\/08-ct-tu-2026\.md; các mục có: muc-1, muc-2/);
  });

  it('reports a source document that is not on the portal', () => {
    expect(errorsIn(infographic('```so-lieu\n- 6 | nội dung\n```\n', '  - { document: "dien-bien/09-ct-tu-2026" }'))).toEqual([
      'content/infographic/thu.md:5: sources[0].document: không có văn bản "dien-bien/09-ct-tu-2026" (cần đường dẫn dưới content/van-ban/ không kèm ".md", ví dụ "dien-bien/08-ct-tu-2026")',
    ]);
  });

  it('accepts a valid one and adds it to the corpus with its drawing', () => {
    const dir = makeContent([{ file: 'infographic/thu.md', write: infographic('```so-lieu\n- 6 | nội dung chỉ đạo\n```\n') }]);
    const { errors: found, corpus } = loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' });
    expect(found).toEqual([]);
    const ig = corpus!.infographics.find((i) => i.slug === 'thu')!;
    expect(ig.sources).toEqual([
      { documentId: 'dien-bien/08-ct-tu-2026', anchor: 'muc-2', documentName: 'Chỉ thị 08-CT/TU', part: 'mục 2', label: 'Chỉ thị 08-CT/TU, mục 2', path: '/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#muc-2' },
    ]);
    expect(ig.svg).toContain('<title id="ig-thu-tieu-de">Thử</title>');
  });
});

describe('generated charts', () => {
  it('do not change with the "as of" day, so a daily rebuild reuses their PNGs', () => {
    const dir = makeContent([]);
    const charts = (asOf: string) => loadContent(dir, ROOT, { PORTAL_AS_OF: asOf }).corpus!.infographics.filter((ig) => ig.generated);
    const before = charts('2026-11-23');
    const after = charts('2027-03-01');
    expect(before.map((ig) => ig.slug)).toContain('thoi-han-dien-bien--08-ct-tu-2026');
    expect(after.map((ig) => [ig.slug, ig.svg])).toEqual(before.map((ig) => [ig.slug, ig.svg]));
    expect(before.find((ig) => ig.slug === 'thoi-han-dien-bien--08-ct-tu-2026')!.footer.at(-1)).toBe('Cổng thông tin pháp luật · vẽ tự động từ bảng nhiệm vụ của văn bản');
  });

  it('sum up the span of a timeline, or the one day its tasks share', () => {
    const summary = (slug: string) => loadContent(makeContent([]), ROOT, { PORTAL_AS_OF: '2026-11-23' }).corpus!.infographics.find((ig) => ig.slug === slug)!.summary;
    expect(summary('thoi-han-dien-bien--08-ct-tu-2026')).toMatch(/ 4 nhiệm vụ .*, từ 31\/03\/2026 đến 30\/06\/2026\.$/);
    // Thái Nguyên's two dated tasks are both due by 14/08/2026 ("trước ngày 15/8/2026").
    expect(summary('thoi-han-thai-nguyen--chi-thi-xay-dung-va-thi-hanh-phap-luat')).toBe(
      'Trục thời gian 2 nhiệm vụ có thời hạn cụ thể trong bảng nhiệm vụ của Chỉ thị của Ban Thường vụ Tỉnh ủy Thái Nguyên, cùng hạn 14/08/2026.',
    );
  });
});
