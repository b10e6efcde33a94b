/**
 * Calendar dates as `YYYY-MM-DD` strings. Deadlines are whole days in one time zone, so these
 * helpers do plain calendar arithmetic and never parse strings with `Date`, which would shift
 * the day by the machine's zone.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1–12) of year `y`. */
export function lastDayOfMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Which days month `m` of year `y` has, for a message about a day it does not have ("tháng 4/2026 có 30 ngày, …"). */
export function daysOfMonth(y: number, m: number): string {
  if (m < 1 || m > 12) return 'tháng từ 1 đến 12';
  if (y < 1) return 'năm từ 1 trở đi';
  const last = lastDayOfMonth(y, m);
  return `tháng ${m}/${y} có ${last} ngày, ngày cuối tháng là ${last}/${m}/${y}`;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m)
  );
}

/** Formats a day as `YYYY-MM-DD`; throws on an impossible day so bugs surface early. */
export function ymd(y: number, m: number, d: number): string {
  if (!isValidYmd(y, m, d)) throw new RangeError(`Invalid date ${y}-${m}-${d}`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Reads a strict `YYYY-MM-DD` string; null for anything else, including 2026-02-30. */
export function parseIsoDate(s: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(y, m, d) ? { y, m, d } : null;
}

/**
 * The day, month and year of a date written as Vietnamese documents print it, "23/02/2026" (also
 * with "-" or "." between, one-digit day or month); null for any other form. The day may not
 * exist (31/02/2026): check it with isValidYmd.
 */
export function parseDmy(s: string): Ymd | null {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s.trim());
  return match ? { y: Number(match[4]), m: Number(match[3]), d: Number(match[1]) } : null;
}

function mustParse(iso: string): Ymd {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return parsed;
}

// Built from UTC components, never from a string, so no zone can shift it; setUTCFullYear
// because Date.UTC maps years 0–99 to 1900–1999.
function toEpochDay({ y, m, d }: Ymd): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / DAY_MS);
}

function fromEpochDay(days: number): string {
  const date = new Date(days * DAY_MS);
  return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: string, n: number): string {
  return fromEpochDay(toEpochDay(mustParse(iso)) + n);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(mustParse(b)) - toEpochDay(mustParse(a));
}

/** Same month and day `n` years later; 29 February falls back to 28 February. */
export function addYears(iso: string, n: number): string {
  const { y, m, d } = mustParse(iso);
  return ymd(y + n, m, Math.min(d, lastDayOfMonth(y + n, m)));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  // Epoch day 0 (1970-01-01) was a Thursday.
  return (((toEpochDay(mustParse(iso)) + 4) % 7) + 7) % 7;
}

/** `dd/mm/yyyy`, the way dates are written in Vietnamese documents. */
export function formatViDate(iso: string): string {
  const { y, m, d } = mustParse(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${String(y).padStart(4, '0')}`;
}

const hcmFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** Today's date in Vietnam, whatever zone the build machine runs in. */
export function todayInHoChiMinh(now: Date = new Date()): string {
  const parts = hcmFormat.formatToParts(now);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return ymd(part('year'), part('month'), part('day'));
}
