/** Reading what machines read in a built site: head tags, JSON-LD, PNG sizes, URLs back to files. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** content of `<meta property|name="key">` in a page, or undefined. */
export function meta(html: string, key: string): string | undefined {
  for (const m of html.matchAll(/<meta\s[^>]*>/g)) {
    const tag = m[0];
    if (new RegExp(`\\s(?:property|name)="${key.replace(/[.:]/g, '\\$&')}"`).test(tag)) return decode(/\scontent="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  return undefined;
}

/** href of `<link rel="canonical">`. */
export function canonical(html: string): string | undefined {
  const tag = /<link\s[^>]*rel="canonical"[^>]*>/.exec(html)?.[0];
  return tag ? decode(/\shref="([^"]*)"/.exec(tag)?.[1] ?? '') : undefined;
}

/** Every JSON-LD block of a page, parsed. */
export function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

/** Width and height of a PNG from its IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(png: Buffer): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => png[i] === b) || png.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The built file an absolute URL of the site points to ("…/" → index.html), or null if outside the site. */
export function fileOfUrl(siteDir: string, siteRoot: string, url: string): string | null {
  if (!url.startsWith(siteRoot)) return null;
  const path = decodeURI(url.slice(siteRoot.length).split('#')[0]!);
  return join(siteDir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
}

export function urlExists(siteDir: string, siteRoot: string, url: string): boolean {
  const file = fileOfUrl(siteDir, siteRoot, url);
  return file !== null && existsSync(file);
}

/** Every HTML file of a built site (paths relative to it). */
export function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\\/g, '/'));
}

/** Every string in a JSON value that looks like an absolute http(s) URL. */
export function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}
