import { describe, expect, it } from 'vitest';
import { hasFilters, pagefindFilters, readSearchState, searchStateToParams } from '../../src/lib/search/filters.ts';

describe('search state in the URL', () => {
  it('reads the query, the filters and the sort', () => {
    const state = readSearchState(new URLSearchParams('q=Ng%C3%A0y+%C4%91%E1%BB%8Dc&noi-dung=nhiem-vu&loai=chi-thi&nam=2026&sap-xep=moi-nhat'));
    expect(state).toEqual({ q: 'Ngày đọc', filters: { kind: 'nhiem-vu', type: 'chi-thi', year: '2026' }, sort: 'newest' });
    expect(pagefindFilters(state)).toEqual({ kind: 'nhiem-vu', type: 'chi-thi', year: '2026' });
  });

  it('ignores empty values, unknown parameters and unknown sorts (what a plain form submit sends)', () => {
    const state = readSearchState(new URLSearchParams('q=&noi-dung=&loai=&sap-xep=lien-quan&x=1'));
    expect(state).toEqual({ q: '', filters: {}, sort: 'relevance' });
    expect(hasFilters(state)).toBe(false);
    expect(readSearchState(new URLSearchParams('sap-xep=abc')).sort).toBe('relevance');
  });

  it('writes a short, stable URL: defaults left out, filters in a fixed order', () => {
    const params = searchStateToParams({ q: '08 CT TU', filters: { year: '2026', kind: 'van-ban' }, sort: 'relevance' });
    expect(params.toString()).toBe('q=08+CT+TU&noi-dung=van-ban&nam=2026');
    expect(searchStateToParams({ q: '', filters: {}, sort: 'newest' }).toString()).toBe('sap-xep=moi-nhat');
  });

  it('round-trips', () => {
    const state = { q: 'đối thoại', filters: { issuer: 'ban-thuong-vu-tinh-uy-dien-bien', field: 'dau-tu' }, sort: 'newest' as const };
    expect(readSearchState(searchStateToParams(state))).toEqual(state);
  });
});
