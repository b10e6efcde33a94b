/**
 * Numbered parts of a directive ("1.", "2.1.", "(1)") become linkable: each gets a stable
 * anchor (#muc-1, #muc-2-1, #nhiem-vu-1), its number becomes a self-link, and the list of
 * parts feeds the table of contents. Headings get Vietnamese-folded slugs (#phu-luc).
 *
 * Editors write a part as a paragraph starting with its number (`1\. …`, `**3.** …`,
 * `2.1. …`, `(1) …`). A top-level ordered list is read the same way, so writing `1. …`
 * without the escape still works.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, Paragraph, Heading, PhrasingContent, List, Text } from 'mdast';
import { slugify } from '../slug.ts';

export interface TocEntry {
  id: string;
  /** The part number as written without the final dot ("2.1", "(1)"), or null for a heading. */
  number: string | null;
  /** A short label: the first words of the part, or the heading text. */
  label: string;
  /** 1 for a top-level part or level-2 heading, 2 for sub-items. */
  depth: number;
}

const DOTTED = /^(\d+(?:\.\d+)*)\.(?=\s)/;
const PAREN = /^\((\d+)\)(?=\s)/;

/** Assigns anchors in place and returns the table of contents, in document order. */
export function anchorParts(tree: Root): TocEntry[] {
  unwrapOrderedLists(tree);
  const slugger = new GithubSlugger();
  const toc: TocEntry[] = [];
  const claim = (base: string) => slugger.slug(base);
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = toString(node).trim();
      const m = DOTTED.exec(text);
      const id = claim(m ? `muc-${m[1]!.replace(/\./g, '-')}` : slugify(text) || 'muc');
      setId(node, id);
      if (node.depth <= 3) toc.push({ id, number: m ? m[1]! : null, label: m ? text.slice(m[0].length).trim() : text, depth: node.depth <= 2 ? 1 : 2 });
      continue;
    }
    if (node.type !== 'paragraph') continue;
    const found = leadingNumber(node);
    if (!found) continue;
    const id = claim(found.kind === 'dotted' ? `muc-${found.number.replace(/\./g, '-')}` : `nhiem-vu-${found.number}`);
    setId(node, id);
    linkNumber(node, found.length, id, found.kind === 'dotted' ? `Mục ${found.number}` : `Nhiệm vụ (${found.number})`);
    const number = found.kind === 'dotted' ? found.number : `(${found.number})`;
    toc.push({ id, number, label: firstWords(toString(node).slice(found.length).trim(), 14), depth: found.kind === 'dotted' && !found.number.includes('.') ? 1 : 2 });
  }
  return toc;
}

/** Finds "2.1." / "(1)" / bold "3." at the start of a paragraph; `length` counts characters of the label. */
function leadingNumber(p: Paragraph): { kind: 'dotted' | 'paren'; number: string; length: number } | null {
  const first = p.children[0];
  if (!first) return null;
  if (first.type === 'strong' && first.children.length === 1 && first.children[0]!.type === 'text') {
    const m = /^(\d+(?:\.\d+)*)\.$/.exec(first.children[0]!.value.trim());
    if (m) return { kind: 'dotted', number: m[1]!, length: first.children[0]!.value.length };
  }
  if (first.type !== 'text') return null;
  const dotted = DOTTED.exec(first.value);
  if (dotted) return { kind: 'dotted', number: dotted[1]!, length: dotted[0].length };
  const paren = PAREN.exec(first.value);
  if (paren) return { kind: 'paren', number: paren[1]!, length: paren[0].length };
  return null;
}

/** Makes the part's number a self-link (visible text kept; its accessible name contains it). */
function linkNumber(p: Paragraph, length: number, id: string, name: string): void {
  const first = p.children[0]!;
  const link = (label: string): PhrasingContent => ({
    type: 'link',
    url: `#${id}`,
    children: [{ type: 'text', value: label }],
    data: { hProperties: { className: ['lp-part-num'], 'aria-label': `${name}.` } },
  });
  if (first.type === 'strong') {
    p.children[0] = { type: 'strong', children: [link((first.children[0] as Text).value)] };
    return;
  }
  const text = first as Text;
  p.children.splice(0, 1, link(text.value.slice(0, length)), { type: 'text', value: text.value.slice(length) });
}

/** A top-level ordered list is a run of numbered parts: turn each item into paragraphs. */
function unwrapOrderedLists(tree: Root): void {
  const out: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type !== 'list' || !node.ordered) {
      out.push(node);
      continue;
    }
    (node as List).children.forEach((item, i) => {
      const n = (node.start ?? 1) + i;
      const [head, ...rest] = item.children;
      if (head && head.type === 'paragraph') {
        head.children.unshift({ type: 'text', value: `${n}. ` });
        mergeLeadingText(head);
      }
      out.push(...(item.children as RootContent[]));
      void rest;
    });
  }
  tree.children = out;
}

function mergeLeadingText(p: Paragraph): void {
  const [a, b] = p.children;
  if (a?.type === 'text' && b?.type === 'text') p.children.splice(0, 2, { type: 'text', value: a.value + b.value });
}

function setId(node: Paragraph | Heading, id: string): void {
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
}

/**
 * The first `n` words of trimmed `text`, with "…" when there are more, in place of the
 * punctuation the last word kept ("các ngành…", not "các ngành,…").
 */
function firstWords(text: string, n: number): string {
  // Reads no further than word n + 1: a part can be a paragraph of hundreds of words.
  const words: string[] = [];
  for (const m of text.matchAll(/\S+/g)) if (words.push(m[0]) > n) break;
  return words.length <= n ? words.join(' ') : words.slice(0, n).join(' ').replace(/[.,;:]+$/u, '') + '…';
}
