/**
 * The split of a warm search in `npm run bench:search` (bench/lib/in-flight.ts): time during which
 * requests of a kind were in flight, requests at once counted once.
 */
import { describe, expect, it } from 'vitest';
import { inFlight, warmSplit } from '../../bench/lib/in-flight.ts';

const req = (name: string, startTime: number, responseEnd: number) => ({ name, startTime, responseEnd });

describe('inFlight', () => {
  it('counts requests at once once, and the gaps between them not at all', () => {
    // 10–30 and 15–25 overlap (20 ms together); 40–45 comes after a gap.
    expect(inFlight([req('a', 15, 25), req('b', 40, 45), req('c', 10, 30)])).toEqual({ ms: 25, count: 3 });
  });

  it('joins requests that overlap in a chain, in any order', () => {
    expect(inFlight([req('c', 20, 40), req('a', 0, 10), req('b', 5, 25)])).toEqual({ ms: 40, count: 3 });
  });

  it('is zero for no request', () => {
    expect(inFlight([])).toEqual({ ms: 0, count: 0 });
  });
});

describe('warmSplit', () => {
  it("sorts Pagefind's requests by kind and leaves other files out", () => {
    const split = warmSplit([
      req('http://x/pagefind/index/vi_1.pf_index', 5, 20),
      req('http://x/pagefind/filter/vi_2.pf_filter', 6, 22),
      req('http://x/pagefind/fragment/vi_3.pf_fragment', 100, 130),
      req('http://x/pagefind/fragment/vi_4.pf_fragment', 101, 140),
      req('http://x/favicon.svg', 0, 200),
    ]);
    expect(split).toEqual({ chunksMs: 17, fragmentsMs: 40, fragments: 2 });
  });
});
