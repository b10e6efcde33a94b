import { describe, expect, it } from 'vitest';
import { firstScope, hasFilters, pagefindFilters, readSearchState, searchStateToParams } from '../../src/lib/search/filters.ts';

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
