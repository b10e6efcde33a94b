/**
 * `npm run import` on Word files made from the two seed directives (generated here with the
 * `docx` library: bold/italic runs, a real footnote, the appendix as Word tables repeating their
 * two header rows on every page, one row cut by a page break). The drafts must say what the
 * .txt drafts say: no errors, the stated number and date, 13 task rows, every sentence.
 */
import { describe, it, expect } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importIntoContent, documentText } from '../support/import-fixture.ts';
import { seedDocx } from '../support/seed-docx.ts';
import { missingSentences, seedPath, seedSentences, SEED_FILE_000, SEED_FILE_001 } from '../support/seed-text.ts';
import { SEED_001 } from '../support/content-fixture.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { OUTPUT } from '../support/paths.ts';

/** The Markdown body of an imported draft (after its frontmatter). */
function bodyOf(outcome: Awaited<ReturnType<typeof importIntoContent>>['outcome']): string {
  if (outcome.status !== 'written') throw new Error(outcome.status);
  return readFileSync(outcome.file, 'utf8').split(/^---$/m).slice(2).join('---');
}

async function writeDocx(name: string, buffer: Promise<Buffer>): Promise<string> {
  const dir = join(OUTPUT, 'docx');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, await buffer);
  return path;
}

// Row 10 is the last row of the third printed page: cut in two, its second half starts page four.
const ROW_10 =
  'Xây dựng chuyên mục riêng tại trang thông tin điện tử của cơ quan, đơn vị để tiếp nhận phản ánh vướng mắc khi thi hành pháp luật';

describe('importing seed 001 from a Word file', async () => {
  const input = await writeDocx('001.docx', seedDocx(SEED_FILE_001, { splitRow: '10.' }));
  const { outcome, load, doc, contentDir } = await importIntoContent(input, { replace: SEED_001 });

  it('loads without errors, with the number and date of the appendix caption', () => {
    expect(outcome.status).toBe('written');
    expect(load.errors.map(formatProblem)).toEqual([]);
    expect(doc!.data).toMatchObject({ number: '08-CT/TU', issued: '2026-02-23', type: 'chi-thi', issuer: 'ban-thuong-vu-tinh-uy-dien-bien' });
    expect(doc!.data.title).toBe('về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển');
    expect(doc!.data.signer).toEqual({ onBehalfOf: 'T/M Ban Thường vụ', title: 'Bí thư', name: 'Trần Tiến Dũng' });
  });

  it('makes the four Word tables one task table with the 13 rows, the cut row joined again', () => {
    expect(doc!.tasks.map((t) => t.ref)).toEqual([...Array.from({ length: 12 }, (_, i) => `${i + 1}.`), '13']);
    expect(doc!.tasks.find((t) => t.ref === '10.')).toMatchObject({ content: ROW_10, deadline: { text: 'Thường xuyên từ năm 2026' } });
    const source = readFileSync(join(contentDir, SEED_001), 'utf8');
    expect(source.match(/^\| STT \|/gm)).toHaveLength(1);
    expect(outcome.status === 'written' && outcome.draft.report.warnings).toContain(
      'một dòng bảng không có STT được ghép vào dòng STT "10." (dòng bị ngắt sang trang sau) — hãy kiểm tra',
    );
  });

  it('keeps a cell of several Word paragraphs as lines (<br>)', () => {
    const source = readFileSync(join(contentDir, SEED_001), 'utf8');
    expect(source).toContain('| - Đảng ủy HĐND tỉnh,<br>- Đảng ủy UBND tỉnh<br>- Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh |');
    expect(doc!.tasks.find((t) => t.ref === '11.')!.overseers.map((a) => a.orgId)).toEqual([
      'dang-uy-hdnd-tinh-dien-bien',
      'dang-uy-ubnd-tinh-dien-bien',
      'dang-uy-mttq-tinh-dien-bien',
    ]);
  });

  it('puts every sentence and table cell of the source on the page', () => {
    expect(missingSentences(seedSentences(SEED_FILE_001), documentText(doc!))).toEqual([]);
  });

  it('gives the same body as the import of the text', async () => {
    const fromText = await importIntoContent(seedPath(SEED_FILE_001), { replace: SEED_001 });
    expect(bodyOf(outcome)).toBe(bodyOf(fromText.outcome));
  });
});

describe('importing seed 000 from a Word file', async () => {
  const input = await writeDocx('000.docx', seedDocx(SEED_FILE_000));
  const { outcome, load, doc } = await importIntoContent(input);

  it('loads without errors, with number and date null as in the text', () => {
    expect(outcome.status).toBe('written');
    expect(load.errors.map(formatProblem)).toEqual([]);
    expect(doc!.data).toMatchObject({ number: null, issued: null, issuer: 'ban-thuong-vu-tinh-uy-thai-nguyen', copyCode: 'NguyenHungCuong-222' });
    expect(doc!.data.title).toBe('về tăng cường sự lãnh đạo của Đảng trong công tác xây dựng và tổ chức thi hành pháp luật');
    expect(doc!.data.signer).toEqual({ onBehalfOf: 'T/M Ban Thường vụ', title: 'Phó Bí thư Thường trực', name: 'Nguyễn Đăng Bình' });
  });

  it("turns Word's footnote into a GFM footnote and keeps bold and italic", () => {
    const html = doc!.rendered.mainHtml;
    expect(html).toMatch(/<sup><a href="#user-content-fn-1"/);
    expect(html.slice(html.indexOf('data-footnotes'))).toContain('05-CTr/TU');
    expect(html.match(/<em><strong>xong trước ngày 15\/8\/2026<\/strong><\/em>|<strong><em>xong trước ngày 15\/8\/2026<\/em><\/strong>/g)).toHaveLength(2);
    expect(html).toMatch(/<strong>trước ngày 16<\/strong>/);
    expect(html).toMatch(/<em>Người đứng đầu các cơ quan/);
    expect(doc!.data.relations.map((r) => r.number)).toEqual(['178-QĐ/TW', '66-NQ/TW', '09-KL/TW', '05-CTr/TU', '05/QĐ-BCĐ']);
  });

  it('puts every sentence of the source on the page', () => {
    expect(missingSentences(seedSentences(SEED_FILE_000), documentText(doc!))).toEqual([]);
  });

  it('gives the same body as the import of the text', async () => {
    const fromText = await importIntoContent(seedPath(SEED_FILE_000));
    expect(bodyOf(outcome)).toBe(bodyOf(fromText.outcome));
  });
});

describe('a Word file whose parts use Word\'s automatic numbering', async () => {
  const docx = new Document({
    numbering: { config: [{ reference: 'muc', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
        new Paragraph({ children: [new TextRun({ text: 'thực hiện Chỉ thị (tài liệu thử nghiệm)', bold: true })] }),
        new Paragraph({ text: 'Quán triệt Chỉ thị.', numbering: { reference: 'muc', level: 0 } }),
        new Paragraph({ text: 'Xây dựng kế hoạch.', numbering: { reference: 'muc', level: 0 } }),
      ],
    }],
  });
  const input = await writeDocx('so-tu-dong.docx', Packer.toBuffer(docx));
  const { outcome } = await importIntoContent(input);

  it('says the numbers are not carried over, so the editor writes them from the original', () => {
    const warnings = outcome.status === 'written' ? outcome.draft.report.warnings : [];
    expect(warnings).toContain('2 mục đánh số tự động của Word được nhập thành gạch đầu dòng, không có số (1., 2.1., a) …): hãy đối chiếu với bản gốc và ghi số vào đầu mỗi mục, ví dụ "1\\. …", "2.1. …"');
  });
});

describe('a Word file laid out with tables, as offices often make them', async () => {
  // A made-up plan (tài liệu thử nghiệm): number and date in a header table, "Nơi nhận" and the
  // signature side by side in a borderless table at the foot.
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const cell = (...children: Paragraph[]) => new TableCell({ children });
  const row = (...cells: TableCell[]) => new Table({ rows: [new TableRow({ children: cells })] });
  const docx = new Document({
    sections: [
      {
        children: [
          row(cell(p('TỈNH ỦY ĐIỆN BIÊN', true), p('*'), p('Số 15-KH/TU')), cell(p('ĐẢNG CỘNG SẢN VIỆT NAM', true), p('Điện Biên, ngày 10 tháng 3 năm 2026'))),
          p('KẾ HOẠCH', true),
          p('thực hiện Chỉ thị số 08-CT/TU (tài liệu thử nghiệm)', true),
          p('Thực hiện Chỉ thị số 08-CT/TU, ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy Điện Biên, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:'),
          p('1. Triển khai mô hình “Ngày đọc văn bản quy phạm pháp luật”.'),
          row(cell(p('Nơi nhận:', true), p('- Thường trực Tỉnh ủy,'), p('- Lưu Văn phòng Tỉnh ủy.')), cell(p('T/M BAN THƯỜNG VỤ', true), p('BÍ THƯ', true), p(''), p('Trần Tiến Dũng', true))),
        ],
      },
    ],
  });
  const input = await writeDocx('ke-hoach-bang.docx', Packer.toBuffer(docx));
  const { outcome, load, doc } = await importIntoContent(input);

  it('reads number and date from the header table, and recipients and signer from the foot table', () => {
    expect(outcome.status === 'written' && outcome.file.endsWith('van-ban/dien-bien/15-kh-tu-2026.md')).toBe(true);
    expect(load.errors.map(formatProblem)).toEqual([]);
    expect(doc!.data).toMatchObject({
      number: '15-KH/TU',
      issued: '2026-03-10',
      type: 'ke-hoach',
      title: 'thực hiện Chỉ thị số 08-CT/TU (tài liệu thử nghiệm)',
      issuer: 'ban-thuong-vu-tinh-uy-dien-bien',
      signer: { onBehalfOf: 'T/M Ban Thường vụ', title: 'Bí thư', name: 'Trần Tiến Dũng' },
      recipients: ['Thường trực Tỉnh ủy,', 'Lưu Văn phòng Tỉnh ủy.'],
      relations: [{ type: 'dan-chieu', number: '08-CT/TU', issued: '2026-02-23' }],
    });
    expect(doc!.rendered.mainHtml).not.toContain('<table');
  });

  it('reports the header lines it did not use', () => {
    const warnings = outcome.status === 'written' ? outcome.draft.report.warnings : [];
    expect(warnings).toContain('dòng đầu văn bản không thuộc thuộc tính nào và không đưa vào trang: "ĐẢNG CỘNG SẢN VIỆT NAM"');
  });
});
