import { describe, it, expect } from 'vitest';
import { PROGRESS_EVERY_MS, buildLogFilter, isPageLine, isPageTime, type LogEvent } from '../../src/lib/build-log.ts';

// Astro's events as it writes them (astro/dist/core/build/generate.js), colours included.
const pageLine = (file: string): LogEvent => ({ label: null, level: 'info', message: `  \u001b[34m├─\u001b[39m \u001b[2m${file}\u001b[22m`, newLine: false });
const pageTime = (ms: number): LogEvent => ({ label: 'SKIP_FORMAT', level: 'info', message: ` \u001b[2m(+${ms}ms)\u001b[22m `, newLine: true });
const other: LogEvent[] = [
  { label: 'build', level: 'info', message: 'Building static entrypoints...', newLine: true },
  { label: 'SKIP_FORMAT', level: 'info', message: '\n\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m', newLine: true },
  { label: null, level: 'info', message: '\u001b[32m✓ Completed in 435ms.\n', newLine: true },
  { label: 'legal-portal:pagefind', level: 'info', message: 'Pagefind: đã lập chỉ mục …', newLine: true },
  { label: 'build', level: 'warn', message: '├─ a warning that looks like a page line', newLine: true },
  { label: 'build', level: 'error', message: 'Lỗi', newLine: true },
];

function run(events: LogEvent[], options: Parameters<typeof buildLogFilter>[1], times: number[] = []) {
  const out: LogEvent[] = [];
  let t = 0;
  const write = buildLogFilter<LogEvent>((e) => out.push(e), options, () => times[t++] ?? 0);
  for (const e of events) write(e);
  return out;
}

describe('isPageLine / isPageTime', () => {
  it("recognise Astro's line for a file written and its time, with or without colours", () => {
    expect(isPageLine(pageLine('/van-ban/index.html'))).toBe(true);
    expect(isPageLine({ ...pageLine('/a.json'), message: '  └─ /a.json' })).toBe(true);
    expect(isPageTime(pageTime(24))).toBe(true);
    expect(isPageTime({ label: 'SKIP_FORMAT', level: 'info', message: ' (cached)' })).toBe(true);
    expect(isPageTime({ label: 'SKIP_FORMAT', level: 'info', message: ' (+1.20s) ' })).toBe(true);
    for (const e of other) {
      expect(isPageLine(e)).toBe(false);
      expect(isPageTime(e)).toBe(false);
    }
  });
});

describe('buildLogFilter', () => {
  it('passes every event but the lines of files written and their times, in order', () => {
    const events = [other[0]!, other[1]!, pageLine('/a/index.html'), pageLine('/b/index.html'), pageTime(3), pageTime(40), ...other.slice(2)];
    expect(run(events, {})).toEqual(other);
  });

  it('passes everything with pages: each', () => {
    const events = [other[1]!, pageLine('/a/index.html'), pageTime(3), other[2]!];
    expect(run(events, { pages: 'each' })).toEqual(events);
  });

  it('counts the files written once PROGRESS_EVERY_MS has passed since the first file or the last count', () => {
    const files = Array.from({ length: 5 }, (_, i) => pageLine(`/p${i}/index.html`));
    // Times of the five files: the count is printed at the third (30 s after the first) and not
    // again at the fourth and fifth (less than 30 s after it).
    const out = run(files, {}, [1000, 2000, 1000 + PROGRESS_EVERY_MS, 1000 + 2 * PROGRESS_EVERY_MS - 1, 1000 + 2 * PROGRESS_EVERY_MS - 1]);
    expect(out).toEqual([{ label: 'build', level: 'info', message: 'Đã ghi 3 trang và tệp…', newLine: true }]);
  });

  it('writes large counts as Vietnamese does', () => {
    const files = Array.from({ length: 12_345 }, () => pageLine('/x/index.html'));
    const times = files.map((_, i) => (i === files.length - 1 ? PROGRESS_EVERY_MS : 0));
    expect(run(files, {}, times).map((e) => e.message)).toEqual(['Đã ghi 12.345 trang và tệp…']);
  });
});
