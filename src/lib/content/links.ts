/**
 * Internal links written in document bodies must lead somewhere: "#muc-2-1" to a part of the
 * same document, "/van-ban/…/08-ct-tu/#muc-4-3" to a document page (and one of its parts), its
 * Markdown source, or a browsing page. A broken one is an error naming file and line, so a
 * renamed file or a renumbered part never leaves a dead link on the published site. Links to
 * other sections (/nhiem-vu/, /co-quan/…) are not checked here.
 */
import type { ContentProblem } from './problems.ts';
import type { DocumentEntry } from './corpus.ts';
import type { BodyLink } from './body.ts';
import { buildFacets } from './facets.ts';

/**
 * Checks every link written in every document body (`linksOf`, from its processed body: body.ts);
 * call after the bodies are rendered (anchors known).
 */
export function checkInternalLinks(documents: DocumentEntry[], linksOf: (doc: DocumentEntry) => BodyLink[], problems: ContentProblem[]): void {
  // First document wins: a second one at the same URL is already reported as a duplicate.
  const byUrl = new Map<string, DocumentEntry>();
  for (const d of documents) if (!byUrl.has(d.url)) byUrl.set(d.url, d);
  const sources = new Set(documents.map((d) => d.sourceUrl));
  const facetPages = new Set(buildFacets(documents).flatMap((f) => [`/van-ban/${f.id}/`, ...f.values.map((v) => `/van-ban/${f.id}/${v.value}/`)]));
  for (const doc of documents) {
    for (const { url, line } of linksOf(doc)) {
      const message = brokenLink(url, doc, byUrl, sources, facetPages);
      if (message) problems.push({ file: doc.file, line, field: 'liên kết', message, severity: 'error' });
    }
  }
}

function brokenLink(url: string, doc: DocumentEntry, byUrl: Map<string, DocumentEntry>, sources: Set<string>, facetPages: Set<string>): string | null {
  const hash = url.indexOf('#');
  const path = hash < 0 ? url : url.slice(0, hash);
  const anchor = hash < 0 ? '' : decodeURIComponent(url.slice(hash + 1));
  if (path === '') return anchor && !doc.rendered.anchors.includes(anchor) ? missingAnchor(anchor, doc, 'văn bản này') : null;
  if (!path.startsWith('/van-ban/')) return null;
  if (path === '/van-ban/' || sources.has(path) || facetPages.has(path)) return null;
  const target = byUrl.get(path.endsWith('/') ? path : `${path}/`);
  if (!target) {
    const example = [...byUrl.keys()][0] ?? '/van-ban/<cơ quan>/<năm>/<số>/';
    return `không có trang văn bản nào ở "${path}"; liên kết tới văn bản cần đường dẫn trang của văn bản, ví dụ "${example}"`;
  }
  return anchor && !target.rendered.anchors.includes(anchor) ? missingAnchor(anchor, target, `văn bản ${target.url}`) : null;
}

function missingAnchor(anchor: string, target: DocumentEntry, where: string): string {
  const parts = target.rendered.toc.map((t) => `#${t.id}`);
  return `không có mục "#${anchor}" trong ${where}; các mục có: ${parts.slice(0, 12).join(', ')}${parts.length > 12 ? ', …' : ''}`;
}
