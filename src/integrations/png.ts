/**
 * The site's PNGs (infographics, sharing cards) are not Astro pages in a build: rendering them in
 * Astro's page loop took most of the build (one at a time, on one core). Instead:
 *
 * - `astro:build:start`: every PNG of the corpus (src/lib/png/jobs.ts) is handed to a pool of
 *   worker threads, one per core, that render the ones not already in the persistent cache
 *   (src/lib/png/cache.ts) while Vite bundles and Astro renders pages;
 * - `astro:build:done`: each PNG is copied from the cache into the output as soon as it is ready;
 * - the second integration, listed last, waits for the last one. Under `npm run build` the
 *   Pagefind indexes are written after that, in another process (scripts/build.ts); in a plain
 *   `astro build` the images are finished while Pagefind writes them.
 *
 * In `astro dev` the same URLs are routes (src/png-routes/), rendering on request.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { getBuildCorpus } from '../data/portal.ts';
import { sharePngPool } from '../data/png.ts';
import { PngPool, type Ensured } from '../lib/png/pool.ts';
import { pngCacheDir, pngCacheOrTemporary } from '../lib/png/cache.ts';
import { rendererFingerprint } from '../lib/png/render.ts';
import { sitePngs } from '../lib/png/jobs.ts';

const DEV_ROUTES = [
  { pattern: '/infographic/[slug].png', entrypoint: './src/png-routes/infographic.ts' },
  { pattern: '/og/van-ban/[id].png', entrypoint: './src/png-routes/document-card.ts' },
  { pattern: '/og/cong-thong-tin.png', entrypoint: './src/png-routes/portal-card.ts' },
];

export default function pngIntegrations(): { render: AstroIntegration; finish: AstroIntegration } {
  let root: URL | null = null;
  let pool: PngPool | null = null;
  let started = 0;
  let outputs: { path: string; ready: Promise<Ensured> }[] = [];
  let written: Promise<number> | null = null;
  /** When the last PNG was in the cache (rendered or found), for the summary line. */
  let renderedAt: number | null = null;
  /** The folder the PNGs went to when the cache could not be written: removed when they are copied. */
  let temporaryDir: string | null = null;

  const render: AstroIntegration = {
    name: 'legal-portal:png',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') for (const route of DEV_ROUTES) injectRoute({ ...route, prerender: true });
      },
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:start': ({ logger }) => {
        started = performance.now();
        const fingerprint = rendererFingerprint();
        const cache = pngCacheOrTemporary(pngCacheDir(fileURLToPath(root!)), fingerprint, (message) => logger.warn(message));
        temporaryDir = cache.temporary ? cache.dir : null;
        pool = new PngPool({
          cacheDir: cache.dir,
          fingerprint,
          workerFile: new URL('src/lib/png/worker.ts', root!),
        });
        sharePngPool(pool);
        outputs = [];
        renderedAt = null;
        for (const png of sitePngs(getBuildCorpus())) {
          const ready = pool.ensure(png.job);
          // Failures are reported by the finish hook; until then a rejection is expected, not unhandled.
          ready.catch(() => {});
          outputs.push({ path: png.path, ready });
        }
        const all = Promise.all(outputs.map((o) => o.ready));
        all.then(() => (renderedAt = performance.now())).catch(() => {});
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const p = pool!;
        written = Promise.all(
          outputs.map(async ({ path, ready }) => p.copy((await ready).key, join(out, ...path.split('/')))),
        ).then(() => outputs.length);
        written.catch(() => {});
      },
    },
  };

  const finish: AstroIntegration = {
    name: 'legal-portal:png-finish',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!pool || !written) return;
        const waitStart = performance.now();
        try {
          const count = await written;
          const s = (ms: number) => (ms / 1000).toFixed(1);
          const { hits, rendered } = pool.stats;
          logger.info(
            `Ảnh PNG: ${count} tệp (${hits} lấy từ bộ nhớ đệm, ${rendered} vẽ mới) xong sau ${s((renderedAt ?? performance.now()) - started)} s từ lúc bắt đầu, ` +
              `chờ thêm ${s(performance.now() - waitStart)} s sau các trang; ${temporaryDir ? 'thư mục tạm' : 'bộ nhớ đệm'}: ${pool.cache.dir}`,
          );
        } finally {
          sharePngPool(undefined);
          await pool.close();
          pool = null;
          if (temporaryDir) rmSync(temporaryDir, { recursive: true, force: true });
          temporaryDir = null;
        }
      },
    },
  };
  return { render, finish };
}
