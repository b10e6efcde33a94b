/**
 * The text of a numbered part of a document, so a reading-day page and its printed handout can
 * quote the parts to read. The body is parsed again and anchored with the same function the
 * document page uses (anchorParts), so the ids are the page's ids.
 *
 * A part is its numbered paragraph plus the unnumbered paragraphs that follow it (part 1 of
 * 08-CT/TU has two paragraphs; the weekly-report paragraph of the Thái Nguyên directive follows
 * task (2)), up to the next anchored paragraph, heading, table or list, or the closing formula
 * ("Chỉ thị này được phổ biến đến chi bộ."), which belongs to the whole document.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { parseMarkdown } from '../markdown/parse.ts';
import { anchorParts } from '../markdown/parts.ts';
import { escapeHtml } from '../markdown/inline.ts';

/** A quoted part: its paragraphs as safe inline HTML (emphasis kept, links and notes dropped). */
export interface PartQuote {
  anchor: string;
  /** "Mục 4.3", "Nhiệm vụ (1)", or a heading's text. */
  label: string;
  paragraphs: string[];
}

const CLOSING = /^[^.]{0,40}\snày được phổ biến đến\s/;

/** Every anchored paragraph or heading of a Markdown body, by anchor. */
export function quoteParts(body: string): Map<string, PartQuote> {
  const tree = parseMarkdown(body);
  const toc = anchorParts(tree);
  const numbers = new Map(toc.map((t) => [t.id, t.number]));
  const out = new Map<string, PartQuote>();
  let current: PartQuote | null = null;
  for (const node of tree.children) {
    const id = anchorOf(node);
    if (id && (node.type === 'paragraph' || node.type === 'heading')) {
      const number = numbers.get(id) ?? null;
      const label = number === null ? plain(node.children) : number.startsWith('(') ? `Nhiệm vụ ${number}` : `Mục ${number}`;
      current = { anchor: id, label, paragraphs: [inline(node.children).trim()] };
      out.set(id, current);
      // A heading quotes itself only.
      if (node.type === 'heading') current = null;
      continue;
    }
    if (current && node.type === 'paragraph' && !CLOSING.test(plain(node.children))) {
      current.paragraphs.push(inline(node.children).trim());
      continue;
    }
    current = null;
  }
  return out;
}

function anchorOf(node: RootContent): string | null {
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : null;
}

function inline(nodes: PhrasingContent[]): string {
  return nodes.map(phrase).join('');
}

function phrase(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${inline(node.children)}</em>`;
    case 'strong':
      return `<strong>${inline(node.children)}</strong>`;
    case 'break':
      return '<br>';
    case 'inlineCode':
      return escapeHtml(node.value);
    // The quote is read away from its page: a footnote number or a link would lead nowhere.
    case 'footnoteReference':
    case 'html':
    case 'image':
    case 'imageReference':
      return '';
    default:
      return 'children' in node ? inline(node.children as PhrasingContent[]) : '';
  }
}

function plain(nodes: PhrasingContent[]): string {
  return nodes
    .map((n): string => (n.type === 'text' || n.type === 'inlineCode' ? n.value : n.type === 'footnoteReference' ? '' : 'children' in n ? plain(n.children as PhrasingContent[]) : ''))
    .join('')
    .trim();
}

/**
 * The parts a reading covers, for its heading when one document is read in more than one place of
 * an issue: "Mục 4 đến 4.5", "Bảng nhiệm vụ, dòng 7 đến 10", or the one label. The words the last
 * label shares with the first (up to a space) are not repeated.
 */
export function partsSpan(labels: readonly string[]): string {
  const first = labels[0] ?? '';
  const last = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || first === last) return first;
  let common = 0;
  while (common < first.length && first[common] === last[common]) common++;
  const cut = last.lastIndexOf(' ', common - 1) + 1;
  return `${first} đến ${last.slice(cut)}`;
}
