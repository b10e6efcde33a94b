/** Plain-text tables for benchmark output: numbers right-aligned, text left-aligned. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.every((r) => typeof r[i] === 'number' || /^[-\d.,]+( \S+)?$/.test(String(r[i]))));
  const line = (r: string[]): string => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
export const seconds = (ms: number): string => (ms / 1000).toFixed(1);

/** "✓" or "✗" followed by the target, for printing beside a figure. */
export function verdict(ok: boolean | null, target: string): string {
  return ok === null ? `(target: ${target})` : `${ok ? '✓ meets' : '✗ misses'} ${target}`;
}
