/**
 * The search page in the browser: URL ⇄ form, Pagefind searches as typed and folded, our
 * ranking and excerpts (src/lib/search/), results into [data-search-results].
 */
import { FILTERS, SORTS, hasFilters, pagefindFilters, readSearchState, searchStateToParams, type SearchState } from '../lib/search/filters.ts';
import { parseQuery } from '../lib/search/match.ts';
import { mergeById, rankResults, searchVariants, type Candidate } from '../lib/search/rank.ts';
import { visibleText } from '../lib/search/excerpt.ts';
import { resultHtml, statusText, type ShownResult } from '../lib/search/render.ts';

interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results whose data is loaded and ranked; a first page of results on a small site is all of them. */
const LOAD_LIMIT = 60;
const SHOW_LIMIT = 50;
const DEBOUNCE_MS = 250;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const section = document.querySelector<HTMLElement>('[data-search-section]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');

let pagefind: Promise<Pagefind> | null = null;
let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
    // baseUrl '/': indexed URLs already carry the base path. noWorker: on an index this size a
    // search takes milliseconds, and the worker would be a second 43 KB script to fetch.
    await pf.options({ baseUrl: '/', noWorker: true });
    return pf;
  })().catch((error: unknown) => {
    pagefind = null; // let the next search try again
    throw error;
  });
  return pagefind;
}

function stateFromForm(): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form!)) if (typeof value === 'string') params.append(key, value);
  return readSearchState(params);
}

function fillForm(state: SearchState): void {
  input!.value = state.q;
  for (const f of FILTERS) {
    const select = form!.querySelector<HTMLSelectElement>(`[data-search-filter="${f.key}"]`);
    if (select) select.value = state.filters[f.key] ?? '';
  }
  const sort = form!.querySelector<HTMLSelectElement>('[data-search-sort]');
  if (sort) sort.value = SORTS.find((s) => s.id === state.sort)!.param;
}

function writeUrl(state: SearchState): void {
  const params = searchStateToParams(state).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

interface Loaded extends Candidate, ShownResult {}

async function run(state: SearchState): Promise<void> {
  const token = ++latest;
  list!.dataset.searchState = 'loading';
  writeUrl(state);
  const filters = pagefindFilters(state);
  if (!state.q && !hasFilters(state)) {
    list!.innerHTML = '';
    list!.dataset.searchCount = '0';
    status!.textContent = '';
    finish(state);
    return;
  }
  try {
    const pf = await loadPagefind();
    const q = parseQuery(state.q);
    const variants: (string | null)[] = state.q ? searchVariants(q) : [null];
    const searches = await Promise.all(variants.map((v) => pf.search(v, { filters })));
    const merged = mergeById(searches.map((s) => s?.results ?? []));
    const loaded = await Promise.all(
      merged.slice(0, LOAD_LIMIT).map(async (r, order): Promise<Loaded> => {
        const d = await r.data();
        return { order, url: d.url, text: visibleText(d.content), meta: d.meta, title: d.meta.title ?? d.url };
      }),
    );
    if (token !== latest) return;
    const ranked = rankResults(loaded, q, state.q ? state.sort : 'newest').slice(0, SHOW_LIMIT);
    list!.innerHTML = ranked.map((r) => resultHtml(r.candidate, q)).join('');
    status!.textContent = statusText(merged.length, state);
    list!.dataset.searchCount = String(merged.length);
  } catch (error) {
    if (token !== latest) return;
    console.error(error);
    list!.innerHTML = '';
    list!.dataset.searchCount = '0';
    status!.textContent = 'Không tải được chức năng tìm kiếm. Hãy thử tải lại trang, hoặc duyệt danh sách văn bản.';
  }
  finish(state);
}

function finish(state: SearchState): void {
  list!.dataset.searchQuery = state.q;
  list!.dataset.searchState = 'done';
}

function schedule(delay: number): void {
  clearTimeout(timer);
  // Marked at once, so nobody reads the previous results as the answer to the new query.
  list!.dataset.searchState = 'loading';
  const state = stateFromForm();
  timer = setTimeout(() => void run(state), delay);
}

if (form && input && section && list && status) {
  section.hidden = false;
  const initial = readSearchState(new URLSearchParams(location.search));
  fillForm(initial);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule(0);
  });
  input.addEventListener('input', () => schedule(DEBOUNCE_MS));
  form.addEventListener('change', (event) => {
    if (event.target !== input) schedule(0);
  });
  // Fetch the index while the user is still typing their first query.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  void run(initial);
}
