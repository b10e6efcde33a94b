/**
 * Builds the Pagefind search indexes during `astro build`, so the README's build command always
 * ships a working search: the short index into `<outDir>/pagefind/` and the full text, split in
 * two bundles, into `<outDir>/pagefind/toan-van/` and `<outDir>/pagefind/toan-van-2/` (SCOPES and
 * bundleOf in src/lib/search/filters.ts).
 *
 * The records come from the corpus (src/lib/search/index-records.ts): their pages are indexed
 * from the built HTML, with block boundaries made explicit, the record's filters, metadata and
 * hidden match text added, and task rows made headings of sections (src/lib/search/index-html.ts),
 * in the indexed copy only. Each page is prepared once for both indexes, each getting its own
 * copy: the short index's without the document's text. Any other page that opts in with
 * data-pagefind-body is indexed as it is, each index leaving out what is not its own.
 *
 * Pages are indexed as Astro renders them (src/middleware.ts hands each over): each bundle has a
 * Pagefind process of its own, so they work on the other core while Astro renders the next pages,
 * and the build only waits for the last pages and the writing of the files, one bundle at a time.
 * A record whose page was not handed over is read back from the built file.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type * as Pagefind from 'pagefind';
import { getBuildCorpus } from '../data/portal.ts';
import { withBase } from '../lib/url.ts';
import { searchRecords, type SearchRecord } from '../lib/search/index-records.ts';
import { indexedCopy, pageIndexHtml } from '../lib/search/index-html.ts';
import { SCOPES, bundleOf, kindLabel, type Scope } from '../lib/search/filters.ts';
import { listenToBuiltPages } from './built-pages.ts';

/** Parts of indexed pages that are not the page's own text. `<nav>` is skipped by Pagefind itself. */
const EXCLUDE_SELECTORS = [
  // "Nơi nhận": the distribution list at the foot of a document.
  '.lp-recipients',
  // Task status badges and normalized deadlines added to task tables: derived, and they change daily.
  // (Task rows are replaced in the indexed copy; this covers any other table that carries them.)
  '.lp-task-meta',
  // The labels of a document's attributes ("Loại văn bản:", "Ngày ban hành:"…), the same on every
  // document: indexed, "văn bản", "ngày", "ban hành" were words of every page, which made a query
  // with them fetch and score the whole index. The values stay.
  '.lp-attrs dt',
  // The portal's "Không ghi trong văn bản" where a document states no number, date or effective
  // date ("Không ghi" in a task's cell): the portal's words, on a fifth of the synthetic documents,
  // which put "văn bản" back into their short records.
  '.lp-not-stated',
];

/** Pages sent to Pagefind and not yet answered, beyond which rendering waits (bounds the memory they hold). */
const MAX_IN_FLIGHT = 32;

const OPTS_IN = /\sdata-pagefind-body[\s=>]/;

const UNUSED_BUNDLE_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;
const MERGED_UNUSED = /^(pagefind\.js|wasm\..+\.pagefind)$/;

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let run: IndexRun | null = null;
  return {
    name: 'legal-portal:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': async ({ logger }) => {
        run = await IndexRun.open(base, logger);
        listenToBuiltPages((pathname, html) => run!.page(pathname, html));
      },
      'astro:build:done': async ({ dir, logger }) => {
        listenToBuiltPages(null);
        const current = run ?? (await IndexRun.open(base, logger));
        run = null;
        await current.finish(fileURLToPath(dir));
      },
    },
  };
}

/**
 * Pagefind's Node API keeps one backend process per loaded module. Each bundle loads the module
 * afresh (a query string makes it another module), so each bundle has a process of its own.
 */
async function pagefindProcess(n: number): Promise<typeof Pagefind> {
  const url = new URL(import.meta.resolve('pagefind'));
  url.searchParams.set('bundle', String(n));
  return (await import(/* @vite-ignore */ url.href)) as typeof Pagefind;
}

/** A record's page as each index is given it; null when it has none to give (an error noted). */
type Prepared = Record<Scope, string> | null;

/** One bundle of an index: its folder, its process and what it has been given. */
interface Bundle {
  scope: Scope;
  dir: string;
  api: typeof Pagefind;
  index: Pagefind.PagefindIndex;
}

/** The indexes of one build, fed page by page, then written. */
class IndexRun {
  private readonly base: string;
  private readonly logger: AstroIntegrationLogger;
  private readonly records: SearchRecord[];
  /** Every bundle of every scope of SCOPES, in the order of their folders. */
  private readonly bundles: Bundle[];
  /** Each scope's bundles (first the one the browser loads), and which of them holds each record's page (bundleOf). */
  private readonly scopes: { scope: Scope; bundles: Bundle[]; holder: Map<SearchRecord, number> }[];
  private readonly byUrl: Map<string, SearchRecord>;
  /** Each record's place in `records`: the order in which their pages are given to Pagefind. */
  private readonly order: Map<SearchRecord, number>;
  /** Records before this one have been given to Pagefind (or found missing). */
  private next = 0;
  /** Prepared pages of records after `next`, by their place, until the ones before them arrive. */
  private readonly waiting = new Map<number, Prepared>();
  /** Pages without a record that opt in, given to Pagefind last, in the order of their URLs. */
  private readonly otherPages = new Map<string, string>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly errors: string[] = [];
  private parts = 0;

  private constructor(base: string, logger: AstroIntegrationLogger, records: SearchRecord[], bundles: Bundle[]) {
    this.base = base;
    this.logger = logger;
    this.records = records;
    this.bundles = bundles;
    this.scopes = (Object.keys(SCOPES) as Scope[]).map((scope) => {
      const own = bundles.filter((b) => b.scope === scope);
      return { scope, bundles: own, holder: bundleOf(records, (r) => r.sort.date, own.length) };
    });
    this.byUrl = new Map(records.map((r) => [withBase(base, r.path), r]));
    this.order = new Map(records.map((r, i) => [r, i]));
  }

  static async open(base: string, logger: AstroIntegrationLogger): Promise<IndexRun> {
    // The corpus the pages are rendered from (throws ContentError if the content has errors).
    const corpus = getBuildCorpus();
    const folders = (Object.keys(SCOPES) as Scope[]).flatMap((scope) => SCOPES[scope].dirs.map((dir) => ({ scope, dir })));
    const bundles = await Promise.all(folders.map(async ({ scope, dir }, n) => {
      const api = await pagefindProcess(n);
      const { index, errors } = await api.createIndex({ forceLanguage: 'vi', excludeSelectors: [...EXCLUDE_SELECTORS, ...SCOPES[scope].exclude] });
      if (!index) throw new Error(`Pagefind: không tạo được chỉ mục ${dir}: ${errors.join('; ')}`);
      return { scope, dir, api, index };
    }));
    return new IndexRun(base, logger, searchRecords(corpus), bundles);
  }

  /**
   * A rendered page (`pathname` with the base): indexed if a record describes it or it opts in.
   * Astro renders several pages at once (build.concurrency), so pages arrive in an order that
   * varies from build to build; Pagefind numbers pages in the order it is given them, and its
   * files would vary with it. Record pages are given to it in the order of the records (the order
   * Astro starts them in, documents newest first), each held until the ones before it arrive.
   */
  page(pathname: string, html: string): Promise<void> | void {
    const record = this.byUrl.get(pathname) ?? this.byUrl.get(withBase(this.base, pathname));
    if (record) {
      const at = this.order.get(record)!;
      if (at < this.next || this.waiting.has(at)) return; // rendered twice: the first counts
      this.waiting.set(at, this.prepare(record, html));
      while (this.waiting.has(this.next)) this.giveNext(this.waiting.get(this.next)!);
    } else if (OPTS_IN.test(html)) {
      this.otherPages.set(pathname, indexedCopy(html));
      return;
    } else return;
    // Let rendering wait while Pagefind is behind, so pages do not pile up in memory.
    if (this.inFlight.size >= MAX_IN_FLIGHT) return Promise.race(this.inFlight);
  }

  /** The HTML each index is given for a record's page (null when it has none to give, an error noted). */
  private prepare(record: SearchRecord, html: string): Prepared {
    const indexed = pageIndexHtml(html, record);
    if (indexed === null) {
      this.errors.push(`${record.path} không có phần tử data-pagefind-body`);
      return null;
    }
    for (const anchor of indexed.missing) this.logger.warn(`Pagefind: ${record.path}#${anchor} không có trên trang, nên không thành kết quả tìm kiếm riêng`);
    this.parts += record.parts.length - indexed.missing.length;
    return indexed.html;
  }

  /** Gives the record at `next` its prepared page, and moves on. */
  private giveNext(content: Prepared): void {
    const record = this.records[this.next]!;
    this.waiting.delete(this.next);
    this.next += 1;
    if (content) this.add(withBase(this.base, record.path), content, record);
  }

  /**
   * Gives a page to one bundle of each index: the record's (bundleOf), the first for other pages.
   * `content` is the page as each index is given it, or one HTML for all.
   */
  private add(url: string, content: string | Record<Scope, string>, record: SearchRecord | null): void {
    const targets = this.scopes.map(({ scope, bundles, holder }) => ({ scope, bundle: bundles[record ? holder.get(record)! : 0]! }));
    const html = (scope: Scope) => (typeof content === 'string' ? content : content[scope]);
    const done = Promise.all(targets.map(({ scope, bundle }) => bundle.index.addHTMLFile({ url, content: html(scope) })))
      .then((answers) => {
        for (const { errors } of answers) if (errors.length) this.errors.push(`${url}: ${errors.join('; ')}`);
      }, (error: unknown) => {
        this.errors.push(`${url}: ${String(error)}`);
      })
      .finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }

  /** Indexes the records whose pages were not handed over, from `root`, then writes the indexes there. */
  async finish(root: string): Promise<void> {
    const started = performance.now();
    let fromFiles = 0;
    while (this.next < this.records.length) {
      let content = this.waiting.get(this.next);
      if (content === undefined) {
        const record = this.records[this.next]!;
        const file = join(root, ...record.path.split('/').filter(Boolean), 'index.html');
        if (existsSync(file)) {
          fromFiles += 1;
          content = this.prepare(record, readFileSync(file, 'utf8'));
        } else {
          this.errors.push(`${record.path}: không có trang ${file}`);
          content = null;
        }
      }
      this.giveNext(content);
      if (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
    }
    for (const url of [...this.otherPages.keys()].sort()) {
      this.add(url, this.otherPages.get(url)!, null);
      if (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
    }
    while (this.inFlight.size) await Promise.all(this.inFlight);
    if (this.errors.length) throw new Error(`Pagefind:\n  ${this.errors.join('\n  ')}`);
    if (fromFiles) this.logger.warn(`Pagefind: ${fromFiles} trang được đọc lại từ tệp đã dựng (không qua src/middleware.ts)`);

    const read = performance.now();
    // One after another, each process closed once its bundle is written: a Pagefind process takes
    // about three times the memory it holds the pages in while it writes them (at 10,000
    // documents, 0.75 GB before and 2.6 GB while writing a full-text bundle). Written at once, the
    // three processes peaked at 4.7 GB together and were done in 28 s; one at a time, 3.4 GB and
    // 38 s. Writing one bundle leaves the others' folders, inside its own, alone.
    const written: { folder: string; dir: string; ms: number }[] = [];
    for (const { dir: folder, index, api } of this.bundles) {
      const dir = join(root, ...folder.split('/'));
      const { errors } = await index.writeFiles({ outputPath: dir });
      if (errors.length) throw new Error(`Pagefind: ghi chỉ mục ${folder}: ${errors.join('; ')}`);
      await api.close();
      written.push({ folder, dir, ms: performance.now() - read });
    }
    // Pagefind's ready-made interfaces and its web worker: the search page uses its own
    // interface and runs Pagefind without a worker (src/scripts/search.ts). A bundle merged into
    // another is searched by that one's script and WebAssembly: it needs neither of its own.
    for (const [i, { dir }] of written.entries()) {
      const merged = this.scopes.some(({ bundles }) => bundles.indexOf(this.bundles[i]!) > 0);
      for (const file of readdirSync(dir)) if (UNUSED_BUNDLE_FILE.test(file) || (merged && MERGED_UNUSED.test(file))) rmSync(join(dir, file));
    }
    const counts = new Map<string, number>();
    for (const r of this.records) counts.set(r.meta.kind, (counts.get(r.meta.kind) ?? 0) + 1);
    const summary = [...counts].map(([k, n]) => `${n} ${kindLabel(k).toLowerCase()}`);
    if (this.otherPages.size) summary.push(`${this.otherPages.size} trang khác`);
    const secs = (ms: number) => (ms / 1000).toFixed(1);
    this.logger.info(`Pagefind: đã lập chỉ mục tóm tắt và chỉ mục toàn văn của ${this.records.length + this.otherPages.size} trang (${summary.join(', ')}); ${this.parts} nhiệm vụ là phần của trang văn bản`);
    const writes = written.map(({ folder, ms }) => `${folder} ${secs(ms)} s`).join(', ');
    this.logger.info(`Pagefind: sau khi dựng xong trang, chờ đọc nốt ${secs(read - started)} s, ghi lần lượt ${written.length} gói chỉ mục (xong sau ${writes})`);
  }
}
