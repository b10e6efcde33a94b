/**
 * Figures about a built site: total size and file count, and the weight of document pages as a
 * browser receives them from a host that compresses (HTML plus the stylesheets it links, gzip).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DirStats {
  bytes: number;
  files: number;
}

export function dirStats(dir: string): DirStats {
  const out = { bytes: 0, files: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    out.bytes += statSync(join(entry.parentPath, entry.name)).size;
    out.files += 1;
  }
  return out;
}

export interface PageWeight {
  /** Document pages found (pages carrying `data-document-id`). */
  pages: number;
  /** Median of gzip(HTML) + gzip(each linked stylesheet), in bytes. */
  medianBytes: number;
  /** HTML and CSS parts of that median page. */
  medianHtmlBytes: number;
  medianCssBytes: number;
  /** Largest page, same measure. */
  maxBytes: number;
}

const gz = (data: Buffer | string): number => gzipSync(data).length;

/** Stylesheets a page links (`<link rel="stylesheet" href>`), as paths inside dist/. */
function stylesheets(html: string, base: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (!/\brel=["']?stylesheet/.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/.exec(tag)?.[1];
    if (href && href.startsWith(base)) out.push(href.slice(base.length).split(/[?#]/)[0]!);
  }
  return out;
}

/** Weighs every document page under dist/van-ban/. `base` is the site's base path ("/"). */
export function documentPageWeights(dist: string, base = '/'): PageWeight {
  const cssCache = new Map<string, number>();
  const weights: { total: number; html: number; css: number }[] = [];
  for (const entry of readdirSync(join(dist, 'van-ban'), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    if (!html.includes('data-document-id')) continue;
    let css = 0;
    for (const path of stylesheets(html, base)) {
      if (!cssCache.has(path)) cssCache.set(path, gz(readFileSync(join(dist, path))));
      css += cssCache.get(path)!;
    }
    const htmlBytes = gz(html);
    weights.push({ total: htmlBytes + css, html: htmlBytes, css });
  }
  weights.sort((a, b) => a.total - b.total);
  const median = weights[Math.floor(weights.length / 2)] ?? { total: 0, html: 0, css: 0 };
  return { pages: weights.length, medianBytes: median.total, medianHtmlBytes: median.html, medianCssBytes: median.css, maxBytes: weights.at(-1)?.total ?? 0 };
}
