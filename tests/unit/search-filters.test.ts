import { describe, expect, it } from 'vitest';
import { bundleOf, firstScope, hasFilters, pagefindFilters, readSearchState, searchStateToParams } from '../../src/lib/search/filters.ts';

describe('search state in the URL', () => {
  it('reads the query, the filters and the sort', () => {
    const state = readSearchState(new URLSearchParams('q=Ng%C3%A0y+%C4%91%E1%BB%8Dc&noi-dung=nhiem-vu&loai=chi-thi&nam=2026&sap-xep=moi-nhat'));
    expect(state).toEqual({ q: 'Ngày đọc', filters: { kind: 'nhiem-vu', type: 'chi-thi', year: '2026' }, sort: 'newest', scope: 'auto' });
    expect(pagefindFilters(state)).toEqual({ kind: 'nhiem-vu', type: 'chi-thi', year: '2026' });
  });

  it('ignores empty values, unknown parameters and unknown sorts (what a plain form submit sends)', () => {
    const state = readSearchState(new URLSearchParams('q=&noi-dung=&loai=&sap-xep=lien-quan&x=1'));
    expect(state).toEqual({ q: '', filters: {}, sort: 'relevance', scope: 'auto' });
    expect(hasFilters(state)).toBe(false);
    expect(readSearchState(new URLSearchParams('sap-xep=abc')).sort).toBe('relevance');
  });

  it('writes a short, stable URL: defaults left out, filters in a fixed order', () => {
    const params = searchStateToParams({ q: '08 CT TU', filters: { year: '2026', kind: 'van-ban' }, sort: 'relevance', scope: 'auto' });
    expect(params.toString()).toBe('q=08+CT+TU&noi-dung=van-ban&nam=2026');
    expect(searchStateToParams({ q: '', filters: {}, sort: 'newest', scope: 'auto' }).toString()).toBe('sap-xep=moi-nhat');
  });

  it('reads and writes where to search: the short index only, the full text, or by default both as needed', () => {
    expect(readSearchState(new URLSearchParams('q=x&pham-vi=toan-van')).scope).toBe('full');
    expect(readSearchState(new URLSearchParams('q=x&pham-vi=tom-tat')).scope).toBe('brief');
    // What the form sends for the default, and anything unknown.
    expect(readSearchState(new URLSearchParams('q=x&pham-vi=')).scope).toBe('auto');
    expect(readSearchState(new URLSearchParams('q=x&pham-vi=abc')).scope).toBe('auto');
    expect(searchStateToParams({ q: 'x', filters: {}, sort: 'relevance', scope: 'full' }).toString()).toBe('q=x&pham-vi=toan-van');
    expect(searchStateToParams({ q: 'x', filters: {}, sort: 'relevance', scope: 'brief' }).toString()).toBe('q=x&pham-vi=tom-tat');
    expect(searchStateToParams({ q: 'x', filters: {}, sort: 'relevance', scope: 'auto' }).toString()).toBe('q=x');
  });

  it('asks the short index first, unless the full text is chosen or tasks are sought', () => {
    const state = (query: string) => readSearchState(new URLSearchParams(query));
    expect(firstScope(state('q=x'))).toBe('brief');
    expect(firstScope(state('q=x&pham-vi=tom-tat'))).toBe('brief');
    expect(firstScope(state('q=x&pham-vi=toan-van'))).toBe('full');
    // Task rows are in the full text only.
    expect(firstScope(state('q=x&noi-dung=nhiem-vu&pham-vi=tom-tat'))).toBe('full');
    expect(firstScope(state('q=x&noi-dung=van-ban'))).toBe('brief');
  });

  it('round-trips', () => {
    const state = { q: 'đối thoại', filters: { issuer: 'ban-thuong-vu-tinh-uy-dien-bien', field: 'dau-tu' }, sort: 'newest' as const, scope: 'full' as const };
    expect(readSearchState(searchStateToParams(state))).toEqual(state);
  });
});

describe('an index split in bundles (bundleOf)', () => {
  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  interface Page { id: number; date: string | null }

  /**
   * Pagefind 1.6 with `sort: { date: 'desc' }` over merged bundles: each bundle scores a result by
   * its place in that bundle's own ascending date order (pages of equal date in an order of its
   * own, here shuffled), and the merge sorts all results by score, highest first, stably, first
   * bundle first. Returns the dates of the merged results of a search that found `found`.
   */
  function mergedDateSearch(pages: Page[], bundle: Map<Page, number>, bundles: number, found: Set<Page>, next: () => number): (string | null)[] {
    const perBundle = Array.from({ length: bundles }, (_, b) => {
      const own = pages.filter((p) => p.date !== null && bundle.get(p) === b).sort(() => next() - 0.5);
      own.sort((x, y) => (x.date! < y.date! ? -1 : x.date! > y.date! ? 1 : 0));
      return own.filter((p) => found.has(p)).map((p) => ({ p, score: own.indexOf(p) })).sort((x, y) => y.score - x.score);
    });
    return perBundle.flat().sort((x, y) => y.score - x.score).map((r) => r.p.date);
  }

  function corpus(next: () => number): Page[] {
    // Few distinct dates, so many pages share one; some pages without a date.
    return Array.from({ length: 60 }, (_, id) => ({ id, date: next() < 0.1 ? null : `2026-0${1 + Math.floor(next() * 6)}-1${Math.floor(next() * 3)}` }));
  }

  it.each([1, 2, 3])('keeps a date-sorted search in date order across %i bundles', (bundles) => {
    const next = random(bundles);
    for (let trial = 0; trial < 200; trial++) {
      const pages = corpus(next);
      const bundle = bundleOf(pages, (p) => p.date, bundles);
      const found = new Set(pages.filter(() => next() < 0.5));
      const dates = mergedDateSearch(pages, bundle, bundles, found, next);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(dates).toHaveLength([...found].filter((p) => p.date !== null).length);
    }
  });

  it('deals the pages evenly, and puts pages without a date in the first bundle', () => {
    const pages = corpus(random(7));
    const bundle = bundleOf(pages, (p) => p.date, 2);
    const dated = pages.filter((p) => p.date !== null);
    const inFirst = dated.filter((p) => bundle.get(p) === 0).length;
    expect(Math.abs(2 * inFirst - dated.length)).toBeLessThanOrEqual(1);
    for (const p of pages) if (p.date === null) expect(bundle.get(p)).toBe(0);
    // The newest page is in the first bundle: it wins a tie of places.
    const newest = dated.reduce((a, b) => (b.date! > a.date! ? b : a));
    expect(bundle.get(dated.filter((p) => p.date === newest.date).at(-1)!)).toBe(0);
  });

  it('would not keep date order dealt the other way round (the check above can fail)', () => {
    const next = random(11);
    let outOfOrder = 0;
    for (let trial = 0; trial < 50; trial++) {
      const pages = corpus(next);
      const reversed = new Map([...bundleOf(pages, (p) => p.date, 2)].map(([p, b]) => [p, p.date === null ? 0 : 1 - b]));
      const dates = mergedDateSearch(pages, reversed, 2, new Set(pages), next);
      if (dates.join() !== [...dates].sort().reverse().join()) outOfOrder += 1;
    }
    expect(outOfOrder).toBeGreaterThan(0);
  });
});
