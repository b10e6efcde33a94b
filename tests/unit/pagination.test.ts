import { describe, it, expect } from 'vitest';
import { PAGE_SIZE, pageParam, pageTitle, pageUrl, pageWindow } from '../../src/lib/pagination.ts';

describe('pagination', () => {
  it('keeps the first page at the list address and puts page N under trang/N/', () => {
    expect(pageUrl('/van-ban/', 1)).toBe('/van-ban/');
    expect(pageUrl('/van-ban/', 2)).toBe('/van-ban/trang/2/');
    expect(pageUrl('/phapluat/van-ban/theo-nam/2026/', 12)).toBe('/phapluat/van-ban/theo-nam/2026/trang/12/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('trang/3');
  });

  it('shows the first, last and nearby pages, with a gap only where pages are left out', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    // A gap of one page shows that page: "1 2 3 4 5 6", not "1 … 3 4 5 6".
    expect(pageWindow(4, 6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pageWindow(20, 20)).toEqual([1, null, 18, 19, 20]);
  });

  it('gives later pages their own title', () => {
    expect(pageTitle('Văn bản', 1)).toBe('Văn bản');
    expect(pageTitle('Văn bản', 2)).toBe('Văn bản – trang 2');
    expect(PAGE_SIZE).toBe(50);
  });
});
