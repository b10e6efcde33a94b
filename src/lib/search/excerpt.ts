/**
 * Result excerpts built from the text people read: the indexed content cut before the hidden
 * match text, a window around the best match, the original characters wrapped in <mark>.
 * Pagefind's own excerpt is not used: it would show the hidden text, and đ as the index spells it
 * (index-spelling.ts).
 */
import { HIDDEN_TEXT_MARK, SHOWN_APART_MARK } from './index-records.ts';
import { matchText, type ParsedQuery, type Span } from './match.ts';
import { escapeHtml } from './html.ts';

// Hidden text runs from a mark to the next one, or to the end of the content. Pagefind may end the
// block with a full stop of its own ("… ⁂⁂."), which goes with it.
const HIDDEN = new RegExp(`${HIDDEN_TEXT_MARK}[\\s\\S]*?(?:${HIDDEN_TEXT_MARK}\\.?|$)`, 'g');

// What a result shows apart (its title, its attributes) runs from a mark to the next one.
const APART = new RegExp(`${SHOWN_APART_MARK}[\\s\\S]*?(?:${SHOWN_APART_MARK}\\.?|$)`, 'g');

function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The readable part of indexed content: without the hidden match text, NFC, whitespace collapsed. */
export function visibleText(content: string): string {
  return tidy(content.replace(HIDDEN, ' ').replaceAll(SHOWN_APART_MARK, ' '));
}

/**
 * The text a result's excerpt is cut from: visibleText without what the result shows apart (the
 * page's title and attributes, see hideShownApart), or visibleText when nothing else is left.
 */
export function excerptText(content: string): string {
  return tidy(content.replace(HIDDEN, ' ').replace(APART, ' ')) || visibleText(content);
}

/** `text` as HTML with the spans (sorted, not overlapping) in <mark>. */
export function markSpans(text: string, spans: Span[]): string {
  let html = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    html += `${escapeHtml(text.slice(at, s.start))}<mark>${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return html + escapeHtml(text.slice(at));
}

export interface ExcerptOptions {
  /** Characters of the window, about; Pagefind's default of 30 words is about 180. */
  length?: number;
  /** Characters shown before the first match. */
  before?: number;
}

/**
 * A window of `text` (already visible text) around the query's best match, as HTML with the
 * matches marked. Without a match, the start of the text.
 */
export function buildExcerpt(text: string, q: ParsedQuery, options: ExcerptOptions = {}): string {
  const length = options.length ?? 200;
  const before = options.before ?? 60;
  const { spans } = matchText(text, q);
  const first = spans[0];
  let start = first ? Math.max(0, first.start - before) : 0;
  let end = Math.min(text.length, start + length);
  if (first && end < first.end) end = Math.min(text.length, first.end + 20);
  // Never cut a word: move the edges out to whitespace.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space < 0 ? 0 : space + 1;
  }
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    end = space < 0 ? text.length : space;
  }
  const inside = spans.filter((s) => s.start >= start && s.end <= end).map((s) => ({ start: s.start - start, end: s.end - start }));
  return `${start > 0 ? '… ' : ''}${markSpans(text.slice(start, end), inside)}${end < text.length ? ' …' : ''}`;
}
