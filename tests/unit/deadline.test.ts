import { describe, it, expect } from 'vitest';
import { parseDeadline } from '../../src/lib/tasks/deadline.ts';
import { describeDeadline } from '../../src/lib/tasks/describe.ts';
import type { Deadline } from '../../src/lib/tasks/types.ts';

/** The full expected object: every field not named is null. */
function expected(text: string, fields: Partial<Deadline>): Deadline {
  return {
    text, kind: 'unspecified', due: null, start: null, until: null, rrule: null, time: null, note: null, problem: null,
    ...fields,
  };
}

const YEAR_2026 = { year: 2026 };
/** Seed 001 (Chỉ thị số 08-CT/TU) was issued on 23/02/2026. */
const ISSUED = { issued: '2026-02-23' };

describe('parseDeadline: single dates', () => {
  it.each([
    ['xong trước ngày 15/8/2026', '2026-08-14'],
    ['trước ngày 15/8/2026', '2026-08-14'],
    ['Hoàn thành trước ngày 31/5/2026', '2026-05-30'],
    ['(trước ngày 15/4/2026)', '2026-04-14'],
    ['trước ngày 1/3/2028', '2028-02-29'],
    ['trước ngày 1/3/2026', '2026-02-28'],
    ['trước ngày 01/01/2027', '2026-12-31'],
  ])('“%s” is due the day before: %s', (text, due) => {
    expect(parseDeadline(text)).toStrictEqual(expected(text, { kind: 'date', due }));
  });

  it.each([
    'đến ngày 30/6/2026',
    'chậm nhất ngày 30/6/2026',
    'ngày 30/6/2026',
    '30/06/2026',
    '30-06-2026',
  ])('“%s” is due on that day, inclusive', (text) => {
    expect(parseDeadline(text)).toStrictEqual(expected(text, { kind: 'date', due: '2026-06-30' }));
  });

  it.each([
    ['Trước 31/12', '2026-12-30'],
    ['Trước 15/4', '2026-04-14'],
    ['31/12', '2026-12-31'],
  ])('“%s”, day and month without “ngày” or a year, takes the year of the document', (text, due) => {
    expect(parseDeadline(text, YEAR_2026)).toStrictEqual(expected(text, { kind: 'date', due }));
    expect(parseDeadline(text).problem?.code).toBe('needs-year');
  });

  it('names the days it leaves out when a phrase states several', () => {
    const text = '15/4/2026 và 30/9/2026';
    expect(parseDeadline(text)).toStrictEqual(
      expected(text, { kind: 'date', due: '2026-04-15', note: 'Văn bản còn nêu 30/09/2026; Cổng tính hạn theo ngày đầu tiên.' }),
    );
  });

  it('reads the long form “ngày 23 tháng 02 năm 2026”', () => {
    const text = 'ngày 23 tháng 02 năm 2026';
    expect(parseDeadline(text)).toStrictEqual(expected(text, { kind: 'date', due: '2026-02-23' }));
  });

  it('flags an impossible date and names it', () => {
    const text = 'trước ngày 31/4/2026';
    expect(parseDeadline(text)).toStrictEqual(
      expected(text, { problem: { code: 'invalid-date', message: 'Ngày 31/4/2026 không có trên lịch; cần một ngày có thật (tháng 4/2026 có 30 ngày, ngày cuối tháng là 30/4/2026).' } }),
    );
  });

  it('says which day would do for an impossible day of a recurring deadline', () => {
    expect(parseDeadline('Hằng tháng (trước ngày 32)', { year: 2026 }).problem).toEqual({ code: 'invalid-date', message: 'Không có ngày 32 trong tháng; cần một ngày từ 1 đến 31.' });
    expect(parseDeadline('Hằng năm, ngày 29/2', { year: 2026 }).problem).toEqual({ code: 'invalid-date', message: 'Ngày 29/2 không có trong mọi năm; cần một ngày có trong mọi năm (29/2 chỉ có trong năm nhuận, ví dụ ghi 28/2).' });
    expect(parseDeadline('Hằng năm, ngày 31/4', { year: 2026 }).problem).toEqual({ code: 'invalid-date', message: 'Ngày 31/4 không có trong mọi năm; cần một ngày có trong mọi năm (tháng 4 có 30 ngày).' });
  });

  it('keeps the day and records the time for “trước 15h ngày …”', () => {
    const text = 'trước 15h ngày 20/5/2026';
    expect(parseDeadline(text)).toStrictEqual(expected(text, { kind: 'date', due: '2026-05-20', time: '15:00' }));
  });

  it('reads a “từ … đến …” range as a period', () => {
    const text = 'từ ngày 01/3/2026 đến ngày 30/6/2026';
    expect(parseDeadline(text)).toStrictEqual(
      expected(text, { kind: 'period', start: '2026-03-01', until: '2026-06-30', due: '2026-06-30' }),
    );
  });

  it('takes the year of “ngày 15/8” from the context, or asks for it', () => {
    expect(parseDeadline('trước ngày 15/8', YEAR_2026).due).toBe('2026-08-14');
    expect(parseDeadline('trước ngày 15/8')).toStrictEqual(
      expected('trước ngày 15/8', {
        problem: { code: 'needs-year', message: 'Ngày 15/8 không ghi năm; cần năm của văn bản.' },
      }),
    );
  });
});

describe('parseDeadline: periods', () => {
  const q2 = { kind: 'period' as const, start: '2026-04-01', until: '2026-06-30', due: '2026-06-30' };

  it.each(['Quý II/2026', 'chậm nhất trong Quý II năm 2026', 'Quý 2/2026', 'quý ii / 2026'])('“%s” is Q2 2026', (text) => {
    expect(parseDeadline(text)).toStrictEqual(expected(text, q2));
  });

  it.each([
    ['Quý I/2026', '2026-01-01', '2026-03-31'],
    ['Quý II/2026', '2026-04-01', '2026-06-30'],
    ['Quý III/2026', '2026-07-01', '2026-09-30'],
    ['Quý IV/2026', '2026-10-01', '2026-12-31'],
  ])('%s runs %s..%s', (text, start, until) => {
    expect(parseDeadline(text)).toStrictEqual(expected(text, { kind: 'period', start, until, due: until }));
  });

  it('reads “Trước Quý II/2026” as before the quarter begins, and says so', () => {
    const text = 'Trước Quý II/2026';
    expect(parseDeadline(text)).toStrictEqual(
      expected(text, {
        kind: 'date',
        due: '2026-03-31',
        note: 'Đọc “trước quý II/2026” là trước khi quý II/2026 bắt đầu (hạn 31/03/2026); nếu hiểu là trong quý II/2026 thì hạn là 30/06/2026.',
      }),
    );
  });

  it.each(['Năm 2026', 'trong năm 2026'])('“%s” is the whole year', (text) => {
    expect(parseDeadline(text)).toStrictEqual(
      expected(text, { kind: 'period', start: '2026-01-01', until: '2026-12-31', due: '2026-12-31' }),
    );
  });

  it('reads the two halves of a year', () => {
    expect(parseDeadline('6 tháng đầu năm 2026')).toStrictEqual(
      expected('6 tháng đầu năm 2026', { kind: 'period', start: '2026-01-01', until: '2026-06-30', due: '2026-06-30' }),
    );
    expect(parseDeadline('6 tháng cuối năm 2026')).toStrictEqual(
      expected('6 tháng cuối năm 2026', { kind: 'period', start: '2026-07-01', until: '2026-12-31', due: '2026-12-31' }),
    );
  });

  it('takes a missing year from the context', () => {
    expect(parseDeadline('Quý IV', YEAR_2026)).toStrictEqual(
      expected('Quý IV', { kind: 'period', start: '2026-10-01', until: '2026-12-31', due: '2026-12-31' }),
    );
    expect(parseDeadline('6 tháng đầu năm', YEAR_2026)).toStrictEqual(
      expected('6 tháng đầu năm', { kind: 'period', start: '2026-01-01', until: '2026-06-30', due: '2026-06-30' }),
    );
    expect(parseDeadline('Quý IV', ISSUED).due).toBe('2026-12-31');
  });

  it('asks for the year when the context has none', () => {
    expect(parseDeadline('Quý IV')).toStrictEqual(
      expected('Quý IV', { problem: { code: 'needs-year', message: '“quý IV” không ghi năm; cần năm của văn bản.' } }),
    );
    expect(parseDeadline('6 tháng đầu năm')).toStrictEqual(
      expected('6 tháng đầu năm', {
        problem: { code: 'needs-year', message: '“6 tháng đầu năm” không ghi năm; cần năm của văn bản.' },
      }),
    );
  });

  it.each([
    ['Quý I và II/2026', '2026-01-01', '2026-06-30'],
    ['Quý II, III/2026', '2026-04-01', '2026-09-30'],
    ['Quý II - III/2026', '2026-04-01', '2026-09-30'],
    ['Từ quý II đến quý IV/2026', '2026-04-01', '2026-12-31'],
    ['Quý IV/2026 - Quý I/2027', '2026-10-01', '2027-03-31'],
  ])('“%s”, several quarters, is one period from the first to the last (%s..%s)', (text, start, until) => {
    expect(parseDeadline(text)).toStrictEqual(expected(text, { kind: 'period', start, until, due: until }));
  });

  it.each([
    ['Từ tháng 4 đến tháng 6/2026', '2026-04-01', '2026-06-30'],
    ['Tháng 6 - 9/2026', '2026-06-01', '2026-09-30'],
  ])('“%s”, a range of months, is one period (%s..%s)', (text, start, until) => {
    expect(parseDeadline(text)).toStrictEqual(expected(text, { kind: 'period', start, until, due: until }));
  });

  it('refuses a list of quarters that ends before it starts', () => {
    expect(parseDeadline('Quý III - Quý I/2026').problem).toEqual({ code: 'invalid-date', message: '“quý III, I” kết thúc trước khi bắt đầu.' });
  });

  it.each([
    ['Từ Quý II/2026', '2026-04-01'],
    ['Từ tháng 9/2026', '2026-09-01'],
    ['Từ ngày 01/3/2026', '2026-03-01'],
  ])('“%s” starts the work then and has no end: ongoing from %s', (text, start) => {
    expect(parseDeadline(text)).toStrictEqual(expected(text, { kind: 'ongoing', start }));
  });

  it.each(['Tháng 9/2026', 'tháng 9 năm 2026'])('“%s” is September 2026', (text) => {
    expect(parseDeadline(text)).toStrictEqual(
      expected(text, { kind: 'period', start: '2026-09-01', until: '2026-09-30', due: '2026-09-30' }),
    );
  });
});

describe('parseDeadline: ongoing', () => {
  it('“Thường xuyên” has no window', () => {
    expect(parseDeadline('Thường xuyên')).toStrictEqual(expected('Thường xuyên', { kind: 'ongoing' }));
  });

  it.each(['Thường xuyên (2026-2030)', 'Thường xuyên (2026 - 2030)', 'Giai đoạn 2026–2030'])('“%s” runs 2026–2030', (text) => {
    expect(parseDeadline(text)).toStrictEqual(
      expected(text, { kind: 'ongoing', start: '2026-01-01', until: '2030-12-31' }),
    );
  });

  it('“Thường xuyên từ năm 2026” has only a start', () => {
    const text = 'Thường xuyên từ năm 2026';
    expect(parseDeadline(text)).toStrictEqual(expected(text, { kind: 'ongoing', start: '2026-01-01' }));
  });
});

describe('parseDeadline: recurring', () => {
  // A phrase that names no day gets the period's last day, and a note saying the day is the portal's reading.
  const YEAR_END = 'Không ghi ngày trong năm: hạn là ngày cuối năm (31/12).';
  const MONTH_END = 'Không ghi ngày trong tháng: hạn là ngày cuối mỗi tháng.';
  const yearly = { kind: 'recurring' as const, rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31', start: '2026-12-31', due: '2026-12-31', note: YEAR_END };

  it.each(['Hằng năm', 'Hàng năm', 'hằng năm', 'tối thiểu 01 lần/năm'])('“%s” is due by the end of each year', (text) => {
    expect(parseDeadline(text, YEAR_2026)).toStrictEqual(expected(text, yearly));
    expect(parseDeadline(text, ISSUED)).toStrictEqual(expected(text, yearly));
  });

  it('“Hằng tháng (trước ngày 16)” is due on the 15th', () => {
    const text = 'Hằng tháng (trước ngày 16)';
    expect(parseDeadline(text, YEAR_2026)).toStrictEqual(
      expected(text, { kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', start: '2026-01-15', due: '2026-01-15' }),
    );
    // Issued after the 15th: the first report falls in the next month.
    expect(parseDeadline(text, ISSUED).start).toBe('2026-03-15');
  });

  it('“Hằng tháng (trước ngày 31)” falls back to the month end in short months', () => {
    const text = 'Hằng tháng (trước ngày 31)';
    expect(parseDeadline(text, ISSUED)).toStrictEqual(
      expected(text, {
        kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1', start: '2026-02-28', due: '2026-02-28',
      }),
    );
  });

  it.each([['Hằng tháng (trước ngày 1)', null], ['Hằng tháng', MONTH_END]])('“%s” is due on the last day of each month', (text, note) => {
    expect(parseDeadline(text, YEAR_2026)).toStrictEqual(
      expected(text, { kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', start: '2026-01-31', due: '2026-01-31', note }),
    );
  });

  it('“Hằng tuần (trước 15h ngày thứ Năm)” is Thursdays before 15:00', () => {
    const text = 'Hằng tuần (trước 15h ngày thứ Năm)';
    // 2026-02-26 is the first Thursday on or after the issue date.
    expect(parseDeadline(text, ISSUED)).toStrictEqual(
      expected(text, { kind: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2026-02-26', due: '2026-02-26', time: '15:00' }),
    );
  });

  it.each([
    ['thứ Hai', 'MO'], ['thứ Ba', 'TU'], ['thứ Tư', 'WE'], ['thứ Năm', 'TH'], ['thứ Sáu', 'FR'], ['thứ Bảy', 'SA'],
    ['Chủ nhật', 'SU'], ['thứ 2', 'MO'], ['thứ 3', 'TU'], ['thứ 4', 'WE'], ['thứ 5', 'TH'], ['thứ 6', 'FR'], ['thứ 7', 'SA'],
  ])('weekday “%s” is %s', (day, code) => {
    expect(parseDeadline(`Hằng tuần (ngày ${day})`).rrule).toBe(`FREQ=WEEKLY;BYDAY=${code}`);
  });

  it('“Hằng quý” is due at the end of each calendar quarter', () => {
    expect(parseDeadline('Hằng quý', ISSUED)).toStrictEqual(
      expected('Hằng quý', {
        kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1', start: '2026-03-31', due: '2026-03-31',
        note: 'Không ghi ngày trong quý: hạn là ngày cuối mỗi quý.',
      }),
    );
    expect(parseDeadline('Hằng quý', { issued: '2026-04-01' }).start).toBe('2026-06-30');
    expect(parseDeadline('6 tháng một lần', ISSUED)).toMatchObject({ start: '2026-06-30', note: 'Không ghi ngày: hạn là ngày cuối mỗi nửa năm (30/6, 31/12).' });
  });

  it.each(['Thực hiện định kỳ hằng tháng hoặc hằng quý', 'định kỳ hằng tháng hoặc hằng quý'])(
    '“%s” is read as the more frequent, with a note',
    (text) => {
      expect(parseDeadline(text, ISSUED)).toStrictEqual(
        expected(text, {
          kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', start: '2026-02-28', due: '2026-02-28',
          note: `Đọc “hằng tháng hoặc hằng quý” theo kỳ dày hơn: hằng tháng. ${MONTH_END}`,
        }),
      );
    },
  );

  it.each([
    ['Hằng quý (trước ngày 20 tháng cuối quý)', 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=19', '2026-03-19', null],
    ['Hằng quý, ngày 15 tháng đầu quý sau', 'FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15', '2026-04-15', null],
    ['hằng quý, trước ngày 1 tháng cuối quý', 'FREQ=MONTHLY;BYMONTH=2,5,8,11;BYMONTHDAY=-1', '2026-02-28', null],
    ['Hằng quý, trước ngày 20', 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=19', '2026-03-19', 'Không ghi tháng nào của quý: hạn tính là ngày 19 tháng cuối mỗi quý.'],
  ])('“%s” is due on the day it names in each quarter', (text, rrule, start, note) => {
    expect(parseDeadline(text, ISSUED)).toStrictEqual(expected(text, { kind: 'recurring', rrule, start, due: start, note }));
  });

  it('says in words which days a quarterly or half-yearly rule falls on', () => {
    expect(describeDeadline(parseDeadline('Hằng quý (trước ngày 20 tháng cuối quý)', ISSUED))).toBe('Định kỳ: hằng quý, hạn ngày 19 các tháng 3, 6, 9, 12');
    expect(describeDeadline(parseDeadline('Hằng quý', ISSUED))).toBe('Định kỳ: hằng quý, ngày cuối quý');
    expect(describeDeadline(parseDeadline('6 tháng một lần', ISSUED))).toBe('Định kỳ: 6 tháng một lần, ngày cuối tháng 6 và tháng 12');
  });

  it('refuses “tháng đầu quý” without saying which quarter', () => {
    expect(parseDeadline('Hằng quý, ngày 15 tháng đầu quý', ISSUED).problem?.code).toBe('invalid-date');
  });

  it.each([
    ['Trước 30/6 hằng năm', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=29', '2026-06-29', null],
    ['Hằng năm, ngày 15/12', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '2026-12-15', null],
    ['Tháng 3/2026 và hằng năm', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31', '2026-03-31', 'Không ghi ngày: hạn là ngày cuối tháng 3 mỗi năm.'],
  ])('“%s” is yearly on the day or month it names', (text, rrule, start, note) => {
    expect(parseDeadline(text, ISSUED)).toStrictEqual(expected(text, { kind: 'recurring', rrule, start, due: start, note }));
  });

  it.each([
    ['Trước ngày 15/6/2026 hằng năm', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=14', '2026-06-14', null],
    ['Năm 2026 và các năm tiếp theo', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31', '2026-12-31', 'Không ghi ngày trong năm: hạn là ngày cuối năm (31/12).'],
    ['Trước ngày 15/6 và 15/12 hằng năm', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=14', '2026-06-14', 'Văn bản nêu 2 ngày trong năm (15/6, 15/12); lịch tính theo ngày đầu tiên.'],
  ])('“%s” is yearly, and a second day a year is named, not dropped', (text, rrule, start, note) => {
    expect(parseDeadline(text, ISSUED)).toStrictEqual(expected(text, { kind: 'recurring', rrule, start, due: start, note }));
  });

  it('names a dated deadline written next to a recurrence, which the calendar does not follow', () => {
    expect(parseDeadline('Trước ngày 15/12/2026; báo cáo hằng quý', ISSUED).note).toBe('Không ghi ngày trong quý: hạn là ngày cuối mỗi quý. Văn bản còn nêu 15/12/2026; lịch chỉ tính kỳ hằng quý.');
  });

  it('“6 tháng, hằng năm” is read as half-yearly, and the note names both', () => {
    expect(parseDeadline('6 tháng, hằng năm', ISSUED)).toMatchObject({
      rrule: 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1', start: '2026-06-30',
      note: 'Văn bản nêu nhiều kỳ (6 tháng một lần, hằng năm); lịch tính theo kỳ dày nhất: 6 tháng một lần. Không ghi ngày: hạn là ngày cuối mỗi nửa năm (30/6, 31/12).',
    });
  });

  it('keeps the rule but no first occurrence without a context date', () => {
    expect(parseDeadline('Hằng năm')).toStrictEqual(
      expected('Hằng năm', { kind: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31', note: YEAR_END }),
    );
  });

  it('limits a recurrence to a window and starts it no earlier than the window', () => {
    const text = 'Hằng năm (2027-2030)';
    expect(parseDeadline(text, ISSUED)).toStrictEqual(
      expected(text, { ...yearly, start: '2027-12-31', due: '2027-12-31', until: '2030-12-31' }),
    );
  });
});

describe('parseDeadline: milestones after issue', () => {
  const text = '03 năm sơ kết, 05 năm tổng kết';

  it('is due at the 3-year review and notes the 5-year one', () => {
    expect(parseDeadline(text, ISSUED)).toStrictEqual(
      expected(text, {
        kind: 'date',
        due: '2029-02-23',
        note: 'Tính từ ngày ban hành 23/02/2026: sơ kết 03 năm vào 23/02/2029; tổng kết 05 năm vào 23/02/2031.',
      }),
    );
  });

  it('needs the issue date, not just a year', () => {
    expect(parseDeadline(text, YEAR_2026)).toStrictEqual(
      expected(text, { problem: { code: 'needs-year', message: 'Cần ngày ban hành văn bản để tính mốc sơ kết, tổng kết.' } }),
    );
  });
});

describe('parseDeadline: phrases that are not deadlines', () => {
  it.each(['Theo Kế hoạch', 'theo kế hoạch'])('“%s” waits for a plan, without a problem', (text) => {
    expect(parseDeadline(text)).toStrictEqual(expected(text, { note: 'Thời hạn theo kế hoạch chưa ban hành.' }));
  });

  it.each(['trước Tết', 'trước Tết Nguyên đán'])('“%s” is a lunar date and stays raw', (text) => {
    expect(parseDeadline(text, YEAR_2026)).toStrictEqual(
      expected(text, {
        problem: { code: 'unreadable', message: 'Thời hạn tính theo âm lịch (Tết), chưa quy đổi được sang ngày dương lịch.' },
      }),
    );
  });

  it.each(['Không ghi thời hạn', 'Văn bản không nêu thời hạn', 'không quy định'])('“%s” says the text states no time: unspecified, not unread', (text) => {
    expect(parseDeadline(text)).toStrictEqual(expected(text, { note: 'Văn bản không nêu thời hạn.' }));
  });

  it('a scope cut-off is not a deadline', () => {
    const text = 'tính đến hết ngày 31/10/2026';
    expect(parseDeadline(text)).toStrictEqual(
      expected(text, { note: '“tính đến hết ngày 31/10/2026” là mốc chốt phạm vi công việc, không phải thời hạn hoàn thành.' }),
    );
  });

  it('the date of a cited decision is not a deadline', () => {
    const text = 'trước thời hạn so với quy định tại Quyết định số 05/QĐ-BCĐ ngày 10/4/2026';
    expect(parseDeadline(text)).toStrictEqual(
      expected(text, {
        note: 'Phải xong trước thời hạn quy định tại Quyết định số 05/QĐ-BCĐ ngày 10/4/2026; ngày 10/4/2026 là ngày của văn bản, không phải thời hạn.',
      }),
    );
  });

  it('still finds a real deadline next to a cited document', () => {
    const text = 'trước ngày 15/8/2026 theo Kế hoạch số 232-KH/TU, ngày 16/6/2025';
    expect(parseDeadline(text)).toStrictEqual(expected(text, { kind: 'date', due: '2026-08-14' }));
  });

  it.each([
    ['', 'Chưa ghi thời hạn.'],
    ['abc', 'Không đọc được thời hạn.'],
  ])('“%s” is unreadable', (text, message) => {
    expect(parseDeadline(text)).toStrictEqual(expected(text, { problem: { code: 'unreadable', message } }));
  });
});

describe('parseDeadline: tolerance', () => {
  it('accepts decomposed (NFD) input and stores the phrase in NFC', () => {
    const nfd = 'Trước Quý II/2026'.normalize('NFD');
    const result = parseDeadline(nfd);
    expect(result.text).toBe('Trước Quý II/2026'.normalize('NFC'));
    expect(result.due).toBe('2026-03-31');
  });

  it('collapses whitespace in the kept text but keeps casing and diacritics', () => {
    const result = parseDeadline('  Hoàn thành   trước ngày\u00a031/5/2026 ');
    expect(result.text).toBe('Hoàn thành trước ngày 31/5/2026');
    expect(result.due).toBe('2026-05-30');
  });

  it.each([
    'TRƯỚC NGÀY 15/8/2026',
    '***xong trước ngày 15/8/2026***',
    'trước ngày 15 / 8 / 2026',
    'trước ngày 15.8.2026',
    'trước ngày 15/8/2026.',
  ])('“%s” is read like “trước ngày 15/8/2026”', (text) => {
    expect(parseDeadline(text).due).toBe('2026-08-14');
  });

  it('reads dash variants in windows', () => {
    for (const dash of ['-', '–', '—', '‑']) {
      expect(parseDeadline(`Giai đoạn 2026${dash}2030`).until).toBe('2030-12-31');
    }
  });
});

describe('parseDeadline: every deadline phrase of the seed directives', () => {
  // Seed 001, last column of the appendix table (rows 1–13), then its deadline phrases in the text.
  const seed001: [string, Deadline['kind'], string | null][] = [
    ['Thường xuyên', 'ongoing', null],
    ['Quý II/2026', 'period', '2026-06-30'],
    ['Hoàn thành trước ngày 31/5/2026', 'date', '2026-05-30'],
    ['Trước Quý II/2026', 'date', '2026-03-31'],
    ['Thường xuyên (2026 - 2030)', 'ongoing', null],
    ['Quý II/2026', 'period', '2026-06-30'],
    ['Thường xuyên (2026-2030)', 'ongoing', null],
    ['Thực hiện định kỳ hằng tháng hoặc hằng quý', 'recurring', '2026-02-28'],
    ['Hàng năm', 'recurring', '2026-12-31'],
    ['Thường xuyên từ năm 2026', 'ongoing', null],
    ['Hàng năm', 'recurring', '2026-12-31'],
    ['Hàng năm', 'recurring', '2026-12-31'],
    ['Theo Kế hoạch', 'unspecified', null],
    ['chậm nhất trong Quý II năm 2026', 'period', '2026-06-30'],
    ['(trước ngày 15/4/2026)', 'date', '2026-04-14'],
    ['tối thiểu 01 lần/năm', 'recurring', '2026-12-31'],
  ];

  it.each(seed001)('seed 001: “%s” → %s, due %s', (text, kind, due) => {
    const result = parseDeadline(text, ISSUED);
    expect([result.kind, result.due, result.problem]).toEqual([kind, due, null]);
  });

  // Seed 000 as written, Markdown emphasis included; its issue date is not in the text, only the year.
  const seed000: [string, Deadline['kind'], string | null, string | null][] = [
    ['***xong trước ngày 15/8/2026***', 'date', '2026-08-14', null],
    ['Hằng tuần (trước 15h ngày thứ Năm)', 'recurring', '2026-01-01', null],
    ['tính đến hết ngày 31/10/2026', 'unspecified', null, null],
    ['**trước thời hạn** so với quy định tại Quyết định số 05/QĐ-BCĐ ngày 10/4/2026', 'unspecified', null, null],
    ['Hằng tháng (**trước ngày 16**)', 'recurring', '2026-01-15', null],
    ['03 năm sơ kết, 05 năm tổng kết', 'unspecified', null, 'needs-year'],
  ];

  it.each(seed000)('seed 000: “%s” → %s, due %s', (text, kind, due, problemCode) => {
    const result = parseDeadline(text, YEAR_2026);
    expect([result.kind, result.due, result.problem?.code ?? null]).toEqual([kind, due, problemCode]);
    expect(result.text).toBe(text);
  });

  it('seed 000: the weekly report is due before 15:00', () => {
    expect(parseDeadline('Hằng tuần (trước 15h ngày thứ Năm)', YEAR_2026).time).toBe('15:00');
  });
});
