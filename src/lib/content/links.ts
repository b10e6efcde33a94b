/**
 * Internal links written by editors must lead somewhere: in document bodies, Q&A answers,
 * reading-day issues and infographics' steps, "#muc-2-1" to a part of the same document,
 * "/van-ban/…/08-ct-tu/#muc-4-3" to a document page (and one of its parts), its Markdown source,
 * or a browsing page, and
 * "/hoi-dap/…/", "/ngay-doc-van-ban/2026-12/", "/infographic/…/", "/co-quan/…/" to a page the
 * portal has. A broken one is an error naming file and line, so a renamed file, a renumbered part
 * or a removed answer never leaves a dead link on the published site.
 *
 * Not checked here: pages the register and the lists make (/nhiem-vu/…, paginated lists), anchors
 * within pages other than documents', and "#…" outside a document body. `npm run check:site`
 * checks every link of the built site, those included.
 */
import type { ContentProblem } from './problems.ts';
import type { DocumentEntry } from './corpus.ts';
import type { WrittenLink } from '../markdown/written-links.ts';
import { buildFacets } from './facets.ts';

/** The links written in one piece of Markdown. */
export interface LinkSource {
  file: string;
  links: WrittenLink[];
  /** The document whose body it is: its "#…" links are checked against its parts. */
  doc?: DocumentEntry;
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

/** Checks every link of every source; call once the documents' bodies are rendered (anchors known) and the pages above are built. */
export function checkInternalLinks(documents: DocumentEntry[], sources: LinkSource[], pages: ContentPages, problems: ContentProblem[]): void {
  // First document wins: a second one at the same URL is already reported as a duplicate.
  const byUrl = new Map<string, DocumentEntry>();
  for (const d of documents) if (!byUrl.has(d.url)) byUrl.set(d.url, d);
  const sourcesUrls = new Set(documents.map((d) => d.sourceUrl));
  const facetPages = new Set(buildFacets(documents).flatMap((f) => [`/van-ban/${f.id}/`, ...f.values.map((v) => `/van-ban/${f.id}/${v.value}/`)]));
  const known = sections(pages);
  for (const source of sources) {
    for (const { url, line } of source.links) {
      const message = brokenLink(url, source, { byUrl, sources: sourcesUrls, facetPages, sections: known });
      if (message) problems.push({ file: source.file, line, field: 'liên kết', message, severity: 'error' });
    }
  }
}

interface Known {
  byUrl: Map<string, DocumentEntry>;
  sources: Set<string>;
  facetPages: Set<string>;
  sections: Section[];
}

function brokenLink(url: string, source: LinkSource, known: Known): string | null {
  const hash = url.indexOf('#');
  const path = hash < 0 ? url : url.slice(0, hash);
  const anchor = hash < 0 ? '' : decodeURIComponent(url.slice(hash + 1));
  if (path === '') return source.doc && anchor && !source.doc.rendered.anchors.includes(anchor) ? missingAnchor(anchor, source.doc, 'văn bản này') : null;
  if (!path.startsWith('/')) return null;
  if (path.startsWith('/van-ban/')) return brokenDocumentLink(path, anchor, known);
  const page = path.endsWith('/') ? path : `${path}/`;
  const section = known.sections.find((s) => s.shape.test(page));
  if (!section || section.pages.has(page)) return null;
  const examples = section.examples.length ? `${section.what} có: ${section.examples.join(', ')}${section.more ? ', …' : ''}` : `Cổng chưa có ${section.what} nào`;
  return `không có ${section.what} nào ở "${path}"; ${examples}`;
}

function brokenDocumentLink(path: string, anchor: string, known: Known): string | null {
  if (path === '/van-ban/' || known.sources.has(path) || known.facetPages.has(path)) return null;
  const target = known.byUrl.get(path.endsWith('/') ? path : `${path}/`);
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
