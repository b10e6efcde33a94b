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
import { CONTENT_DIR, PROJECT_ROOT } from '../data/portal.ts';
import { loadContent } from '../lib/content/load.ts';
import { withBase } from '../lib/url.ts';
import { customRecordInput, searchRecords } from '../lib/search/index-records.ts';
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
        pages.clear();
        const { corpus, errors: contentErrors } = loadContent(CONTENT_DIR, PROJECT_ROOT, process.env);
        if (!corpus || contentErrors.length) throw new Error('Pagefind: không đọc được nội dung để lập chỉ mục');

        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE_SELECTORS });
        if (!index) throw new Error(`Pagefind: không tạo được chỉ mục: ${errors.join('; ')}`);
        const fail = (what: string, errs: string[]) => {
          if (errs.length) throw new Error(`Pagefind: ${what}: ${errs.join('; ')}`);
        };

        const records = searchRecords(corpus);
        const covered = new Set<string>();
        let others = 0;
        for (const record of records) {
          if (record.source === 'page') {
            const file = join(root, ...record.path.split('/').filter(Boolean), 'index.html');
            const html = pageIndexHtml(readFileSync(file, 'utf8'), record);
            if (html === null) throw new Error(`Pagefind: ${file} không có phần tử data-pagefind-body`);
            fail(record.path, (await index.addHTMLFile({ url: withBase(base, record.path), content: html })).errors);
            covered.add(file);
          } else {
            fail(record.path, (await index.addCustomRecord(customRecordInput(record, base))).errors);
            if (!anchorExists(root, record.path)) logger.warn(`Pagefind: kết quả ${record.path} trỏ tới một chỗ không có trên trang`);
          }
        }
        // Pages of other kinds that opted in, not yet described by records.
        for (const file of htmlFiles(root)) {
          if (covered.has(file)) continue;
          const html = readFileSync(file, 'utf8');
          if (!/\sdata-pagefind-body[\s=>]/.test(html)) continue;
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          fail(path, (await index.addHTMLFile({ url: withBase(base, path), content: separateBlocks(html) })).errors);
          others += 1;
        }

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

/** Built pages read during one index run, by file. */
const pages = new Map<string, string>();

/** Whether a record of a part of a page ("…/#bang-nv-8") lands on an element with that id. */
function anchorExists(root: string, path: string): boolean {
  const [page, anchor] = path.split('#');
  if (!anchor) return true;
  const file = join(root, ...page!.split('/').filter(Boolean), 'index.html');
  if (!pages.has(file)) pages.set(file, existsSync(file) ? readFileSync(file, 'utf8') : '');
  return pages.get(file)!.includes(`id="${anchor}"`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}
