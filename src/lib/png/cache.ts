/**
 * Rendered PNGs kept on disk between builds, addressed by their content: the key is a hash of
 * the SVG, the PNG's width and everything else that decides the pixels (rendererFingerprint:
 * this renderer's version, resvg's version, the zlib, the font files). A rebuild after one edit
 * renders only the images whose drawing changed; an entry can never be stale, only unused, so
 * removing the folder is always safe (the next build renders everything again).
 *
 * The entries of one renderer live in a folder named after a hash of its fingerprint; opening the
 * cache (openPngCache) removes the folders of other renderers, whose entries no build would use.
 * Entries of the same renderer are kept, used or not (a PNG no longer drawn stays until the
 * renderer changes or the folder is removed): two content folders built with one node_modules
 * share the cache without evicting each other's images.
 *
 * Where: $PORTAL_CACHE_DIR/png/ when set, else node_modules/.cache/legal-portal/png/ (the usual
 * home of tools' caches, already ignored by git and removed with node_modules).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDir, openUsableVersion, writeEntryFile } from '../cache-files.ts';
import type { PngJob } from './render.ts';

export function pngCacheDir(root: string, env: Record<string, string | undefined> = process.env): string {
  return cacheDir(root, 'png', env);
}

/**
 * The folder of this renderer's entries (`fingerprint`: rendererFingerprint) under `cacheRoot`
 * (pngCacheDir); the folders of other renderers are removed. Null, and `warn` told why, when the
 * folder cannot be written (pngCacheOrTemporary then gives a temporary folder instead).
 */
export function openPngCache(cacheRoot: string, fingerprint: string, warn: (message: string) => void = console.warn): string | null {
  return openUsableVersion(cacheRoot, createHash('sha256').update(fingerprint).digest('hex').slice(0, 16), warn);
}

/**
 * The cache folder openPngCache gives, or, when the cache cannot be written, a new temporary
 * folder for this run alone (the images are written there and copied from it; `temporary` says
 * so, for the caller to remove it when done), `warn` being told where.
 */
export function pngCacheOrTemporary(cacheRoot: string, fingerprint: string, warn: (message: string) => void): { dir: string; temporary: boolean } {
  let problem = '';
  const dir = openPngCache(cacheRoot, fingerprint, (message) => (problem = message));
  if (dir !== null) return { dir, temporary: false };
  const temporary = mkdtempSync(join(tmpdir(), 'legal-portal-png-'));
  warn(`Cảnh báo: ${problem}; ảnh PNG được vẽ vào thư mục tạm ${temporary} và đều được vẽ lại ở lần dựng sau.`);
  return { dir: temporary, temporary: true };
}

export class PngCache {
  readonly dir: string;
  readonly #fingerprint: string;

  constructor(dir: string, fingerprint: string) {
    this.dir = dir;
    this.#fingerprint = fingerprint;
  }

  key(job: PngJob): string {
    return createHash('sha256').update(this.#fingerprint).update('\0').update(String(job.width ?? 'svg')).update('\0').update(job.svg).digest('hex');
  }

  /** File of an entry: <dir>/<2 hex>/<key>.png, so no folder holds tens of thousands of files. */
  file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.png`);
  }

  /** Size in bytes of the entry, or null when it is not cached. */
  size(key: string): number | null {
    const file = this.file(key);
    return existsSync(file) ? statSync(file).size : null;
  }

  read(key: string): Buffer | null {
    const file = this.file(key);
    return existsSync(file) ? readFileSync(file) : null;
  }

  /** Written under a temporary name, then renamed (writeEntryFile). */
  write(key: string, png: Uint8Array): string {
    const file = this.file(key);
    writeEntryFile(file, png);
    return file;
  }
}
