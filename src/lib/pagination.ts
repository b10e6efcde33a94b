/**
 * Lists that grow with the content (all documents, a facet value, an issuer's documents, the task
 * register and its filter pages) are split into pages of PAGE_SIZE items. The first page keeps the
 * list's own address; page N is "<list>trang/N/".
 */

/** Items per page of every paginated list. */
export const PAGE_SIZE = 50;

/** Address of page `n` of the list at `listUrl` (which ends with "/"). */
export function pageUrl(listUrl: string, n: number): string {
  return n <= 1 ? listUrl : `${listUrl}trang/${n}/`;
}

/** Value of a paginated route's rest parameter [...page]: undefined for page 1, "trang/2" for page 2. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `trang/${n}`;
}

/**
 * The page numbers a pagination bar links to: the first and last page, and `radius` pages either
 * side of the current one; null where numbers are left out. A gap of one page shows that page
 * instead, since "…" would take as much room.
 */
export function pageWindow(current: number, last: number, radius = 2): (number | null)[] {
  const shown = new Set<number>([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev === 2) out.push(n - 1);
    else if (prev !== undefined && n - prev > 2) out.push(null);
    out.push(n);
  });
  return out;
}

/** Page title: the list's title, with "trang N" after the first page so every page has its own. */
export function pageTitle(title: string, n: number): string {
  return n <= 1 ? title : `${title} – trang ${n}`;
}
