/**
 * Builds the Pagefind search indexes when `astro build` finishes, so the README's build command
 * always ships a working search: the short index into `<outDir>/pagefind/` and the full text into
 * `<outDir>/pagefind/toan-van/` (SCOPES in src/lib/search/filters.ts). Each page is read and
 * prepared once and given to both; each index leaves out what is not its own.
 *
 * The records come from the corpus (src/lib/search/index-records.ts): their pages are indexed
 * from the built HTML, with block boundaries made explicit, the record's filters, metadata and
 * hidden match text added, and task rows made headings of sections (src/lib/search/index-html.ts),
 * in the indexed copy only. Any other page that opts in with data-pagefind-body is indexed as it
 * is, except the infographics drawn from a document's tasks, which belong to their document.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { getBuildCorpus } from '../data/portal.ts';
import { withBase } from '../lib/url.ts';
import { searchRecords } from '../lib/search/index-records.ts';
import { pageIndexHtml, separateBlocks } from '../lib/search/index-html.ts';
import { SCOPES, kindLabel, type Scope } from '../lib/search/filters.ts';

/** Parts of indexed pages that are not the page's own text. `<nav>` is skipped by Pagefind itself. */
const EXCLUDE_SELECTORS = [
  // "Nơi nhận": the distribution list at the foot of a document.
  '.lp-recipients',
  // Task status badges and normalized deadlines added to task tables: derived, and they change daily.
  // (Task rows are replaced in the indexed copy; this covers any other table that carries them.)
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

        const fail = (what: string, errs: string[]) => {
          if (errs.length) throw new Error(`Pagefind: ${what}: ${errs.join('; ')}`);
        };
        const scopes = Object.keys(SCOPES) as Scope[];
        const indexes = await Promise.all(scopes.map(async (scope) => {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: [...EXCLUDE_SELECTORS, ...SCOPES[scope].exclude] });
          if (!index) throw new Error(`Pagefind: không tạo được chỉ mục: ${errors.join('; ')}`);
          return index;
        }));
        const addPage = async (url: string, content: string) => {
          for (const errors of await Promise.all(indexes.map(async (index) => (await index.addHTMLFile({ url, content })).errors))) fail(url, errors);
        };

        const records = searchRecords(corpus);
        // Drawn from a document's task table: its document's page holds the same tasks.
        const covered = new Set(corpus.infographics.filter((ig) => ig.generated).map((ig) => pageFile(root, `/infographic/${ig.slug}/`)));
        let others = 0;
        let parts = 0;
        await inParallel(records, async (record) => {
          const file = pageFile(root, record.path);
          const indexed = pageIndexHtml(readFileSync(file, 'utf8'), record);
          if (indexed === null) throw new Error(`Pagefind: ${file} không có phần tử data-pagefind-body`);
          for (const anchor of indexed.missing) logger.warn(`Pagefind: ${record.path}#${anchor} không có trên trang, nên không thành kết quả tìm kiếm riêng`);
          parts += record.parts.length - indexed.missing.length;
          await addPage(withBase(base, record.path), indexed.html);
          covered.add(file);
        });
        // Pages of other kinds that opted in, not yet described by records.
        await inParallel(htmlFiles(root).filter((file) => !covered.has(file)), async (file) => {
          const html = readFileSync(file, 'utf8');
          if (!/\sdata-pagefind-body[\s=>]/.test(html)) return;
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          await addPage(withBase(base, path), separateBlocks(html));
          others += 1;
        });

        // One after the other: the full text's folder is inside the short index's.
        for (const [i, scope] of scopes.entries()) {
          fail('ghi chỉ mục', (await indexes[i]!.writeFiles({ outputPath: join(root, ...SCOPES[scope].dir.split('/')) })).errors);
        }
        const counts = new Map<string, number>();
        for (const r of records) counts.set(r.meta.kind, (counts.get(r.meta.kind) ?? 0) + 1);
        const summary = [...counts].map(([k, n]) => `${n} ${kindLabel(k).toLowerCase()}`);
        if (others) summary.push(`${others} trang khác`);
        logger.info(`Pagefind: đã lập chỉ mục tóm tắt và chỉ mục toàn văn của ${records.length + others} trang (${summary.join(', ')}); ${parts} nhiệm vụ là phần của trang văn bản`);
        await pagefind.close();
      },
    },
  };
}

function pageFile(root: string, path: string): string {
  return join(root, ...path.split('/').filter(Boolean), 'index.html');
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
