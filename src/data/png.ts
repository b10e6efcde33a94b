/**
 * PNGs for pages and dev routes. During `astro build` the PNG integration (src/integrations/png.ts)
 * has a worker pool rendering every image of the site into the cache while Astro works, and writes
 * them into the output itself; a page that shows an image's size waits for that one image. In
 * `astro dev` (no pool) an image is rendered here, in the request, through the same cache.
 */
import { renderPng, rendererFingerprint, type PngJob } from '../lib/png/render.ts';
import { PngCache, pngCacheDir, pngCacheOrTemporary } from '../lib/png/cache.ts';
import type { PngPool } from '../lib/png/pool.ts';
import { PROJECT_ROOT } from './portal.ts';

// The integration and the pages live in different module graphs of one process.
const POOL = Symbol.for('legal-portal.png-pool');
const shared = globalThis as { [POOL]?: PngPool };

export function sharePngPool(pool: PngPool | undefined): void {
  shared[POOL] = pool;
}

let devCache: PngCache | null = null;

function cache(): PngCache {
  if (!devCache) {
    const fingerprint = rendererFingerprint();
    devCache = new PngCache(pngCacheOrTemporary(pngCacheDir(PROJECT_ROOT), fingerprint, console.warn).dir, fingerprint);
  }
  return devCache;
}

/** The PNG's bytes, from the cache or rendered now (dev server). */
export function pngBytes(job: PngJob): Buffer {
  const key = cache().key(job);
  const cached = cache().read(key);
  if (cached) return cached;
  const png = renderPng(job);
  cache().write(key, png);
  return png;
}

/** The PNG's size in bytes, for a download link. */
export async function pngByteLength(job: PngJob): Promise<number> {
  const pool = shared[POOL];
  if (pool) return (await pool.ensure(job, true)).size;
  return pngBytes(job).length;
}

export function pngResponse(job: PngJob): Response {
  return new Response(new Uint8Array(pngBytes(job)), { headers: { 'Content-Type': 'image/png' } });
}
