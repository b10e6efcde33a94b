/**
 * Every URL a page refers to, with the element and attribute that holds it: links a reader
 * follows (`a[href]`) and resources the browser fetches by itself (scripts, stylesheets, images…).
 */
import type { HtmlTag } from './html-scan.ts';

export interface HtmlRef {
  tag: HtmlTag;
  /** The attribute the URL came from, e.g. `href`, `srcset`. */
  attr: string;
  url: string;
  /** True for what the browser loads without the reader asking (a subresource). */
  fetched: boolean;
}

/** Attributes holding one URL, by element; `true` marks what the browser fetches itself. */
const URL_ATTRS: Record<string, Record<string, boolean>> = {
  a: { href: false },
  area: { href: false },
  form: { action: false },
  img: { src: true },
  source: { src: true },
  iframe: { src: true },
  script: { src: true },
  video: { src: true, poster: true },
  audio: { src: true },
  track: { src: true },
  embed: { src: true },
  object: { data: true },
  input: { src: true },
};

/** <link rel> values whose href is not fetched (a reference to another page). */
const LINK_NOT_FETCHED = new Set(['canonical', 'alternate', 'author', 'help', 'license', 'next', 'prev', 'search', 'bookmark', 'me']);

/** <meta> whose content is a URL (share cards). */
const URL_METAS = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:url']);

export function refsOf(tags: HtmlTag[]): HtmlRef[] {
  const refs: HtmlRef[] = [];
  for (const tag of tags) {
    const attrs = URL_ATTRS[tag.name];
    if (attrs) {
      for (const [attr, fetched] of Object.entries(attrs)) {
        const v = tag.attrs[attr];
        if (v !== undefined && v.trim() !== '') refs.push({ tag, attr, url: v.trim(), fetched });
      }
    }
    if ((tag.name === 'img' || tag.name === 'source') && tag.attrs.srcset) {
      for (const url of srcsetUrls(tag.attrs.srcset)) refs.push({ tag, attr: 'srcset', url, fetched: true });
    }
    if (tag.name === 'link' && tag.attrs.href?.trim()) {
      const rels = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      refs.push({ tag, attr: 'href', url: tag.attrs.href.trim(), fetched: !rels.every((r) => LINK_NOT_FETCHED.has(r)) });
    }
    if (tag.name === 'meta' && tag.attrs.content?.trim()) {
      const key = (tag.attrs.property ?? tag.attrs.name ?? '').toLowerCase();
      // Share cards are fetched by other sites' crawlers, not by the reader's browser.
      if (URL_METAS.has(key)) refs.push({ tag, attr: 'content', url: tag.attrs.content.trim(), fetched: false });
    }
  }
  return refs;
}

/** "a.png 1x, b.png 2x" → ["a.png", "b.png"]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    // Candidates are separated by commas; built sites write no commas inside the URLs themselves.
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The `url(…)` and `@import "…"` references of a stylesheet. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of noComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const u = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (u && !u.startsWith('data:') && !u.startsWith('#')) urls.push(u);
  }
  return urls;
}
