/**
 * `npm run bench:search`: search on a built synthetic corpus, in real Chromium.
 *   npm run bench:search                       # bench/.out/dist-10000 (run `npm run bench` first)
 *   npm run bench:search -- --size 1000 --runs 5
 * For each query: bytes sent for the first query on a cold page, cold latency (navigation start to
 * results painted) and warm latency (the page's second query: input to results painted), measured
 * in the page with performance.now(). A search is done when its script sets
 * data-search-state="done" on [data-search-results] (the results are in the DOM then); the time
 * is taken after the next frame, once the browser has laid out and painted them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../tests/support/server.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { summarizeTransfer, type Transfer } from './lib/transfer.ts';
import { warmSplit, type RequestTiming, type WarmSplit } from './lib/in-flight.ts';
import { formatTable, kb, seconds, verdict } from './lib/table.ts';
import { indexSpelling } from '../src/lib/search/index-spelling.ts';
import { BENCH_BUSY, INDEX_PHASE, OUT, type BuildResult } from './build.ts';
import { acquireLock } from '../tests/support/lock.ts';
import { PAGEFIND_RANKING, SCOPES } from '../src/lib/search/filters.ts';

/** The queries, in the default scope (short index first); the last ones in the full text (`pham-vi=toan-van`). */
const QUERIES: readonly BenchQuery[] = [
  ...['pháp luật', 'dien bien', 'doi thoai', '08-CT/TU', 'ngày đọc văn bản', 'quy hoach'].map((query) => ({ query, label: query, params: '' })),
  ...['pháp luật', 'dien bien'].map((query) => ({ query, label: `${query} (toàn văn)`, params: '&pham-vi=toan-van' })),
];
const TARGET_FIRST_BYTES = 300 * 1024;
const TARGET_WARM_MS = 150;
const TARGET_INDEX_MS = 60_000;
const TIMEOUT = 60_000;
/** Calls of Pagefind's search timed for its median (pagefindAlone). */
const ALONE_CALLS = 21;

interface BenchQuery {
  query: string;
  /** As printed. */
  label: string;
  /** More URL parameters of the search page ("&pham-vi=toan-van"); the warm page opens with them too. */
  params: string;
}

interface QueryResult {
  query: string;
  transfer: Transfer;
  coldMs: number[];
  /** Typed: one input event, so the page's debounce is included. */
  warmMs: number[];
  /** Submitted with Enter: the search itself, no debounce. */
  warmEnterMs: number[];
  /** The same searches, split (warmEnterMs[i] is split by warmEnterSplit[i]). */
  warmEnterSplit: WarmSplit[];
  /** Number of results the page reports (data-search-count). */
  count: string;
  /** Median ms of Pagefind's search alone (pagefindAlone). */
  aloneMs: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Records, in the page, when the results of the first search are painted (performance.now() counts
 * from navigation start): the frame after the script marks them done, then the task after it.
 */
const RECORD_DONE = `(() => {
  let seen = false;
  const check = () => {
    if (seen || !document.querySelector('[data-search-results][data-search-state="done"]')) return;
    seen = true;
    requestAnimationFrame(() => setTimeout(() => { window.__benchDone = performance.now(); }));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-state'] });
})();`;

/** Opens the search page for `query` in a fresh context (empty cache); resolves when the results are done. */
async function coldSearch(browser: Browser, server: StaticServer, query: string, params: string): Promise<{ page: Page; ms: number; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(RECORD_DONE);
  await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(query)}${params}`, { waitUntil: 'commit', timeout: TIMEOUT });
  await page.waitForFunction(() => (window as { __benchDone?: number }).__benchDone !== undefined, null, { timeout: TIMEOUT });
  const ms = await page.evaluate(() => (window as { __benchDone?: number }).__benchDone!);
  return { page, ms, close: () => context.close() };
}

/**
 * Gives the page's search field `query` and times it until the results are done: "input" sends one
 * input event (as a paste; the page debounces it), "enter" then submits the form (no debounce).
 */
async function typeAndTime(page: Page, query: string, how: 'input' | 'enter'): Promise<{ ms: number; split: WarmSplit }> {
  const { ms, requests } = await page.evaluate(([q, mode, timeout]) => new Promise<{ ms: number; requests: RequestTiming[] }>((resolve, reject) => {
    // The search page's own field; the header has another search box earlier in the page.
    const input = document.querySelector<HTMLInputElement>('[data-search-input]');
    const results = document.querySelector('[data-search-results]');
    if (!input || !results) return reject(new Error('không thấy ô tìm kiếm hoặc [data-search-results]'));
    // setAttribute queues a mutation record even when the value stays "done".
    // Done, then painted: the frame after the results are in the DOM.
    const observer = new MutationObserver(() => {
      if (results.getAttribute('data-search-state') !== 'done') return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => {
        const ms = performance.now() - started;
        // The requests made since the search started, for the split (warmSplit).
        const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => e.startTime >= started)
          .map(({ name, startTime, responseEnd }) => ({ name, startTime, responseEnd }));
        resolve({ ms, requests });
      }));
    });
    observer.observe(results, { attributes: true, attributeFilter: ['data-search-state'] });
    setTimeout(() => reject(new Error(`"${q}": không xong sau ${timeout} ms`)), timeout);
    const started = performance.now();
    input.value = q;
    if (mode === 'enter') input.form!.requestSubmit();
    else input.dispatchEvent(new Event('input', { bubbles: true }));
  }), [query, how, TIMEOUT] as const);
  return { ms, split: warmSplit(requests) };
}

/**
 * Pagefind's own search of `query` timed alone: in one page, Pagefind loaded as the search page
 * loads it (the scope's bundles, its options), a first call that fetches the index chunks, then
 * ALONE_CALLS calls of which the median is returned. Its WebAssembly search, the JSON of every
 * matching page and the result objects: the work that grows with the index, without the requests,
 * our ranking and the painting, and with much less spread than a whole search, so a change to what
 * is indexed can be compared between two builds.
 */
async function pagefindAlone(browser: Browser, server: StaticServer, { query, params }: BenchQuery): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}tim-kiem/`, { timeout: TIMEOUT });
    const scope = params.includes(`=${SCOPES.full.param}`) ? 'full' : 'brief';
    const dirs = SCOPES[scope].dirs.map((dir) => `${new URL(server.url).pathname}${dir}`);
    return await page.evaluate(async ([bundles, q, calls, ranking]) => {
      type Pf = { options(o: object): Promise<void>; mergeIndex(path: string, o: object): Promise<void>; search(q: string): Promise<unknown> };
      const [first, ...others] = bundles;
      const pf = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as Pf;
      await pf.options({ baseUrl: '/', noWorker: true, ranking });
      await Promise.all(others.map((path) => pf.mergeIndex(path, { baseUrl: '/', ranking })));
      await pf.search(q);
      const ms: number[] = [];
      for (let i = 0; i < calls; i++) {
        const started = performance.now();
        await pf.search(q);
        ms.push(performance.now() - started);
      }
      return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
    }, [dirs, indexSpelling(query), ALONE_CALLS, { ...PAGEFIND_RANKING }] as const);
  } finally {
    await context.close();
  }
}

async function measureQuery(browser: Browser, server: StaticServer, dist: string, { query, label, params }: BenchQuery, other: string, runs: number): Promise<QueryResult> {
  const result: QueryResult = { query: label, transfer: summarizeTransfer(new Map(), dist), coldMs: [], warmMs: [], warmEnterMs: [], warmEnterSplit: [], count: '?', aloneMs: NaN };
  for (let run = 0; run < runs; run++) {
    server.sent.clear();
    const cold = await coldSearch(browser, server, query, params);
    result.coldMs.push(cold.ms);
    if (run === 0) {
      result.transfer = summarizeTransfer(server.sent, dist);
      result.count = (await cold.page.locator('[data-search-results]').getAttribute('data-search-count')) ?? '?';
    }
    await cold.close();
    // Warm: a page that has already answered another query, so Pagefind is loaded; `query` is its second.
    for (const how of ['input', 'enter'] as const) {
      const warm = await coldSearch(browser, server, other, params);
      const { ms, split } = await typeAndTime(warm.page, query, how);
      if (how === 'input') result.warmMs.push(ms);
      else {
        result.warmEnterMs.push(ms);
        result.warmEnterSplit.push(split);
      }
      await warm.close();
    }
  }
  result.aloneMs = await pagefindAlone(browser, server, { query, label, params });
  return result;
}

function indexingTime(size: number): number | null {
  const file = join(OUT, `build-${size}.json`);
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as BuildResult).phases[INDEX_PHASE] ?? null;
}

function report(size: number, runs: number, results: QueryResult[]): void {
  console.log(`\nSearch benchmark — ${size} documents (bench/.out/dist-${size}), Chromium, ${runs} run(s) per query, medians\n`);
  console.log(formatTable(
    ['query', 'first query KB (pagefind + JS)', 'pagefind KB', 'JS KB', 'if gzipped KB', 'cold ms', 'warm ms typed', 'warm ms Enter', 'results'],
    results.map((r) => [r.query, kb(r.transfer.searchBytes), kb(r.transfer.pagefind), kb(r.transfer.js), kb(r.transfer.searchBytesGzip), median(r.coldMs).toFixed(0), median(r.warmMs).toFixed(0), median(r.warmEnterMs).toFixed(0), r.count]),
  ));
  console.log('\nFirst query, Pagefind files by kind: KB (requests)');
  const kinds = ['runtime', 'meta', 'index', 'filter', 'fragment'] as const;
  console.log(formatTable(
    ['query', ...kinds],
    results.map((r) => [r.query, ...kinds.map((k) => `${kb(r.transfer.parts[k].bytes)} (${r.transfer.parts[k].requests})`)]),
  ));
  console.log('\nWarm (Enter), the median run of each query split: ms during which requests of a kind were in flight');
  console.log(formatTable(
    ['query', 'warm ms Enter', 'index chunks ms', 'fragments ms (requests)', 'the rest ms'],
    results.map((r) => {
      const at = r.warmEnterMs.indexOf(median(r.warmEnterMs));
      const split = r.warmEnterSplit[at]!;
      return [r.query, r.warmEnterMs[at]!.toFixed(0), split.chunksMs.toFixed(0), `${split.fragmentsMs.toFixed(0)} (${split.fragments})`, (r.warmEnterMs[at]! - split.chunksMs - split.fragmentsMs).toFixed(0)];
    }),
  ));
  console.log('"the rest": the page\'s main thread: Pagefind reading the chunks and searching (its WebAssembly, then');
  console.log('its JSON of every matching page), our ranking and rendering of the shown results, and painting them.');
  console.log(`\nPagefind's search alone, as the page calls it: median of ${ALONE_CALLS} calls in one page, its index chunks loaded`);
  console.log(formatTable(['query', 'Pagefind search ms'], results.map((r) => [r.query, r.aloneMs.toFixed(1)])));
  console.log('\nLatencies end when the results are painted (the frame after the page marks them done).');
  console.log('"typed" includes the page\'s input debounce; "Enter" submits the form, so it is the search alone.');
  console.log('Warm target (≤ 150 ms) is stated for a common word; "08-CT/TU" and "ngày đọc văn bản" are a number and a phrase.');
  console.log('\nTargets:');
  for (const r of results) {
    // Judged as deploy/nginx.conf sends it: JavaScript gzipped, Pagefind's files as they are (already gzipped).
    console.log(`  ${r.query.padEnd(28)} first query ${kb(r.transfer.searchBytesGzip)} KB gzipped (${kb(r.transfer.searchBytes)} KB uncompressed) ${verdict(r.transfer.searchBytesGzip <= TARGET_FIRST_BYTES, '≤ 300 KB')}; ` +
      `warm typed ${median(r.warmMs).toFixed(0)} ms ${verdict(median(r.warmMs) <= TARGET_WARM_MS, '≤ 150 ms')}, ` +
      `Enter ${median(r.warmEnterMs).toFixed(0)} ms ${verdict(median(r.warmEnterMs) <= TARGET_WARM_MS, '≤ 150 ms')}`);
  }
  const indexMs = indexingTime(size);
  console.log(`  Pagefind indexing (build log: from Astro's last line, "Complete!", to the "đã lập chỉ mục" line): ${indexMs === null ? 'unknown (no bench/.out/build-N.json)' : `${seconds(indexMs)} s`} ` +
    verdict(indexMs === null || size !== 10_000 ? null : indexMs <= TARGET_INDEX_MS, '≤ 60 s for 10,000 documents'));
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
  const size = Number(values.size);
  const runs = Math.max(1, Number(values.runs));
  const dist = join(OUT, `dist-${size}`);
  if (!existsSync(join(dist, 'pagefind'))) throw new Error(`chưa có ${dist}: chạy "npm run bench -- --sizes ${size}" trước`);
  if (!existsSync(join(dist, 'tim-kiem', 'index.html'))) throw new Error(`${dist} không có trang /tim-kiem/: xây dựng lại sau khi có trang tìm kiếm`);
  acquireLock(join(OUT, '.lock'), BENCH_BUSY);
  const server = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  try {
    const results: QueryResult[] = [];
    for (const q of QUERIES) {
      // Warm: the page has answered another query (in the same scope) first.
      const other = QUERIES.filter((x) => x.params === q.params && x.query !== q.query)[0]!.query;
      results.push(await measureQuery(browser, server, dist, q, other, runs));
      const r = results.at(-1)!;
      console.log(`${r.query}: cold ${r.coldMs.map((x) => x.toFixed(0)).join(', ')} ms; warm typed ${r.warmMs.map((x) => x.toFixed(0)).join(', ')} ms; Enter ${r.warmEnterMs.map((x) => x.toFixed(0)).join(', ')} ms; Pagefind alone ${r.aloneMs.toFixed(1)} ms`);
    }
    report(size, runs, results);
  } finally {
    await browser.close();
    await server.close();
  }
}
