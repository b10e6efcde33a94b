/**
 * YAML syntax errors in frontmatter and data files: one Vietnamese line per slip, at the line
 * where it starts, saying what is wrong and what was expected (never the `yaml` package's English).
 */
import { describe, it, expect } from 'vitest';
import { parseYaml } from '../../src/lib/content/yaml.ts';

/** The problems of `source` read as frontmatter (its first line is line 2 of the file). */
function problems(source: string): string[] {
  return parseYaml(source, 'tep.md', 2).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);
}

const CASES: { name: string; source: string; expected: string }[] = [
  {
    name: 'MISSING_CHAR: a double quote never closed (reported where it opens)',
    source: 'number: "08-CT/TU"\ntitle: "về đổi mới\nissuer: ban-thuong-vu\n',
    expected: '3: YAML: chuỗi mở bằng dấu " ở dòng này chưa được đóng; cần thêm dấu " ở cuối giá trị (dấu " bên trong giá trị viết là \\" hoặc dùng “ ”)',
  },
  {
    name: 'MISSING_CHAR: a single quote never closed',
    source: "title: 'về đổi mới\nissuer: ban-thuong-vu\n",
    expected: "2: YAML: chuỗi mở bằng dấu ' ở dòng này chưa được đóng; cần thêm dấu ' ở cuối giá trị (dấu ' bên trong giá trị viết là '')",
  },
  {
    name: 'MISSING_CHAR: a comment glued to a quoted value',
    source: 'title: "về đổi mới"# ghi chú\n',
    expected: '2: YAML: dấu "#" dính liền vào giá trị phía trước; cần một dấu cách trước "#" của ghi chú, hoặc đặt cả giá trị trong dấu nháy kép',
  },
  {
    name: 'DUPLICATE_KEY: names the key and its first line',
    source: 'number: "08-CT/TU"\ntype: chi-thi\nnumber: "09-CT/TU"\n',
    expected: '4: YAML: trường "number" được ghi hai lần (lần đầu ở dòng 2); mỗi trường chỉ được ghi một lần: cần gộp hai dòng hoặc xóa một dòng',
  },
  {
    name: 'TAB_AS_INDENT',
    source: 'signer:\n\tname: "Trần Tiến Dũng"\n',
    expected: '3: YAML: dòng 3 thụt vào bằng ký tự tab; YAML chỉ chấp nhận dấu cách để thụt dòng: cần thay mỗi tab bằng dấu cách, thẳng cột với các trường cùng cấp',
  },
  {
    // The tab-indented keys were read as top-level ones: "title" was reported as written twice.
    name: 'TAB_AS_INDENT: a group indented with tabs is the tab, not a duplicated key',
    source: 'title: "về đổi mới"\nsigner:\n\tonBehalfOf: "T/M Ban Thường vụ"\n\ttitle: "Bí thư"\n\tname: "Trần Tiến Dũng"\nstatus: x\n',
    expected: '4: YAML: dòng 4 (cả các dòng 5, 6) thụt vào bằng ký tự tab; YAML chỉ chấp nhận dấu cách để thụt dòng: cần thay mỗi tab bằng dấu cách, thẳng cột với các trường cùng cấp',
  },
  {
    // YAML reports the line as out of column (BAD_INDENT): the tab after the spaces is why.
    name: 'TAB_AS_INDENT: a tab after spaces in an indent',
    source: 'relations:\n  - type: thuc-hien\n  \tnumber: "66-NQ/TW"\n',
    expected: '4: YAML: dòng 4 thụt vào bằng ký tự tab; YAML chỉ chấp nhận dấu cách để thụt dòng: cần thay mỗi tab bằng dấu cách, thẳng cột với các trường cùng cấp',
  },
  {
    name: 'BAD_INDENT: a field more indented than its group',
    source: 'signer:\n  title: "Bí thư"\n   name: "Trần Tiến Dũng"\nstatus: x\n',
    expected: '4: YAML: các trường cùng cấp không thẳng cột; cần thụt vào đúng số dấu cách như trường cùng cấp phía trên',
  },
  {
    name: 'BLOCK_AS_IMPLICIT_KEY: a field indented under an unquoted value',
    source: 'type: chi-thi\n  issuer: ban-thuong-vu\n',
    expected: '3: YAML: dòng này thụt vào sâu hơn trường phía trên, nên bị hiểu là phần tiếp của giá trị phía trên; cần thụt vào thẳng cột với các trường cùng cấp',
  },
  {
    name: 'BAD_INDENT: a field less indented than its group',
    source: 'signer:\n  title: "Bí thư"\n name: "Trần Tiến Dũng"\n',
    expected: '4: YAML: các trường cùng cấp không thẳng cột; cần thụt vào đúng số dấu cách như trường cùng cấp phía trên',
  },
  {
    name: 'BAD_INDENT: a [ list never closed (reported where it opens)',
    source: 'type: chi-thi\nfields: [xay-dung-phap-luat, thi-hanh-phap-luat\nstatus: x\n',
    expected: '3: YAML: "[" mở ở dòng này chưa được đóng bằng "]"; cần "]" ở cuối trên cùng dòng, ví dụ [a, b] (nếu xuống dòng thì các dòng sau phải thụt vào)',
  },
  {
    name: 'BLOCK_AS_IMPLICIT_KEY: ": " inside an unquoted value',
    source: 'title: Kế hoạch: thực hiện Chỉ thị\n',
    expected: '2: YAML: giá trị có dấu ": " nên bị hiểu là một trường lồng trong dòng; cần đặt cả giá trị trong dấu nháy kép, ví dụ title: "Kế hoạch: thực hiện …"',
  },
  {
    name: 'MULTILINE_IMPLICIT_KEY: a line without ": "',
    source: 'type: chi-thi\nstatus:con-hieu-luc\nissuer: x\n',
    expected: '3: YAML: dòng không có dạng "tên: giá trị" (thiếu dấu ":" hoặc dấu cách sau ":"), hoặc giá trị xuống dòng mà không có dấu nháy; cần "tên: giá trị" trên một dòng, giá trị dài đặt trong dấu nháy kép',
  },
  {
    name: 'UNEXPECTED_TOKEN: a quote inside a quoted value',
    source: 'title: "về Chỉ thị "08" của Tỉnh ủy"\n',
    expected: '2: YAML: có chữ ngay sau dấu nháy đóng chuỗi (dấu nháy nằm trong giá trị?); cần cả giá trị trong một cặp dấu nháy: dấu " bên trong viết là \\" hoặc dùng “ ”',
  },
  {
    name: 'UNEXPECTED_TOKEN: a stray character',
    source: 'type: chi-thi\n]\n',
    expected: '3: YAML: ký tự "]" đứng không đúng chỗ; cần mỗi dòng có dạng "tên: giá trị" hoặc "- mục", giá trị có ký tự đặc biệt đặt trong dấu nháy kép',
  },
  {
    name: 'BAD_SCALAR_START',
    source: 'title: @Tỉnh ủy\n',
    expected: '2: YAML: giá trị không được bắt đầu bằng ký tự "@"; cần đặt cả giá trị trong dấu nháy kép',
  },
  {
    name: 'BAD_DQ_ESCAPE',
    source: 'number: "12\\QĐ-UBND"\n',
    expected: '2: YAML: trong dấu nháy kép, "\\Q" không phải ký tự thoát hợp lệ; cần viết "\\\\" cho dấu "\\", hoặc đặt giá trị trong dấu nháy đơn',
  },
  {
    name: 'an alias ("*…") that names no anchor',
    source: 'type: chi-thi\ntitle: *Quan trọng\n',
    expected: '3: YAML: giá trị bắt đầu bằng "*", "&" hoặc "!" có nghĩa riêng trong YAML; cần đặt cả giá trị trong dấu nháy kép, ví dụ "*Ghi chú*"',
  },
  {
    name: 'any other code: a general sentence with the code',
    source: '%YAML 1.2\ntype: chi-thi\n',
    expected: '3: YAML: không đọc được YAML ở dòng này (mã lỗi MISSING_CHAR); cần kiểm tra dấu nháy, dấu ":" và thụt dòng ở dòng này và dòng trên',
  },
];

describe('YAML syntax errors', () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(problems(c.source)).toEqual([c.expected]);
    });
  }

  it('says every message in Vietnamese, without the yaml package’s English', () => {
    for (const c of CASES) expect(problems(c.source).join('\n')).not.toMatch(/\b(Missing|Unexpected|must|cannot|allowed|Implicit|Tabs|Map keys)\b/);
  });

  it('leaves a tab inside a multi-line value alone: it is text there', () => {
    expect(problems('leaderNotes: |\n  Đọc mục 4:\n  \t- mục 4.3\ntitle: "về đổi mới\n')).toEqual([
      '5: YAML: chuỗi mở bằng dấu " ở dòng này chưa được đóng; cần thêm dấu " ở cuối giá trị (dấu " bên trong giá trị viết là \\" hoặc dùng “ ”)',
    ]);
  });

  it('reports one slip once, not again at every line after it', () => {
    expect(problems('- a: 1\nb: 2\nc: 3\n')).toHaveLength(1);
  });
});

describe('lines of keys', () => {
  const yaml = parseYaml('number: "08-CT/TU"\nsigner:\n  title: "Bí thư"\n  nam: "Trần Tiến Dũng"\nrelations:\n  - type: thuc-hien\n    provison: x\n', 'tep.md', 2);

  it('gives the line the key is written on, where lineOf gives its value', () => {
    expect(yaml.keyLineOf(['signer'])).toBe(3);
    expect(yaml.lineOf(['signer'])).toBe(4);
    expect(yaml.keyLineOf(['signer', 'nam'])).toBe(5);
    expect(yaml.keyLineOf(['relations', 0, 'provison'])).toBe(8);
  });
});
