/**
 * Links an editor writes to other sites ("https://vbpl.vn/…") carry rel="noopener noreferrer", as
 * the portal's own links to other sites do: the page tells the other site nothing and gives it no
 * handle on the portal's window. The site-check's links gate requires it (src/lib/quality/links.ts).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const EXTERNAL = /^https?:\/\//i;

/** Adds rel="noopener noreferrer" to every `<a>` of `root` whose href is an http(s) URL (in place). */
export function relOnExternalLinks(root: Root): void {
  visit(root, 'element', (el: Element) => {
    if (el.tagName !== 'a' || typeof el.properties.href !== 'string' || !EXTERNAL.test(el.properties.href)) return;
    const rel = new Set([...(Array.isArray(el.properties.rel) ? el.properties.rel.map(String) : []), 'noopener', 'noreferrer']);
    el.properties.rel = [...rel];
  });
}
