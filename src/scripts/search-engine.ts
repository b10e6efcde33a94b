/**
 * The heavy half of the search page: Pagefind queries, our ranking and excerpts
 * (src/lib/search/). src/scripts/search.ts imports it dynamically with the first search, so the
 * page itself loads only the small form script (the page-weight budget counts script loaded
 * before the reader interacts).
 *
 * Pagefind finds pages; a page's data (its fragment) is loaded only for the pages whose results
 * are shown, PAGE_SIZE at a time ("Xem thêm kết quả" loads the next ones). A document's matching
 * tasks come from the same fragment (src/lib/search/parts.ts).
 *
 * There are two indexes (SCOPES): the short one answers first; when it finds less than a screen
 * of pages for a query, or none of the first screen shows the query, the full text answers
 * instead (it holds every word of the short one, so it finds those pages too), unless the reader
 * chose one of them. Tasks are in the full text only.
 */
import { SCOPES, firstScope, pagefindFilters, type Scope, type SearchState } from '../lib/search/filters.ts';
import { parseQuery } from '../lib/search/match.ts';
import { concernsNumber, gluedNumber, mergeById, phraseFirst, rankResults, searchVariants, type Candidate } from '../lib/search/rank.ts';
import { docNumberTokenPrefix } from '../lib/search/doc-number.ts';
import { pageResult, partMatches, partResults, readableFragment, type FragmentResult, type PageFragment } from '../lib/search/parts.ts';
import { hasStrokedD, indexSpelling } from '../lib/search/index-spelling.ts';
import { noNumberText, partialStatusText, resultHtml, statusText } from '../lib/search/render.ts';

interface PagefindResult {
  id: string;
  /** Where the page has the words of the query (their places among its words). */
  words?: number[];
  data(): Promise<PageFragment>;
}
interface PagefindOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  /** Fetches the index chunks a search for `q` will need. */
  preload(q: string, o?: PagefindOptions): Promise<void>;
  search(q: string | null, o?: PagefindOptions): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * The searches of each Pagefind, one after another: exactSearch changes an option of the index for
 * one search. (A preload, search.ts, stops before the option is read, so it need not wait.)
 */
const queues = new WeakMap<Pagefind, Promise<unknown>>();

function exclusive<T>(pf: Pagefind, work: () => Promise<T>): Promise<T> {
  const done = (queues.get(pf) ?? Promise.resolve()).then(work, work);
  queues.set(pf, done.catch(() => undefined));
  return done;
}

/**
 * Pagefind's search of `query` with its exact diacritics: only the words spelled as typed, đ
 * (ḍ, index-spelling.ts) not folded to d. The option is the index's, not the search's, so it is
 * set for this search alone, which `exclusive` keeps from overlapping any other. It is set on the
 * first bundle only (Pagefind's options()), so it is asked only of an index of one bundle.
 */
async function exactSearch(pf: Pagefind, query: string, options: PagefindOptions): Promise<PagefindResult[]> {
  await pf.options({ exactDiacritics: true });
  try {
    return (await pf.search(indexSpelling(query), options))?.results ?? [];
  } finally {
    await pf.options({ exactDiacritics: false });
  }
}

/** Pages whose data is loaded per step: the results of one screen. */
const PAGE_SIZE = 10;
/** With the "Nhiệm vụ" filter a page may hold no matching task: read at most this many pages per step. */
const MAX_PAGES_PER_STEP = 30;

type Loaded = Candidate & FragmentResult;

/** One step of results. */
export interface SearchStep {
  /** The new result list items, as HTML (escaped by render.ts). */
  html: string;
  /** The live status line. */
  status: string;
  /** The count the status states. */
  count: number;
  /** Whether there are pages not loaded yet. */
  more: boolean;
  /** The index that answered. */
  scope: Scope;
}

/** A search whose results are shown a step at a time. */
export interface SearchSession {
  next(): Promise<SearchStep>;
}

/**
 * Runs the Pagefind searches for a state (as typed, and a number's glued spelling) in the index its
 * scope calls for (`load` gives the Pagefind of an index) and returns a session whose steps load,
 * rank and render the next pages' results.
 */
export async function openSearch(load: (scope: Scope) => Promise<Pagefind>, state: SearchState): Promise<SearchSession> {
  const filters = pagefindFilters(state);
  const q = parseQuery(state.q);
  const order = state.q ? state.sort : 'newest';
  const options: PagefindOptions = order === 'newest' ? { filters, sort: { date: 'desc' } } : { filters };
  const variants: (string | null)[] = state.q ? searchVariants(q) : [null];
  // A number query: first the documents with that number themselves (their hidden number word).
  const token = q.number ? docNumberTokenPrefix(q.number) : null;
  if (token) variants.unshift(token);
  // The number's own spellings: the document's hidden number word, and the glued spelling that the
  // hidden text of every page writing or citing the number holds.
  const numberSpellings = new Set(token ? [token, gluedNumber(q)] : []);
  /** The first pages each of the number's own spellings found, in the last index searched. */
  let spelled: PagefindResult[] = [];

  // A query written with đ: first the pages that write its words with đ. Folded to d (as ḍ), "Điện
  // Biên" is a variant of "diện", and Pagefind ranks a variant as typed only about twice a folded
  // one: at 10,000 documents the titles with "toàn diện" outweighed "Điện Biên" in the text.
  // The folded search still runs, for the pages only it finds (another tone mark, "hoà" for "hòa").
  const exactFirst = order === 'relevance' && !q.number && hasStrokedD(q.text);

  async function find(pf: Pagefind, scope: Scope): Promise<PagefindResult[]> {
    const exact = exactFirst && SCOPES[scope].dirs.length === 1;
    // One after the other: a search reads the option when its index chunks are in, not when asked.
    const [searches, exactResults] = await exclusive(pf, async () => {
      const folded = await Promise.all(variants.map((v) => pf.search(v === null ? null : indexSpelling(v), options)));
      return [folded, exact ? await exactSearch(pf, q.text, options) : []] as const;
    });
    // Each spelling's first pages: the pages that have it, if any do (near words come only when none does).
    spelled = mergeById(searches.filter((_, i) => numberSpellings.has(variants[i]!)).map((s) => (s?.results ?? []).slice(0, PAGE_SIZE)));
    const found = mergeById(searches.map((s) => s?.results ?? []));
    if (order !== 'newest') return q.number ? found : phraseFirst(mergeById([exactResults, found]), q.words.length);
    if (variants.length < 2) return found;
    // Each search is in date order; their merge is not. Pagefind's date order of all pages restores it.
    const all = await exclusive(pf, () => pf.search(null, options));
    const at = new Map((all?.results ?? []).map((r, i) => [r.id, i]));
    return found.map((r, i) => ({ r, i, at: at.get(r.id) ?? Infinity })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.r);
  }
  const kind = state.filters.kind;
  // A page's data is read once, whichever asks first.
  const fragments = new Map<PagefindResult, Promise<PageFragment>>();
  const fragmentOf = (r: PagefindResult): Promise<PageFragment> => {
    let f = fragments.get(r);
    if (!f) fragments.set(r, (f = r.data().then(readableFragment)));
    return f;
  };
  /**
   * Whether the short index's answer stands: a screen of pages, some of which show the query in
   * their own words. When a word is in none of its pages, Pagefind offers pages with near words
   * ("môn" for "mỏng"), which must not hide the pages of the full text that have it.
   */
  async function shortIndexAnswers(found: PagefindResult[]): Promise<boolean> {
    if (found.length < PAGE_SIZE) return false;
    const first = await Promise.all(found.slice(0, PAGE_SIZE).map(fragmentOf));
    return first.some((f) => partMatches(pageResult(f), q));
  }

  let scope = firstScope(state);
  let pages = await find(await load(scope), scope);
  // Filters alone need no full text: both indexes hold every page with the same filters.
  if (state.scope === 'auto' && state.q && scope === 'brief' && !(await shortIndexAnswers(pages))) {
    scope = 'full';
    pages = await find(await load(scope), scope);
  }

  // Whether any page is, writes or cites the number the query names. Pagefind answers a word no
  // page has with pages of near words ("8cttu" for "9cttu"), so the first pages its spellings
  // found are read (they come first in the results, and are read for them anyway) and checked.
  const numberFound = !q.number || (await Promise.all(spelled.map(fragmentOf))).some((f) => [pageResult(f), ...partResults(f)].some((r) => concernsNumber(r, q)));

  const showPages = kind !== 'nhiem-vu';
  const showParts = !kind || kind === 'nhiem-vu';
  let loaded = 0;
  /** Results listed so far, and how many of them are tasks. */
  let found = 0;
  let tasksFound = 0;

  async function next(): Promise<SearchStep> {
    // A number no page is, writes or cites ("09-CT/TU"): the pages found share only its letters and
    // digits ("CT", "TU"), and listing them would say the portal has such a document.
    if (!numberFound) return { html: '', status: noNumberText(state), count: 0, more: false, scope };
    const items: Loaded[] = [];
    const stepStart = loaded;
    while (loaded < pages.length && items.length < PAGE_SIZE && loaded - stepStart < MAX_PAGES_PER_STEP) {
      const start = loaded;
      const batch = pages.slice(start, start + PAGE_SIZE);
      loaded += batch.length;
      const read = await Promise.all(batch.map(fragmentOf));
      read.forEach((f, i) => {
        if (showPages) items.push({ ...pageResult(f), order: start + i });
        if (showParts) {
          // A task right after its page when they match equally (order breaks the last tie).
          partResults(f).filter((p) => partMatches(p, q)).forEach((p, j) => items.push({ ...p, order: start + i + (j + 1) / 1000 }));
        }
      });
    }
    const ranked = rankResults(items, q, order);
    const more = loaded < pages.length;
    found += items.length;
    tasksFound += items.filter((i) => i.meta.kind === 'nhiem-vu').length;
    // Counting pages is free; counting tasks means reading every page, so only the tasks of the
    // pages read are counted: while pages are left, a count that includes tasks is a lower bound.
    const count = showPages ? pages.length + (showParts ? tasksFound : 0) : found;
    const atLeast = showPages && showParts && scope === 'full' && more;
    const status = showPages || !more ? statusText(count, state, scope, { shown: found, atLeast }) : partialStatusText(count, state, scope);
    return { html: ranked.map((r) => resultHtml(r.candidate, q)).join(''), status, count, more, scope };
  }
  return { next };
}
