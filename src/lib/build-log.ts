/**
 * What `npm run build` prints of Astro's log. Astro prints one line per file it writes, with its
 * time: 110 lines for the bundled content, some 53,000 at 10,000 documents, where the content's
 * warnings, printed before them, scroll out of sight. By default those lines are left out and a
 * count of the files written is printed every PROGRESS_EVERY_MS instead, so a long build still
 * shows that it moves; everything else Astro and the integrations print passes unchanged
 * (warnings, errors, the steps and their times, the search index and image summaries).
 * With `pages: 'each'` (PORTAL_LOG_PAGES=1) every line is printed as Astro prints it: the build
 * benchmark reads the time of each page from them.
 *
 * Astro writes a page's line in two events: "├─ <file>" without an end of line, then its time
 * ("(+24ms)", or "(cached)") as an unformatted event; with several pages rendered at a time, the
 * time of one may come after the line of another, so each kind of event is recognised by itself.
 */
import { stripVTControlCharacters } from 'node:util';

/** The fields of Astro's log event that the filter reads (AstroLoggerMessage). */
export interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine?: boolean;
}

export interface BuildLogOptions {
  /** 'each': every page's line; 'count' (default): a count of files written now and then. */
  pages?: 'each' | 'count';
}

/** How often, at most, the count of files written is printed. */
export const PROGRESS_EVERY_MS = 30_000;

const PAGE_LINE = /^\s*[├└]─ /;
const PAGE_TIME = /^\s*\((?:\+[\d.]+m?s|cached|restored)\)/;

/** The line Astro prints for one file it writes ("├─ /van-ban/index.html"), without its time. */
export function isPageLine(event: LogEvent): boolean {
  return event.level === 'info' && event.label === null && PAGE_LINE.test(stripVTControlCharacters(event.message));
}

/** The time Astro prints after a file's line ("(+24ms)", "(cached)"). */
export function isPageTime(event: LogEvent): boolean {
  return event.level === 'info' && event.label === 'SKIP_FORMAT' && PAGE_TIME.test(stripVTControlCharacters(event.message));
}

/** "12.345": thousands grouped as Vietnamese writes them. */
function count(n: number): string {
  return n.toLocaleString('vi-VN');
}

/**
 * A log destination that passes events to `next`, leaving out the per-page lines unless asked
 * for them, and printing instead, through `next`, how many files have been written once
 * PROGRESS_EVERY_MS has passed since the first or the last count. `now` is for tests.
 */
export function buildLogFilter<E extends LogEvent>(
  next: (event: E) => void,
  options: BuildLogOptions = {},
  now: () => number = () => performance.now(),
): (event: E) => void {
  if (options.pages === 'each') return next;
  let written = 0;
  let lastShown = 0;
  return (event) => {
    if (isPageTime(event)) return;
    if (!isPageLine(event)) {
      next(event);
      return;
    }
    written += 1;
    const t = now();
    if (written === 1) lastShown = t;
    else if (t - lastShown >= PROGRESS_EVERY_MS) {
      lastShown = t;
      next({ ...event, label: 'build', message: `Đã ghi ${count(written)} trang và tệp…`, newLine: true });
    }
  };
}
