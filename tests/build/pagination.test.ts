/**
 * Lists that grow with the content are split into pages of 50: built with the real build command
 * from a synthetic corpus of 60 documents (bench/generate-corpus.ts). Every item is on exactly
 * one page, the pages link to each other accessibly, and no list page is put in the search index.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { buildSite } from '../support/site.ts';
import { readPage } from '../support/html.ts';
import { OUTPUT } from '../support/paths.ts';

const CONTENT = join(OUTPUT, 'pagination-content');
const SITE = join(OUTPUT, 'pagination-site');
const COUNT = 60;

interface JsonTask { id: string; status: string }
let tasks: JsonTask[];
let buildLog: string;

// The folder's own address (its cau-hinh.yaml), not content/'s.
const OWN_SITE = 'https://phapluat.tinh-thu.example.vn';

beforeAll(async () => {
  generateCorpus({ count: COUNT, dir: CONTENT, seed: 3 });
  const config = join(CONTENT, 'cau-hinh.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^siteUrl: .*$/m, `siteUrl: "${OWN_SITE}"`));
  // With each file's line, as npm run bench builds (checked below).
  const result = await buildSite({ contentDir: CONTENT, outDir: SITE, env: { PORTAL_LOG_PAGES: '1' } });
  if (result.code !== 0) throw new Error(`build failed:\n${result.stderr}`);
  buildLog = stripVTControlCharacters(result.stdout);
  tasks = (JSON.parse(readFileSync(join(SITE, 'api/tasks.json'), 'utf8')) as { tasks: JsonTask[] }).tasks;
});

const page = (path: string) => readPage(SITE, path);
/** The list's pages in order: the list itself, then …/trang/2/, …/trang/3/ while they exist. */
function pagesOf(list: string): string[] {
  const out = [list];
  while (existsSync(join(SITE, list, 'trang', String(out.length + 1), 'index.html'))) out.push(`${list}trang/${out.length + 1}/`);
  return out;
}
const documentLinks = (path: string) => [...page(path).matchAll(/class="lp-doc-list__title"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!);
const cardIds = (path: string) => [...page(path).matchAll(/data-task-id="([^"]+)"/g)].map((m) => m[1]!);
const pagination = (path: string) => /<nav class="lp-pagination[^"]*" aria-label="Phân trang"[\s\S]*?<\/nav>/.exec(page(path))?.[0] ?? null;
/** A list under `dir` (e.g. "nhiem-vu/co-quan") that has a second page. */
function pagedListUnder(dir: string): string {
  const found = readdirSync(join(SITE, dir)).find((name) => existsSync(join(SITE, dir, name, 'trang', '2', 'index.html')));
  if (!found) throw new Error(`no list under /${dir}/ has a second page`);
  return `/${dir}/${found}/`;
}

describe('the build log with PORTAL_LOG_PAGES=1', () => {
  // npm run bench reads each page's time from these lines; by default the build leaves them out.
  it('has the line of each file written, with its time', () => {
    for (const path of ['/van-ban/index.html', '/nhiem-vu/trang/2/index.html', '/api/tasks.json']) {
      expect(buildLog).toMatch(new RegExp(`├─ ${path.replace(/[.]/g, '\\.')} \\(\\+\\d+ms\\)`));
    }
  });
});

describe('a content folder other than content/', () => {
  it('is published at the address its own cau-hinh.yaml gives', () => {
    const documents = (JSON.parse(readFileSync(join(SITE, 'api/documents.json'), 'utf8')) as { documents: { url: string }[] }).documents;
    expect(documents.length).toBe(COUNT);
    for (const d of documents) expect(d.url.startsWith(`${OWN_SITE}/van-ban/`)).toBe(true);
    expect(page('/')).toContain(`<link rel="canonical" href="${OWN_SITE}/"`);
  });
});

describe('browsing a corpus with both Thái Nguyên bodies, before and after the merger', () => {
  it('labels every issuer differently', () => {
    const html = page('/van-ban/');
    const facet = html.slice(html.indexOf('id="facet-theo-co-quan"'), html.indexOf('id="facet-theo-nam"'));
    const labels = [...facet.matchAll(/<a href="\/van-ban\/theo-co-quan\/[^"]+\/"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!);
    expect(labels).toContain('Ban Thường vụ Tỉnh ủy Thái Nguyên (đến 30/06/2025)');
    expect(labels).toContain('Ban Thường vụ Tỉnh ủy Thái Nguyên (từ 01/07/2025)');
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('paginated lists', () => {
  it('shows 50 documents a page on /van-ban/, each document on exactly one page', () => {
    const pages = pagesOf('/van-ban/');
    expect(pages).toEqual(['/van-ban/', '/van-ban/trang/2/']);
    expect(documentLinks('/van-ban/')).toHaveLength(50);
    const all = pages.flatMap(documentLinks);
    expect(all).toHaveLength(COUNT);
    expect(new Set(all).size).toBe(COUNT);
    // The total and the browsing facets stay on every page.
    expect(page('/van-ban/trang/2/')).toContain(`<h1>Văn bản (${COUNT})</h1>`);
    expect(page('/van-ban/trang/2/')).toContain('aria-label="Duyệt văn bản theo thuộc tính"');
  });

  it('links the pages accessibly: a labelled nav, the current page marked, previous and next', () => {
    const first = pagination('/van-ban/')!;
    const second = pagination('/van-ban/trang/2/')!;
    expect(first).toContain('<a href="/van-ban/" aria-current="page"');
    expect(first).toMatch(/<a href="\/van-ban\/trang\/2\/" rel="next"[^>]*>Trang sau<\/a>/);
    expect(first).not.toContain('rel="prev"');
    expect(second).toContain('<a href="/van-ban/trang/2/" aria-current="page"');
    expect(second).toMatch(/<a href="\/van-ban\/" rel="prev"[^>]*>Trang trước<\/a>/);
    expect(second).not.toContain('rel="next"');
    expect(second).toContain(`văn bản 51–${COUNT} trong tổng số ${COUNT}`);
    expect(page('/van-ban/trang/2/')).toContain('<title>Văn bản – trang 2 – ');
  });

  it('paginates the register: every task once, counts and exports on the first page only', () => {
    const pages = pagesOf('/nhiem-vu/');
    expect(pages.length).toBe(Math.ceil(tasks.length / 50));
    const ids = pages.flatMap(cardIds);
    expect(ids.sort()).toEqual(tasks.map((t) => t.id).sort());
    expect(page('/nhiem-vu/')).toContain('class="lp-task-counts"');
    expect(page(pages[1]!)).not.toContain('class="lp-task-counts"');
    expect(page(pages[1]!)).not.toContain('href="/api/tasks.csv"');
    // Every page keeps the static filter links; the instant filter says it works on the page shown.
    expect(page(pages[1]!)).toContain('aria-label="Trang lọc nhiệm vụ"');
    expect(page(pages[1]!)).toMatch(/data-task-filter-scope="trên trang này"[^>]*>Đang hiện 50\/50 nhiệm vụ trên trang này</);
  });

  it('offers in the instant filter only documents that have a task on the page', () => {
    const html = page('/nhiem-vu/trang/2/');
    const onPage = new Set(cardIds('/nhiem-vu/trang/2/').map((id) => id.split('--').slice(0, 2).join('/')));
    const select = /<select id="loc-van-ban"[\s\S]*?<\/select>/.exec(html)![0];
    const offered = [...select.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]!);
    expect(offered.sort()).toEqual([...onPage].sort());
  });

  it('paginates a status page and an agency page, each task on exactly one page', () => {
    const overdue = tasks.filter((t) => t.status === 'overdue').map((t) => t.id);
    expect(overdue.length).toBeGreaterThan(50);
    expect(pagesOf('/nhiem-vu/trang-thai/qua-han/').flatMap(cardIds).sort()).toEqual(overdue.sort());

    const agency = pagedListUnder('nhiem-vu/co-quan');
    const pages = pagesOf(agency);
    const cards = pages.flatMap(cardIds);
    // Role by role: a task the body both leads and coordinates is listed under each role.
    expect(cards.length).toBeGreaterThan(50 * (pages.length - 1));
    expect(pagination(agency)).toContain(`<a href="${agency}trang/2/" rel="next"`);
  });

  it("links a document's tasks from its page to their cards on whichever register page they are, without ?van-ban=", () => {
    // The instant filter (?van-ban=) narrows only the register page shown: a document page must
    // not rely on it once the register has several pages.
    const byDocument = Map.groupBy(tasks, (t) => t.id.split('--').slice(0, 2).join('--'));
    const docs = (JSON.parse(readFileSync(join(SITE, 'api/documents.json'), 'utf8')) as { documents: { id: string; url: string }[] }).documents;
    let laterPages = 0;
    for (const d of docs) {
      const own = byDocument.get(d.id.replace('/', '--')) ?? [];
      if (!own.length) continue;
      const path = new URL(d.url).pathname;
      const html = page(path);
      expect(html).not.toContain('?van-ban=');
      const links = [...html.matchAll(/<tr data-task-id="([^"]+)">[\s\S]*?<a href="(\/nhiem-vu\/[^"#]*)#([^"]+)"/g)];
      expect(links.map((m) => m[1]).sort()).toEqual(own.map((t) => t.id).sort());
      for (const [, id, list, anchor] of links) {
        expect(anchor).toBe(id);
        expect({ id, onPage: page(list!).includes(`id="${id}"`) }).toEqual({ id, onPage: true });
        if (list !== '/nhiem-vu/') laterPages++;
      }
    }
    expect(laterPages).toBeGreaterThan(0);
  });

  it('puts no list page in the search index', () => {
    const listed = readdirSync(SITE, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)trang\/\d+\/index\.html$/.test(f));
    expect(listed.length).toBeGreaterThan(5);
    for (const file of listed) {
      expect({ file, optsIn: readFileSync(join(SITE, file), 'utf8').includes('data-pagefind-body') }).toEqual({ file, optsIn: false });
    }
    for (const list of ['/van-ban/', '/nhiem-vu/', '/nhiem-vu/trang-thai/qua-han/']) {
      expect({ list, optsIn: page(list).includes('data-pagefind-body') }).toEqual({ list, optsIn: false });
    }
  });
});
