/**
 * Where a search's time went, from the browser's resource timings (bench/search.ts): how long at
 * least one request of a kind was in flight. Requests at once count once, so ten fragments fetched
 * together cost the time they took together, not ten times it.
 */

/** A request as the page's PerformanceResourceTiming gives it, in ms from navigation start. */
export interface RequestTiming {
  name: string;
  startTime: number;
  responseEnd: number;
}

/** Time covered by the union of the requests' [startTime, responseEnd] spans, and their number. */
export function inFlight(requests: readonly RequestTiming[]): { ms: number; count: number } {
  const sorted = [...requests].sort((a, b) => a.startTime - b.startTime);
  let ms = 0;
  let end = -Infinity;
  for (const r of sorted) {
    ms += Math.max(0, r.responseEnd - Math.max(r.startTime, end));
    end = Math.max(end, r.responseEnd);
  }
  return { ms, count: sorted.length };
}

/** A warm search split: index and filter chunks, fragments (the rest is the page's main thread). */
export interface WarmSplit {
  /** Index and filter chunks the query needed (Pagefind loads them before it searches). */
  chunksMs: number;
  /** The fragments of the results shown (fetched once Pagefind has answered). */
  fragmentsMs: number;
  fragments: number;
}

export function warmSplit(requests: readonly RequestTiming[]): WarmSplit {
  const chunks = inFlight(requests.filter((r) => /\.pf_(index|filter)$/.test(r.name)));
  const fragments = inFlight(requests.filter((r) => /\.pf_fragment$/.test(r.name)));
  return { chunksMs: chunks.ms, fragmentsMs: fragments.ms, fragments: fragments.count };
}
