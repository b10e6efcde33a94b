/**
 * Processed document bodies (body.ts) kept on disk between builds, so a rebuild parses and renders
 * only the bodies that changed: at 10,000 documents parsing and rendering is most of loading the
 * content (about 44 s of 61 s on two cores).
 *
 * An entry is addressed by a hash of everything its reading depends on: the body, its file and
 * first line (problems name them), the year and date deadlines are read against, and the code
 * (`codeFingerprint`: every source file of src/lib/ and the installed packages). It holds what
 * was read (problems, task rows with their deadlines, links) and the rendered HTML with a hash of
 * what the rendering also depended on: each row's status badge and normalized deadline, and the
 * feedback links. Statuses are worked out again on every build (they change with the "as of" date
 * and the progress records, and cost nothing); when they or the feedback settings changed, the
 * body is parsed and rendered again and the entry rewritten.
 *
 * Entries of one version of the code live in a folder named after its fingerprint; opening the
 * cache removes the folders of other versions, so an upgrade does not leave a full set behind.
 *
 * Where: $PORTAL_CACHE_DIR/body/ when set, else node_modules/.cache/legal-portal/body/. Removing
 * the folder is always safe: the next build processes every body again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cacheDir, openUsableVersion, writeEntryFile } from '../cache-files.ts';
import type { RenderedBody } from '../markdown/render.ts';
import type { ReadBodyResult } from './body.ts';

/** Where the entries of this code's version are; plain data, so it crosses to worker threads. */
export interface BodyCacheSpec {
  dir: string;
}

export interface BodyCacheEntry extends ReadBodyResult {
  /** Hash of what the rendering depended on besides the body (renderKey). */
  renderKey: string;
  rendered: RenderedBody;
}

export function bodyCacheRoot(root: string, env: Record<string, string | undefined> = process.env): string {
  return cacheDir(root, 'body', env);
}

/**
 * The code's version: a hash of every file under src/lib/ (the pipeline's own code and all it
 * imports: body.ts reaches markdown/, tasks/, reading-day/, qa/…) and of the record of installed
 * packages (micromark, remark-gfm… decide the HTML too).
 */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256').update('body-cache 1\0');
  const lib = join(root, 'src/lib');
  for (const file of filesUnder(lib)) hash.update(relative(lib, file)).update('\0').update(readFileSync(file)).update('\0');
  const installed = [join(root, 'node_modules/.package-lock.json'), join(root, 'package-lock.json')].find((f) => existsSync(f));
  if (installed) hash.update(readFileSync(installed));
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/**
 * The cache of this version of the code under `cacheRoot`; the folders of other versions are
 * removed. Run by the build and the check commands before they process the bodies. Null, and
 * `warn` told why, when the folder cannot be written: the bodies are then processed without it.
 */
export function openBodyCache(cacheRoot: string, fingerprint: string, warn: (message: string) => void = console.warn): BodyCacheSpec | null {
  const dir = openUsableVersion(cacheRoot, fingerprint.slice(0, 16), warn);
  return dir === null ? null : { dir };
}

/** Key of a body's entry: everything its reading depends on (the code is the folder). */
export function entryKey(input: { body: string; file: string; bodyLine: number; render: boolean; year: number | null; issued: string | null }): string {
  return createHash('sha256')
    .update(JSON.stringify([input.file, input.bodyLine, input.render, input.year, input.issued]))
    .update('\0')
    .update(input.body)
    .digest('hex');
}

/** Hash of what a body's rendering depends on besides the body. */
export function renderKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** File of an entry: <dir>/<2 hex>/<key>.json, so no folder holds tens of thousands of files. */
function entryFile(cache: BodyCacheSpec, key: string): string {
  return join(cache.dir, key.slice(0, 2), `${key}.json`);
}

/** The entry, or null when there is none or it cannot be read (then the body is processed again). */
export function readEntry(cache: BodyCacheSpec, key: string): BodyCacheEntry | null {
  let text: string;
  try {
    text = readFileSync(entryFile(cache, key), 'utf8');
  } catch {
    return null;
  }
  try {
    const entry = JSON.parse(text) as BodyCacheEntry;
    return typeof entry.renderKey === 'string' && Array.isArray(entry.rows) && typeof entry.rendered?.mainHtml === 'string' ? entry : null;
  } catch {
    return null;
  }
}

/** Written under a temporary name, then renamed (writeEntryFile). */
export function writeEntry(cache: BodyCacheSpec, key: string, entry: BodyCacheEntry): void {
  writeEntryFile(entryFile(cache, key), JSON.stringify(entry));
}
