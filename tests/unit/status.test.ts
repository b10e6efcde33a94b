import { describe, it, expect } from 'vitest';
import { nextOccurrence, occurrences, taskStatus } from '../../src/lib/tasks/status.ts';
import { parseDeadline } from '../../src/lib/tasks/deadline.ts';
import type { Deadline } from '../../src/lib/tasks/types.ts';

function deadline(fields: Partial<Deadline>): Deadline {
  return {
    text: '', kind: 'unspecified', due: null, start: null, until: null, rrule: null, time: null, note: null, problem: null,
    ...fields,
  };
}

const dueAug14 = deadline({ kind: 'date', due: '2026-08-14' });

function firstOccurrences(rrule: string, start: string, n: number): string[] {
  const out: string[] = [];
  for (const day of occurrences(rrule, start)) {
    out.push(day);
    if (out.length === n) break;
  }
  return out;
}

describe('taskStatus: done', () => {
  it('a progress record wins over any deadline', () => {
    const record = { ref: '1', done: '2026-08-10' };
    for (const d of [dueAug14, deadline({ kind: 'ongoing' }), deadline({ kind: 'unspecified' })]) {
      expect(taskStatus(d, '2026-09-01', record)).toStrictEqual({
        status: 'done', next: null, daysLeft: null, label: 'Đã hoàn thành ngày 10/08/2026',
      });
    }
  });

  it('null progress is no progress', () => {
    expect(taskStatus(dueAug14, '2026-08-15', null).status).toBe('overdue');
  });
});

describe('taskStatus: date', () => {
  it('due today is due soon with 0 days left', () => {
    expect(taskStatus(dueAug14, '2026-08-14')).toStrictEqual({
      status: 'due-soon', next: '2026-08-14', daysLeft: 0, label: 'Sắp đến hạn (còn 0 ngày)',
    });
  });

  it('due yesterday is overdue', () => {
    expect(taskStatus(dueAug14, '2026-08-15')).toStrictEqual({
      status: 'overdue', next: '2026-08-14', daysLeft: -1, label: 'Quá hạn – chưa có báo cáo',
    });
  });

  it('30 days ahead is due soon, 31 is upcoming', () => {
    expect(taskStatus(dueAug14, '2026-07-15')).toStrictEqual({
      status: 'due-soon', next: '2026-08-14', daysLeft: 30, label: 'Sắp đến hạn (còn 30 ngày)',
    });
    expect(taskStatus(dueAug14, '2026-07-14')).toStrictEqual({
      status: 'upcoming', next: '2026-08-14', daysLeft: 31, label: 'Chưa đến hạn',
    });
  });

  it('reads a parsed phrase end to end: “trước ngày 15/8/2026” on 15/8 is overdue', () => {
    expect(taskStatus(parseDeadline('trước ngày 15/8/2026'), '2026-08-15').status).toBe('overdue');
  });
});

describe('taskStatus: period', () => {
  const q2 = parseDeadline('Quý II/2026');

  it('counts down to the end of the period', () => {
    expect(taskStatus(q2, '2026-06-10')).toStrictEqual({
      status: 'due-soon', next: '2026-06-30', daysLeft: 20, label: 'Sắp đến hạn (còn 20 ngày)',
    });
    expect(taskStatus(q2, '2026-07-01').status).toBe('overdue');
  });

  it('is upcoming while the period has not started, even when its end is near', () => {
    const september = parseDeadline('Tháng 9/2026');
    expect(taskStatus(september, '2026-08-31')).toStrictEqual({
      status: 'upcoming', next: '2026-09-30', daysLeft: 30, label: 'Chưa đến hạn',
    });
    expect(taskStatus(september, '2026-09-01').status).toBe('due-soon');
  });
});

describe('taskStatus: ongoing', () => {
  it('is ongoing without a window', () => {
    expect(taskStatus(parseDeadline('Thường xuyên'), '2031-01-01')).toStrictEqual({
      status: 'ongoing', next: null, daysLeft: null, label: 'Thường xuyên',
    });
  });

  it('is ongoing through the last day of its window, overdue after it', () => {
    const window = parseDeadline('Thường xuyên (2026-2030)');
    expect(taskStatus(window, '2030-12-31').status).toBe('ongoing');
    expect(taskStatus(window, '2031-01-01')).toStrictEqual({
      status: 'overdue', next: null, daysLeft: -1, label: 'Quá hạn – chưa có báo cáo',
    });
  });
});

describe('taskStatus: unspecified', () => {
  it('says the deadline is not set', () => {
    expect(taskStatus(parseDeadline('Theo Kế hoạch'), '2026-03-01')).toStrictEqual({
      status: 'unspecified', next: null, daysLeft: null, label: 'Chưa xác định thời hạn',
    });
  });
});

describe('taskStatus: recurring', () => {
  it('gives the next monthly occurrence across a month end', () => {
    const monthly = parseDeadline('Hằng tháng (trước ngày 16)', { year: 2026 });
    expect(taskStatus(monthly, '2026-03-15')).toStrictEqual({
      status: 'recurring', next: '2026-03-15', daysLeft: 0, label: 'Định kỳ – kỳ tới 15/03/2026',
    });
    expect(taskStatus(monthly, '2026-03-16')).toStrictEqual({
      status: 'recurring', next: '2026-04-15', daysLeft: 30, label: 'Định kỳ – kỳ tới 15/04/2026',
    });
    expect(taskStatus(monthly, '2026-12-20').next).toBe('2027-01-15');
  });

  it('the first occurrence is next while the recurrence has not begun', () => {
    const monthly = parseDeadline('Hằng tháng (trước ngày 16)', { issued: '2026-02-23' });
    expect(taskStatus(monthly, '2026-01-01').next).toBe('2026-03-15');
  });

  it('a “before the 31st” rule falls on 28 Feb 2026 and 29 Feb 2028', () => {
    const rule = parseDeadline('Hằng tháng (trước ngày 31)', { year: 2026 });
    expect(rule.start).toBe('2026-01-30');
    expect(taskStatus(rule, '2026-02-01').next).toBe('2026-02-28');
    expect(taskStatus(rule, '2026-03-01').next).toBe('2026-03-30');
    expect(taskStatus(rule, '2028-02-01').next).toBe('2028-02-29');
    expect(taskStatus(rule, '2028-02-29').next).toBe('2028-02-29');
    expect(taskStatus(rule, '2028-03-01').next).toBe('2028-03-30');
  });

  it('month ends, including February', () => {
    const rule = parseDeadline('Hằng tháng', { year: 2026 });
    expect(taskStatus(rule, '2026-02-01').next).toBe('2026-02-28');
    expect(taskStatus(rule, '2026-03-01').next).toBe('2026-03-31');
    expect(taskStatus(rule, '2026-04-01').next).toBe('2026-04-30');
  });

  it('weekly on Thursdays', () => {
    const weekly = parseDeadline('Hằng tuần (trước 15h ngày thứ Năm)', { year: 2026 });
    expect(taskStatus(weekly, '2026-03-05')).toStrictEqual({
      status: 'recurring', next: '2026-03-05', daysLeft: 0, label: 'Định kỳ – kỳ tới 05/03/2026',
    });
    expect(taskStatus(weekly, '2026-03-06').next).toBe('2026-03-12');
    expect(taskStatus(weekly, '2026-12-28').next).toBe('2026-12-31');
    expect(taskStatus(weekly, '2027-01-01').next).toBe('2027-01-07');
  });

  it('quarterly at each quarter end, yearly at each year end', () => {
    const quarterly = parseDeadline('Hằng quý', { issued: '2026-02-23' });
    expect(taskStatus(quarterly, '2026-04-01').next).toBe('2026-06-30');
    expect(taskStatus(quarterly, '2026-10-01').next).toBe('2026-12-31');
    const yearly = parseDeadline('Hàng năm', { issued: '2026-02-23' });
    expect(taskStatus(yearly, '2027-01-01').next).toBe('2027-12-31');
  });

  it('stops at the end of its window', () => {
    const windowed = parseDeadline('Hằng năm (2026-2027)', { year: 2026 });
    expect(taskStatus(windowed, '2027-12-31').next).toBe('2027-12-31');
    expect(taskStatus(windowed, '2028-01-01')).toStrictEqual({
      status: 'recurring', next: null, daysLeft: null, label: 'Định kỳ – đã hết thời gian thực hiện',
    });
  });

  // Thái Nguyên's directive states no issue date: its rules have no first day, but their next
  // occurrence as of a day is still known.
  it('gives the next occurrence of a rule with no first day, counted on the calendar', () => {
    const weekly = parseDeadline('Hằng tuần (trước 15h ngày thứ Năm)');
    expect(weekly.start).toBeNull();
    expect(taskStatus(weekly, '2026-11-24')).toStrictEqual({
      status: 'recurring', next: '2026-11-26', daysLeft: 2, label: 'Định kỳ – kỳ tới 26/11/2026',
    });
    expect(taskStatus(parseDeadline('Hằng tháng (trước ngày 16)'), '2026-11-24').next).toBe('2026-12-15');
    expect(taskStatus(parseDeadline('Hằng tháng (trước ngày 16)'), '2026-11-15').next).toBe('2026-11-15');
    // Quarters are the calendar's, not three months from the as-of day.
    expect(taskStatus(parseDeadline('Hằng quý'), '2026-11-24').next).toBe('2026-12-31');
    expect(taskStatus(parseDeadline('Hằng quý'), '2027-01-02').next).toBe('2027-03-31');
    expect(taskStatus(parseDeadline('6 tháng một lần'), '2026-02-01').next).toBe('2026-06-30');
    // A day in named months of each quarter does not depend on where the rule starts.
    expect(taskStatus(parseDeadline('Hằng quý (trước ngày 20 tháng cuối quý)'), '2026-06-20').next).toBe('2026-09-19');
    expect(taskStatus(parseDeadline('Hằng quý, ngày 15 tháng đầu quý sau'), '2026-11-24').next).toBe('2027-01-15');
    expect(taskStatus(parseDeadline('Hằng quý, trước ngày 31 tháng cuối quý'), '2026-07-01').next).toBe('2026-09-30');
    expect(taskStatus(parseDeadline('Hằng năm'), '2026-05-01').next).toBe('2026-12-31');
  });

  it('says only "Định kỳ" when the rule could not be read', () => {
    const unread = { ...parseDeadline('Hằng năm'), rrule: null };
    expect(taskStatus(unread, '2026-05-01')).toStrictEqual({
      status: 'recurring', next: null, daysLeft: null, label: 'Định kỳ',
    });
  });
});

describe('occurrences', () => {
  it('applies BYSETPOS within each month (ical.js 2.2 alone would list 28, 29 and 30)', () => {
    expect(firstOccurrences('FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1', '2027-11-30', 5)).toEqual([
      '2027-11-30', '2027-12-30', '2028-01-30', '2028-02-29', '2028-03-30',
    ]);
  });

  it('passes other rules to ical.js unchanged', () => {
    expect(firstOccurrences('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1', '2026-03-31', 4)).toEqual([
      '2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31',
    ]);
  });

  it('nextOccurrence respects until', () => {
    expect(nextOccurrence('FREQ=WEEKLY;BYDAY=TH', '2026-01-01', '2026-01-02', '2026-01-07')).toBeNull();
    expect(nextOccurrence('FREQ=WEEKLY;BYDAY=TH', '2026-01-01', '2026-01-02', '2026-01-08')).toBe('2026-01-08');
  });
});
