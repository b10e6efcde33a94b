/**
 * Where a built file is served and which file a URL lands on, for a site deployed at
 * `origin` + `base` (e.g. "https://tinh.gov.vn" + "/phapluat/") with directory-style pages.
 */
import type { SiteFiles } from './site-files.ts';

export interface SiteLocation {
  /** Scheme and host, no trailing slash: "https://phapluat.example.gov.vn". */
  origin: string;
  /** Base path with both slashes: "/" or "/phapluat/". */
  base: string;
}

/** The URL a file is served at: `van-ban/index.html` → `https://…/van-ban/`. */
export function urlOfFile(file: string, at: SiteLocation): URL {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(at.base + path.split('/').map(encodeURIComponent).join('/'), at.origin);
}

export type Target =
  /** Another origin, or a scheme that is not a web address (mailto:, tel:, data:…). */
  | { kind: 'external'; url: URL }
  /** On this site's origin but not under its base path. */
  | { kind: 'outside-base'; url: URL }
  /** On the site: `file` exists, or is null when nothing would be served. */
  | { kind: 'internal'; url: URL; file: string | null; tried: string };

/** What `ref` (as written in `from`) points to. Throws on a URL that cannot be parsed. */
export function resolveRef(ref: string, from: URL, site: Pick<SiteFiles, 'has'>, at: SiteLocation): Target {
  const url = new URL(ref, from);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== new URL(at.origin).origin) return { kind: 'external', url };
  const path = safeDecode(url.pathname);
  if (!path.startsWith(at.base)) return { kind: 'outside-base', url };
  const rel = path.slice(at.base.length);
  const tried = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  if (site.has(tried)) return { kind: 'internal', url, file: tried, tried };
  // A directory without its trailing slash: static servers redirect to the slash form.
  if (!rel.endsWith('/') && site.has(`${rel}/index.html`)) return { kind: 'internal', url, file: `${rel}/index.html`, tried };
  return { kind: 'internal', url, file: null, tried };
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
