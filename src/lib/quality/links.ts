/**
 * Links gate: every internal link, resource and anchor of the built site resolves, and every link
 * to another site is safe to follow.
 *
 * - HTML pages: `href`, `src`, `srcset`, `action`, share-card `<meta>` URLs. A URL on the site's
 *   origin must be under the base path and name a built file; with a `#fragment`, the target page
 *   must have an element with that id.
 * - Stylesheets: `url(…)` and `@import`, resolved against the stylesheet's own URL.
 * - XML (sitemaps, feeds): `<loc>`, `<link>` and `href="…"` URLs on the site's origin.
 * - `<a>` to another origin must carry rel="noopener noreferrer" (no window.opener, no Referer).
 * - 404.html is served at any unknown address, so its links must not be relative.
 */
import { anchorsOf } from './html-scan.ts';
import { cssUrls, refsOf } from './html-refs.ts';
import type { SiteProblem } from './problem.ts';
import { htmlPages, pageTags, type SiteFiles } from './site-files.ts';
import { resolveRef, safeDecode, urlOfFile, type SiteLocation } from './site-url.ts';

export interface LinkStats {
  /** Internal URLs checked (links and resources), counting repeats. */
  internal: number;
  /** Of those, how many had a #fragment that was checked. */
  anchors: number;
  /** Links to other sites. */
  external: number;
}

export function checkLinks(site: SiteFiles, at: SiteLocation): { problems: SiteProblem[]; stats: LinkStats } {
  const problems: SiteProblem[] = [];
  const stats: LinkStats = { internal: 0, anchors: 0, external: 0 };
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let ids = anchorCache.get(file);
    if (!ids) anchorCache.set(file, (ids = anchorsOf(pageTags(site, file))));
    return ids;
  };

  /** Checks one URL written in `file`; returns nothing, records problems. */
  const check = (file: string, line: number | undefined, label: string, ref: string, base: URL, opts: { rel?: string; anchorable: boolean }) => {
    if (/^javascript:/i.test(ref)) {
      problems.push({ file, line, gate: 'links', message: `${label}: địa chỉ javascript: (hãy dùng nút bấm và một tệp script)` });
      return;
    }
    let target;
    try {
      target = resolveRef(ref, base, site, at);
    } catch {
      problems.push({ file, line, gate: 'links', message: `${label}: không phải địa chỉ URL hợp lệ` });
      return;
    }
    if (target.kind === 'external') {
      if (!/^https?:$/.test(target.url.protocol)) return;
      stats.external++;
      if (opts.rel !== undefined) {
        const rel = opts.rel.toLowerCase().split(/\s+/);
        const missing = ['noopener', 'noreferrer'].filter((r) => !rel.includes(r));
        if (missing.length) problems.push({ file, line, gate: 'links', message: `${label}: liên kết đến trang web khác thiếu rel="${missing.join(' ')}"${missing.length < 2 ? ' (cần rel="noopener noreferrer")' : ''}` });
      }
      return;
    }
    if (target.kind === 'outside-base') {
      problems.push({ file, line, gate: 'links', message: `${label}: nằm ngoài đường dẫn gốc ${at.base} của trang` });
      return;
    }
    stats.internal++;
    if (target.file === null) {
      problems.push({ file, line, gate: 'links', message: `${label}: liên kết hỏng, không có tệp ${target.tried} trong trang đã xây dựng` });
      return;
    }
    const fragment = safeDecode(target.url.hash.slice(1));
    if (!fragment || !opts.anchorable || !target.file.endsWith('.html')) return;
    stats.anchors++;
    if (!anchors(target.file).has(fragment)) {
      problems.push({ file, line, gate: 'links', message: `${label}: liên kết hỏng tới một mục: ${target.file} không có phần tử nào có id="${fragment}"` });
    }
  };

  for (const file of htmlPages(site)) {
    const base = urlOfFile(file, at);
    for (const ref of refsOf(pageTags(site, file))) {
      const label = `<${ref.tag.name} ${ref.attr}="${ref.url}">`;
      if (file === '404.html' && isRelative(ref.url)) {
        problems.push({ file, line: ref.tag.line, gate: 'links', message: `${label}: địa chỉ tương đối trên trang 404; trang này được trả về ở mọi địa chỉ nên địa chỉ tương đối sẽ trỏ sai (hãy dùng địa chỉ bắt đầu bằng "/")` });
        continue;
      }
      const rel = ref.tag.name === 'a' || ref.tag.name === 'area' ? (ref.tag.attrs.rel ?? '') : undefined;
      check(file, ref.tag.line, label, ref.url, base, { rel, anchorable: !ref.fetched });
    }
  }

  for (const file of site.files.filter((f) => f.endsWith('.css'))) {
    const base = urlOfFile(file, at);
    for (const url of cssUrls(site.text(file))) check(file, undefined, `url(${url})`, url, base, { anchorable: false });
  }

  for (const file of site.files.filter((f) => f.endsWith('.xml'))) {
    const base = urlOfFile(file, at);
    const xml = site.text(file);
    const found = [...xml.matchAll(/<(loc|link)>\s*([^<\s]+)\s*<\/\1>|\shref="([^"]+)"/g)].map((m) => (m[2] ?? m[3] ?? '').replace(/&amp;/g, '&'));
    for (const url of found) {
      // Only absolute URLs on this site: an XML file names other sites too (namespaces, sources).
      if (!url.startsWith(at.origin)) continue;
      check(file, undefined, url, url, base, { anchorable: true });
    }
  }
  return { problems, stats };
}

/** A URL resolved against the page's own address ("a/", "../b"), not root-relative or absolute. */
function isRelative(url: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url);
}
