import { describe, it, expect } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  formatViDate,
  isLeapYear,
  isValidYmd,
  lastDayOfMonth,
  parseIsoDate,
  todayInHoChiMinh,
  weekday,
  ymd,
} from '../../src/lib/dates.ts';

describe('isValidYmd', () => {
  it('accepts real days, including 29 February in leap years', () => {
    expect(isValidYmd(2026, 8, 15)).toBe(true);
    expect(isValidYmd(2028, 2, 29)).toBe(true);
    expect(isValidYmd(2000, 2, 29)).toBe(true);
  });

  it('rejects impossible days', () => {
    expect(isValidYmd(2026, 2, 29)).toBe(false);
    expect(isValidYmd(2100, 2, 29)).toBe(false);
    expect(isValidYmd(2026, 4, 31)).toBe(false);
    expect(isValidYmd(2026, 13, 1)).toBe(false);
    expect(isValidYmd(2026, 0, 1)).toBe(false);
    expect(isValidYmd(2026, 1, 0)).toBe(false);
    expect(isValidYmd(2026, 1, 1.5)).toBe(false);
  });
});

describe('isLeapYear and lastDayOfMonth', () => {
  it('follows the Gregorian rules', () => {
    expect([2024, 2026, 2028, 2100, 2000].map(isLeapYear)).toEqual([true, false, true, false, true]);
    expect(lastDayOfMonth(2026, 2)).toBe(28);
    expect(lastDayOfMonth(2028, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
    expect(lastDayOfMonth(2026, 4)).toBe(30);
    expect(lastDayOfMonth(2026, 12)).toBe(31);
  });
});

describe('ymd', () => {
  it('pads to YYYY-MM-DD', () => {
    expect(ymd(2026, 2, 3)).toBe('2026-02-03');
  });

  it('throws on an impossible day', () => {
    expect(() => ymd(2026, 2, 29)).toThrow(RangeError);
  });
});

describe('parseIsoDate', () => {
  it('reads strict ISO dates', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ y: 2028, m: 2, d: 29 });
  });

  it('rejects impossible or loosely written dates', () => {
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2100-02-29')).toBeNull();
    expect(parseIsoDate('2026-2-3')).toBeNull();
    expect(parseIsoDate('2026-02-03T00:00:00Z')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-08-15', -1)).toBe('2026-08-14');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('knows February', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2100-03-01', -1)).toBe('2100-02-28');
  });

  it('works for years below 100 without the Date.UTC century shift', () => {
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
  });

  it('throws on a malformed date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days, signed', () => {
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });
});

describe('addYears', () => {
  it('keeps month and day, clamping 29 February', () => {
    expect(addYears('2026-02-23', 3)).toBe('2029-02-23');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });
});

describe('weekday', () => {
  it('returns 0 for Sunday through 6 for Saturday', () => {
    expect(weekday('2026-01-01')).toBe(4); // Thursday
    expect(weekday('2026-03-01')).toBe(0); // Sunday
    expect(weekday('1969-12-31')).toBe(3); // Wednesday, before the epoch
  });
});

describe('formatViDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatViDate('2026-02-03')).toBe('03/02/2026');
    expect(formatViDate('2028-02-29')).toBe('29/02/2028');
  });
});

describe('todayInHoChiMinh', () => {
  it('is UTC+7: late UTC evening is already the next day in Vietnam', () => {
    expect(todayInHoChiMinh(new Date(Date.UTC(2026, 11, 31, 16, 59)))).toBe('2026-12-31');
    expect(todayInHoChiMinh(new Date(Date.UTC(2026, 11, 31, 17, 0)))).toBe('2027-01-01');
  });

  it('defaults to now and returns an ISO date', () => {
    expect(parseIsoDate(todayInHoChiMinh())).not.toBeNull();
  });
});
