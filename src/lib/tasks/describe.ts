/**
 * The normalized reading of a deadline in plain Vietnamese, shown next to the original phrase
 * so a reader can check how the portal understood it.
 */
import type { Deadline } from './types.ts';
import { formatViDate } from '../dates.ts';
import { lowerFirst } from '../upper-first.ts';

const RRULE_DAYS: Record<string, string> = { MO: 'thứ Hai', TU: 'thứ Ba', WE: 'thứ Tư', TH: 'thứ Năm', FR: 'thứ Sáu', SA: 'thứ Bảy', SU: 'Chủ nhật' };

export function describeDeadline(d: Deadline): string | null {
  const f = (iso: string | null) => (iso ? formatViDate(iso) : '…');
  switch (d.kind) {
    case 'date':
      return `Hạn chót: ${f(d.due)}${d.time ? `, trước ${d.time}` : ''}`;
    case 'period':
      return `Trong khoảng ${f(d.start)} – ${f(d.until)}`;
    case 'ongoing':
      if (d.start && d.until) return `Thường xuyên, ${f(d.start)} – ${f(d.until)}`;
      if (d.start) return `Thường xuyên, từ ${f(d.start)}`;
      return null;
    case 'recurring':
      return `Định kỳ: ${describeRule(d.rrule ?? '')}${d.time ? `, trước ${d.time}` : ''}`;
    case 'unspecified':
      return null;
  }
}

function describeRule(rrule: string): string {
  const parts = Object.fromEntries(rrule.split(';').map((p) => p.split('=') as [string, string]));
  if (parts.FREQ === 'WEEKLY') return `hằng tuần${parts.BYDAY ? `, ${parts.BYDAY.split(',').map((x) => RRULE_DAYS[x] ?? x).join(', ')}` : ''}`;
  if (parts.FREQ === 'MONTHLY' && parts.INTERVAL === '3') return 'hằng quý, ngày cuối quý';
  if (parts.FREQ === 'MONTHLY' && parts.INTERVAL === '6') return '6 tháng một lần, ngày cuối tháng 6 và tháng 12';
  if (parts.FREQ === 'MONTHLY' && parts.BYMONTH) {
    const day = parts.BYSETPOS === '-1' || parts.BYMONTHDAY === '-1' ? 'ngày cuối tháng' : `hạn ngày ${parts.BYMONTHDAY}`;
    return `${parts.BYMONTH.split(',').length === 4 ? 'hằng quý, ' : ''}${day} các tháng ${parts.BYMONTH.split(',').join(', ')}`;
  }
  if (parts.FREQ === 'MONTHLY') {
    if (parts.BYSETPOS === '-1' || parts.BYMONTHDAY === '-1') return 'hằng tháng, ngày cuối tháng';
    return `hằng tháng, hạn ngày ${parts.BYMONTHDAY}`;
  }
  if (parts.FREQ === 'YEARLY') return parts.BYMONTH ? `hằng năm, hạn ${parts.BYMONTHDAY}/${parts.BYMONTH}` : 'hằng năm';
  return rrule;
}

/**
 * Why the portal could not work out a day from the phrase as written, when it could not
 * ("03 năm sơ kết, 05 năm tổng kết" in a document that gives no date of issue); null otherwise.
 */
export function deadlineProblem(d: Deadline): string | null {
  return d.problem && d.text ? `Cổng chưa tính được hạn: ${lowerFirst(d.problem.message)}` : null;
}

/** A deadline in one short cell: the day as dd/mm/yyyy when there is one, else the phrase as written. */
export interface ShortDeadline {
  text: string;
  /** YYYY-MM-DD of the day shown, for a <time> element; null when the phrase is shown. */
  datetime: string | null;
  /** The phrase as written, when `text` is the portal's reading of it and says something else. */
  written: string | null;
  /** How the phrase was read, when the reading involved a choice (Deadline.note). */
  note: string | null;
}

/**
 * For lists of tasks (compact rows): the last day still on time of a dated task or period, the
 * next occurrence of a recurring one (with the phrase), otherwise the phrase ("Thường xuyên",
 * "Theo Kế hoạch"). `next` is the task's next occurrence as of the build date, if any. A day the
 * portal worked out ("xong trước ngày 15/8/2026" is 14/08/2026) keeps the phrase beside it, and
 * the note of a reading that involved a choice ("Trước Quý II/2026").
 */
export function shortDeadline(d: Deadline, next: string | null = null): ShortDeadline {
  if ((d.kind === 'date' || d.kind === 'period') && d.due) {
    const text = formatViDate(d.due);
    return { text, datetime: d.due, written: sameDay(d.text, d.due) ? null : d.text || null, note: d.note };
  }
  if (d.kind === 'recurring' && next) return { text: `${d.text || 'Định kỳ'}, kỳ tới ${formatViDate(next)}`, datetime: null, written: null, note: d.note };
  return { text: d.text || 'Không ghi', datetime: null, written: null, note: d.note };
}

/** Whether a phrase is only the day itself ("30/06/2026", "30/6/2026", "2026-06-30"). */
function sameDay(phrase: string, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const plain = phrase.trim().replace(/[.;,]+$/u, '');
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(plain);
  if (dmy) return Number(dmy[1]) === d && Number(dmy[2]) === m && Number(dmy[3]) === y;
  return plain === iso;
}

/** The first words of a task's content, at most `max` characters, cut between words, with "…" when cut. */
export function shortContent(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
