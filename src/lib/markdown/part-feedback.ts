/**
 * "Phản ánh vướng mắc về mục 2.1": a small link after every numbered part (and after each
 * heading of the contents) that opens the province's feedback channel about that part. The
 * link target comes from the caller, so this stays free of configuration.
 */
import type { Root, Paragraph, PhrasingContent } from 'mdast';
import type { TocEntry } from './parts.ts';

/** The href for a part's feedback link, or null for none. */
export type PartFeedback = (anchor: string, name: string) => string | null;

/** How a part is called in a sentence: "mục 2.1", "nhiệm vụ (1)", "phần “PHỤ LỤC”". */
export function partName(entry: Pick<TocEntry, 'number' | 'label'>): string {
  if (entry.number === null) return `phần “${entry.label}”`;
  return entry.number.startsWith('(') ? `nhiệm vụ ${entry.number}` : `mục ${entry.number}`;
}

/** Adds the links in place; call after anchorParts (which gives the parts their ids). */
export function addPartFeedback(tree: Root, toc: TocEntry[], feedback: PartFeedback): void {
  const byId = new Map(toc.map((t) => [t.id, t]));
  const out: Root['children'] = [];
  for (const node of tree.children) {
    out.push(node);
    const id = (node.data?.hProperties as { id?: unknown } | undefined)?.id;
    const entry = typeof id === 'string' ? byId.get(id) : undefined;
    if (!entry || (node.type !== 'paragraph' && node.type !== 'heading')) continue;
    const name = partName(entry);
    const url = feedback(entry.id, name);
    if (!url) continue;
    const link = feedbackLink(url, entry.id, name);
    // In a paragraph the link ends the part's text; a heading's name must stay the heading
    // alone, so its link goes in a paragraph of its own just after it.
    if (node.type === 'paragraph') node.children.push({ type: 'text', value: ' ' }, link);
    else out.push({ type: 'paragraph', children: [link], data: { hProperties: { className: ['lp-part-feedback-line'] } } } as Paragraph);
  }
  tree.children = out;
}

function feedbackLink(url: string, anchor: string, name: string): PhrasingContent {
  return {
    type: 'link',
    url,
    children: [{ type: 'text', value: `Phản ánh vướng mắc về ${name}` }],
    data: {
      hProperties: {
        className: ['lp-part-feedback'],
        rel: ['noopener', 'noreferrer'],
        'data-part-feedback': anchor,
        // Not part of the document's text: kept out of the search index.
        'data-pagefind-ignore': '',
      },
    },
  };
}
