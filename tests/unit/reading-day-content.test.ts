/**
 * The legal reading day's content: the bundled issues are valid and say only what the
 * directives say; a broken reference or an impossible answer is one precise line.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import type { Corpus } from '../../src/lib/content/corpus.ts';
import { readingDayRecord, searchRecords } from '../../src/lib/search/index-records.ts';
import { makeContent, reported, type Change } from '../support/content-fixture.ts';
import { ROOT } from '../support/paths.ts';

const DEC = 'ngay-doc/2026-12.md';
const JAN = 'ngay-doc/2027-01.md';

function errorsFor(changes: Change[]): string[] {
  const dir = makeContent(changes);
  return loadContent(dir, ROOT, { PORTAL_AS_OF: '2026-11-23' }).errors.map(formatProblem).map((l) => l.replaceAll(reported(dir, ''), 'content'));
}

/** 1-based line of the first line of the bundled file that contains `text`. */
function lineOf(file: string, text: string): number {
  const i = readFileSync(`${ROOT}content/${file}`, 'utf8').split('\n').findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`"${text}" not in ${file}`);
  return i + 1;
}

const corpus = loadContent(`${ROOT}content`, ROOT, { PORTAL_AS_OF: '2026-11-23' }).corpus as Corpus;

/** A document's text as a reader sees it: Markdown emphasis and escapes removed, spaces collapsed. */
function plainBody(id: string): string {
  const doc = corpus.documents.find((d) => d.id === id)!;
  return doc.body.replace(/\\([.*_])/g, '$1').replace(/\*+/g, '').replace(/\s+/g, ' ');
}

/** Every “quoted” passage of a text (innermost quotes when nested). */
function quotes(html: string): string[] {
  return [...html.replace(/<[^>]+>/g, '').matchAll(/“([^“”]+)”/g)].map((m) => m[1]!.replace(/\s+/g, ' '));
}

describe('the bundled reading-day issues', () => {
  it('are two, newest month first, with 4–6 quiz questions each', () => {
    expect(corpus.readingDays.map((d) => d.month)).toEqual(['2027-01', '2026-12']);
    expect(corpus.readingDays.map((d) => d.quiz.length)).toEqual([6, 5]);
  });

  it('read the parts of 08-CT/TU §4 and the appendix rows 7–10, quoted as written', () => {
    const dec = corpus.readingDays.find((d) => d.month === '2026-12')!;
    expect(dec.readings.flatMap((r) => r.parts.map((p) => p.anchor))).toEqual(['muc-4', 'muc-4-1', 'muc-4-2', 'muc-4-3', 'muc-4-4', 'muc-4-5', 'bang-nv-7', 'bang-nv-8', 'bang-nv-9', 'bang-nv-10']);
    const part43 = dec.readings[0]!.parts[3]!;
    expect(part43.url).toBe('/van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#muc-4-3');
    expect(part43.label).toBe('Mục 4.3');
    expect(part43.paragraphs[0]).toContain('triển khai thực hiện mô hình “Ngày đọc văn bản quy phạm pháp luật” trong các cơ quan, đơn vị, địa phương trên địa bàn tỉnh hàng tháng');
    const row8 = dec.readings[1]!.parts[1]!;
    expect(row8.label).toBe('Bảng nhiệm vụ, dòng 8');
    expect(row8.row).toEqual([
      { column: 'Nội dung', value: 'Triển khai mô hình “Ngày đọc văn bản quy phạm pháp luật” tại các cơ quan, đơn vị, địa phương' },
      { column: 'Cấp ủy theo dõi chỉ đạo', value: 'Đảng ủy UBND tỉnh' },
      { column: 'Chủ trì', value: 'Sở Tư pháp' },
      { column: 'Phối hợp', value: 'Các cơ quan, đơn vị, địa phương' },
      { column: 'Sản phẩm', value: 'Kế hoạch triển khai; báo cáo kết quả thực hiện định kỳ' },
      { column: 'Thời gian hoàn thành', value: 'Thực hiện định kỳ hằng tháng hoặc hằng quý' },
    ]);
  });

  it('quote only what the directives say: every quoted passage of a key point or explanation is in the document', () => {
    let checked = 0;
    for (const day of corpus.readingDays) {
      const texts = new Map(day.readings.map((r) => [r.doc.id, plainBody(r.doc.id)]));
      for (const point of day.keyPoints) {
        const found = quotes(point).filter((q) => ![...texts.values()].some((t) => t.includes(q)));
        expect(found, `${day.month}: ${point}`).toEqual([]);
        checked += quotes(point).length;
      }
      for (const q of day.quiz) {
        const text = plainBody(q.cites.doc.id);
        expect(quotes(q.explanation).filter((quote) => !text.includes(quote)), `${day.month}: ${q.explanation}`).toEqual([]);
        checked += quotes(q.explanation).length;
      }
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('mark the right options as the text has them', () => {
    const answer = (month: string, i: number) => {
      const q = corpus.readingDays.find((d) => d.month === month)!.quiz[i]!;
      return q.options[q.answer];
    };
    expect(answer('2026-12', 0)).toBe('Hàng tháng');
    expect(answer('2026-12', 2)).toBe('Sở Tư pháp');
    expect(answer('2027-01', 0)).toBe('Trước ngày 15/8/2026');
    expect(answer('2027-01', 1)).toBe('Hằng tuần, trước 15h ngày thứ Năm');
    expect(answer('2027-01', 5)).toBe('03 năm sơ kết, 05 năm tổng kết');
  });
});

describe('the search record of an issue', () => {
  it('indexes the issue page as kind "ngay-doc", findable without diacritics and by the number read', () => {
    const dec = corpus.readingDays.find((d) => d.month === '2026-12')!;
    const record = readingDayRecord(dec);
    expect(record).toMatchObject({ path: '/ngay-doc-van-ban/2026-12/', parts: [], filters: { kind: ['ngay-doc'] }, sort: { date: '2026-12-16' } });
    expect(record.meta.detail).toBe('Ngày sinh hoạt 16/12/2026 · Dành cho: Cơ quan, đơn vị; Xã, phường');
    expect(record.hiddenText).toContain('08cttu');
    expect(searchRecords(corpus).filter((r) => r.filters.kind?.includes('ngay-doc')).map((r) => r.path)).toEqual(['/ngay-doc-van-ban/2027-01/', '/ngay-doc-van-ban/2026-12/']);
  });
});

describe('a broken reading-day issue stops the build with one precise line', () => {
  it('an unknown document', () => {
    expect(errorsFor([{ file: DEC, replace: 'document: "dien-bien/08-ct-tu-2026"', with: 'document: "dien-bien/08-ct-tu-2025"' }])).toEqual([
      `content/${DEC}:${lineOf(DEC, 'document: "dien-bien/08-ct-tu-2026"')}: readings[0].document: không có văn bản "dien-bien/08-ct-tu-2025" trong content/van-ban/ (cần đường dẫn của tệp dưới content/van-ban/, không kèm ".md", ví dụ "dien-bien/08-ct-tu-2026")`,
    ]);
  });

  it('an anchor the document page does not have', () => {
    expect(errorsFor([{ file: DEC, replace: 'anchors: [muc-4, muc-4-1,', with: 'anchors: [muc-4, muc-4-9,' }])).toEqual([
      `content/${DEC}:${lineOf(DEC, 'anchors: [muc-4, muc-4-1,')}: readings[0].anchors[1]: không có mục "#muc-4-9" trong văn bản dien-bien/08-ct-tu-2026; các mục có: muc-1, muc-2, muc-2-1, muc-2-2, muc-2-3, muc-2-4, muc-3, muc-3-1, muc-3-2, muc-3-3, muc-4, muc-4-1…`,
    ]);
  });

  it('a quiz citing an anchor that does not exist', () => {
    expect(errorsFor([{ file: JAN, replace: 'anchor: "muc-7" }', with: 'anchor: "muc-8" }' }])).toEqual([
      `content/${JAN}:${lineOf(JAN, 'anchor: "muc-7" }')}: quiz[5].cites.anchor: không có mục "#muc-8" trong văn bản thai-nguyen/chi-thi-xay-dung-va-thi-hanh-phap-luat; các mục có: muc-1, muc-2, nhiem-vu-1, nhiem-vu-2, nhiem-vu-3, muc-3, muc-4, muc-5, muc-6, muc-7, bang-nv-1, bang-nv-2…`,
    ]);
  });

  it('an answer index beyond the options', () => {
    const at = 'answer: 1\n    explanation: "Mục 4.3 yêu cầu';
    expect(errorsFor([{ file: DEC, replace: at, with: 'answer: 4\n    explanation: "Mục 4.3 yêu cầu' }])).toEqual([
      `content/${DEC}:${lineOf(DEC, 'explanation: "Mục 4.3 yêu cầu') - 1}: quiz[0].answer: đáp án 4 không có: câu hỏi có 4 phương án, đánh số từ 0 đến 3`,
    ]);
  });

  // Only the editor knows which is wrong: the day, or the month the file (and `month`) name.
  it('a session day outside the month of the file name names both months, and says either may be wrong', () => {
    expect(errorsFor([{ file: DEC, replace: 'date: "2026-12-16"', with: 'date: "2027-01-05"' }])).toEqual([
      `content/${DEC}:4: date: ngày sinh hoạt "2027-01-05" thuộc tháng 1/2027, còn tên tệp 2026-12.md là số tháng 12/2026; một trong hai bị sai: cần sửa date thành một ngày trong tháng 12/2026, hoặc nếu đây là số tháng 1/2027 thì đổi tên tệp thành 2027-01.md và month thành "2027-01"`,
    ]);
  });

  it('a month that does not match the file name, while the day does, blames the month, not the day', () => {
    expect(errorsFor([{ file: DEC, replace: 'month: "2026-12"', with: 'month: "2026-11"' }])).toEqual([
      `content/${DEC}:2: month: tháng "2026-11" không khớp tên tệp 2026-12.md; mỗi số đặt tên theo tháng của nó (content/ngay-doc/2026-11.md)`,
    ]);
  });

  it('a month that does not match the file name, and a day in neither', () => {
    expect(errorsFor([{ file: DEC, replace: /month: "2026-12"\n(.*\n)date: "2026-12-16"/, with: 'month: "2026-11"\n$1date: "2026-10-16"' }])).toEqual([
      `content/${DEC}:2: month: tháng "2026-11" không khớp tên tệp 2026-12.md; mỗi số đặt tên theo tháng của nó (content/ngay-doc/2026-11.md)`,
      `content/${DEC}:4: date: ngày sinh hoạt "2026-10-16" thuộc tháng 10/2026, còn tên tệp 2026-12.md là số tháng 12/2026; một trong hai bị sai: cần sửa date thành một ngày trong tháng 12/2026, hoặc nếu đây là số tháng 10/2026 thì đổi tên tệp thành 2026-10.md và month thành "2026-10"`,
    ]);
  });

  it('a month and a day that agree, in a file named after another month', () => {
    expect(errorsFor([{ file: DEC, replace: /month: "2026-12"\n(.*\n)date: "2026-12-16"/, with: 'month: "2026-11"\n$1date: "2026-11-16"' }])).toEqual([
      `content/${DEC}:2: month: tháng "2026-11" không khớp tên tệp 2026-12.md; mỗi số đặt tên theo tháng của nó (content/ngay-doc/2026-11.md)`,
    ]);
  });

  it('an impossible session day and an unknown audience', () => {
    expect(errorsFor([{ file: DEC, replace: 'date: "2026-12-16"', with: 'date: "2026-12-32"' }])).toEqual([
      `content/${DEC}:4: date: ngày "2026-12-32" không tồn tại trong lịch; cần một ngày có thật dạng "YYYY-MM-DD" (tháng 12/2026 có 31 ngày, ngày cuối tháng là "2026-12-31")`,
    ]);
    expect(errorsFor([{ file: DEC, replace: 'audience: [co-quan, xa-phuong]', with: 'audience: [co-quan, huyen]' }])).toEqual([
      `content/${DEC}:6: audience[1]: cần một trong: co-quan, xa-phuong, truong-hoc, doanh-nghiep, nguoi-dan`,
    ]);
  });

  it('a broken document is reported once, not again by every issue that reads it', () => {
    const errors = errorsFor([{ file: 'van-ban/dien-bien/08-ct-tu-2026.md', replace: 'issued: "2026-02-23"', with: 'issued: "2026-02-31"' }]);
    expect(errors).toContain('content/van-ban/dien-bien/08-ct-tu-2026.md:6: issued: ngày "2026-02-31" không tồn tại trong lịch; cần một ngày có thật dạng "YYYY-MM-DD" (tháng 02/2026 có 28 ngày, ngày cuối tháng là "2026-02-28")');
    expect(errors.filter((e) => e.startsWith('content/ngay-doc/'))).toEqual([]);
  });

  it('raw HTML in the leader notes', () => {
    const [line] = errorsFor([{ file: DEC, replace: '  - Dành thời gian cho câu hỏi thảo luận;', with: '  - <b>Dành</b> thời gian cho câu hỏi thảo luận;' }]);
    expect(line).toMatch(new RegExp(`^content/${DEC}:\\d+: leaderNotes: không được dùng HTML thô \\(<b>\\)`));
  });
});
