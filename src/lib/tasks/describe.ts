/**
 * The normalized reading of a deadline in plain Vietnamese, shown next to the original phrase
 * so a reader can check how the portal understood it.
 */
import type { Deadline } from './types.ts';
import { formatViDate } from '../dates.ts';

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

/** A deadline in one short cell: the day as dd/mm/yyyy when there is one, else the phrase as written. */
export interface ShortDeadline {
  text: string;
  /** YYYY-MM-DD of the day shown, for a <time> element; null when the phrase is shown. */
  datetime: string | null;
}

/**
 * For lists of tasks (compact rows): the last day still on time of a dated task or period, the
 * next occurrence of a recurring one (with the phrase), otherwise the phrase ("Thường xuyên",
 * "Theo Kế hoạch"). `next` is the task's next occurrence as of the build date, if any.
 */
export function shortDeadline(d: Deadline, next: string | null = null): ShortDeadline {
  if ((d.kind === 'date' || d.kind === 'period') && d.due) return { text: formatViDate(d.due), datetime: d.due };
  if (d.kind === 'recurring' && next) return { text: `${d.text || 'Định kỳ'}, kỳ tới ${formatViDate(next)}`, datetime: null };
  return { text: d.text || 'Không ghi', datetime: null };
}

/** The first words of a task's content, at most `max` characters, cut between words, with "…" when cut. */
export function shortContent(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
