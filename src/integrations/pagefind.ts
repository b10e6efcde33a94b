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
 * Pages are prepared as Astro renders them (src/middleware.ts hands each over) and staged on disk
 * (src/lib/search/staged-index.ts); Pagefind writes the indexes from there after the pages, one
 * bundle at a time, in a process of its own under `npm run build`, so its memory and Astro's are
 * never held at once. A record whose page was not handed over is read back from the built file.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getBuildCorpus } from '../data/portal.ts';
import { withBase } from '../lib/url.ts';
import { searchRecords, type SearchRecord } from '../lib/search/index-records.ts';
import { indexedCopy, pageIndexHtml } from '../lib/search/index-html.ts';
import { SCOPES, bundleOf, kindLabel, type Scope } from '../lib/search/filters.ts';
import { listenToBuiltPages } from './built-pages.ts';
import { IndexStage, writeStagedIndexes } from '../lib/search/staged-index.ts';

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

const OPTS_IN = /\sdata-pagefind-body[\s=>]/;

/**
 * Set by scripts/build.ts to a folder: the pages are staged there and the build writes the
 * indexes in its own process once Astro's (scripts/build-site.ts) has exited. Unset (a plain
 * `astro build`), they are staged in a temporary folder and written at the end of the build.
 */
export const STAGE_DIR_ENV = 'LP_SEARCH_STAGE_DIR';

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let run: IndexRun | null = null;
  return {
    name: 'legal-portal:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ logger }) => {
        run = IndexRun.open(base, logger);
        listenToBuiltPages((pathname, html) => run!.page(pathname, html));
      },
      'astro:build:done': async ({ dir, logger }) => {
        listenToBuiltPages(null);
        const current = run ?? IndexRun.open(base, logger);
        run = null;
        const root = fileURLToPath(dir);
        current.finish(root);
        if (process.env[STAGE_DIR_ENV]) {
          logger.info(`Pagefind: các trang đã sẵn sàng trong ${current.stage.dir}; chỉ mục được lập sau khi Astro xong`);
          return;
        }
        try {
          await writeStagedIndexes(current.stage.dir, root, (message) => logger.info(message));
        } finally {
          rmSync(current.stage.dir, { recursive: true, force: true });
        }
      },
    },
  };
}

/** A record's page as each index is given it; null when it has none to give (an error noted). */
type Prepared = Record<Scope, string> | null;

/** The pages of one build's indexes, staged as Astro renders them (src/lib/search/staged-index.ts). */
class IndexRun {
  readonly stage: IndexStage;
  private readonly base: string;
  private readonly logger: AstroIntegrationLogger;
  private readonly records: SearchRecord[];
  /** Each scope's bundles (their numbers in the stage, first the one the browser loads), and which of them holds each record's page (bundleOf). */
  private readonly scopes: { scope: Scope; bundles: number[]; holder: Map<SearchRecord, number> }[];
  private readonly byUrl: Map<string, SearchRecord>;
  /** Each record's place in `records`: the order in which their pages are given to Pagefind. */
  private readonly order: Map<SearchRecord, number>;
  /** Records before this one have been staged (or found missing). */
  private next = 0;
  /** Prepared pages of records after `next`, by their place, until the ones before them arrive. */
  private readonly waiting = new Map<number, Prepared>();
  /** Pages without a record that opt in, staged last, in the order of their URLs. */
  private readonly otherPages = new Map<string, string>();
  private readonly errors: string[] = [];
  private parts = 0;

  private constructor(base: string, logger: AstroIntegrationLogger, records: SearchRecord[]) {
    this.base = base;
    this.logger = logger;
    this.records = records;
    const folders = (Object.keys(SCOPES) as Scope[]).flatMap((scope) => SCOPES[scope].dirs.map((dir, i) => ({ scope, dir, merged: i > 0 })));
    const given = process.env[STAGE_DIR_ENV];
    this.stage = new IndexStage(
      given || mkdtempSync(join(tmpdir(), 'legal-portal-search-')),
      folders.map(({ scope, dir, merged }) => ({ dir, merged, exclude: [...EXCLUDE_SELECTORS, ...SCOPES[scope].exclude] })),
    );
    // A temporary stage is removed once written; this removes it when the build fails first.
    if (!given) process.once('exit', () => rmSync(this.stage.dir, { recursive: true, force: true }));
    this.scopes = (Object.keys(SCOPES) as Scope[]).map((scope) => {
      const own = folders.flatMap((f, n) => (f.scope === scope ? [n] : []));
      return { scope, bundles: own, holder: bundleOf(records, (r) => r.sort.date, own.length) };
    });
    this.byUrl = new Map(records.map((r) => [withBase(base, r.path), r]));
    this.order = new Map(records.map((r, i) => [r, i]));
  }

  static open(base: string, logger: AstroIntegrationLogger): IndexRun {
    // The corpus the pages are rendered from (throws ContentError if the content has errors).
    return new IndexRun(base, logger, searchRecords(getBuildCorpus()));
  }

  /**
   * A rendered page (`pathname` with the base): staged if a record describes it or it opts in.
   * Astro renders several pages at once (build.concurrency), so pages arrive in an order that
   * varies from build to build; Pagefind numbers pages in the order it is given them, and its
   * files would vary with it. Record pages are staged in the order of the records (the order
   * Astro starts them in, documents newest first), each held until the ones before it arrive.
   */
  page(pathname: string, html: string): void {
    const record = this.byUrl.get(pathname) ?? this.byUrl.get(withBase(this.base, pathname));
    if (record) {
      const at = this.order.get(record)!;
      if (at < this.next || this.waiting.has(at)) return; // rendered twice: the first counts
      this.waiting.set(at, this.prepare(record, html));
      while (this.waiting.has(this.next)) this.giveNext(this.waiting.get(this.next)!);
    } else if (OPTS_IN.test(html)) {
      this.otherPages.set(pathname, indexedCopy(html));
    }
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

  /** Stages the record at `next` with its prepared page, and moves on. */
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
    for (const { scope, bundles, holder } of this.scopes) {
      this.stage.add(bundles[record ? holder.get(record)! : 0]!, url, typeof content === 'string' ? content : content[scope]);
    }
  }

  /** Stages the records whose pages were not handed over, from `root`, and the other pages; closes the stage. */
  finish(root: string): void {
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
    }
    for (const url of [...this.otherPages.keys()].sort()) this.add(url, this.otherPages.get(url)!, null);
    if (this.errors.length) {
      this.stage.discard();
      throw new Error(`Pagefind:\n  ${this.errors.join('\n  ')}`);
    }
    if (fromFiles) this.logger.warn(`Pagefind: ${fromFiles} trang được đọc lại từ tệp đã dựng (không qua src/middleware.ts)`);
    const counts = new Map<string, number>();
    for (const r of this.records) counts.set(r.meta.kind, (counts.get(r.meta.kind) ?? 0) + 1);
    const summary = [...counts].map(([k, n]) => `${n} ${kindLabel(k).toLowerCase()}`);
    if (this.otherPages.size) summary.push(`${this.otherPages.size} trang khác`);
    this.stage.close(`tóm tắt và chỉ mục toàn văn của ${this.records.length + this.otherPages.size} trang (${summary.join(', ')}); ${this.parts} nhiệm vụ là phần của trang văn bản`);
  }
}
