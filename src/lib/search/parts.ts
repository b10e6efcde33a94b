/**
 * Search results read from a page's Pagefind fragment: the page itself, and its parts (a
 * document's tasks). A part is a section of the indexed page that starts at a heading carrying
 * the part's anchor (src/lib/search/index-html.ts), so the fragment Pagefind already loads for
 * the page holds everything a task result needs: the heading (its title), the words after it
 * (its text, up to its hidden match text) and its detail line in the page's metadata.
 */
import { HIDDEN_TEXT_MARK, PARTS_META_KEY } from './index-records.ts';
import { excerptText, visibleText } from './excerpt.ts';
import { readMeta } from './unindexed.ts';
import { matchText, type ParsedQuery } from './match.ts';
import { readableSpelling } from './index-spelling.ts';

/** An element with an id, as Pagefind records it: `location` is the index of its first word. */
export interface FragmentAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** What Pagefind's `result.data()` gives, as far as results need it. */
export interface PageFragment {
  url: string;
  content: string;
  /** Pagefind's metadata: the title, and the rest in one unindexed value (unindexed.ts, readMeta). */
  meta: Record<string, string>;
  anchors?: FragmentAnchor[];
}

/** A result ready to rank and show. */
export interface FragmentResult {
  url: string;
  title: string;
  /** Readable text: no hidden match text. */
  text: string;
  /** The text its excerpt is cut from: `text` without what the result shows apart (excerptText). */
  excerpt: string;
  meta: Record<string, string>;
}

// How Pagefind splits content into the words that anchor locations count (its `word_separators`).
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** A fragment as people read it: its text and headings as written, not as indexed (index-spelling.ts). */
export function readableFragment(f: PageFragment): PageFragment {
  return { ...f, content: readableSpelling(f.content), anchors: f.anchors?.map((a) => ({ ...a, text: readableSpelling(a.text) })) };
}

/** The page as a result (its parts' details left out of the metadata). */
export function pageResult(f: PageFragment): FragmentResult {
  return resultOf(f, readMeta(f.meta));
}

/** pageResult, given the fragment's metadata as read (readMeta). */
function resultOf(f: PageFragment, read: Record<string, string>): FragmentResult {
  const { [PARTS_META_KEY]: _parts, ...meta } = read;
  return { url: f.url, title: meta.title ?? f.url, text: visibleText(f.content), excerpt: excerptText(f.content), meta };
}

function partDetails(json: string | undefined): Map<string, string> {
  if (!json) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(json) as Record<string, string>));
  } catch {
    return new Map();
  }
}

/**
 * The parts of a page as results, in page order: kind "nhiem-vu", the page's document as parent,
 * the URL of the part's anchor. A page without parts gives none.
 */
export function partResults(f: PageFragment): FragmentResult[] {
  const meta = readMeta(f.meta);
  const details = partDetails(meta[PARTS_META_KEY]);
  if (!details.size) return [];
  const words = f.content.split(WORD_SEPARATORS);
  // Sections end at the next heading with an id, as Pagefind's own sub-results do.
  const headings = (f.anchors ?? []).filter((a) => /^h\d$/i.test(a.element)).sort((a, b) => a.location - b.location);
  const page = resultOf(f, meta);
  const { title: _title, ...docMeta } = page.meta;
  const parent = docMeta.number ? `${docMeta.type ?? ''} ${docMeta.number}`.trim() : page.title;
  return headings.flatMap((a, i) => {
    const detail = details.get(a.id);
    if (detail === undefined) return [];
    const headingWords = a.text.split(WORD_SEPARATORS).filter(Boolean).length;
    const section = words.slice(a.location + headingWords, headings[i + 1]?.location ?? words.length).join(' ');
    // The part's own text ends where its hidden text starts; anything after that (the rest of an
    // annex after the last task) is the page's.
    const cut = section.indexOf(HIDDEN_TEXT_MARK);
    const text = visibleText(cut < 0 ? section : section.slice(0, cut));
    return [{
      url: `${f.url}#${a.id}`,
      title: a.text,
      text,
      excerpt: text,
      meta: { ...docMeta, kind: 'nhiem-vu', parent, detail },
    }];
  });
}

/**
 * Whether a part (or a page) answers the query on its own: the number, the phrase or all the
 * words in its text (Pagefind matched the page, whose words may be spread over several parts, and
 * offers near words when a word is not in its index). Without a query (filters only) every part does.
 */
export function partMatches(part: FragmentResult, q: ParsedQuery): boolean {
  if (!q.text) return true;
  const { level } = matchText(part.text, q);
  return level !== 'none' && level !== 'some-words';
}
