/**
 * One representative page per page type of a built site, found from its files (so pages added
 * later are covered without editing a list): pages are grouped by their path with the segments
 * that vary replaced by "*" — the last segment of a nested page, every segment that holds a
 * digit (years, months, numbers, page numbers), and everything after the first segment of a page
 * four levels deep (documents: /van-ban/<issuer>/<year>/<number>/).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface PageType {
  /** The pattern, e.g. "van-ban/theo-nam/*" ("" for the home page). */
  pattern: string;
  /** Site-relative URL path of the first page of that type, e.g. "van-ban/theo-nam/2026/". */
  path: string;
  /** How many built pages share the pattern. */
  count: number;
}

export function pagePattern(dir: string): string {
  const s = dir.split('/').filter(Boolean);
  if (s.length >= 4) return [s[0], ...s.slice(1).map(() => '*')].join('/');
  return s.map((seg, i) => (i > 0 && (i === s.length - 1 || /\d/.test(seg)) ? '*' : seg)).join('/');
}

export function pageTypes(siteDir: string): PageType[] {
  const dirs = readdirSync(siteDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(siteDir, e.parentPath).split(sep).join('/'))
    .sort();
  const types = new Map<string, PageType>();
  for (const d of dirs) {
    const pattern = pagePattern(d);
    const known = types.get(pattern);
    if (known) known.count++;
    else types.set(pattern, { pattern, path: d ? `${d}/` : '', count: 1 });
  }
  return [...types.values()];
}

/** A built page's files folder → its index.html, for reading it without a browser. */
export function pageFile(siteDir: string, path: string): string {
  return join(siteDir, ...path.split('/').filter(Boolean), 'index.html');
}
