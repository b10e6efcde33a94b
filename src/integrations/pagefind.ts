/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when `astro build` finishes,
 * so the README's build command always ships a working search.
 *
 * The records come from the corpus (src/lib/search/index-records.ts): document pages are
 * indexed from their built HTML, with block boundaries made explicit and the record's filters,
 * metadata and hidden match text added to the indexed copy only; tasks are custom records.
 * Any other page that opts in with data-pagefind-body is indexed as it is.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { getBuildCorpus } from '../data/portal.ts';
import { withBase } from '../lib/url.ts';
import { customRecordInput, searchRecords, type SearchRecord } from '../lib/search/index-records.ts';
import { pageIndexHtml, separateBlocks } from '../lib/search/index-html.ts';
import { kindLabel } from '../lib/search/filters.ts';

/** Parts of indexed pages that are not the page's own text. `<nav>` is skipped by Pagefind itself. */
const EXCLUDE_SELECTORS = [
  // "Nơi nhận": the distribution list at the foot of a document.
  '.lp-recipients',
  // Task status badges and normalized deadlines added to task tables: derived, and they change daily.
  '.lp-task-meta',
];

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'legal-portal:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The corpus the pages were rendered from (throws ContentError if the content has errors).
        const corpus = getBuildCorpus();

        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE_SELECTORS });
        if (!index) throw new Error(`Pagefind: không tạo được chỉ mục: ${errors.join('; ')}`);
        const fail = (what: string, errs: string[]) => {
          if (errs.length) throw new Error(`Pagefind: ${what}: ${errs.join('; ')}`);
        };

        const records = searchRecords(corpus);
        const anchors = new PageAnchors(root, records);
        const covered = new Set<string>();
        let others = 0;
        // Each page is read once: its anchors are checked for the custom records that point into it
        // while it is being indexed (keeping the pages around for that cost hundreds of MB).
        await inParallel(records.filter((r) => r.source === 'page'), async (record) => {
          const file = pageFile(root, record.path);
          const built = readFileSync(file, 'utf8');
          anchors.check(file, built);
          const html = pageIndexHtml(built, record);
          if (html === null) throw new Error(`Pagefind: ${file} không có phần tử data-pagefind-body`);
          fail(record.path, (await index.addHTMLFile({ url: withBase(base, record.path), content: html })).errors);
          covered.add(file);
        });
        await inParallel(records.filter((r) => r.source !== 'page'), async (record) => {
          fail(record.path, (await index.addCustomRecord(customRecordInput(record, base))).errors);
        });
        for (const record of records) {
          if (record.source !== 'page' && !anchors.exists(record.path)) logger.warn(`Pagefind: kết quả ${record.path} trỏ tới một chỗ không có trên trang`);
        }
        // Pages of other kinds that opted in, not yet described by records.
        await inParallel(htmlFiles(root).filter((file) => !covered.has(file)), async (file) => {
          const html = readFileSync(file, 'utf8');
          if (!/\sdata-pagefind-body[\s=>]/.test(html)) return;
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          fail(path, (await index.addHTMLFile({ url: withBase(base, path), content: separateBlocks(html) })).errors);
          others += 1;
        });

        fail('ghi chỉ mục', (await index.writeFiles({ outputPath: join(root, 'pagefind') })).errors);
        const counts = new Map<string, number>();
        for (const r of records) for (const k of r.filters.kind ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
        const summary = [...counts].map(([k, n]) => `${n} ${kindLabel(k).toLowerCase()}`);
        if (others) summary.push(`${others} trang khác`);
        logger.info(`Pagefind: đã lập chỉ mục ${summary.join(', ')}`);
        await pagefind.close();
      },
    },
  };
}

function pageFile(root: string, path: string): string {
  return join(root, ...path.split('/').filter(Boolean), 'index.html');
}

/**
 * Whether the records of parts of pages ("…/#bang-nv-8") land on an element with that id. The
 * anchors wanted of each page are known up front, so a page is checked when it is read anyway.
 */
class PageAnchors {
  readonly #root: string;
  /** Anchors wanted, by page file; those found are removed once the page is checked. */
  readonly #wanted = new Map<string, Set<string>>();
  readonly #checked = new Set<string>();

  constructor(root: string, records: readonly SearchRecord[]) {
    this.#root = root;
    for (const record of records) {
      const [page, anchor] = record.path.split('#');
      if (record.source === 'page' || !anchor) continue;
      const file = pageFile(root, page!);
      this.#wanted.set(file, (this.#wanted.get(file) ?? new Set()).add(anchor));
    }
  }

  check(file: string, html: string): void {
    if (this.#checked.has(file)) return;
    this.#checked.add(file);
    const wanted = this.#wanted.get(file);
    if (wanted) for (const anchor of wanted) if (html.includes(`id="${anchor}"`)) wanted.delete(anchor);
  }

  exists(path: string): boolean {
    const [page, anchor] = path.split('#');
    if (!anchor) return true;
    const file = pageFile(this.#root, page!);
    if (!this.#checked.has(file)) this.check(file, existsSync(file) ? readFileSync(file, 'utf8') : '');
    return !this.#wanted.get(file)?.has(anchor);
  }
}

/**
 * Runs `task` on every item, a few at a time. Pagefind's service answers requests as they come:
 * awaiting each one left it idle while the next page was read, and this process idle meanwhile.
 */
async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<void>, limit = 8): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}
