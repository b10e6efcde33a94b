/**
 * "Thời gian hoàn thành" phrases for synthetic task rows, shaped like the ones in the real
 * appendices ("Quý II/2026", "trước ngày 15/8/2026", "Hằng năm", "Hằng tháng (trước ngày 16)").
 * Dated phrases fall 1 to 18 months after the document's issue date, as they do in practice.
 */
import { addDays, parseIsoDate } from '../../src/lib/dates.ts';
import type { Random } from './random.ts';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Phrases copied from the real task tables, used as written. */
const FIXED = [
  'Thường xuyên',
  'Hằng năm',
  'Hàng năm',
  'Hằng tháng (trước ngày 16)',
  'Hằng tuần (trước 15h ngày thứ Năm)',
  'Thực hiện định kỳ hằng tháng hoặc hằng quý',
  'Theo Kế hoạch',
  '03 năm sơ kết, 05 năm tổng kết',
] as const;

type Shape = 'quarter' | 'beforeQuarter' | 'beforeDate' | 'doneBefore' | 'finishBefore' | 'ongoingRange' | 'ongoingFrom' | 'fixed';

const SHAPES: Readonly<Record<Shape, number>> = {
  quarter: 5,
  beforeQuarter: 1,
  beforeDate: 4,
  doneBefore: 2,
  finishBefore: 1,
  ongoingRange: 1,
  ongoingFrom: 1,
  fixed: 6,
};

/** A deadline phrase for a task of a document issued on `issued` (YYYY-MM-DD). */
export function deadlinePhrase(r: Random, issued: string): string {
  const due = parseIsoDate(addDays(issued, r.int(30, 540)))!;
  const year = Number(issued.slice(0, 4));
  const date = `${due.d}/${due.m}/${due.y}`;
  const quarter = `${ROMAN[Math.floor((due.m - 1) / 3)]}/${due.y}`;
  switch (r.weighted(SHAPES)) {
    case 'quarter':
      return `Quý ${quarter}`;
    case 'beforeQuarter':
      return `Trước Quý ${quarter}`;
    case 'beforeDate':
      return `trước ngày ${date}`;
    case 'doneBefore':
      return `Hoàn thành trước ngày ${date}`;
    case 'finishBefore':
      return `xong trước ngày ${date}`;
    case 'ongoingRange':
      return `Thường xuyên (${year} - ${year + 4})`;
    case 'ongoingFrom':
      return `Thường xuyên từ năm ${year}`;
    case 'fixed':
      return r.pick(FIXED);
  }
}
