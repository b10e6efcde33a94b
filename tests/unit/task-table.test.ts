import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { parseMarkdownBody, readTaskTables, readTaskTablesFromTree } from '../../src/lib/tasks/table.ts';

const fixture = readFileSync(new URL('../fixtures/task-table-08-ct-tu.md', import.meta.url), 'utf8');
const FILE = 'content/van-ban/dien-bien/08-ct-tu-2026.md';
const HEAD = '| STT | Nội dung | Chủ trì | Thời gian hoàn thành |\n| --- | --- | --- | --- |\n';

describe('readTaskTables on the appendix of 08-CT/TU', () => {
  const { rows, problems } = readTaskTables(fixture, FILE, 100);

  it('reads all 13 rows without problems', () => {
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.label)).toEqual([
      '1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.', '11.', '12.', '13',
    ]);
    expect(rows.map((r) => r.key)).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'],
    );
    expect(rows.every((r) => r.table === 0)).toBe(true);
  });

  it('reports file lines: markdown line plus the offset', () => {
    // The header is on line 7 of the fixture, the first data row on line 9.
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: 13 }, (_, i) => 109 + i));
    expect(readTaskTables(fixture, FILE).rows[12]!.line).toBe(21);
  });

  it('keeps every deadline phrase as written', () => {
    expect(rows.map((r) => r.deadlineText)).toEqual([
      'Thường xuyên',
      'Quý II/2026',
      'Hoàn thành trước ngày 31/5/2026',
      'Trước Quý II/2026',
      'Thường xuyên (2026 - 2030)',
      'Quý II/2026',
      'Thường xuyên (2026-2030)',
      'Thực hiện định kỳ hằng tháng hoặc hằng quý',
      'Hàng năm',
      'Thường xuyên từ năm 2026',
      'Hàng năm',
      'Hàng năm',
      'Theo Kế hoạch',
    ]);
  });

  it('reads content, product and the three agency columns', () => {
    expect(rows[7]!).toEqual({
      label: '8.',
      key: '8',
      content:
        'Triển khai mô hình “Ngày đọc văn bản quy phạm pháp luật” tại các cơ quan, đơn vị, địa phương',
      overseers: ['Đảng ủy UBND tỉnh'],
      leads: ['Sở Tư pháp'],
      coordinators: ['Các cơ quan, đơn vị, địa phương'],
      product: 'Kế hoạch triển khai; báo cáo kết quả thực hiện định kỳ',
      deadlineText: 'Thực hiện định kỳ hằng tháng hoặc hằng quý',
      line: 116,
      table: 0,
    });
    expect(rows[10]!.overseers).toEqual([
      'Đảng ủy HĐND tỉnh', 'Đảng ủy UBND tỉnh', 'Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh',
    ]);
    expect(rows[12]!.leads).toEqual(['Đảng ủy UBND tỉnh', 'Ban Nội chính Tỉnh ủy']);
    expect(rows[12]!.coordinators).toEqual([
      'Các Đảng ủy trực thuộc', 'các cơ quan, đơn vị liên quan', 'các địa phương',
    ]);
    expect(rows[8]!.product).toBe('Hội nghị (tối thiểu 01 lần/năm)');
  });

  it('gives the same result from a tree parsed once', () => {
    expect(readTaskTablesFromTree(parseMarkdownBody(fixture), FILE, 100)).toEqual({ rows, problems });
  });
});

describe('recognising task tables', () => {
  it('accepts header variants regardless of case and tone marks; optional columns may be absent', () => {
    const md = '| Số TT | NHIỆM VỤ | Cơ quan chủ trì | Thoi han |\n|-|-|-|-|\n| (2) | Lập kế hoạch | Sở Tư pháp | Quý II/2026 |\n';
    const { rows, problems } = readTaskTables(md, 'a.md');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{
      label: '(2)', key: '2', content: 'Lập kế hoạch', overseers: [], leads: ['Sở Tư pháp'],
      coordinators: [], product: '', deadlineText: 'Quý II/2026', line: 3, table: 0,
    }]);
  });

  it('ignores tables that are not task tables', () => {
    const md = '| Tên | Số |\n|---|---|\n| A | 1 |\n\n| STT | Nội dung | Ghi chú |\n|---|---|---|\n| 1 | x | y |\n';
    expect(readTaskTables(md, 'a.md')).toEqual({ rows: [], problems: [] });
  });

  it('numbers task tables from 0, skipping other tables', () => {
    const md = `${HEAD}| 1 | A | B | Năm 2026 |\n\n| Tên | Số |\n|---|---|\n| A | 1 |\n\n${HEAD}| 1 | C | D | Quý IV |\n`;
    const { rows, problems } = readTaskTables(md, 'a.md');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.table, r.key, r.content, r.line])).toEqual([[0, '1', 'A', 3], [1, '1', 'C', 11]]);
  });

  it('reports a table missing the leads column', () => {
    const md = 'Đoạn mở đầu.\n\n| STT | Nội dung | Thời gian hoàn thành |\n|---|---|---|\n| 1 | A | Quý II/2026 |\n';
    const { rows, problems } = readTaskTables(md, FILE, 20);
    expect(rows).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:23: bảng nhiệm vụ: thiếu cột "Chủ trì", cần các cột STT, Nội dung, Chủ trì, Thời gian hoàn thành`,
    ]);
  });

  it('reads the deadline column under its other names', () => {
    for (const header of ['Hạn hoàn thành', 'Thời điểm hoàn thành', 'Thời hạn', 'HẠN CHÓT', 'Ngày hoàn thành']) {
      const md = `| STT | Nội dung | Chủ trì | ${header} |\n|---|---|---|---|\n| 1 | A | B | Quý II/2026 |\n`;
      const { rows, problems } = readTaskTables(md, 'a.md');
      expect({ header, problems }).toEqual({ header, problems: [] });
      expect(rows.map((r) => r.deadlineText)).toEqual(['Quý II/2026']);
    }
    // "Hàng hóa" is not a deadline ("han" must be a word of its own).
    const goods = readTaskTables('| STT | Nội dung | Hàng hóa |\n|---|---|---|\n| 1 | A | B |\n', 'a.md');
    expect(goods).toEqual({ rows: [], problems: [] });
  });

  it('reports a table with a lead column but no deadline column it can read, rather than dropping its tasks', () => {
    const md = '| STT | Nội dung | Chủ trì | Ghi chú |\n|---|---|---|---|\n| 1 | A | B | xong sớm |\n';
    const { rows, problems } = readTaskTables(md, FILE, 4);
    expect(rows).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:5: bảng nhiệm vụ: thiếu cột "Thời gian hoàn thành", cần các cột STT, Nội dung, Chủ trì, Thời gian hoàn thành`,
    ]);
  });

  it('reports a table missing the STT column', () => {
    const md = '| Nội dung | Chủ trì | Thời hạn |\n|---|---|---|\n| A | B | Quý II/2026 |\n';
    const { problems } = readTaskTables(md, 'a.md');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.message).toMatch(/^thiếu cột "STT", /);
  });
});

describe('row errors', () => {
  it('reports rows with fewer or more cells than the header, at their file line', () => {
    const md = `${HEAD}| 1 | A | B |\n| 2 | C | D | Quý II/2026 | thừa |\n| 3 | E | F | Năm 2026 |\n`;
    const { rows, problems } = readTaskTables(md, 'a.md', 10);
    expect(rows.map((r) => r.key)).toEqual(['3']);
    expect(problems.map(formatProblem)).toEqual([
      'a.md:13: bảng nhiệm vụ, dòng 1: có 3 ô, cần 4 ô',
      'a.md:14: bảng nhiệm vụ, dòng 2: có 5 ô, cần 4 ô',
    ]);
  });

  it('counts an empty last cell as a cell', () => {
    const { problems, rows } = readTaskTables(`${HEAD}| 1 | A | B |  |\n`, 'a.md');
    expect(problems).toEqual([]);
    expect(rows[0]!.deadlineText).toBe('');
  });

  it('reports empty STT, empty content and duplicate STT', () => {
    const md = `${HEAD}|  | A | B | C |\n| 2 |  | B | C |\n| 1. | A | B | C |\n| 1 | A | B | C |\n`;
    const { rows, problems } = readTaskTables(md, 'a.md');
    expect(rows.map((r) => r.label)).toEqual(['1.']);
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'bảng nhiệm vụ, dòng 1', 'ô STT trống, cần số thứ tự của nhiệm vụ'],
      [4, 'bảng nhiệm vụ, dòng 2', 'ô "Nội dung" trống (STT 2)'],
      [6, 'bảng nhiệm vụ, dòng 4', 'STT "1" trùng với dòng 3 của bảng, mỗi nhiệm vụ cần một STT riêng'],
    ]);
  });
});

describe('cell text and labels', () => {
  it('turns <br> into line breaks, drops markup, collapses spaces and normalizes to NFC', () => {
    const nfd = 'Sở Tư pháp'.normalize('NFD');
    const md = `${HEAD}| BC1 | **Lập**   kế hoạch \\| báo cáo<br/>lần 2 | ${nfd}<BR />Sở   Nội vụ | <sup>Quý</sup> II/2026 |\n`;
    const row = readTaskTables(md, 'a.md').rows[0]!;
    expect(row.key).toBe('bc1');
    expect(row.content).toBe('Lập kế hoạch | báo cáo\nlần 2');
    expect(row.leads).toEqual(['Sở Tư pháp', 'Sở Nội vụ']);
    expect(row.leads[0]).toBe('Sở Tư pháp'.normalize('NFC'));
    expect(row.deadlineText).toBe('Quý II/2026');
  });

  it('keeps sub-numbered labels distinct', () => {
    const md = `${HEAD}| 2.1 | A | B | C |\n| 21 | A | B | C |\n`;
    const { rows, problems } = readTaskTables(md, 'a.md');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.key)).toEqual(['2-1', '21']);
  });

  it('passes names with commas through to the agency splitter', () => {
    const md = `${HEAD}| 1 | A | Ban Kinh tế, Ngân sách; các sở | C |\n`;
    expect(readTaskTables(md, 'a.md', 0, ['Ban Kinh tế, Ngân sách']).rows[0]!.leads).toEqual([
      'Ban Kinh tế, Ngân sách', 'các sở',
    ]);
  });
});
