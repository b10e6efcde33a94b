/**
 * `npm run import` on received files in shapes the seed directives do not show: a trích yếu citing
 * a dated document ("V/v thực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026 …") under the
 * place-and-date line, the rules printed under the issuer, the motto and the trích yếu, Word text
 * formatted as hidden, and text saved by Notepad as "Unicode" (UTF-16 with a byte order mark).
 * The directive is made up (tài liệu thử nghiệm); its header is set as the Party prints it.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { importIntoContent, type Imported } from '../support/import-fixture.ts';
import { makeContent } from '../support/content-fixture.ts';
import { tempDir } from '../support/temp-dirs.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { importFile } from '../../src/lib/import/import-file.ts';
import { ROOT } from '../support/paths.ts';

const TITLE_AS_WRITTEN = 'V/v thực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy';
const FIRST = 'Để thực hiện tốt Chỉ thị số 08-CT/TU, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy trên địa bàn tỉnh Điện Biên thực hiện các nội dung sau (tài liệu thử nghiệm):';
const LINES = [
  'BAN CHẤP HÀNH ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
  'BAN THƯỜNG VỤ TỈNH ỦY',
  'Số 09-CT/TU',
  '-----',
  '',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  '_______________',
  'Điện Biên, ngày 20 tháng 02 năm 2026',
  '',
  'CHỈ THỊ',
  TITLE_AS_WRITTEN,
  '-----',
  FIRST,
  '',
  '1. Tổ chức quán triệt nội dung Chỉ thị đến cán bộ, đảng viên.',
  '',
  'Nơi nhận:',
  '- Thường trực Tỉnh ủy,',
  '- Lưu Văn phòng Tỉnh ủy.',
  '',
  'T/M BAN THƯỜNG VỤ',
  'BÍ THƯ',
  '',
  'Trần Tiến Dũng',
];
const TEXT = `${LINES.join('\r\n')}\r\n`;

/** A line of the body Markdown that is a rule, as written or escaped ("-----", "\-----", "\_\_\_"). */
const RULE_IN_MARKDOWN = /^(?:\\?[-_=*—]\s*){3,}$/m;

function write(name: string, content: string | Buffer): string {
  const path = join(tempDir('import-received'), name);
  writeFileSync(path, content);
  return path;
}

async function writeDocx(name: string, doc: Document): Promise<string> {
  return write(name, await Packer.toBuffer(doc));
}

function written(imported: Imported): { body: string; warnings: string[] } {
  const { outcome } = imported;
  if (outcome.status !== 'written') throw new Error(outcome.status === 'unreadable' ? outcome.message : outcome.status);
  return { body: readFileSync(outcome.file, 'utf8').split(/^---$/m).slice(2).join('---'), warnings: outcome.draft.report.warnings };
}

function expectTheDirective(imported: Imported): void {
  const { load, doc } = imported;
  expect(load.errors.map(formatProblem)).toEqual([]);
  expect(doc!.data).toMatchObject({
    number: '09-CT/TU',
    issued: '2026-02-20',
    type: 'chi-thi',
    title: 'về việc thực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy',
    issuer: 'ban-thuong-vu-tinh-uy-dien-bien',
    signer: { onBehalfOf: 'T/M Ban Thường vụ', title: 'Bí thư', name: 'Trần Tiến Dũng' },
  });
  const { body, warnings } = written(imported);
  // The trích yếu was found, so the report does not also ask for it (it did when it was a "V/v").
  expect(imported.outcome.status === 'written' && imported.outcome.draft.report.missing.map((m) => m.field)).not.toContain('title');
  expect(body.trim().split('\n')[0]).toBe(FIRST);
  expect(body).not.toMatch(RULE_IN_MARKDOWN);
  expect(warnings).toEqual([
    'dòng đầu văn bản không thuộc thuộc tính nào và không đưa vào trang: "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH ĐIỆN BIÊN"',
    'dòng đầu văn bản không thuộc thuộc tính nào và không đưa vào trang: "BAN THƯỜNG VỤ TỈNH ỦY"',
    'dòng đầu văn bản không thuộc thuộc tính nào và không đưa vào trang: "ĐẢNG CỘNG SẢN VIỆT NAM"',
    `trích yếu viết tắt "V/v" được ghi đầy đủ là "về việc" (trang ghi "<loại văn bản> <trích yếu>"); văn bản ghi: "${TITLE_AS_WRITTEN}"`,
  ]);
}

describe('a directive whose trích yếu cites a dated document, with rules under the header lines', () => {
  it('from text: the date of the place-and-date line, the whole trích yếu, and no rule in the body', async () => {
    expectTheDirective(await importIntoContent(write('chi-thi-09.txt', TEXT)));
  });

  it('from Word, one paragraph per line: the same', async () => {
    const doc = new Document({ sections: [{ children: LINES.filter((l) => l !== '').map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    expectTheDirective(await importIntoContent(await writeDocx('chi-thi-09.docx', doc)));
  });
});

describe('text saved with a byte order mark', () => {
  const utf16be = (text: string) => {
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
    return le;
  };
  const encodings: [string, Buffer][] = [
    ['UTF-16 LE (Notepad "Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 BE (Notepad "Unicode big endian")', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
    ['UTF-8 (Notepad "UTF-8 with BOM")', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
  ];
  for (const [name, bytes] of encodings) {
    it(`reads ${name} as the same directive`, async () => {
      expectTheDirective(await importIntoContent(write('chi-thi-09.txt', bytes)));
    });
  }

  const refused: [string, Buffer, string][] = [
    ['an odd number of bytes after a UTF-16 LE mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Chỉ thị', 'utf16le'), Buffer.from([0x41])]), 'UTF-16 LE'],
    ['a lone surrogate after a UTF-16 BE mark', Buffer.from([0xfe, 0xff, 0x00, 0x43, 0xd8, 0x00, 0x00, 0x41]), 'UTF-16 BE'],
    ['bytes that are not UTF-8 after a UTF-8 mark', Buffer.from([0xef, 0xbb, 0xbf, 0x43, 0xb8, 0x63, 0x20, 0xe3, 0x28]), 'UTF-8'],
  ];
  for (const [name, bytes, encoding] of refused) {
    it(`refuses ${name}, naming the encoding its mark announces`, async () => {
      const outcome = await importFile(write('hong.txt', bytes), { contentDir: makeContent(), projectRoot: ROOT });
      expect(outcome.status === 'unreadable' && outcome.message).toBe(
        `tệp có dấu BOM của ${encoding} nhưng nội dung không phải văn bản ${encoding} hợp lệ (tệp hỏng hoặc bị cắt?); hãy mở lại và lưu dạng UTF-8`,
      );
    });
  }

  it('names UTF-16 saved without a mark when refusing it', async () => {
    const outcome = await importFile(write('khong-bom.txt', Buffer.from('Chỉ thị về việc thực hiện\r\n', 'utf16le')), { contentDir: makeContent(), projectRoot: ROOT });
    expect(outcome.status === 'unreadable' && outcome.message).toBe('tệp có vẻ là văn bản UTF-16 không có dấu BOM; hãy mở bằng Notepad và lưu lại dạng UTF-8');
  });
});

describe('Word text formatted as hidden', async () => {
  const p = (...children: (TextRun | FootnoteReferenceRun)[]) => new Paragraph({ children });
  const doc = new Document({
    styles: {
      characterStyles: [{ id: 'GhiChuAn', name: 'Ghi chú ẩn', run: { vanish: true } }],
      // A paragraph style hiding its text, and one based on it.
      paragraphStyles: [{ id: 'NhapAn', name: 'Nháp ẩn', run: { vanish: true } }, { id: 'YKienAn', name: 'Ý kiến ẩn', basedOn: 'NhapAn' }],
    },
    footnotes: { 1: { children: [p(new TextRun('Chỉ thị số 08-CT/TU, ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy'), new TextRun({ text: ' (bản lưu nội bộ)', vanish: true }), new TextRun('.'))] } },
    sections: [{
      children: [
        ...LINES.slice(0, LINES.indexOf(FIRST)).filter((l) => l !== '').map((l) => p(new TextRun(l))),
        p(new TextRun(FIRST.replace(' (tài liệu thử nghiệm):', '')), new FootnoteReferenceRun(1), new TextRun(' (tài liệu thử nghiệm):')),
        p(new TextRun('1. Tổ chức quán triệt nội dung Chỉ thị'), new TextRun({ text: ' (ghi chú: chưa gửi Sở Tư pháp, ', vanish: true }), new TextRun({ text: 'chờ ý kiến Thường trực)', vanish: true, bold: true }), new TextRun(' đến cán bộ, đảng viên.')),
        p(new TextRun({ text: 'Dự thảo lần 2, không công bố.', style: 'GhiChuAn' })),
        p(new TextRun({ text: '2. Báo cáo kết quả thực hiện', style: 'GhiChuAn', vanish: false }), new TextRun(' trước ngày 15/8/2026.')),
        new Paragraph({ style: 'YKienAn', children: [new TextRun('Ý kiến Văn phòng: đề nghị bổ sung mục 3.')] }),
        ...LINES.slice(LINES.indexOf('Nơi nhận:')).filter((l) => l !== '').map((l) => p(new TextRun(l))),
      ],
    }],
  });
  const imported = await importIntoContent(await writeDocx('chu-an.docx', doc));

  it('leaves out hidden runs, and text hidden by a character or paragraph style, and keeps what is shown', () => {
    const { body } = written(imported);
    for (const hidden of ['chưa gửi Sở Tư pháp', 'chờ ý kiến Thường trực', 'Dự thảo lần 2', 'Ý kiến Văn phòng', 'bản lưu nội bộ']) expect(body).not.toContain(hidden);
    expect(body).toContain('1\\. Tổ chức quán triệt nội dung Chỉ thị đến cán bộ, đảng viên.');
    expect(body).toContain('2\\. Báo cáo kết quả thực hiện trước ngày 15/8/2026.');
    expect(body).toContain('[^1]: Chỉ thị số 08-CT/TU, ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy.');
    expect(imported.load.errors.map(formatProblem)).toEqual([]);
  });

  it('says how many hidden passages it left out', () => {
    expect(written(imported).warnings).toContain(
      '4 đoạn chữ ẩn (định dạng Hidden) trong tệp Word không được nhập; hãy đối chiếu với bản gốc (trong Word: bật "Hiện/ẩn ¶" để thấy chữ ẩn) nếu cần đưa lại phần nào',
    );
  });
});

describe('the issuing body printed above the type word, and named nowhere else', () => {
  // The directive above without its signature: no "CỦA …" line, no "T/M …" line.
  const unsigned = LINES.slice(0, LINES.indexOf('T/M BAN THƯỜNG VỤ'));
  const leftOut = (line: string) => `dòng đầu văn bản không thuộc thuộc tính nào và không đưa vào trang: "${line}"`;
  // The lines still reported: the motto, and a body above the issuer that its name did not need.
  const cases: [string, string[], string, string[]][] = [
    ['"BAN THƯỜNG VỤ TỈNH ỦY" under the Party committee of the province', unsigned, 'BAN THƯỜNG VỤ TỈNH ỦY', [leftOut('BAN CHẤP HÀNH ĐẢNG BỘ TỈNH ĐIỆN BIÊN'), leftOut('ĐẢNG CỘNG SẢN VIỆT NAM')]],
    ['"TỈNH ỦY ĐIỆN BIÊN" above "BAN THƯỜNG VỤ"', ['TỈNH ỦY ĐIỆN BIÊN', 'BAN THƯỜNG VỤ', ...unsigned.slice(2)], 'BAN THƯỜNG VỤ TỈNH ỦY ĐIỆN BIÊN', [leftOut('ĐẢNG CỘNG SẢN VIỆT NAM')]],
  ];

  it.each(cases)('%s gives the issuer, and the lines that name it are not reported as left out', async (_, lines, phrase, reported) => {
    const { outcome, doc } = await importIntoContent(write('chi-thi-10.txt', `${lines.join('\n')}\n`));
    expect(doc!.data.issuer).toBe('ban-thuong-vu-tinh-uy-dien-bien');
    const report = outcome.status === 'written' ? outcome.draft.report : null;
    expect(report!.detected.find((d) => d.field === 'issuer')!.from).toContain(`"${phrase}" + "tỉnh Điện Biên"`);
    expect(report!.warnings.filter((w) => w.startsWith('dòng đầu văn bản không thuộc thuộc tính nào'))).toEqual(reported);
  });
});
