/**
 * The importer's parts on small inputs: Vietnamese dates, signature capitals, the header (number
 * and date lines), the text reader, and the merging of appendix tables printed over several pages.
 * Rows and phrases are taken from the seed directives; the plan in the header test is a made-up
 * fixture ("tài liệu thử nghiệm").
 */
import { describe, it, expect } from 'vitest';
import type { PhrasingContent } from 'mdast';
import { findViDates, dateAfterNumber, placeAndDate } from '../../src/lib/import/vi-dates.ts';
import { normalizeInline, parseInline } from '../../src/lib/import/inline.ts';
import { officialCase, nameCase } from '../../src/lib/import/vi-case.ts';
import { readTextBlocks } from '../../src/lib/import/text-reader.ts';
import { readHeader } from '../../src/lib/import/header.ts';
import { mergeTables } from '../../src/lib/import/tables.ts';
import { bodyNodes, paragraphStarts } from '../../src/lib/import/body.ts';
import { bodyToMarkdown } from '../../src/lib/import/write.ts';
import type { TableBlock } from '../../src/lib/import/blocks.ts';

const TYPES = [
  { id: 'chi-thi', name: 'Chỉ thị' },
  { id: 'ke-hoach', name: 'Kế hoạch' },
];

describe('dates as documents write them', () => {
  it('reads the header form and the short form, and flags a day that does not exist', () => {
    expect(findViDates('Điện Biên, ngày 23 tháng 02 năm 2026').map((d) => d.iso)).toEqual(['2026-02-23']);
    expect(findViDates('Kết luận số 09-KL/TW, ngày 10/3/2026 của Bộ Chính trị').map((d) => d.iso)).toEqual(['2026-03-10']);
    expect(findViDates('ngày 31/02/2026')).toMatchObject([{ iso: null, text: 'ngày 31/02/2026' }]);
  });

  it('takes the date right after a number, and only there', () => {
    expect(dateAfterNumber(', ngày 30/4/2025 của Bộ Chính trị')?.iso).toBe('2025-04-30');
    expect(dateAfterNumber(' ngày 10/4/2026 của Ban Chỉ đạo Trung ương')?.iso).toBe('2026-04-10');
    expect(dateAfterNumber(' của tỉnh (Sở Tư pháp) … ngày 15/8/2026')).toBeNull();
  });

  it('reads a place-and-date line, and no line that only mentions a date', () => {
    expect(placeAndDate('Điện Biên, ngày 20 tháng 02 năm 2026')?.iso).toBe('2026-02-20');
    expect(placeAndDate('TP. Hồ Chí Minh, ngày 20/02/2026.')?.iso).toBe('2026-02-20');
    expect(placeAndDate('ngày 20 tháng 02 năm 2026')?.iso).toBe('2026-02-20');
    expect(placeAndDate('Điện Biên ngày 20 tháng 02 năm 2026')?.iso).toBe('2026-02-20');
    expect(placeAndDate('V/v thực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026')).toBeNull();
    expect(placeAndDate('V/v thực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy')).toBeNull();
    expect(placeAndDate('về việc triển khai Nghị quyết, ngày 30 tháng 4 năm 2025')).toBeNull();
    expect(placeAndDate('ngày 30 tháng 4 năm 2025 của Bộ Chính trị')).toBeNull();
  });
});

describe('signature lines printed in capitals', () => {
  it('are written as the text writes titles', () => {
    expect(officialCase('T/M BAN THƯỜNG VỤ')).toBe('T/M Ban Thường vụ');
    expect(officialCase('PHÓ BÍ THƯ THƯỜNG TRỰC')).toBe('Phó Bí thư Thường trực');
    expect(officialCase('BÍ THƯ')).toBe('Bí thư');
    expect(officialCase('Bí thư')).toBe('Bí thư');
    expect(nameCase('NGUYỄN ĐĂNG BÌNH')).toBe('Nguyễn Đăng Bình');
  });
});

describe('the header', () => {
  it('reads number and date lines above the type, and the trích yếu below it', () => {
    const blocks = readTextBlocks(
      'TỈNH ỦY ĐIỆN BIÊN\nSố 15-KH/TU\nĐiện Biên, ngày 10 tháng 3 năm 2026\n\n**KẾ HOẠCH**\n**thực hiện Chỉ thị số 08-CT/TU (tài liệu thử nghiệm)**\n\nTrong những năm qua …\n',
    );
    const header = readHeader(blocks, TYPES);
    expect(header).toMatchObject({
      type: { id: 'ke-hoach' },
      number: { value: '15-KH/TU' },
      issued: { iso: '2026-03-10' },
      title: 'thực hiện Chỉ thị số 08-CT/TU (tài liệu thử nghiệm)',
      unused: ['TỈNH ỦY ĐIỆN BIÊN'],
      bodyStart: 2,
    });
  });

  it('takes the date of the place-and-date line, not a date in a "V/v" trích yếu, which it writes out', () => {
    const blocks = readTextBlocks(
      'BAN THƯỜNG VỤ TỈNH ỦY\nSố 09-CT/TU\nĐiện Biên, ngày 20 tháng 02 năm 2026\n\nCHỈ THỊ\n**V/v thực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy**\n\nĐể thực hiện tốt Chỉ thị …',
    );
    expect(readHeader(blocks, TYPES)).toMatchObject({
      number: { value: '09-CT/TU' },
      issued: { iso: '2026-02-20', line: 'Điện Biên, ngày 20 tháng 02 năm 2026' },
      title: 'về việc thực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy',
      titleAsWritten: 'V/v thực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy',
      bodyStart: 2,
    });
  });

  it('leaves the date unstated when only the trích yếu has one (a short line, or one over several lines)', () => {
    const short = readHeader(readTextBlocks('KẾ HOẠCH\nthực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026\n\nThực hiện …'), TYPES);
    expect(short).toMatchObject({ issued: null, title: 'thực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026', bodyStart: 1 });
    const long = readHeader(readTextBlocks('KẾ HOẠCH\n\nvề việc triển khai Nghị quyết số 66-NQ/TW\n\nngày 30 tháng 4 năm 2025 của Bộ Chính trị\n\nThực hiện …'), TYPES);
    expect(long).toMatchObject({ issued: null, title: 'về việc triển khai Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị', bodyStart: 3 });
  });

  it('reads a place-and-date line set between the type and the trích yếu', () => {
    const header = readHeader(readTextBlocks('CHỈ THỊ\nĐiện Biên, ngày 20 tháng 02 năm 2026\nvề việc thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025\n\nĐể …'), TYPES);
    expect(header).toMatchObject({ issued: { iso: '2026-02-20' }, title: 'về việc thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025', unused: [] });
  });

  it('reads a place-and-date line pasted under the trích yếu, on its last line or as a paragraph of its own', () => {
    const sameParagraph = readHeader(readTextBlocks('CHỈ THỊ\nvề việc thực hiện Nghị quyết số 66-NQ/TW\nĐiện Biên, ngày 20 tháng 02 năm 2026\n\nĐể …'), TYPES);
    expect(sameParagraph).toMatchObject({ issued: { iso: '2026-02-20' }, title: 'về việc thực hiện Nghị quyết số 66-NQ/TW', bodyStart: 1, unused: [] });
    const ownParagraph = readHeader(readTextBlocks('CHỈ THỊ\n\nvề việc thực hiện Nghị quyết số 66-NQ/TW\n\n-----\n\nĐiện Biên, ngày 20 tháng 02 năm 2026\n\nĐể …'), TYPES);
    expect(ownParagraph).toMatchObject({ issued: { iso: '2026-02-20', line: 'Điện Biên, ngày 20 tháng 02 năm 2026' }, title: 'về việc thực hiện Nghị quyết số 66-NQ/TW', bodyStart: 4 });
  });

  it('leaves a place-and-date line after the trích yếu in the text when the header gave another date, or text follows it', () => {
    const other = readHeader(readTextBlocks('Điện Biên, ngày 20 tháng 02 năm 2026\n\nCHỈ THỊ\nvề việc thực hiện Nghị quyết số 66-NQ/TW\n\nĐiện Biên, ngày 21 tháng 02 năm 2026\n\nĐể …'), TYPES);
    expect(other).toMatchObject({ issued: { iso: '2026-02-20' }, bodyStart: 2 });
    const followed = readHeader(readTextBlocks('CHỈ THỊ\nvề việc thực hiện Nghị quyết số 66-NQ/TW\nHà Nội, ngày 20 tháng 02 năm 2026\nvà các văn bản hướng dẫn\n\nĐể …'), TYPES);
    expect(followed).toMatchObject({ issued: null, title: 'về việc thực hiện Nghị quyết số 66-NQ/TW Hà Nội, ngày 20 tháng 02 năm 2026 và các văn bản hướng dẫn', bodyStart: 1 });
  });

  it('joins a trích yếu set one line per paragraph, and reads the "CỦA …" line', () => {
    const blocks = readTextBlocks('CHỈ THỊ\n\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n\nvề tăng cường sự lãnh đạo của Đảng trong công tác xây dựng\n\nvà tổ chức thi hành pháp luật\n\nTrong thời gian qua …');
    expect(readHeader(blocks, TYPES)).toMatchObject({
      issuerPhrase: 'BAN THƯỜNG VỤ TỈNH ỦY',
      title: 'về tăng cường sự lãnh đạo của Đảng trong công tác xây dựng và tổ chức thi hành pháp luật',
      bodyStart: 4,
    });
  });
});

describe('reading text pasted from a PDF', () => {
  it('reads footnotes after a rule, lists after "Nơi nhận:", and emphasis across lines', () => {
    const blocks = readTextBlocks('**về đổi mới, ban hành\ncơ chế**\n\n---\n\n<sup>1</sup> Quy định số 178-QĐ/TW, ngày 27/6/2024\n\nNơi nhận:\n- Thường trực Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy, Phòng TH.\n');
    expect(blocks.map((b) => b.kind)).toEqual(['para', 'separator', 'footnote', 'para', 'list']);
    expect(blocks[0]).toMatchObject({ lines: [[{ type: 'strong', children: [{ type: 'text', value: 'về đổi mới, ban hành' }] }], [{ type: 'strong', children: [{ type: 'text', value: 'cơ chế' }] }]] });
    expect(blocks[2]).toMatchObject({ kind: 'footnote', id: '1', where: 'dòng 6' });
    expect(blocks[4]).toMatchObject({ kind: 'list', items: [[{ type: 'text', value: 'Thường trực Tỉnh ủy,' }], [{ type: 'text', value: 'Lưu Văn phòng Tỉnh ủy, Phòng TH.' }]] });
  });

  // One printed line per line, no blank line between paragraphs, as a PDF viewer copies it.
  const PASTED = [
    'Trong thời gian qua, công tác phổ biến, giáo dục pháp luật trên địa bàn',
    'tỉnh đã đạt được nhiều kết quả quan trọng, góp phần nâng cao ý thức chấp',
    'hành pháp luật của cán bộ, đảng viên và Nhân dân.',
    'Tuy nhiên, công tác này vẫn còn một số hạn chế: việc phổ biến chưa',
    'thường xuyên; hình thức chưa đa dạng. Nguyên nhân chủ yếu là do nhận',
    'thức của một số cấp ủy, chính quyền chưa đầy đủ về vai trò của pháp luật.',
    'Đội ngũ báo cáo viên còn mỏng.',
    'I. NHIỆM VỤ, GIẢI PHÁP',
    'Ban Thường vụ Tỉnh ủy yêu cầu:',
    '1. Các cấp ủy đảng tăng cường lãnh đạo, chỉ đạo công tác phổ biến,',
    'giáo dục pháp luật.',
    '2.1. Sở Tư pháp chủ trì tổ chức Ngày đọc văn bản hằng tháng.',
    'a) Các địa phương thực hiện.',
  ];

  it('starts a paragraph at a numbered part, after a heading in capitals, or after a sentence that ends short of the margin', () => {
    // Line 5 ends a sentence at the margin (as long as the lines that run on): the paragraph goes on.
    expect(paragraphStarts(PASTED)).toEqual([0, 3, 7, 8, 9, 11, 12]);
    // Lines that all run on, and a block of one line, stay one paragraph.
    expect(paragraphStarts(PASTED.slice(0, 3))).toEqual([0]);
    expect(paragraphStarts(['Một dòng.'])).toEqual([0]);
    // A heading in capitals over two lines stays one.
    expect(paragraphStarts(['I. NÂNG CAO HIỆU QUẢ CÔNG TÁC XÂY DỰNG', 'VÀ THI HÀNH PHÁP LUẬT', 'Các cấp ủy đảng…'])).toEqual([0, 2]);
    // A number inside a line that runs on does not start a part.
    expect(paragraphStarts(['Thực hiện Nghị quyết số', '66-NQ/TW ngày', '30/4/2025 của Bộ Chính trị.'])).toEqual([0]);
  });

  it('writes those paragraphs, numbered parts escaped as the content writes them, and says it split them', () => {
    const warnings: string[] = [];
    const { nodes } = bodyNodes(readTextBlocks(PASTED.join('\n')), { warn: (m) => warnings.push(m) });
    const markdown = bodyToMarkdown({ type: 'root', children: nodes });
    expect(markdown.trim().split('\n\n')).toEqual([
      'Trong thời gian qua, công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh đã đạt được nhiều kết quả quan trọng, góp phần nâng cao ý thức chấp hành pháp luật của cán bộ, đảng viên và Nhân dân.',
      'Tuy nhiên, công tác này vẫn còn một số hạn chế: việc phổ biến chưa thường xuyên; hình thức chưa đa dạng. Nguyên nhân chủ yếu là do nhận thức của một số cấp ủy, chính quyền chưa đầy đủ về vai trò của pháp luật. Đội ngũ báo cáo viên còn mỏng.',
      'I. NHIỆM VỤ, GIẢI PHÁP',
      'Ban Thường vụ Tỉnh ủy yêu cầu:',
      '1\\. Các cấp ủy đảng tăng cường lãnh đạo, chỉ đạo công tác phổ biến, giáo dục pháp luật.',
      '2.1. Sở Tư pháp chủ trì tổ chức Ngày đọc văn bản hằng tháng.',
      'a) Các địa phương thực hiện.',
    ]);
    expect(warnings).toEqual(['tách dòng 1 thành 7 đoạn (các dòng không có dòng trống ở giữa, như khi chép từ PDF): đối chiếu chỗ tách với văn bản gốc']);
  });
});

const HEAD = 'STT\tNội dung/hoạt động cụ thể\tCấp ủy theo dõi chỉ đạo\tCấp ủy/Cơ quan chịu trách nhiệm\t\tSản phẩm/Kết quả\tThời gian hoàn thành\n\t\t\tChủ trì tham mưu thực hiện\tPhối hợp thực hiện\t\t';
const ROW_2 = '2.\tXây dựng kế hoạch cụ thể hóa và tổ chức thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy\tĐảng ủy UBND tỉnh\tSở Tư pháp\tCác sở, ban, ngành liên quan; các địa phương\tKế hoạch\tQuý II/2026';
const ROW_6 = '6.\tNghiên cứu, xây dựng chính sách đặc thù cho công tác phổ biến, giáo dục pháp luật để thực hiện đổi mới phương thức quản lý công tác Phổ biến, giáo dục pháp luật.\tĐảng ủy UBND tỉnh\tSở Tư pháp\tCác sở, ban, ngành liên quan; các địa phương\tNghị quyết của HĐND tỉnh\tQuý II/2026';

function tables(text: string): TableBlock[] {
  return readTextBlocks(text).filter((b): b is TableBlock => b.kind === 'table');
}

function merged(text: string) {
  const warnings: string[] = [];
  const out = mergeTables(tables(text), { warn: (m) => warnings.push(m) });
  return { markdown: bodyToMarkdown({ type: 'root', children: out }), count: out.length, warnings };
}

describe('the rule printed under the issuer, the motto or the trích yếu', () => {
  it('is a separator even with no blank line around it, whatever it is drawn with', () => {
    const blocks = readTextBlocks('**về triển khai Nghị quyết số 66-NQ/TW**\n-----\nThực hiện Nghị quyết …\n_____\n———\n* * *\nHết.');
    expect(blocks.map((b) => b.kind)).toEqual(['para', 'separator', 'para', 'separator', 'separator', 'separator', 'para']);
    expect(blocks.map((b) => b.where)).toEqual(['dòng 1', 'dòng 2', 'dòng 3', 'dòng 4', 'dòng 5', 'dòng 6', 'dòng 7']);
  });

  it('ends the trích yếu, and is not reported as a header line left out', () => {
    const header = readHeader(
      readTextBlocks('BAN THƯỜNG VỤ TỈNH ỦY\nSố 16-KH/TU\n-----\n\nĐẢNG CỘNG SẢN VIỆT NAM\n_______________\nĐiện Biên, ngày 20 tháng 02 năm 2026\n\nKẾ HOẠCH\nvề triển khai Nghị quyết số 66-NQ/TW\n-----\nthực hiện trên địa bàn tỉnh như sau'),
      TYPES,
    );
    expect(header).toMatchObject({
      title: 'về triển khai Nghị quyết số 66-NQ/TW',
      unused: ['BAN THƯỜNG VỤ TỈNH ỦY', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      issued: { iso: '2026-02-20' },
    });
    expect(header.bodyStart).toBe(7);
  });
});

describe('appendix tables printed over several pages', () => {
  it('make one table with the two header rows as one, and no repeated header', () => {
    const { markdown, count, warnings } = merged(`${HEAD}\n${ROW_2}\n\n${HEAD}\n${ROW_6}\n`);
    expect(count).toBe(1);
    expect(markdown.split('\n').filter(Boolean)).toEqual([
      '| STT | Nội dung/hoạt động cụ thể | Cấp ủy theo dõi chỉ đạo | Cấp ủy/Cơ quan chịu trách nhiệm: Chủ trì tham mưu thực hiện | Cấp ủy/Cơ quan chịu trách nhiệm: Phối hợp thực hiện | Sản phẩm/Kết quả | Thời gian hoàn thành |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      `| ${ROW_2.split('\t').join(' | ')} |`,
      `| ${ROW_6.split('\t').join(' | ')} |`,
    ]);
    expect(warnings).toEqual([]);
  });

  it('join the second half of a row cut by a page break, and say so', () => {
    const cut = ROW_2.split('\t');
    const first = cut.map((c, i) => (i === 1 ? 'Xây dựng kế hoạch cụ thể hóa' : c)).join('\t');
    const second = cut.map((_, i) => (i === 1 ? 'và tổ chức thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy' : '')).join('\t');
    const { markdown, warnings } = merged(`${HEAD}\n${first}\n\n${HEAD}\n${second}\n${ROW_6}\n`);
    expect(markdown).toContain(`| ${ROW_2.split('\t').join(' | ')} |`);
    expect(warnings).toEqual(['một dòng bảng không có STT được ghép vào dòng STT "2." (dòng bị ngắt sang trang sau) — hãy kiểm tra']);
  });

  it('pad a short row with empty cells and warn', () => {
    const short = ROW_2.split('\t').slice(0, 6).join('\t');
    const { markdown, warnings } = merged(`${HEAD}\n${short}\n`);
    expect(markdown).toContain('| Kế hoạch | |');
    expect(warnings).toEqual(['dòng STT "2." của bảng có 6 ô, cần 7; đã thêm ô trống ở cuối — hãy kiểm tra']);
  });

  it('keep lines of a cell as <br>, and put a dash list of bodies one per line', () => {
    const br: PhrasingContent[] = [{ type: 'text', value: 'Đảng ủy UBND tỉnh' }, { type: 'break' }, { type: 'text', value: 'Ban Nội chính Tỉnh ủy' }];
    const [head] = tables(HEAD);
    const row = (cells: PhrasingContent[][]) => ({ kind: 'table' as const, where: 'x', rows: [...head!.rows, cells] });
    const text = (s: string): PhrasingContent[] => [{ type: 'text', value: s }];
    const out = mergeTables([row([text('13'), text('Sơ, tổng kết việc thực hiện Chỉ thị'), text('- Đảng ủy HĐND tỉnh, - Đảng ủy UBND tỉnh'), br, text(''), text(''), text('Theo Kế hoạch')])], { warn: () => {} });
    expect(bodyToMarkdown({ type: 'root', children: out })).toContain('| 13 | Sơ, tổng kết việc thực hiện Chỉ thị | - Đảng ủy HĐND tỉnh,<br>- Đảng ủy UBND tỉnh | Đảng ủy UBND tỉnh<br>Ban Nội chính Tỉnh ủy | | | Theo Kế hoạch |');
  });
});

describe('links kept from a received file', () => {
  const warned = (markdown: string) => {
    const warnings: string[] = [];
    normalizeInline(parseInline(markdown), (m) => warnings.push(m));
    return warnings;
  };

  it('are each named in the report, for the editor to check against the original', () => {
    expect(warned('Xem [Cổng Pháp luật quốc gia](https://phapluat.gov.vn/van-ban) để biết thêm.')).toEqual([
      'liên kết "Cổng Pháp luật quốc gia" dẫn tới https://phapluat.gov.vn/van-ban: hãy đối chiếu với bản gốc',
    ]);
    expect(warned('Không có liên kết nào.')).toEqual([]);
  });

  it('say so when the words are an address on another host than the target', () => {
    expect(warned('[https://vbpl.vn/dienbien](https://evil.example/login)')).toEqual([
      'liên kết ghi "https://vbpl.vn/dienbien" nhưng dẫn tới https://evil.example/login (tên miền khác): hãy đối chiếu với bản gốc, sửa hoặc bỏ liên kết',
    ]);
    // The same host, written with or without www., is not misleading.
    expect(warned('[www.vbpl.vn](https://vbpl.vn/)')[0]).toMatch(/^liên kết "www.vbpl.vn" dẫn tới https:\/\/vbpl.vn\/: /);
  });
});
