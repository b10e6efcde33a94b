/**
 * The links written in the content that the corpus cannot decide (links.ts: the register's pages,
 * later pages of lists, the portal's own pages, parts of pages other than documents') are checked
 * by the build against the site it has just built, before it replaces dist/: a broken one is an
 * error naming the file and line where it was written, as the content check names the others.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './problems.ts';
import { splitLink, type SiteLink } from './links.ts';
import { anchorsOf, scanTags } from '../quality/html-scan.ts';
import { resolveRef, type SiteLocation } from '../quality/site-url.ts';

const EXAMPLES = 6;

/** Problems of the links whose page or part `dir` (a built site, files at its root whatever the base path) does not have. */
export function checkBuiltLinks(dir: string, links: readonly SiteLink[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const anchors = new Map<string, Set<string>>();
  for (const link of links) {
    const message = brokenBuiltLink(dir, link.url, anchors);
    if (message) problems.push({ file: link.file, line: link.line, field: 'liên kết', message, severity: 'error' });
  }
  return problems;
}

function brokenBuiltLink(dir: string, url: string, anchors: Map<string, Set<string>>): string | null {
  const { path, anchor } = splitLink(url);
  const file = builtFile(dir, url);
  if (!file) return `không có trang hay tệp nào ở "${path}" trong trang vừa xây dựng; ${nearby(dir, path)}`;
  if (!anchor || !file.endsWith('.html')) return null;
  let ids = anchors.get(file);
  if (!ids) anchors.set(file, (ids = anchorsOf(scanTags(readFileSync(join(dir, file), 'utf8')))));
  return ids.has(anchor) ? null : `trang "${path}" không có mục nào có id "${anchor}" (liên kết "#${anchor}")`;
}

/** Written links are paths from the site's root; `dir` holds the site at its root whatever the base path. */
const AT: SiteLocation = { origin: 'http://cong.invalid', base: '/' };

/** The file `url` is served from, relative to `dir`, as check:site's links gate finds it (resolveRef); null if none. */
function builtFile(dir: string, url: string): string | null {
  let target;
  try {
    target = resolveRef(url, new URL(AT.base, AT.origin), { has: (file) => isFile(join(dir, ...file.split('/'))) }, AT);
  } catch {
    return null;
  }
  return target.kind === 'internal' ? target.file : null;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** "ở "/nhiem-vu/co-quan/" có: …": what the nearest folder of the path that exists holds. */
function nearby(dir: string, path: string): string {
  const parts = path.split('/').filter(Boolean);
  // The folder the page ("…/x/") or file ("…/x.csv") would be in, or the nearest above it that exists.
  parts.pop();
  while (parts.length && !isDirectory(join(dir, ...parts))) parts.pop();
  const folder = parts.length ? `/${parts.join('/')}/` : '/';
  const listed = readdirSync(join(dir, ...parts), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  // Pages first, then files.
  const entries = [
    ...listed.filter((e) => e.isDirectory() && isFile(join(dir, ...parts, e.name, 'index.html'))).map((e) => `${folder}${e.name}/`),
    ...listed.filter((e) => e.isFile() && e.name !== 'index.html').map((e) => `${folder}${e.name}`),
  ];
  if (!entries.length) return `ở "${folder}" không có trang nào`;
  return `ở "${folder}" có: ${entries.slice(0, EXAMPLES).join(', ')}${entries.length > EXAMPLES ? ', …' : ''}`;
}
