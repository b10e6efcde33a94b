/**
 * Astro's paginate() for the portal's lists: PAGE_SIZE items a page, page N at "<list>trang/N/"
 * (src/lib/pagination.ts). For getStaticPaths of a route whose last parameter is [...page].
 */
import type { GetStaticPathsOptions } from 'astro';
import { PAGE_SIZE, pageParam, pageUrl } from '../lib/pagination.ts';
import { href } from './href.ts';

export interface PaginateListOptions {
  /** The route's other parameters. */
  params?: Record<string, string>;
  /** Props given to every page besides `page`. */
  props?: Record<string, unknown>;
}

/** Paths of every page of `items`, listed at `listPath` (site-relative, ending with "/"). */
export function paginateList<T>(paginate: GetStaticPathsOptions['paginate'], items: readonly T[], listPath: string, options: PaginateListOptions = {}) {
  const list = href(listPath);
  const pages = paginate([...items], {
    pageSize: PAGE_SIZE,
    params: options.params,
    props: options.props,
    // Astro writes page N as "<list>N/"; ours is "<list>trang/N/".
    format: (url) => {
      const n = url === list ? 1 : Number(url.slice(list.length).replace(/\/$/, ''));
      if (!url.startsWith(list) || !Number.isInteger(n)) throw new Error(`Phân trang: không hiểu địa chỉ ${url} của danh sách ${list}`);
      return pageUrl(list, n);
    },
  });
  return pages.map((path) => ({ ...path, params: { ...path.params, page: pageParam(path.props.page.currentPage) } }));
}
