/**
 * Internal links written by editors must lead somewhere: in document bodies, Q&A answers,
 * reading-day issues and infographics' steps, "#muc-2-1" to a part of the same document,
 * "/van-ban/…/08-ct-tu/#muc-4-3" to a document page (and one of its parts), its Markdown source,
 * or a browsing page, and
 * "/hoi-dap/…/", "/ngay-doc-van-ban/2026-12/", "/infographic/…/", "/co-quan/…/" to a page the
 * portal has. A broken one is an error naming file and line, so a renamed file, a renumbered part
 * or a removed answer never leaves a dead link on the published site.
 *
 * The other links from the site's root cannot be decided from the content alone: pages the register
 * and the lists make (/nhiem-vu/…, "trang/2/" of a list), the portal's own pages (/tim-kiem/,
 * /gop-y/, /api/…), anchors within pages other than documents', and "#…" outside a document body.
 * `checkInternalLinks` returns them, and the build checks them against the site it has just built,
 * before it replaces dist/ (built-links.ts). `npm run check:site` checks every link of the built
 * site, those included.
 */
import type { ContentProblem } from './problems.ts';
import type { DocumentEntry } from './corpus.ts';
import type { WrittenLink } from '../markdown/written-links.ts';
import { buildFacets } from './facets.ts';
import { safeDecode } from '../quality/site-url.ts';

/** The links written in one piece of Markdown. */
export interface LinkSource {
  file: string;
  links: WrittenLink[];
  /** The document whose body it is: its "#…" links are checked against its parts. */
  doc?: DocumentEntry;
  /** The page the Markdown is shown on, when it is not a document's ("/hoi-dap/…/"): its "#…" links are left to the build. */
  page?: string;
}

/** A written link only the built site can decide: the build looks for its page (and part) in what it built. */
export interface SiteLink {
  file: string;
  line: number;
  /** As written ("/nhiem-vu/co-quan/so-tu-phap/", "/tim-kiem/?q=…"), or "#…" made absolute with the page it is on. */
  url: string;
}

/** The pages of the portal that content makes one by one, besides documents. */
export interface ContentPages {
  qa: readonly { url: string }[];
  readingDays: readonly { url: string; handoutUrl: string }[];
  /** Those drawn from a file of content/infographic/ have a page; a document's generated charts do not. */
  infographics: readonly { slug: string; generated: boolean }[];
  organizations: Iterable<string>;
}

/** A kind of page whose every address the corpus knows: a path of its shape must be one of them. */
interface Section {
  shape: RegExp;
  /** "trang hỏi đáp", as the message says it. */
  what: string;
  pages: Set<string>;
  /** Shown in the message: the first addresses that exist, in order, and whether there are more. */
  examples: string[];
  more: boolean;
}

const EXAMPLES = 6;

function sections(pages: ContentPages): Section[] {
  const section = (shape: RegExp, what: string, urls: string[], extra: string[] = []): Section => {
    const sorted = [...urls].sort();
    return { shape, what, pages: new Set([...urls, ...extra]), examples: sorted.slice(0, EXAMPLES), more: sorted.length > EXAMPLES };
  };
  return [
    section(/^\/hoi-dap\/(?!linh-vuc\/)[^/]+\/$/, 'trang hỏi đáp', pages.qa.map((q) => q.url)),
    section(/^\/ngay-doc-van-ban\/[^/]+\/(?:ban-in\/)?$/, 'số Ngày đọc văn bản', pages.readingDays.map((d) => d.url), pages.readingDays.map((d) => d.handoutUrl)),
    section(/^\/infographic\/[^/.]+\/$/, 'trang infographic', pages.infographics.filter((i) => !i.generated).map((i) => `/infographic/${i.slug}/`)),
    section(/^\/co-quan\/[^/]+\/$/, 'trang cơ quan', [...pages.organizations].map((id) => `/co-quan/${id}/`)),
  ];
}

/** What `brokenLink` says of a link only the built site can decide. */
const SITE = Symbol('built site');
type Verdict = string | typeof SITE | null;

/**
 * Checks every link of every source; call once the documents' bodies are rendered (anchors known)
 * and the pages above are built. Returns the links left to the built site.
 */
export function checkInternalLinks(documents: DocumentEntry[], sources: LinkSource[], pages: ContentPages, problems: ContentProblem[]): SiteLink[] {
  // First document wins: a second one at the same URL is already reported as a duplicate.
  const byUrl = new Map<string, DocumentEntry>();
  for (const d of documents) if (!byUrl.has(d.url)) byUrl.set(d.url, d);
  const sourcesUrls = new Set(documents.map((d) => d.sourceUrl));
  const facetPages = new Set(buildFacets(documents).flatMap((f) => [`/van-ban/${f.id}/`, ...f.values.map((v) => `/van-ban/${f.id}/${v.value}/`)]));
  const known = sections(pages);
  const left: SiteLink[] = [];
  for (const source of sources) {
    for (const { url, line } of source.links) {
      const verdict = brokenLink(url, source, { byUrl, sources: sourcesUrls, facetPages, sections: known });
      if (verdict === SITE) left.push({ file: source.file, line, url: url.startsWith('#') ? `${source.page}${url}` : url });
      else if (verdict) problems.push({ file: source.file, line, field: 'liên kết', message: verdict, severity: 'error' });
    }
  }
  return left;
}

interface Known {
  byUrl: Map<string, DocumentEntry>;
  sources: Set<string>;
  facetPages: Set<string>;
  sections: Section[];
}

/** "/tim-kiem/?q=x#y" → path "/tim-kiem/" (decoded), whether it has a query (which does not choose the page), anchor "y" (decoded). */
export function splitLink(url: string): { path: string; query: boolean; anchor: string } {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const query = beforeHash.indexOf('?');
  return {
    path: safeDecode(query < 0 ? beforeHash : beforeHash.slice(0, query)),
    query: query >= 0,
    anchor: hash < 0 ? '' : safeDecode(url.slice(hash + 1)),
  };
}

/** An error message, SITE for a link the build checks, or null for a link that leads somewhere (or is not internal). */
function brokenLink(url: string, source: LinkSource, known: Known): Verdict {
  const { path, query, anchor } = splitLink(url);
  if (path === '' && !query) {
    if (!anchor) return null;
    if (source.doc) return source.doc.rendered.anchors.includes(anchor) ? null : missingAnchor(anchor, source.doc, 'văn bản này');
    return source.page ? SITE : null;
  }
  if (!path.startsWith('/')) return null;
  if (path.startsWith('/van-ban/')) return brokenDocumentLink(path, anchor, known);
  const page = path.endsWith('/') ? path : `${path}/`;
  const section = known.sections.find((s) => s.shape.test(page));
  if (!section) return SITE;
  if (section.pages.has(page)) return anchor ? SITE : null;
  const examples = section.examples.length ? `${section.what} có: ${section.examples.join(', ')}${section.more ? ', …' : ''}` : `Cổng chưa có ${section.what} nào`;
  return `không có ${section.what} nào ở "${path}"; ${examples}`;
}

/** "/van-ban/trang/2/", "/van-ban/theo-loai/chi-thi/trang/3/": a later page of a list. */
const LIST_PAGE = /^(\/van-ban\/(?:[^/]+\/[^/]+\/)?)trang\/[1-9]\d*\/?$/;

function brokenDocumentLink(path: string, anchor: string, known: Known): Verdict {
  if (known.sources.has(path)) return null;
  const dir = path.endsWith('/') ? path : `${path}/`;
  if (dir === '/van-ban/' || known.facetPages.has(dir)) return anchor ? SITE : null;
  const list = LIST_PAGE.exec(path)?.[1];
  // How many pages a list has is the build's to say.
  if (list && (list === '/van-ban/' || known.facetPages.has(list))) return SITE;
  const target = known.byUrl.get(dir);
  if (!target) {
    const example = [...known.byUrl.keys()][0] ?? '/van-ban/<cơ quan>/<năm>/<số>/';
    return `không có trang văn bản nào ở "${path}"; liên kết tới văn bản cần đường dẫn trang của văn bản, ví dụ "${example}"`;
  }
  return anchor && !target.rendered.anchors.includes(anchor) ? missingAnchor(anchor, target, `văn bản ${target.url}`) : null;
}

function missingAnchor(anchor: string, target: DocumentEntry, where: string): string {
  const parts = target.rendered.toc.map((t) => `#${t.id}`);
  return `không có mục "#${anchor}" trong ${where}; các mục có: ${parts.slice(0, 12).join(', ')}${parts.length > 12 ? ', …' : ''}`;
}
