/**
 * `npm run bench`: builds synthetic corpora of 1,000 and 10,000 documents with the real build
 * (scripts/build.ts: pre-flight check, astro build, Pagefind) and prints time, memory and size.
 *   npm run bench                          # sizes 1000 and 10000
 *   npm run bench -- --sizes 200,1000      # other sizes
 *   npm run bench -- --seed 2              # another corpus
 *   npm run bench -- --skip-check          # do not time `npm run check` on its own
 *   npm run bench -- --report              # print the last saved figures again, no build
 *   npm run bench -- --rebuild             # then build again on the warm caches (a rebuild with nothing changed)
 * Corpora are cached in bench/.out/content-<N>-seed<S>; sites go to bench/.out/dist-<N>.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, isCachedCorpus } from './generate-corpus.ts';
import { runMeasured, type LogLine, type ProcessRss } from './lib/measure-process.ts';
import { dirStats, documentPageWeights } from './lib/dist-stats.ts';
import { formatTable, kb, mb, seconds, verdict } from './lib/table.ts';
import { acquireLock } from '../tests/support/lock.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const OUT = join(ROOT, 'bench/.out');
/** What the lock on OUT says when another benchmark holds it. */
export const BENCH_BUSY = (pid: number): string => `một phép đo khác đang chạy (pid ${pid}, ${join(OUT, '.lock')}); chờ nó xong rồi chạy lại`;
const AS_OF = '2026-11-23';
const TARGET_SECONDS = 90;
const TARGET_MEMORY_BYTES = 3 * 1024 ** 3;

/** What one build measured; also written to bench/.out/build-<N>.json for bench/search.ts. */
export interface BuildResult {
  documents: number;
  seed: number;
  wallMs: number;
  peakTreeRssBytes: number;
  /** Milliseconds since the start when the peak was seen (absent in results saved before it existed). */
  peakAtMs?: number;
  peakProcessRssBytes: number;
  /** The processes at the peak, largest first (absent in results saved before it existed). */
  peakParts?: ProcessRss[];
  pages: number | null;
  dist: { bytes: number; files: number };
  pagefind: { bytes: number; files: number; indexedPages: number | null };
  pageWeight: ReturnType<typeof documentPageWeights>;
  /** Milliseconds per phase, read off the build log (null when a log line was not found). */
  phases: Record<string, number | null>;
  /** Rendering time per kind of route (Astro's "(+12ms)" per page), slowest kinds first. */
  routes: RouteKind[];
  /** `npm run check` on the same corpus: one loadContent (read, parse, cross-link, render), which the build does once (its pre-flight). */
  checkMs: number | null;
  /** The build's PNGs (src/integrations/png.ts), on a PNG cache emptied before it (absent in older results). */
  png?: PngFigures | null;
  /** With --rebuild: the same build again on the now warm caches (PNGs, processed bodies). */
  rebuild?: { wallMs: number; peakTreeRssBytes: number; peakParts?: ProcessRss[]; png: PngFigures | null };
}

export interface PngFigures {
  files: number;
  fromCache: number;
  rendered: number;
  /** From astro:build:start until the last PNG was ready. */
  readyMs: number;
  /** How long the build waited for PNGs after the pages (and the staging of the search index) were done. */
  waitMs: number;
}

/** The PNG integration's summary line. */
export function pngFigures(lines: LogLine[]): PngFigures | null {
  for (const { text } of lines) {
    const m = /Ảnh PNG: (\d+) tệp \((\d+) lấy từ bộ nhớ đệm, (\d+) vẽ mới\) xong sau ([\d.]+) s từ lúc bắt đầu, chờ thêm ([\d.]+) s/.exec(text);
    if (m) return { files: Number(m[1]), fromCache: Number(m[2]), rendered: Number(m[3]), readyMs: Number(m[4]) * 1000, waitMs: Number(m[5]) * 1000 };
  }
  return null;
}

export interface RouteKind {
  /** "/van-ban/<issuer>/<year>/<number>/", "/infographic/*.png", "/van-ban/theo-loai/…" */
  kind: string;
  pages: number;
  ms: number;
}

/** Names a route by its shape, so 10,000 document pages make one line. */
function routeKind(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const ext = /\.(\w+)$/.exec(path)?.[1];
  if (parts[0] === 'van-ban' && parts.length >= 4 && /^\d{4}|khong-ghi-ngay$/.test(parts[2] ?? '')) return `/van-ban/<issuer>/<year>/<number>${ext === 'md' ? '.md' : '/'}`;
  if (ext && parts.length >= 2) return `/${parts[0]}/… (.${ext})`;
  return `/${parts.slice(0, 2).join('/')}${parts.length > 2 ? '/…' : ''}`;
}

/** Time Astro reports per page, summed by kind of route. */
export function routeTimes(lines: LogLine[]): RouteKind[] {
  const kinds = new Map<string, RouteKind>();
  for (const { text } of lines) {
    const m = /├─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(text);
    if (!m) continue;
    const kind = routeKind(m[1]!);
    const entry = kinds.get(kind) ?? { kind, pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    kinds.set(kind, entry);
  }
  return [...kinds.values()].sort((a, b) => b.ms - a.ms);
}

/** The phase in which Pagefind writes the search indexes, after Astro's process is done (bench/search.ts prints it). */
export const INDEX_PHASE = 'Pagefind index (after Astro)';

/** Phases of scripts/build.ts, bounded by the lines Astro and our integration print. */
function phases(lines: LogLine[], wallMs: number): Record<string, number | null> {
  const at = (re: RegExp, after = 0): number | null => lines.find((l) => l.ms >= after && re.test(l.text))?.ms ?? null;
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/);
  const routes = at(/generating static routes/);
  const firstPage = routes === null ? null : at(/├─ /, routes);
  const routesEnd = routes === null ? null : at(/✓ Completed in/, routes);
  // Astro's last line: after its integrations' build:done (the PNGs waited for, the sitemap).
  const astroDone = routesEnd === null ? null : at(/\[build\] Complete!/, routesEnd);
  const indexed = at(/Pagefind: đã lập chỉ mục/);
  const span = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);
  return {
    'pre-flight check (loadContent) + Astro start': syncStart,
    'content layer sync': span(syncStart, syncEnd),
    'types + Vite bundle': span(syncEnd, routes),
    'until first page written': span(routes, firstPage),
    'rendering pages': span(firstPage, routesEnd),
    'Astro finishing (waiting for PNGs, sitemap)': span(routesEnd, astroDone),
    [INDEX_PHASE]: span(astroDone, indexed),
    'finish + swap into dist': span(indexed, wallMs),
  };
}

async function benchSize(count: number, seed: number, timeCheck: boolean, rebuild: boolean): Promise<BuildResult> {
  const content = join(OUT, `content-${count}-seed${seed}`);
  const dist = join(OUT, `dist-${count}`);
  if (isCachedCorpus(content, count, seed)) console.log(`corpus ${count}: cached (${content})`);
  else {
    const started = performance.now();
    const summary = generateCorpus({ count, dir: content, seed });
    console.log(`corpus ${count}: generated ${summary.documents} documents, ${summary.tasks} tasks in ${seconds(performance.now() - started)} s`);
  }
  // A cache of its own (PNGs, processed bodies), emptied before the check and again before the
  // build: each is measured cold, processing every body and rendering every image.
  const cacheDir = join(OUT, `cache-${count}`);
  let checkMs: number | null = null;
  if (timeCheck) {
    rmSync(cacheDir, { recursive: true, force: true });
    const check = await runMeasured(process.execPath, ['scripts/check.ts', content], { cwd: ROOT, env: { ...process.env, PORTAL_AS_OF: AS_OF, PORTAL_CACHE_DIR: cacheDir }, logFile: join(OUT, `check-${count}.log`) });
    if (check.exitCode !== 0) throw new Error(`npm run check failed on ${content}; see bench/.out/check-${count}.log`);
    checkMs = check.wallMs;
    console.log(`check ${count}: ${seconds(checkMs)} s (${check.lines.at(-1)?.text ?? ''})`);
  }
  rmSync(dist, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const build = (log: string) => {
    console.log(`build ${count}: running (load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}) …`);
    return runMeasured(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      // Each page's line, with its time: the table of rendering time by kind of route is read from them.
      env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_DIST: dist, PORTAL_AS_OF: AS_OF, PORTAL_CACHE_DIR: cacheDir, PORTAL_LOG_PAGES: '1' },
      logFile: join(OUT, log),
    });
  };
  const run = await build(`build-${count}.log`);
  if (run.exitCode !== 0) {
    console.error(run.lines.slice(-30).map((l) => l.text).join('\n'));
    throw new Error(`build of ${count} documents failed (exit ${run.exitCode}); log: bench/.out/build-${count}.log`);
  }
  const pageCount = run.lines.map((l) => /(\d+) page\(s\) built/.exec(l.text)?.[1]).find(Boolean);
  const indexed = run.lines.map((l) => /Pagefind: đã lập chỉ mục\D*(\d+) trang/.exec(l.text)?.[1]).find(Boolean);
  const result: BuildResult = {
    documents: count,
    seed,
    wallMs: run.wallMs,
    peakTreeRssBytes: run.peakTreeRssBytes,
    peakAtMs: run.peakAtMs,
    peakProcessRssBytes: run.peakProcessRssBytes,
    peakParts: run.peakParts,
    pages: pageCount ? Number(pageCount) : null,
    dist: dirStats(dist),
    pagefind: { ...dirStats(join(dist, 'pagefind')), indexedPages: indexed ? Number(indexed) : null },
    pageWeight: documentPageWeights(dist),
    phases: phases(run.lines, run.wallMs),
    routes: routeTimes(run.lines),
    checkMs,
    png: pngFigures(run.lines),
  };
  if (rebuild) {
    const again = await build(`rebuild-${count}.log`);
    if (again.exitCode !== 0) throw new Error(`rebuild of ${count} documents failed (exit ${again.exitCode}); log: bench/.out/rebuild-${count}.log`);
    result.rebuild = { wallMs: again.wallMs, peakTreeRssBytes: again.peakTreeRssBytes, peakParts: again.peakParts, png: pngFigures(again.lines) };
  }
  writeFileSync(join(OUT, `build-${count}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`build ${count}: done in ${seconds(run.wallMs)} s`);
  return result;
}

function parts(list: ProcessRss[] | undefined): string {
  return list ? list.map((p) => `${p.name} ${mb(p.bytes)}`).join(' + ') : '?';
}

function report(results: BuildResult[]): void {
  console.log(`\nBuild benchmark — node ${process.version}, ${cpus().length} CPUs, ${mb(totalmem())} MB RAM, PORTAL_AS_OF=${AS_OF}\n`);
  console.log(formatTable(
    ['documents', 'pages', 'build (s)', 's / 1,000 docs', 'peak RSS (MB)', 'dist (MB)', 'dist files', 'doc page gz (KB)', 'Pagefind (MB)', 'Pagefind files'],
    results.map((r) => [r.documents, r.pages ?? '?', seconds(r.wallMs), ((r.wallMs / r.documents)).toFixed(2), mb(r.peakTreeRssBytes), mb(r.dist.bytes), r.dist.files, kb(r.pageWeight.medianBytes), mb(r.pagefind.bytes), r.pagefind.files]),
  ));
  console.log('\nTargets (10,000 documents):');
  for (const r of results) {
    const applies = r.documents === 10_000;
    console.log(`  ${r.documents} docs: build ${seconds(r.wallMs)} s ${verdict(applies ? r.wallMs <= TARGET_SECONDS * 1000 : null, `≤ ${TARGET_SECONDS} s built and indexed`)}; ` +
      `peak RSS ${mb(r.peakTreeRssBytes)} MB ${verdict(applies ? r.peakTreeRssBytes <= TARGET_MEMORY_BYTES : null, '≤ 3 GB')}`);
  }
  console.log('\nDocument page weight (median page, gzip): HTML + linked CSS');
  console.log(formatTable(
    ['documents', 'pages weighed', 'median (KB)', 'of which HTML', 'of which CSS', 'largest (KB)'],
    results.map((r) => [r.documents, r.pageWeight.pages, kb(r.pageWeight.medianBytes), kb(r.pageWeight.medianHtmlBytes), kb(r.pageWeight.medianCssBytes), kb(r.pageWeight.maxBytes)]),
  ));
  console.log('\nWhere the time goes (s), from the build log; peak single process RSS beside the tree total');
  const names = Object.keys(results[0]?.phases ?? {});
  console.log(formatTable(
    ['phase', ...results.map((r) => `${r.documents} docs`)],
    [
      ...names.map((n) => [n, ...results.map((r) => (r.phases[n] == null ? '?' : seconds(r.phases[n]!)))]),
      ['(separately) one loadContent: npm run check', ...results.map((r) => (r.checkMs === null ? '-' : seconds(r.checkMs)))],
      ['peak RSS reached at (s since start)', ...results.map((r) => (r.peakAtMs === undefined ? '?' : seconds(r.peakAtMs)))],
      ['peak single process RSS (MB)', ...results.map((r) => mb(r.peakProcessRssBytes))]],
  ));
  console.log('\nProcesses at the peak (MB, 50 MB or more; node is the build, with Astro and the PNG threads)');
  for (const r of results) {
    console.log(`  ${r.documents} docs, build: ${parts(r.peakParts)}`);
    if (r.rebuild) console.log(`  ${r.documents} docs, rebuild: ${parts(r.rebuild.peakParts)}`);
  }
  for (const r of results) {
    console.log(`\nRendering time by kind of route, ${r.documents} documents (Astro's per-page figures, top 12)`);
    console.log(formatTable(['route', 'pages', 'total (s)', 'ms / page'], r.routes.slice(0, 12).map((k) => [k.kind, k.pages, seconds(k.ms), (k.ms / k.pages).toFixed(1)])));
  }
  console.log('\nPNGs (infographics, sharing cards): cold build on an empty cache; rebuild (--rebuild) on the warm cache');
  console.log(formatTable(
    ['documents', 'PNG files', 'rendered', 'from cache', 'all ready after (s)', 'waited after pages (s)', 'rebuild (s)', 'rebuild: rendered', 'rebuild: ready after (s)', 'rebuild peak RSS (MB)'],
    results.map((r) => [r.documents, r.png?.files ?? '?', r.png?.rendered ?? '?', r.png?.fromCache ?? '?', r.png ? seconds(r.png.readyMs) : '?', r.png ? seconds(r.png.waitMs) : '?',
      r.rebuild ? seconds(r.rebuild.wallMs) : '-', r.rebuild?.png?.rendered ?? '-', r.rebuild?.png ? seconds(r.rebuild.png.readyMs) : '-', r.rebuild ? mb(r.rebuild.peakTreeRssBytes) : '-']),
  ));
  console.log('\nLogs: bench/.out/build-<N>.log (seconds since start on every line); figures: bench/.out/build-<N>.json');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      seed: { type: 'string', default: '1' },
      'skip-check': { type: 'boolean', default: false },
      report: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: cần các số nguyên dương, ví dụ 200,1000 (nhận "${values.sizes}")`);
  if (values.report) {
    // Print the saved figures again, without building.
    report(sizes.map((n) => JSON.parse(readFileSync(join(OUT, `build-${n}.json`), 'utf8')) as BuildResult));
  } else {
    mkdirSync(OUT, { recursive: true });
    acquireLock(join(OUT, '.lock'), BENCH_BUSY);
    const results: BuildResult[] = [];
    // One size at a time: two builds at once would measure each other.
    for (const n of sizes) results.push(await benchSize(n, Number(values.seed), !values['skip-check'], values.rebuild));
    report(results);
  }
}
