/**
 * Rendered PNGs kept on disk between builds, addressed by their content: the key is a hash of
 * the SVG, the PNG's width and everything else that decides the pixels (rendererFingerprint:
 * this renderer's version, resvg's version, the font files). A rebuild after one edit renders only
 * the images whose drawing changed; an entry can never be stale, only unused, so removing the
 * folder is always safe (the next build renders everything again).
 *
 * Where: $PORTAL_CACHE_DIR/png/ when set, else node_modules/.cache/legal-portal/png/ (the usual
 * home of tools' caches, already ignored by git and removed with node_modules).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, writeEntryFile } from '../cache-files.ts';
import type { PngJob } from './render.ts';

export function pngCacheDir(root: string, env: Record<string, string | undefined> = process.env): string {
  return cacheDir(root, 'png', env);
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

  /** File of an entry: png/<2 hex>/<key>.png, so no folder holds tens of thousands of files. */
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
