/**
 * The files of a built site, read once and shared by every check. Paths are relative to the
 * site's folder and "/"-separated, e.g. `van-ban/index.html`.
 */
import { closeSync, openSync, readSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scanTags, type HtmlTag } from './html-scan.ts';

export interface SiteFiles {
  /** The folder the site was read from. */
  dir: string;
  /** Every file, sorted. */
  files: string[];
  has(path: string): boolean;
  bytes(path: string): Buffer;
  /** The first `n` bytes (fewer if the file is shorter), without reading the whole file. */
  head(path: string, n: number): Buffer;
  text(path: string): string;
}

export function readSiteFiles(dir: string): SiteFiles {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  const known = new Set(files);
  const cache = new Map<string, Buffer>();
  const bytes = (path: string): Buffer => {
    let b = cache.get(path);
    if (!b) cache.set(path, (b = readFileSync(join(dir, ...path.split('/')))));
    return b;
  };
  const head = (path: string, n: number): Buffer => {
    const read = cache.get(path);
    if (read) return read.subarray(0, n);
    const fd = openSync(join(dir, ...path.split('/')), 'r');
    try {
      const buf = Buffer.alloc(n);
      return buf.subarray(0, readSync(fd, buf, 0, n, 0));
    } finally {
      closeSync(fd);
    }
  };
  return { dir, files, has: (p) => known.has(p), bytes, head, text: (p) => bytes(p).toString('utf8') };
}

/** HTML pages of the site. */
export function htmlPages(site: SiteFiles): string[] {
  return site.files.filter((f) => f.endsWith('.html'));
}

const scanned = new WeakMap<SiteFiles, Map<string, HtmlTag[]>>();

/** The tags of a page, scanned once per site however many checks read them. */
export function pageTags(site: SiteFiles, file: string): HtmlTag[] {
  let pages = scanned.get(site);
  if (!pages) scanned.set(site, (pages = new Map()));
  let tags = pages.get(file);
  if (!tags) pages.set(file, (tags = scanTags(site.text(file))));
  return tags;
}
