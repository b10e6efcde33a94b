/**
 * The heavy half of the search page: Pagefind queries, our ranking and excerpts
 * (src/lib/search/). src/scripts/search.ts imports it dynamically with the first search, so the
 * page itself loads only the small form script (the page-weight budget counts script loaded
 * before the reader interacts).
 */
import { pagefindFilters, type SearchState } from '../lib/search/filters.ts';
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
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results whose data is loaded and ranked; a first page of results on a small site is all of them. */
const LOAD_LIMIT = 60;
const SHOW_LIMIT = 50;

interface Loaded extends Candidate, ShownResult {}

export interface SearchOutcome {
  /** The result list items, as HTML (escaped by render.ts). */
  html: string;
  /** The live status line. */
  status: string;
  /** How many results matched (more than are shown when over SHOW_LIMIT). */
  count: number;
}

/** Runs a search with its filters and renders the ranked results. */
export async function searchOutcome(pf: Pagefind, state: SearchState): Promise<SearchOutcome> {
  const filters = pagefindFilters(state);
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
  const ranked = rankResults(loaded, q, state.q ? state.sort : 'newest').slice(0, SHOW_LIMIT);
  return { html: ranked.map((r) => resultHtml(r.candidate, q)).join(''), status: statusText(merged.length, state), count: merged.length };
}
