/**
 * Reproducible builds: the bundled content built twice with the same "as of" date gives
 * byte-identical folders, search index and share images included. Both builds are made for a
 * sub-path deployment (https://tinh.gov.vn/phapluat/), and the quality gates pass on it too: every
 * internal link resolves under the base path.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigData } from 'html-validate';
import { buildSite, freshCacheDir } from '../support/site.ts';
import { OUTPUT, ROOT } from '../support/paths.ts';
import { runGates } from '../../src/lib/quality/gates.ts';
import { compareBuilds, hashSite } from '../../src/lib/quality/reproducible.ts';
import { formatSiteProblem } from '../../src/lib/quality/problem.ts';
import { readSiteFiles } from '../../src/lib/quality/site-files.ts';

const env = { SITE_URL: 'https://tinh.gov.vn', BASE_PATH: '/phapluat/' };
const first = join(OUTPUT, 'reproducible-1');
const second = join(OUTPUT, 'reproducible-2');

// One PNG cache for both, empty before the first: the first build renders every image, the second
// takes them all from the cache, so this also shows that a cached image is the image rendered anew.
const cacheDir = freshCacheDir(join(OUTPUT, 'reproducible'));
const logs: string[] = [];

beforeAll(async () => {
  // One after the other: two builds at once would compete for the machine's two cores.
  for (const outDir of [first, second]) {
    const built = await buildSite({ outDir, env: { ...env, PORTAL_CACHE_DIR: cacheDir } });
    logs.push(built.stdout);
    if (built.code !== 0) throw new Error(`${built.stdout}\n${built.stderr}`);
  }
});

describe('two builds of the same content', () => {
  it('are byte-identical, file for file', () => {
    const a = hashSite(readSiteFiles(first));
    const b = hashSite(readSiteFiles(second));
    expect(compareBuilds(a, b).map((p) => formatSiteProblem(p))).toEqual([]);
    expect(a.size).toBeGreaterThan(100);
    expect([...a.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
  });

  it('the first renders every PNG, the second takes every one from the cache', () => {
    const counts = logs.map((log) => /Ảnh PNG: (\d+) tệp \((\d+) lấy từ bộ nhớ đệm, (\d+) vẽ mới\)/.exec(log)?.slice(1).map(Number));
    const [files, , rendered] = counts[0]!;
    expect(files).toBeGreaterThan(5);
    expect(rendered).toBeGreaterThan(5);
    expect(counts[1]).toEqual([files, rendered, 0]);
  });

  it('pass the quality gates under the sub-path', async () => {
    const htmlConfig = ((await import(pathToFileURL(join(ROOT, '.htmlvalidate.mjs')).href)) as { default: ConfigData }).default;
    const report = await runGates(first, { at: { origin: env.SITE_URL, base: env.BASE_PATH }, htmlConfig });
    expect(report.problems.map((p) => formatSiteProblem(p))).toEqual([]);
    expect(report.links.internal).toBeGreaterThan(1000);
  });
});
