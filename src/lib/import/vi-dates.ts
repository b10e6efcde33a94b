/**
 * Dates as Vietnamese documents write them: "ngày 23 tháng 02 năm 2026" in the header, and
 * "ngày 23/02/2026" (or "23/02/2026" right after a document number) in running text. A date that
 * does not exist in the calendar is found but has no ISO value, so the importer can say so.
 */
import { isValidYmd, ymd } from '../dates.ts';

export interface FoundViDate {
  /** YYYY-MM-DD, or null when the day does not exist (31/02). */
  iso: string | null;
  /** The phrase as written. */
  text: string;
  start: number;
  end: number;
}

const LONG = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
const SHORT = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/giu;

export function toIso(d: number, m: number, y: number): string | null {
  return isValidYmd(y, m, d) ? ymd(y, m, d) : null;
}

/** Every "ngày …" date in `text`, in order. */
export function findViDates(text: string): FoundViDate[] {
  const found: FoundViDate[] = [];
  for (const re of [LONG, SHORT]) {
    for (const m of text.normalize('NFC').matchAll(re)) {
      found.push({ iso: toIso(Number(m[1]), Number(m[2]), Number(m[3])), text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The date written right after a document number: ", ngày 30/4/2025", " ngày 10/4/2026",
 * "ban hành ngày …". Returns null when the number is not followed by a date.
 */
export function dateAfterNumber(rest: string): FoundViDate | null {
  const m = /^\s*,?\s*(?:ban hành\s+)?(?=ngày)/iu.exec(rest);
  if (!m) return null;
  const first = findViDates(rest.slice(m[0].length, m[0].length + 40))[0];
  return first && first.start === 0 ? { ...first, start: first.start + m[0].length, end: first.end + m[0].length } : null;
}

// A place name as a header prints it, then a comma (sometimes left out): "Điện Biên", "TP. Hồ Chí
// Minh". No digits, no "/" and a capital first: a trích yếu ("V/v thực hiện Chỉ thị số 08-CT/TU,
// ngày …", "về việc …") is never one.
const PLACE = /^\p{Lu}[\p{L}\s.'’-]{0,39}?,?\s*$/u;

/**
 * The date of a place-and-date line ("Điện Biên, ngày 20 tháng 02 năm 2026", or the date alone):
 * the line is the place, a comma and the date, nothing more. A date inside other words (a
 * document number's date in a trích yếu) is not the document's own date, and gives null.
 */
export function placeAndDate(line: string): FoundViDate | null {
  const text = line.normalize('NFC').trim();
  for (const date of findViDates(text)) {
    const before = text.slice(0, date.start);
    if ((before === '' || PLACE.test(before)) && /^\s*\.?$/.test(text.slice(date.end))) return date;
  }
  return null;
}
