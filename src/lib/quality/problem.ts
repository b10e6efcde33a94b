/**
 * A problem a site check found in the built site, printed as one line:
 * `dist/<file>[:line[:column]]: <gate>: <what is wrong>`.
 */
export type Gate = 'html' | 'links' | 'weight' | 'security' | 'server' | 'reproducible';

export interface SiteProblem {
  /** Path inside the built site, "/"-separated, e.g. `van-ban/index.html`. */
  file: string;
  /** 1-based line in that file, when the problem has one place. */
  line?: number;
  column?: number;
  gate: Gate;
  /** Plain words: what is wrong and, where useful, what was expected. */
  message: string;
}

/** `distLabel` is how the built folder is named in the output (usually "dist"). */
export function formatSiteProblem(p: SiteProblem, distLabel = 'dist'): string {
  const where = [`${distLabel}/${p.file}`, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
  return `${where}: ${p.gate}: ${p.message}`;
}
