/**
 * The search page in the browser: URL ⇄ form, Pagefind searches as typed and folded, our
 * ranking and excerpts (src/lib/search/), results into [data-search-results], more with
 * [data-search-more]. Pagefind and the ranking code (search-engine.ts) load with the first search
 * or when the box gets focus, not with the page.
 *
 * Typing searches after a pause (DEBOUNCE_MS); a submitted form, a changed filter and a URL
 * opened with ?q=… search at once.
 */
import { FILTERS, PAGEFIND_RANKING, SCOPES, SCOPE_CHOICES, SORTS, firstScope, hasFilters, pagefindFilters, readSearchState, searchStateToParams, type Scope, type SearchState } from '../lib/search/filters.ts';
import type { Pagefind, SearchSession, SearchStep } from './search-engine.ts';
import { indexSpelling } from '../lib/search/index-spelling.ts';

const DEBOUNCE_MS = 250;
/**
 * While the reader types, the results follow each pause, but the live region speaks only once
 * they stop for this long: a count per pause ("…cho “t”", "…cho “th”"…) is noise to a screen
 * reader. Enter, a filter or "Xem thêm" are answered at once.
 */
const TYPING_ANNOUNCE_MS = 1000;

/** Pagefind's module: the search-engine's Pagefind, and the merging of an index's other bundles. */
type PagefindModule = Pagefind & {
  /** Searches the bundle at `path` too; `o` are its options, as options() gives the first bundle's. */
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
};

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const section = document.querySelector<HTMLElement>('[data-search-section]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const fullText = document.querySelector<HTMLAnchorElement>('[data-search-full-text]');
const heading = section?.querySelector<HTMLElement>('h2') ?? null;

/** The Pagefind of each index, loaded when first needed. */
const pagefind = new Map<Scope, Promise<Pagefind>>();
let engine: Promise<typeof import('./search-engine.ts')> | null = null;
let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let announceTimer: ReturnType<typeof setTimeout> | undefined;

/** Sets the live region's sentence, now or after `delay` ms (a newer sentence cancels it). */
function announce(text: string, delay = 0): void {
  clearTimeout(announceTimer);
  if (delay) announceTimer = setTimeout(() => (status!.textContent = text), delay);
  else status!.textContent = text;
}
/** The search whose results are shown, for "Xem thêm kết quả", and how many steps of it are. */
let session: { search: SearchSession; state: SearchState; steps: number } | null = null;

function loadPagefind(scope: Scope): Promise<Pagefind> {
  const loaded = pagefind.get(scope);
  if (loaded) return loaded;
  const loading = (async () => {
    const [first, ...others] = SCOPES[scope].dirs.map((dir) => `${import.meta.env.BASE_URL}${dir}`);
    const pf = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as PagefindModule;
    // baseUrl '/': indexed URLs already carry the base path. noWorker: on an index this size a
    // search takes milliseconds, and the worker would be a second 43 KB script to fetch.
    const ranking = PAGEFIND_RANKING;
    await pf.options({ baseUrl: '/', noWorker: true, ranking });
    // The index's other bundles (filters.ts, SCOPES): options() sets the first bundle only.
    await Promise.all(others.map((path) => pf.mergeIndex(path, { baseUrl: '/', ranking })));
    return pf;
  })().catch((error: unknown) => {
    pagefind.delete(scope); // let the next search try again
    throw error;
  });
  pagefind.set(scope, loading);
  return loading;
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
  const scope = form!.querySelector<HTMLSelectElement>('[data-search-scope]');
  if (scope) scope.value = SCOPE_CHOICES.find((s) => s.id === state.scope)!.param;
}

/**
 * How a search goes into the history: `typed` (a pause in typing) adds one entry for the query
 * being typed, which the next pauses update; `submitted` (Enter, a filter) settles it, or adds
 * an entry when the query changed since the last settled one; `restored` (the page opened, Back,
 * Forward) adds none.
 * So Back goes to each search the reader made, not to each pause in typing it.
 */
type HistoryStep = 'typed' | 'submitted' | 'restored';

/**
 * What a search's history entry remembers, so that coming back to it (Back from a result, or
 * from a later search) shows what was left: the query still being typed, how many steps of
 * results were shown ("Xem thêm kết quả" pressed twice: 3) and where the page was scrolled.
 */
interface EntryState {
  typing?: boolean;
  steps?: number;
  scrollY?: number;
}

/** Marks the history entry of a query still being typed. */
const TYPING: EntryState = { typing: true };

function entryState(): EntryState {
  const state: unknown = history.state;
  return state && typeof state === 'object' ? (state as EntryState) : {};
}

/** Adds to what the current history entry remembers. */
function remember(patch: EntryState): void {
  history.replaceState({ ...entryState(), ...patch }, '');
}

function writeUrl(state: SearchState, step: HistoryStep): void {
  const params = searchStateToParams(state).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  // The entry's own address, in the form the page writes it.
  if (step === 'restored') {
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
    return;
  }
  const typing = entryState().typing === true;
  const next = step === 'typed' ? TYPING : null;
  if (typing) history.replaceState(next, '', url);
  else if (url !== `${location.pathname}${location.search}`) {
    remember({ scrollY }); // where the search left behind was read
    history.pushState(next, '', url);
  }
}

function show(step: SearchStep, append: boolean, state: SearchState, announceDelay = 0): void {
  if (append) list!.insertAdjacentHTML('beforeend', step.html);
  else list!.innerHTML = step.html;
  announce(step.status, announceDelay);
  list!.dataset.searchCount = String(step.count);
  list!.dataset.searchScope = step.scope;
  if (more) more.hidden = !step.more;
  // Answered by the short index: offer the same search in the full text.
  if (fullText) {
    fullText.hidden = step.scope !== 'brief' || !state.q;
    fullText.href = `${location.pathname}?${searchStateToParams({ ...state, scope: 'full' }).toString()}`;
  }
}

function failed(error: unknown): void {
  console.error(error);
  session = null;
  list!.innerHTML = '';
  list!.dataset.searchCount = '0';
  if (more) more.hidden = true;
  if (fullText) fullText.hidden = true;
  announce('Không tải được chức năng tìm kiếm. Hãy thử tải lại trang, hoặc duyệt danh sách văn bản.');
}

/** Runs a search; `step` "typed": started by a pause in typing, so its sentence waits (TYPING_ANNOUNCE_MS). */
async function run(state: SearchState, step: HistoryStep): Promise<void> {
  const typed = step === 'typed';
  clearTimeout(timer);
  const token = ++latest;
  session = null;
  // A restored entry is shown as it was left: as many steps, scrolled as far.
  const left = step === 'restored' ? entryState() : {};
  list!.dataset.searchState = 'loading';
  writeUrl(state, step);
  // Nothing asked: no results heading over an empty list.
  const empty = !state.q && !hasFilters(state);
  list!.hidden = empty;
  if (heading) heading.hidden = empty;
  if (empty) {
    list!.innerHTML = '';
    list!.dataset.searchCount = '0';
    announce('');
    if (more) more.hidden = true;
    if (fullText) fullText.hidden = true;
    finish(state);
    return;
  }
  try {
    // The index asked first loads alongside the engine, not after it.
    const [, { openSearch }] = await Promise.all([loadPagefind(firstScope(state)), loadEngine()]);
    const opened = await openSearch(loadPagefind, state);
    let shown = await opened.next();
    if (token !== latest) return;
    session = { search: opened, state, steps: 1 };
    show(shown, false, state, typed ? TYPING_ANNOUNCE_MS : 0);
    if (step !== 'restored') remember({ steps: 1, scrollY: undefined });
    while (shown.more && session.steps < (left.steps ?? 1)) {
      shown = await opened.next();
      if (token !== latest) return;
      session.steps++;
      show(shown, true, state);
    }
    if (left.scrollY !== undefined) scrollTo(0, left.scrollY);
  } catch (error) {
    if (token !== latest) return;
    failed(error);
  }
  finish(state);
}

/** "Xem thêm kết quả": the next results below the others, focus on the first of them. */
async function showMore(): Promise<void> {
  const current = session;
  if (!current) return;
  const token = latest;
  const query = list!.dataset.searchQuery ?? '';
  list!.dataset.searchState = 'loading';
  const before = list!.children.length;
  try {
    const step = await current.search.next();
    if (token !== latest) return;
    show(step, true, current.state);
    remember({ steps: ++current.steps });
    list!.children[before]?.querySelector('a')?.focus();
  } catch (error) {
    if (token !== latest) return;
    failed(error);
  }
  list!.dataset.searchQuery = query;
  list!.dataset.searchState = 'done';
}

function finish(state: SearchState): void {
  list!.dataset.searchQuery = state.q;
  list!.dataset.searchState = 'done';
}

function schedule(delay: number): void {
  clearTimeout(timer);
  // Marked at once, so nobody reads the previous results as the answer to the new query.
  list!.dataset.searchState = 'loading';
  clearTimeout(announceTimer);
  const state = stateFromForm();
  timer = setTimeout(() => void run(state, 'typed'), delay);
  // Meanwhile, fetch the index chunks of the words typed so far.
  if (state.q) void loadPagefind(firstScope(state)).then((pf) => pf.preload(indexSpelling(state.q), { filters: pagefindFilters(state) })).catch(() => undefined);
}

if (form && input && section && list && status) {
  form.hidden = false;
  section.hidden = false;
  const initial = readSearchState(new URLSearchParams(location.search));
  fillForm(initial);
  // The filters are open on a wide screen, or when the URL chose one; on a phone they would push
  // the results below the first screen.
  const panel = form.querySelector<HTMLDetailsElement>('[data-search-panel]');
  const chosen = Object.values(initial.filters).some(Boolean) || initial.sort !== 'relevance' || initial.scope !== 'auto';
  if (panel) panel.open = chosen || matchMedia('(min-width: 48rem)').matches;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(stateFromForm(), 'submitted');
  });
  input.addEventListener('input', () => schedule(DEBOUNCE_MS));
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run(stateFromForm(), 'submitted');
  });
  // Back and Forward: the search of that entry, its form filled in again.
  addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    fillForm(state);
    void run(state, 'restored');
  });
  more?.addEventListener('click', () => void showMore());
  // The page restores its own scroll (run), once the results it had are shown again: the
  // browser's would come before them, at a height the page no longer has.
  history.scrollRestoration = 'manual';
  addEventListener('pagehide', () => remember({ scrollY }));
  // Also kept as the reader scrolls, for Forward to an entry left by Back.
  let scrolled: ReturnType<typeof setTimeout> | undefined;
  addEventListener('scroll', () => {
    clearTimeout(scrolled);
    scrolled = setTimeout(() => remember({ scrollY }), 300);
  }, { passive: true });
  // Fetch the index while the user is still typing their first query.
  input.addEventListener('focus', () => void Promise.all([loadPagefind('brief'), loadEngine()]).catch(() => undefined), { once: true });
  void run(initial, 'restored');
}
