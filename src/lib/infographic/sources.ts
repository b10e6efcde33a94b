/** How an infographic names and links the documents it draws on. */
import type { DocumentEntry } from '../content/corpus.ts';
import type { InfographicSource } from './types.ts';

/** "Chỉ thị 08-CT/TU"; without a number, "Chỉ thị của Ban Thường vụ Tỉnh ủy Thái Nguyên". */
export function shortDocName(doc: DocumentEntry): string {
  return doc.data.number ? `${doc.type.name} ${doc.data.number}` : `${doc.type.name} của ${doc.issuer.name}`;
}

/** "mục 2.1", "mục (1)", "bảng nhiệm vụ, dòng 8", or the heading's text ("Phụ lục"). */
export function partLabel(doc: DocumentEntry, anchor: string): string {
  const task = doc.tasks.find((t) => t.anchor === anchor);
  if (task) return `bảng nhiệm vụ, dòng ${task.ref.replace(/\.$/, '')}`;
  const entry = doc.rendered.toc.find((t) => t.id === anchor);
  if (entry?.number) return `mục ${entry.number}`;
  if (entry) return entry.label.charAt(0).toUpperCase() + entry.label.slice(1).toLowerCase();
  return anchor;
}

/** A source: the document, and the part at `anchor` (named `part`, or as partLabel names it). */
export function sourceFor(doc: DocumentEntry, anchor: string | null, part?: string): InfographicSource {
  const documentName = shortDocName(doc);
  const partName = anchor ? part ?? partLabel(doc, anchor) : null;
  return {
    documentId: doc.id,
    anchor,
    documentName,
    part: partName,
    label: partName ? `${documentName}, ${partName}` : documentName,
    path: anchor ? `${doc.url}#${anchor}` : doc.url,
  };
}

/** "Nguồn: Chỉ thị 08-CT/TU (mục 1, mục 2, Phụ lục)." One entry per document, parts in the order given. */
export function sourcesLine(sources: readonly InfographicSource[]): string {
  const byDoc = new Map<string, { name: string; parts: string[] }>();
  for (const s of sources) {
    const entry = byDoc.get(s.documentId) ?? { name: s.documentName, parts: [] };
    if (s.part && !entry.parts.includes(s.part)) entry.parts.push(s.part);
    byDoc.set(s.documentId, entry);
  }
  const items = [...byDoc.values()].map((d) => (d.parts.length ? `${d.name} (${d.parts.join(', ')})` : d.name));
  return `Nguồn: ${items.join('; ')}.`;
}

// One index per list of infographics, built on first use: filtering the whole list on every
// document page made rendering the pages quadratic (20,000 charts × 10,000 pages).
const CITING = new WeakMap<readonly { sources: readonly { documentId: string }[] }[], Map<string, unknown[]>>();

/** The infographics of `all` that cite the document `documentId`, in the order of `all`. */
export function infographicsCiting<T extends { sources: readonly { documentId: string }[] }>(all: readonly T[], documentId: string): T[] {
  let index = CITING.get(all) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const ig of all) {
      for (const id of new Set(ig.sources.map((s) => s.documentId))) {
        const list = index.get(id);
        if (list) list.push(ig);
        else index.set(id, [ig]);
      }
    }
    CITING.set(all, index as Map<string, unknown[]>);
  }
  return index.get(documentId) ?? [];
}
