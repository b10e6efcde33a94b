/**
 * The search filters: their Pagefind keys, URL parameters and Vietnamese labels, the kinds of
 * content, and the state of a search as it lives in the URL (`/tim-kiem/?q=…&loai=chi-thi`).
 * One table, read by the index (what records are tagged with), the page (the selects) and
 * the browser script (URL ⇄ Pagefind options).
 */

/** A filter of the search page. */
export interface FilterDef {
  /** Pagefind filter key the records are tagged with. */
  key: FilterKey;
  /** URL parameter (Vietnamese, like the rest of the site's URLs). */
  param: string;
  /** Label of the select. */
  label: string;
  /** Facet page segment of /van-ban/ with the same values ("theo-loai"), when there is one. */
  facet: string | null;
}

export type FilterKey = 'kind' | 'type' | 'issuer' | 'year' | 'status' | 'field';

export const FILTERS: readonly FilterDef[] = [
  { key: 'kind', param: 'noi-dung', label: 'Loại nội dung', facet: null },
  { key: 'type', param: 'loai', label: 'Loại văn bản', facet: 'theo-loai' },
  { key: 'issuer', param: 'co-quan', label: 'Cơ quan ban hành', facet: 'theo-co-quan' },
  { key: 'year', param: 'nam', label: 'Năm ban hành', facet: 'theo-nam' },
  { key: 'status', param: 'hieu-luc', label: 'Tình trạng hiệu lực', facet: 'theo-hieu-luc' },
  { key: 'field', param: 'linh-vuc', label: 'Lĩnh vực', facet: 'theo-linh-vuc' },
];

/** A kind of content the search covers. A new kind is one line here plus its records. */
export interface KindDef {
  /** Filter value and URL value. */
  id: string;
  /** Shown in the select and on each result. */
  label: string;
}

export const KINDS: readonly KindDef[] = [
  { id: 'van-ban', label: 'Văn bản' },
  { id: 'nhiem-vu', label: 'Nhiệm vụ' },
  { id: 'hoi-dap', label: 'Hỏi đáp' },
  { id: 'ngay-doc', label: 'Ngày đọc văn bản' },
  { id: 'infographic', label: 'Infographic' },
];

export function kindLabel(id: string): string {
  return KINDS.find((k) => k.id === id)?.label ?? id;
}

/** The class of a document page's sections that hold its text (the short index leaves them out). */
export const DOC_BODY_CLASS = 'lp-doc-body';

/**
 * The indexes of the search: the short index ("tom-tat"), which answers first, and the full text
 * ("toan-van"). The short index holds what a page says about itself: a document's title, number,
 * attributes, summary, signer and the numbers it cites, not its text, so a word every document
 * uses many times costs a few bytes per document there. Tasks are rows of a document's text:
 * they are in the full text. `exclude` is what the index leaves out of every page besides the
 * boilerplate both leave out: a document's text (the `.lp-doc-body` sections of its page, which
 * index-html.ts also cuts out of the short index's copy of a record's page) and its signature,
 * which repeats the "Người ký" attribute. A record's hidden words and metadata are written for
 * each index apart (recordTags).
 *
 * `dirs` are the index's bundles, folders under the site's base. An index of several bundles is
 * one index split by page (bundleOf): each bundle has a Pagefind process of its own, and the
 * browser merges them (Pagefind's mergeIndex). Pagefind's time to write a bundle grows faster
 * than its pages, and so does its memory while it writes: at 10,000 documents the full text took
 * 44 s as one bundle, and as two, written one after the other, 16 s each. The first folder is the
 * one the browser loads; the others are merged into it.
 */
export const SCOPES = {
  brief: { param: 'tom-tat', dirs: ['pagefind/'], exclude: [`.${DOC_BODY_CLASS}`, '.lp-signer'] },
  full: { param: 'toan-van', dirs: ['pagefind/toan-van/', 'pagefind/toan-van-2/'], exclude: [] },
} as const satisfies Record<string, { param: string; dirs: readonly string[]; exclude: readonly string[] }>;
export type Scope = keyof typeof SCOPES;

/**
 * Pagefind's ranking options, as the search page sets them (and the search benchmark, to time
 * Pagefind alone as the page uses it). pageLength 0.1 instead of Pagefind's 0.75: the documents
 * are the long pages, and with the default a short Q&A quoting a document outranks the document
 * itself so far that it would not be among the results loaded first.
 */
export const PAGEFIND_RANKING = { pageLength: 0.1 } as const;

/**
 * Which of `bundles` bundles holds each page, by its sort date ("YYYY-MM-DD"; null for a page
 * without one, which goes in the first). Pages are dealt in date order, newest to the first
 * bundle: Pagefind scores a date-sorted result by its place in its own bundle's date order, and
 * merges the bundles' results by score, the first bundle's first on equal scores. Dealt this
 * way, the merged results of any search are in date order as one bundle would give them.
 */
export function bundleOf<T>(pages: readonly T[], date: (page: T) => string | null, bundles: number): Map<T, number> {
  const out = new Map<T, number>();
  const dated = pages.map((page, i) => ({ page, i, date: date(page) })).filter((p): p is { page: T; i: number; date: string } => p.date !== null);
  // Ties in date keep the pages' own order; which of them Pagefind puts first does not change the result.
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  dated.forEach(({ page }, rank) => out.set(page, bundles - 1 - (rank % bundles)));
  for (const page of pages) if (!out.has(page)) out.set(page, 0);
  return out;
}

/**
 * Where a search looks (URL parameter SCOPE_PARAM): by default the short index, and the full text
 * instead when the short index finds less than a screen of results or none of that screen shows
 * the query (src/scripts/search-engine.ts); or one index only. A search
 * for tasks (kind "nhiem-vu") always looks in the full text, where the task rows are.
 */
export type ScopeChoice = 'auto' | Scope;
export const SCOPE_PARAM = 'pham-vi';
export const SCOPE_CHOICES: readonly { id: ScopeChoice; param: string; label: string }[] = [
  // Short enough for the select's width on a 320 px screen; the form's hint says what they mean.
  { id: 'auto', param: '', label: 'Tóm tắt, rồi toàn văn' },
  { id: 'brief', param: SCOPES.brief.param, label: 'Chỉ tiêu đề, tóm tắt' },
  { id: 'full', param: SCOPES.full.param, label: 'Toàn văn' },
];

/** The index a search asks first: the full text when chosen or for tasks, else the short index. */
export function firstScope(state: SearchState): Scope {
  return state.scope === 'full' || state.filters.kind === 'nhiem-vu' ? 'full' : 'brief';
}

export type SortOrder = 'relevance' | 'newest';

export const SORT_PARAM = 'sap-xep';
export const SORTS: readonly { id: SortOrder; param: string; label: string }[] = [
  { id: 'relevance', param: 'lien-quan', label: 'Liên quan nhất' },
  { id: 'newest', param: 'moi-nhat', label: 'Mới nhất' },
];

/** A search as written in the URL. */
export interface SearchState {
  /** The query as typed (NFC, trimmed); "" when none. */
  q: string;
  /** Chosen value per filter; unset filters are absent. */
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
  scope: ScopeChoice;
}

/** Reads `?q=…&loai=…&sap-xep=…&pham-vi=…`; unknown parameters and values and empty values are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const f of FILTERS) {
    const v = params.get(f.param)?.trim();
    if (v) filters[f.key] = v;
  }
  const sort = SORTS.find((s) => s.param === params.get(SORT_PARAM))?.id ?? 'relevance';
  const scope = SCOPE_CHOICES.find((s) => s.param && s.param === params.get(SCOPE_PARAM))?.id ?? 'auto';
  return { q: (params.get('q') ?? '').normalize('NFC').trim(), filters, sort, scope };
}

/** The query string for a state, in a stable order; defaults are left out. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FILTERS) {
    const v = state.filters[f.key];
    if (v) params.set(f.param, v);
  }
  if (state.sort !== 'relevance') params.set(SORT_PARAM, SORTS.find((s) => s.id === state.sort)!.param);
  if (state.scope !== 'auto') params.set(SCOPE_PARAM, SCOPE_CHOICES.find((s) => s.id === state.scope)!.param);
  return params;
}

/** Pagefind's `filters` option for a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of FILTERS) {
    const v = state.filters[f.key];
    if (v) out[f.key] = v;
  }
  return out;
}

export function hasFilters(state: SearchState): boolean {
  return Object.keys(pagefindFilters(state)).length > 0;
}
