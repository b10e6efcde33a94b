/**
 * The HTML of a built page as it is given to the indexer (the served page is not changed):
 * whitespace at every block boundary, and the record's filters, metadata, sort key and hidden
 * match text added at the end of the indexed region.
 */
import type { SearchRecord } from './index-records.ts';
import { HIDDEN_TEXT_MARK } from './index-records.ts';
import { escapeHtml } from './html.ts';

// Cells, list items, terms and paragraphs end words. Pagefind reads text nodes as they are,
// so "<dt>Số hiệu</dt><dd>08-CT/TU</dd>" written without whitespace would index "hiệu08".
const BLOCK = 'address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const BLOCK_OPEN = new RegExp(`<(?:${BLOCK})(?=[\\s>/])`, 'gi');
const BLOCK_CLOSE = new RegExp(`</(?:${BLOCK})\\s*>|<br\\s*/?>`, 'gi');

/** Puts a space before every block element's start tag and after every end tag and `<br>`. */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_OPEN, ' $&').replace(BLOCK_CLOSE, '$& ');
}

const BODY_START = /<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/;

/**
 * Inserts `extra` just before the end tag of the first element marked data-pagefind-body.
 * Returns null when there is none, or when its end cannot be found.
 */
export function insertAtBodyEnd(html: string, extra: string): string | null {
  const start = BODY_START.exec(html);
  if (!start) return null;
  const tag = start[1]!.toLowerCase();
  // Count nested elements of the same name to find the matching end tag.
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = start.index + start[0].length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[1]) depth -= 1;
    else if (!m[0].endsWith('/>')) depth += 1;
    if (depth === 0) return html.slice(0, m.index) + extra + html.slice(m.index);
  }
  return null;
}

/**
 * The tags that give a page its record's filters, metadata and sort key, and its hidden text.
 * Values go in attributes (`key[data-value]`), as inline values may not hold commas.
 */
export function recordTags(record: SearchRecord): string {
  const span = (attr: string, key: string, value: string) => `<span ${attr}="${key}[data-value]" data-value="${escapeHtml(value)}"></span>`;
  const tags: string[] = [];
  for (const [key, values] of Object.entries(record.filters)) {
    for (const v of values ?? []) tags.push(span('data-pagefind-filter', key, v));
  }
  for (const [key, value] of Object.entries(record.meta)) {
    if (value) tags.push(span('data-pagefind-meta', key, value));
  }
  for (const [key, value] of Object.entries(record.sort)) tags.push(span('data-pagefind-sort', key, value));
  return `<div data-search-hidden>${tags.join('')}<p>${HIDDEN_TEXT_MARK} ${escapeHtml(record.hiddenText)}</p></div>`;
}

/** The HTML to index for a page record; null when the page has no data-pagefind-body. */
export function pageIndexHtml(html: string, record: SearchRecord): string | null {
  const withTags = insertAtBodyEnd(html, recordTags(record));
  return withTags === null ? null : separateBlocks(withTags);
}
