/**
 * Bytes a page load made the server send, from serveStatic's per-path counter, split into
 * Pagefind files, the page's JavaScript and the rest; with what a host that gzips text would send.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Transfer {
  /** Everything under /pagefind/ (index chunks, fragments, WebAssembly, pagefind.js). */
  pagefind: number;
  /** JavaScript outside /pagefind/ (the page's own scripts). */
  js: number;
  /** HTML, CSS and anything else. */
  other: number;
  /** pagefind + js: the figure the ≤ 300 KB target is about. */
  searchBytes: number;
  /** searchBytes as a gzip-compressing host would send it (Pagefind's binary files are already compressed). */
  searchBytesGzip: number;
  /** Pagefind bytes by kind of file, with the number of requests. */
  parts: Record<PagefindPart, { bytes: number; requests: number }>;
}

export type PagefindPart = 'runtime' | 'meta' | 'index' | 'filter' | 'fragment';

/** Runtime: pagefind*.js, the WebAssembly and pagefind-entry.json; then the index files by kind. */
function partOf(path: string): PagefindPart {
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_filter')) return 'filter';
  if (path.endsWith('.pf_fragment')) return 'fragment';
  return 'runtime';
}

// Pagefind writes its index, fragments and WebAssembly gzip-compressed already.
const PRECOMPRESSED = /\.(pf_index|pf_fragment|pf_meta|pf_filter|pagefind)$/;

export function summarizeTransfer(sent: Map<string, number>, dist: string): Transfer {
  const empty = () => ({ bytes: 0, requests: 0 });
  const parts = { runtime: empty(), meta: empty(), index: empty(), filter: empty(), fragment: empty() };
  const out: Transfer = { pagefind: 0, js: 0, other: 0, searchBytes: 0, searchBytesGzip: 0, parts };
  for (const [path, bytes] of sent) {
    const isPagefind = path.startsWith('/pagefind/');
    const isJs = /\.m?js$/.test(path);
    if (isPagefind) {
      out.pagefind += bytes;
      const part = parts[partOf(path)];
      part.bytes += bytes;
      // serveStatic counts bytes per path; Pagefind files are content-hashed, so one path is one request.
      part.requests += 1;
    }
    else if (isJs) out.js += bytes;
    else out.other += bytes;
    if (!isPagefind && !isJs) continue;
    out.searchBytes += bytes;
    out.searchBytesGzip += PRECOMPRESSED.test(path) ? bytes : gzipped(join(dist, path), bytes);
  }
  return out;
}

const cache = new Map<string, number>();
function gzipped(file: string, sent: number): number {
  if (!existsSync(file) || !statSync(file).isFile()) return sent;
  if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file)).length);
  // A file requested twice was sent twice.
  return Math.round((cache.get(file)! * sent) / statSync(file).size);
}
