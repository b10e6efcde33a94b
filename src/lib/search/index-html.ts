/**
 * The HTML of a built page as it is given to the indexers (the served page is not changed):
 * whitespace at every block boundary, đ in its text spelled as Pagefind folds it
 * (index-spelling.ts); the record's filters, metadata, sort key and hidden match
 * text added at the start of the indexed region; and each part of the record (a task row) made a
 * heading with the row's anchor, followed by the part's text and its own hidden match text.
 *
 * Each index (SCOPES) gets its own copy of a record's page: its own metadata (recordTags), and
 * for the short index the page without the document's text (`.lp-doc-body`, where the task rows
 * are, so tasks are found in the full text).
 *
 * Pagefind cuts a page into sections at headings with an id: words before the first one belong
 * to the page itself, the others to the heading before them. So the page's hidden text goes first
 * (it must not count as a match of the last task), and a task's hidden text inside its section.
 */
import type { RecordPart, SearchRecord } from './index-records.ts';
import { HIDDEN_TEXT_MARK, PARTS_META_KEY, SHOWN_APART_MARK, partDetails } from './index-records.ts';
import { escapeHtml } from './html.ts';
import { TITLE_PLACEHOLDER, UNINDEXED_META_KEY, unindexedMeta } from './unindexed.ts';
import { decodeEntities } from '../quality/html-scan.ts';
import { DOC_BODY_CLASS, type Scope } from './filters.ts';
import { indexSpellingHtml } from './index-spelling.ts';

// Cells, list items, terms and paragraphs end words. Pagefind reads text nodes as they are,
// so "<dt>Số hiệu</dt><dd>08-CT/TU</dd>" written without whitespace would index "hiệu08".
const BLOCK = 'address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const BLOCK_OPEN = new RegExp(`<(?:${BLOCK})(?=[\\s>/])`, 'gi');
const BLOCK_CLOSE = new RegExp(`</(?:${BLOCK})\\s*>|<br\\s*/?>`, 'gi');

/** Puts a space before every block element's start tag and after every end tag and `<br>`. */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_OPEN, ' $&').replace(BLOCK_CLOSE, '$& ');
}

/**
 * A page as an index is given it: blocks separated, and đ spelled as Pagefind folds it
 * (index-spelling.ts), in the text only.
 */
export function indexedCopy(html: string): string {
  return indexSpellingHtml(separateBlocks(html));
}

const BODY_START = /<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/;

/**
 * Inserts `extra` just after the start tag of the first element marked data-pagefind-body.
 * Returns null when there is none.
 */
export function insertAtBodyStart(html: string, extra: string): string | null {
  const start = BODY_START.exec(html);
  if (!start) return null;
  const at = start.index + start[0].length;
  return html.slice(0, at) + extra + html.slice(at);
}

/** Hidden match text as indexed: between two marks, so the browser can drop it (visibleText). */
function hiddenHtml(text: string): string {
  return text ? `<p>${HIDDEN_TEXT_MARK} ${escapeHtml(text)} ${HIDDEN_TEXT_MARK}</p>` : '';
}

/**
 * The tags that give a page its record's filters, metadata and sort key, and its hidden text, as
 * one index (`scope`) is given them. Values go in attributes (`key[data-value]`), as inline values
 * may not hold commas. Every value is unindexed (unindexed.ts), the title too (the record's own,
 * else the page's `h1`, `pageTitle`): the parts' details are only in the full text, where the
 * parts are. The hidden text is the same in both.
 */
export function recordTags(record: SearchRecord, scope: Scope, pageTitle?: string): string {
  const span = (attr: string, key: string, value: string) => `<span ${attr}="${key}[data-value]" data-value="${escapeHtml(value)}"></span>`;
  const tags: string[] = [];
  for (const [key, values] of Object.entries(record.filters)) {
    for (const v of values ?? []) tags.push(span('data-pagefind-filter', key, v));
  }
  const title = record.meta.title ?? pageTitle;
  if (title) tags.push(span('data-pagefind-meta', 'title', TITLE_PLACEHOLDER));
  const data = unindexedMeta({ ...record.meta, title, [PARTS_META_KEY]: scope === 'full' ? partDetails(record.parts) : '' });
  if (data) tags.push(span('data-pagefind-meta', UNINDEXED_META_KEY, data));
  for (const [key, value] of Object.entries(record.sort)) tags.push(span('data-pagefind-sort', key, value));
  const text = [record.keyText, record.hiddenText].filter(Boolean).join(' ');
  return `<div data-search-hidden>${tags.join('')}${hiddenHtml(text)}</div>`;
}

/**
 * A part as indexed: a heading with its anchor (weight 1, as body text: the words are counted
 * once more than on the page, and should not outweigh the document's own), its text, its hidden
 * text. Pagefind links the section to "…/#<anchor>".
 */
export function partHtml(part: RecordPart): string {
  return `<h3 id="${escapeHtml(part.anchor)}" data-pagefind-weight="1">${escapeHtml(part.title)}</h3><p>${escapeHtml(part.text)}</p>${hiddenHtml(part.hiddenText)}`;
}

/** A table row with an id: its start tag, the id, and the row up to its end tag. */
const ROW_WITH_ID = /<tr\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/tr>/g;

/** Where the element whose start tag `start` matched (its name `name`, else the first group) ends, just after its end tag; null when it does not. */
function elementEnd(html: string, start: RegExpExecArray, name = start[1]!): number | null {
  const tag = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tag.lastIndex = start.index + start[0].length;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[1] ? -1 : m[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return null;
}

/**
 * The element marked data-pagefind-body, start tag to end tag, as a page of its own: all Pagefind
 * reads of a page that has one (a record's metadata, filters and sort key are inside it). The rest
 * of a document page, about a third of it (head, header, footer), need not be sent to Pagefind's
 * processes, nor encoded for them. Null when there is no such element or it does not end.
 */
export function bodyRegion(html: string): string | null {
  const start = BODY_START.exec(html);
  if (!start) return null;
  const end = elementEnd(html, start);
  return end === null ? null : `<!doctype html><html lang="vi"><body>${html.slice(start.index, end)}</body></html>`;
}

/** The start tag of a document's text, which the short index leaves out (SCOPES.brief.exclude). */
const DOC_BODY_START = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*\\sclass="(?:[^"]*\\s)?${DOC_BODY_CLASS}(?:\\s[^"]*)?"[^>]*>`, 'g');

/**
 * `html` without the document's text: the short index would read it only to leave it out, and it
 * is most of a document page, to be encoded for and parsed by its Pagefind process. An element
 * that never ends is left in (the short index's exclude selectors still leave it out).
 */
export function withoutDocBody(html: string): string {
  let out = '';
  let from = 0;
  DOC_BODY_START.lastIndex = 0;
  for (let m = DOC_BODY_START.exec(html); m; m = DOC_BODY_START.exec(html)) {
    const end = elementEnd(html, m);
    if (end === null) break;
    out += html.slice(from, m.index);
    from = end;
    DOC_BODY_START.lastIndex = end;
  }
  return out + html.slice(from);
}

/** The page's first heading: its start tag's attributes, and what it holds. */
const H1 = /<h1\b([^>]*)>([\s\S]*?)<\/h1\s*>/;

/**
 * The page's title, its first `h1` as text, and `html` with that heading no longer marked as
 * Pagefind's title metadata (`data-pagefind-meta="title"`): recordTags gives the title unindexed.
 * Pagefind indexes the words of its title metadata, and the `h1`'s words on the page too, so each
 * title word stood twice in the index; a search's work in the browser is in proportion to the
 * places of its words. The heading stays, ranked as a heading; the title metadata's boost of
 * ranking goes (without it, the ten results shown first did not change for eleven of twelve
 * queries compared at 10,000 documents: README, "Search").
 */
export function takeTitle(html: string): { html: string; title?: string } {
  const m = H1.exec(html);
  if (!m) return { html };
  const title = decodeEntities(m[2]!.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  const start = `<h1${m[1]!.replace(/\sdata-pagefind-meta="title"/, '')}>`;
  return { html: html.slice(0, m.index) + start + html.slice(m.index + `<h1${m[1]}>`.length), title: title || undefined };
}

/** The page's title and its attributes panel, which every result shows apart (title, meta line). */
const SHOWN_APART = /<(h1)\b[^>]*>|<([a-z][a-z0-9]*)\b[^>]*\sclass="(?:[^"]*\s)?(?:lp-attrs|lp-doc-list__meta)(?:\s[^"]*)?"[^>]*>/g;

/**
 * `html` with the page's title and its attributes (the panel, or a page's line of them) between
 * two SHOWN_APART_MARKs: indexed, weighted and ranked as before, but left out of the excerpts
 * (excerptText), where they were read as values run together ("… pháp luật. Chỉ thị Ban Thường
 * vụ Tỉnh ủy Thái Nguyên Phó Bí thư Thường trực, Nguyễn Đăng Bình Chưa xác định Xây dựng pháp
 * luật, …") under the result's own title and line of attributes.
 */
export function hideShownApart(html: string): string {
  let out = '';
  let from = 0;
  SHOWN_APART.lastIndex = 0;
  for (let m = SHOWN_APART.exec(html); m; m = SHOWN_APART.exec(html)) {
    // The tag's name is the first group (h1) or the second (the element with the class).
    const end = elementEnd(html, m, m[1] ?? m[2]);
    if (end === null) break;
    out += `${html.slice(from, m.index)} ${SHOWN_APART_MARK} ${html.slice(m.index, end)} ${SHOWN_APART_MARK} `;
    from = end;
    SHOWN_APART.lastIndex = end;
  }
  return out + html.slice(from);
}

/**
 * The HTML each index is given for a page record, and the anchors of parts its page does not
 * have; null when the page has no data-pagefind-body. The short index gets the page without the
 * document's text (withoutDocBody), where the parts are; each gets its own tags (recordTags).
 */
export function pageIndexHtml(page: string, record: SearchRecord): { html: Record<Scope, string>; missing: string[] } | null {
  const region = bodyRegion(page);
  if (region === null) return null;
  const { html: titled, title } = takeTitle(region);
  const html = hideShownApart(titled);
  const parts = new Map(record.parts.map((p) => [p.anchor, p]));
  const withParts = parts.size
    ? html.replace(ROW_WITH_ID, (row, id: string) => {
        const part = parts.get(id);
        if (!part) return row;
        parts.delete(id);
        return `<tr><td>${partHtml(part)}</td></tr>`;
      })
    : html;
  const full = insertAtBodyStart(withParts, recordTags(record, 'full', title));
  const brief = insertAtBodyStart(withoutDocBody(html), recordTags(record, 'brief', title));
  if (full === null || brief === null) return null;
  return { html: { full: indexedCopy(full), brief: indexedCopy(brief) }, missing: [...parts.keys()] };
}
