/**
 * The PNG cache and the worker pool (src/lib/png/cache.ts, pool.ts): a miss is rendered by a
 * worker thread and stored, the same image asked again is not rendered again, another renderer
 * version (or font, or resvg) misses, and the stored bytes are the renderer's.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PngCache, openPngCache, pngCacheDir, pngCacheOrTemporary } from '../../src/lib/png/cache.ts';
import { PngPool } from '../../src/lib/png/pool.ts';
import type { WorkReply, WorkRequest } from '../../src/lib/png/worker.ts';
import { Worker } from 'node:worker_threads';
import { RENDERER_VERSION, rendererFingerprint, renderPng, type PngJob } from '../../src/lib/png/render.ts';
import { PNG_DEFLATE_LEVEL } from '../../src/lib/png/encode.ts';

const WORKER = new URL('../../src/lib/png/worker.ts', import.meta.url);
const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="30" font-size="24" fill="#8a1c1c">${text}</text></svg>`;
const job: PngJob = { svg: svg('Điện Biên') };
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lp-png-cache-'));
  dirs.push(dir);
  return dir;
};
const pools: PngPool[] = [];
const pool = (dir: string, fingerprint = rendererFingerprint()) => {
  const p = new PngPool({ cacheDir: dir, fingerprint, workerFile: WORKER, threads: 2 });
  pools.push(p);
  return p;
};

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('PngCache', () => {
  it('keys an image by its SVG, its width and the renderer fingerprint', () => {
    const cache = new PngCache('/x', 'renderer 1');
    expect(cache.key(job)).toBe(cache.key({ svg: svg('Điện Biên') }));
    expect(cache.key(job)).not.toBe(cache.key({ svg: svg('Điện Biên ') }));
    expect(cache.key(job)).not.toBe(cache.key({ ...job, width: 1080 }));
    expect(cache.key(job)).not.toBe(new PngCache('/x', 'renderer 2').key(job));
    expect(cache.file(cache.key(job))).toBe(join('/x', cache.key(job).slice(0, 2), `${cache.key(job)}.png`));
  });

  it('the fingerprint names the renderer version, resvg, the zlib and its level, and hashes both font files', () => {
    const lines = rendererFingerprint().split('\n');
    expect(lines[0]).toBe(`renderer ${RENDERER_VERSION}`);
    expect(lines[1]).toMatch(/^resvg \d+\.\d+\.\d+$/);
    expect(lines[2]).toBe(`zlib ${process.versions.zlib} level ${PNG_DEFLATE_LEVEL}`);
    expect(lines.slice(3)).toHaveLength(2);
    for (const hash of lines.slice(3)) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lives in node_modules/.cache/legal-portal/png/ unless PORTAL_CACHE_DIR says otherwise', () => {
    expect(pngCacheDir('/p', {})).toBe('/p/node_modules/.cache/legal-portal/png');
    expect(pngCacheDir('/p', { PORTAL_CACHE_DIR: '/tmp/c' })).toBe('/tmp/c/png');
    expect(pngCacheDir('/p', { PORTAL_CACHE_DIR: 'cache' })).toBe('/p/cache/png');
  });
});

describe('openPngCache', () => {
  it('gives each renderer a folder of its own and removes the others’, older layout included', () => {
    const root = tempDir();
    const old = openPngCache(root, `renderer ${RENDERER_VERSION - 1}`)!;
    new PngCache(old, `renderer ${RENDERER_VERSION - 1}`).write('ab12', renderPng(job));
    // Entries written before there were renderer folders: png/<2 hex>/<key>.png.
    mkdirSync(join(root, 'ab'));
    writeFileSync(join(root, 'ab', 'ab34.png'), 'x');
    const current = openPngCache(root, rendererFingerprint())!;
    expect(current).not.toBe(old);
    expect(current.startsWith(root)).toBe(true);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(join(root, 'ab'))).toBe(false);
    const cache = new PngCache(current, rendererFingerprint());
    cache.write(cache.key(job), renderPng(job));
    // Opened again by the same renderer: its entries stay.
    expect(openPngCache(root, rendererFingerprint())).toBe(current);
    expect(cache.read(cache.key(job))?.equals(renderPng(job))).toBe(true);
  });

  it('cannot be written (PORTAL_CACHE_DIR names a file): says so, and the images go to a temporary folder', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const warnings: string[] = [];
    expect(openPngCache(file, rendererFingerprint(), (m) => warnings.push(m))).toBeNull();
    expect(warnings).toEqual([`không dùng được bộ nhớ đệm ${file} (ENOTDIR)`]);

    const fallback = pngCacheOrTemporary(file, rendererFingerprint(), (m) => warnings.push(m));
    dirs.push(fallback.dir);
    expect(fallback.temporary).toBe(true);
    expect(fallback.dir.startsWith(tmpdir())).toBe(true);
    expect(warnings[1]).toBe(`Cảnh báo: không dùng được bộ nhớ đệm ${file} (ENOTDIR); ảnh PNG được vẽ vào thư mục tạm ${fallback.dir} và đều được vẽ lại ở lần dựng sau.`);
    const cache = new PngCache(fallback.dir, rendererFingerprint());
    cache.write(cache.key(job), renderPng(job));
    expect(cache.size(cache.key(job))).toBeGreaterThan(0);

    const usable = pngCacheOrTemporary(tempDir(), rendererFingerprint(), (m) => warnings.push(m));
    expect(usable.temporary).toBe(false);
    expect(warnings).toHaveLength(2);
  });
});

// A worker thread loads the renderer, the fonts and resvg first: seconds on a busy machine.
describe('PngPool', { timeout: 30_000 }, () => {
  it('renders a miss in a worker thread and stores the renderer’s bytes', async () => {
    const dir = tempDir();
    const p = pool(dir);
    const [a, b] = await Promise.all([p.ensure(job), p.ensure(job)]);
    expect(a).toEqual(b);
    expect(p.stats).toEqual({ images: 1, hits: 0, rendered: 1 });
    const stored = readFileSync(p.cache.file(a.key));
    expect(stored.length).toBe(a.size);
    expect(stored.equals(renderPng(job))).toBe(true);
  });

  it.skipIf(process.platform !== 'linux')('renders at the lowest CPU priority, in its own threads only', async () => {
    // Field 19 of /proc/…/stat is the nice value (counted after the command name's closing parenthesis).
    const nice = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    /** Threads of this process at the lowest priority, by id. */
    const lowest = () => new Set(readdirSync('/proc/self/task').filter((tid) => {
      try {
        return nice(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')) === 19;
      } catch {
        return false; // ended while listed
      }
    }));
    // Threads of earlier tests' pools end by themselves once idle (pool.ts), which may not be done.
    const before = lowest();
    // A rendering thread as the pool starts it, alive after its first image.
    const worker = new Worker(WORKER, { workerData: { dir: tempDir(), fingerprint: rendererFingerprint() } });
    try {
      const reply = await new Promise<WorkReply>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage({ id: 1, key: 'k', job } satisfies WorkRequest);
      });
      expect(reply.error).toBeUndefined();
      expect([...lowest()].filter((tid) => !before.has(tid))).toHaveLength(1);
    } finally {
      await worker.terminate();
    }
    // The thread that started it keeps its priority.
    expect(nice(readFileSync('/proc/thread-self/stat', 'utf8'))).toBe(0);
  });

  it('a second build finds it in the cache and renders nothing', async () => {
    const dir = tempDir();
    await pool(dir).ensure(job);
    const again = pool(dir);
    const other = { svg: svg('Thái Nguyên') };
    await Promise.all([again.ensure(job), again.ensure(other)]);
    expect(again.stats).toEqual({ images: 2, hits: 1, rendered: 1 });
  });

  it('another renderer version misses: an image drawn by older code is never reused', async () => {
    const dir = tempDir();
    await pool(dir, `renderer ${RENDERER_VERSION}`).ensure(job);
    const bumped = pool(dir, `renderer ${RENDERER_VERSION + 1}`);
    await bumped.ensure(job);
    expect(bumped.stats).toEqual({ images: 1, hits: 0, rendered: 1 });
  });

  it('copies an image into the output', async () => {
    const dir = tempDir();
    const p = pool(dir);
    const { key } = await p.ensure(job);
    const out = join(dir, 'dist/og/van-ban/a.png');
    await p.copy(key, out);
    expect(readFileSync(out).equals(renderPng(job))).toBe(true);
  });

  it('fails the job, with the renderer’s message, when an image cannot be drawn', async () => {
    const p = pool(tempDir());
    await expect(p.ensure({ svg: svg('漢') })).rejects.toThrow(/không có ký tự "漢"/);
  });
});
