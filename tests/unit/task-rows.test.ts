/**
 * Short task rows (status, quarter, agency pages and a document's task list): the deadline in one
 * cell and the first words of the content, from the real phrases and rows of the seed directives.
 */
import { describe, it, expect } from 'vitest';
import { parseDeadline } from '../../src/lib/tasks/deadline.ts';
import { deadlineProblem, shortContent, shortDeadline } from '../../src/lib/tasks/describe.ts';

const read = (text: string) => parseDeadline(text, { year: 2026, issued: '2026-02-23' });

describe('shortDeadline', () => {
  it('gives the last day still on time as dd/mm/yyyy for a date or a period, with the phrase as written beside it', () => {
    expect(shortDeadline(read('Quý II/2026'))).toEqual({ text: '30/06/2026', datetime: '2026-06-30', written: 'Quý II/2026', note: null });
    expect(shortDeadline(read('xong trước ngày 15/8/2026'))).toEqual({ text: '14/08/2026', datetime: '2026-08-14', written: 'xong trước ngày 15/8/2026', note: null });
  });

  it('does not repeat a phrase that is only the day itself', () => {
    expect(shortDeadline(read('30/6/2026'))).toEqual({ text: '30/06/2026', datetime: '2026-06-30', written: null, note: null });
    expect(shortDeadline(read('2026-06-30'))).toEqual({ text: '30/06/2026', datetime: '2026-06-30', written: null, note: null });
  });

  it('keeps the note of an ambiguous reading', () => {
    expect(shortDeadline(read('Trước Quý II/2026'))).toEqual({
      text: '31/03/2026', datetime: '2026-03-31', written: 'Trước Quý II/2026',
      note: 'Đọc “trước quý II/2026” là trước khi quý II/2026 bắt đầu (hạn 31/03/2026); nếu hiểu là trong quý II/2026 thì hạn là 30/06/2026.',
    });
  });

  it('keeps the phrase for a recurring task, with its next occurrence when known', () => {
    expect(shortDeadline(read('Hằng tháng (trước ngày 16)'), '2026-12-15')).toEqual({ text: 'Hằng tháng (trước ngày 16), kỳ tới 15/12/2026', datetime: null, written: null, note: null });
    expect(shortDeadline(read('Hằng tuần (trước 15h ngày thứ Năm)'))).toEqual({ text: 'Hằng tuần (trước 15h ngày thứ Năm)', datetime: null, written: null, note: null });
  });

  it('keeps the phrase when there is no day', () => {
    expect(shortDeadline(read('Theo Kế hoạch'))).toEqual({ text: 'Theo Kế hoạch', datetime: null, written: null, note: 'Thời hạn theo kế hoạch chưa ban hành.' });
    expect(shortDeadline(read('Thường xuyên'))).toEqual({ text: 'Thường xuyên', datetime: null, written: null, note: null });
    expect(shortDeadline(read(''))).toEqual({ text: 'Không ghi', datetime: null, written: null, note: null });
  });
});

describe('shortContent', () => {
  const row2 = 'Xây dựng kế hoạch cụ thể hóa và tổ chức thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về đổi mới công tác thi hành pháp luật, ban hành cơ chế, chính sách tạo động lực phát triển';

  it('keeps a short content whole', () => {
    expect(shortContent('Tổ chức thực hiện Chỉ thị')).toBe('Tổ chức thực hiện Chỉ thị');
  });

  it('cuts a long one between words, without trailing punctuation, and marks the cut', () => {
    const short = shortContent(row2, 80);
    expect(short.length).toBeLessThanOrEqual(80);
    expect(short).toBe('Xây dựng kế hoạch cụ thể hóa và tổ chức thực hiện Chỉ thị của Ban Thường vụ…');
    expect(row2.startsWith(short.slice(0, -1))).toBe(true);
  });
});

describe('deadlineProblem', () => {
  it('says why a phrase has no day when the portal could not work one out, and nothing otherwise', () => {
    const undated = parseDeadline('03 năm sơ kết, 05 năm tổng kết', { year: null, issued: null });
    expect(deadlineProblem(undated)).toBe('Cổng chưa tính được hạn: cần ngày ban hành văn bản để tính mốc sơ kết, tổng kết.');
    expect(deadlineProblem(read('03 năm sơ kết, 05 năm tổng kết'))).toBeNull();
    expect(deadlineProblem(read('Theo Kế hoạch'))).toBeNull();
  });
});
