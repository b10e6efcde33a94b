/**
 * Documents the text cites, found by their numbers ("Nghị quyết số 66-NQ/TW, ngày 30/4/2025"),
 * each with its date when the text gives one, and the anchor of the part that cites it (a
 * footnote counts as part of the paragraph that calls it). The relation type is "dan-chieu"
 * (cites): whether the document implements or amends another is the editor's call.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { anchorParts } from '../markdown/parts.ts';
import { docNumberKey, findDocNumbers } from '../search/doc-number.ts';
import { dateAfterNumber } from './vi-dates.ts';

export interface CitedDocument {
  number: string;
  issued: string | null;
  at: string | null;
}

export function citedDocuments(body: Root, ownNumber: string | null): CitedDocument[] {
  const tree = structuredClone(body);
  anchorParts(tree);
  const notes = new Map<string, RootContent>();
  for (const n of tree.children) if (n.type === 'footnoteDefinition') notes.set(n.identifier, n);
  const own = ownNumber ? docNumberKey(ownNumber) : null;
  const found: (CitedDocument & { key: string })[] = [];
  const seenNotes = new Set<string>();

  const read = (node: Nodes, at: string | null) => {
    const text = textOf(node);
    for (const m of findDocNumbers(text)) {
      const key = docNumberKey(m.text) ?? m.text;
      if (key === own) continue;
      const date = dateAfterNumber(text.slice(m.end));
      found.push({ number: m.text, issued: date?.iso ?? null, at, key });
    }
  };
  let at: string | null = null;
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') continue;
    const id = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
    if (id) at = id;
    read(node, at);
    visit(node, 'footnoteReference', (ref) => {
      const note = notes.get(ref.identifier);
      if (note && !seenNotes.has(ref.identifier)) {
        seenNotes.add(ref.identifier);
        read(note, at);
      }
    });
  }
  for (const [id, note] of notes) if (!seenNotes.has(id)) read(note, null);

  // One relation per document: the number with its date (numbers are reused across terms, so
  // the same number with two dates is two documents), at the first part that gives the date.
  const out: (CitedDocument & { key: string })[] = [];
  for (const f of found) {
    const same = out.find((o) => o.key === f.key && (o.issued === f.issued || !f.issued || !o.issued));
    if (!same) out.push({ ...f });
    else if (!same.issued && f.issued) Object.assign(same, { issued: f.issued, at: f.at ?? same.at });
  }
  return out.map(({ number, issued, at }) => ({ number, issued, at }));
}

/** Text of a node with cells and paragraphs kept apart, so numbers never run together. */
function textOf(node: Nodes): string {
  if (node.type === 'table' || node.type === 'tableRow' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') {
    return node.children.map((c) => textOf(c as Nodes)).join(' \n ');
  }
  return toString(node);
}
