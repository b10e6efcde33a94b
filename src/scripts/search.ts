/**
 * The search page in the browser: URL ⇄ form, Pagefind searches as typed and folded, our
 * ranking and excerpts (src/lib/search/), results into [data-search-results]. Pagefind and the
 * ranking code (search-engine.ts) load with the first search or when the box gets focus, not with
 * the page.
 */
import { FILTERS, SORTS, hasFilters, readSearchState, searchStateToParams, type SearchState } from '../lib/search/filters.ts';
import type { Pagefind } from './search-engine.ts';

const DEBOUNCE_MS = 250;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const section = document.querySelector<HTMLElement>('[data-search-section]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');

let pagefind: Promise<Pagefind> | null = null;
let engine: Promise<typeof import('./search-engine.ts')> | null = null;
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

function loadEngine(): Promise<typeof import('./search-engine.ts')> {
  engine ??= import('./search-engine.ts').catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
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

async function run(state: SearchState): Promise<void> {
  const token = ++latest;
  list!.dataset.searchState = 'loading';
  writeUrl(state);
  if (!state.q && !hasFilters(state)) {
    list!.innerHTML = '';
    list!.dataset.searchCount = '0';
    status!.textContent = '';
    finish(state);
    return;
  }
  try {
    const [pf, { searchOutcome }] = await Promise.all([loadPagefind(), loadEngine()]);
    const outcome = await searchOutcome(pf, state);
    if (token !== latest) return;
    list!.innerHTML = outcome.html;
    status!.textContent = outcome.status;
    list!.dataset.searchCount = String(outcome.count);
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
  input.addEventListener('focus', () => void Promise.all([loadPagefind(), loadEngine()]).catch(() => undefined), { once: true });
  void run(initial);
}
