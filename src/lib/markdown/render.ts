/**
 * Renders a document body to HTML with our own unified pipeline, so the document page, the
 * search index and the tests all see the same HTML, and the task rows carry their status.
 *
 * The body is split in two: the main text, and the annex that starts at the first heading
 * beginning with "Phụ lục" (shown after the signature block, as on paper). Footnotes stay
 * with the main text.
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { toString } from 'mdast-util-to-string';
import { toString as textOf } from 'hast-util-to-string';
import type { Root as MdRoot, TableRow } from 'mdast';
import type { Root as HRoot, Element, ElementContent, RootContent as HContent } from 'hast';
import { visit } from 'unist-util-visit';
import { anchorParts, type TocEntry } from './parts.ts';
import { addPartFeedback, type PartFeedback } from './part-feedback.ts';
import { rebaseLinks } from './rebase.ts';
import { relOnExternalLinks } from './external-links.ts';
import { markTextDeadlines, type TextDeadline } from './text-deadlines.ts';

/** What to add to one task row of a table: its anchor, and HTML-ready nodes after the deadline. */
export interface RowAnnotation {
  /** 1-based line of the row within the body. */
  bodyLine: number;
  anchor: string;
  /** Extra content appended to the row's last cell (hast nodes). */
  extra: ElementContent[];
}

export interface RenderedBody {
  mainHtml: string;
  annexHtml: string;
  toc: TocEntry[];
  /** Every anchor id present in the HTML (for link checking). */
  anchors: string[];
  /** Dated phrases of the main text outside task tables (text-deadlines.ts). */
  deadlines: TextDeadline[];
}

const toHast = unified().use(remarkRehype, {
  footnoteLabel: 'Chú thích',
  footnoteLabelTagName: 'h2',
  footnoteBackLabel: (i: number) => `Quay lại vị trí chú thích ${i + 1}`,
  footnoteLabelProperties: { className: ['lp-footnotes-title'] },
});
const toHtml = unified().use(rehypeStringify);

/**
 * Renders a parsed (and sanitized) body tree. The tree is modified. With `partFeedback`, every
 * part in the contents gets a "Phản ánh vướng mắc về mục …" link (see part-feedback.ts). Links
 * from the site's root get the site's base path `base` (rebase.ts).
 */
export function renderBody(tree: MdRoot, rows: RowAnnotation[] = [], partFeedback?: PartFeedback, base = '/'): RenderedBody {
  rebaseLinks(tree, base);
  const toc = anchorParts(tree);
  const deadlines = markTextDeadlines(tree, toc, annexIndex(tree), new Set(toc.map((t) => t.id)));
  annotateRows(tree, rows);
  if (partFeedback) addPartFeedback(tree, toc, partFeedback);
  const annexStart = annexIndex(tree);
  const full = toHast.runSync(tree) as unknown as HRoot;
  relOnExternalLinks(full);
  wrapTables(full);

  const footnotes = full.children.filter(isFootnotes);
  const rest = full.children.filter((n) => !isFootnotes(n));
  let splitAt = rest.length;
  if (annexStart >= 0) {
    const id = (tree.children[annexStart]!.data?.hProperties as { id?: string } | undefined)?.id;
    const i = rest.findIndex((n) => n.type === 'element' && n.properties?.id === id);
    if (i >= 0) splitAt = i;
  }
  const main: HRoot = { type: 'root', children: [...rest.slice(0, splitAt), ...footnotes] };
  const annex: HRoot = { type: 'root', children: rest.slice(splitAt) };
  const anchors: string[] = [];
  visit(full, 'element', (el: Element) => {
    if (typeof el.properties?.id === 'string') anchors.push(el.properties.id);
  });
  return {
    mainHtml: toHtml.stringify(main),
    annexHtml: annex.children.length ? toHtml.stringify(annex) : '',
    toc: toc.filter((t) => annexStart < 0 || !isInAnnex(t, tree, annexStart)),
    anchors,
    deadlines,
  };
}

/** Index of the annex's heading (the first beginning with "Phụ lục") among the top-level nodes, or -1. */
function annexIndex(tree: MdRoot): number {
  return tree.children.findIndex((n) => n.type === 'heading' && /^phụ lục/i.test(toString(n).trim()));
}

// What renderBody adds for the page only, as rehype-stringify writes it: the status and reading of
// a task row's deadline (they change with the build date) and the "Phản ánh vướng mắc" links (they
// depend on the portal's configuration). Text inside is escaped, so no "<" can occur in it.
const PAGE_ONLY = [
  // Each part (badge, reading) may start with its hidden words for screen readers (body.ts rowExtra).
  /<span class="lp-task-meta">(?:<span [^>]*>(?:<span class="lp-visually-hidden">[^<]*<\/span>)?[^<]*<\/span>)*<\/span>/g,
  /\n<p class="lp-part-feedback-line"><a [^>]*>[^<]*<\/a><\/p>/g,
  / <a [^>]*class="lp-part-feedback"[^>]*>[^<]*<\/a>/g,
];

/**
 * The body as open data (`/api/van-ban/<id>.json`): the HTML the page shows, main text then annex,
 * without what only the page adds (see PAGE_ONLY). Derived from the one render of the body instead
 * of parsing and rendering the Markdown again; task rows keep their anchors (#bang-nv-…).
 */
export function portableHtml(rendered: Pick<RenderedBody, 'mainHtml' | 'annexHtml'>): string {
  const html = rendered.annexHtml ? `${rendered.mainHtml}\n${rendered.annexHtml}` : rendered.mainHtml;
  return PAGE_ONLY.reduce((out, re) => out.replace(re, ''), html);
}

function isFootnotes(n: HContent): boolean {
  return n.type === 'element' && n.tagName === 'section' && n.properties?.dataFootnotes !== undefined;
}

function isInAnnex(t: TocEntry, tree: MdRoot, annexStart: number): boolean {
  const i = tree.children.findIndex((n) => (n.data?.hProperties as { id?: string } | undefined)?.id === t.id);
  return i > annexStart;
}

/** Gives task rows their anchor and appends the normalized deadline and status to the last cell. */
function annotateRows(tree: MdRoot, rows: RowAnnotation[]): void {
  if (!rows.length) return;
  const byLine = new Map(rows.map((r) => [r.bodyLine, r]));
  visit(tree, 'tableRow', (row: TableRow) => {
    const found = row.position ? byLine.get(row.position.start.line) : undefined;
    if (!found) return;
    row.data = { ...row.data, hProperties: { id: found.anchor, 'data-task-row': found.anchor } };
    const last = row.children[row.children.length - 1];
    if (!last) return;
    last.children.push({
      type: 'text',
      value: '',
      data: { hName: 'span', hProperties: { className: ['lp-task-meta'] }, hChildren: found.extra },
    } as never);
  });
}

/** Tables of this many columns or more are read as cards on a phone (`lp-stack`). */
export const STACK_MIN_COLUMNS = 3;

function childElements(el: Element, tagName: string): Element[] {
  return el.children.filter((c): c is Element => c.type === 'element' && c.tagName === tagName);
}

/** Longest heading a table's name quotes; a longer one is cut at a word and ends in "…". */
const TABLE_SECTION_MAX = 80;

/** A heading's text as a table's name says where it is: "mục PHỤ LỤC". */
function tableSection(heading: string): string {
  const text = heading.replace(/\s+/g, ' ').trim();
  if (!text) return '';
  if (text.length <= TABLE_SECTION_MAX) return `mục ${text}`;
  const space = text.lastIndexOf(' ', TABLE_SECTION_MAX);
  return `mục ${text.slice(0, space > 0 ? space : TABLE_SECTION_MAX).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * Wide tables scroll sideways inside a labelled, focusable region (so keyboard users can scroll
 * it too; its name, "Bảng 1, mục PHỤ LỤC", says which table and under which heading) instead of
 * making the whole page scroll on a phone; `data-scroll-region` lets src/scripts/scroll-regions.ts
 * take the tab stop out while the table fits. A table of STACK_MIN_COLUMNS columns or more (a task
 * table: who, what, by when) is also marked `lp-stack`: on a narrow
 * screen each row is shown as a card, each cell under its column's name (`data-label`, which the
 * stylesheet shows and assistive technology skips: it reads the table's own headers), so the
 * deadline in the last column is on screen without scrolling sideways.
 */
function wrapTables(root: HRoot): void {
  let n = 0;
  let heading = '';
  visit(root, 'element', (el: Element, index, parent) => {
    if (/^h[1-6]$/.test(el.tagName)) heading = tableSection(textOf(el));
    if (el.tagName !== 'table' || !parent || index === undefined) return;
    n++;
    const name = heading ? `Bảng ${n}, ${heading}` : `Bảng ${n}`;
    const labels = childElements(el, 'thead').flatMap((head) => childElements(head, 'tr').slice(0, 1))
      .flatMap((row) => childElements(row, 'th').map((th) => textOf(th).replace(/\s+/g, ' ').trim()));
    const stack = labels.length >= STACK_MIN_COLUMNS;
    if (stack) {
      for (const body of childElements(el, 'tbody')) {
        for (const row of childElements(body, 'tr')) {
          childElements(row, 'td').forEach((cell, i) => {
            if (labels[i]) cell.properties = { ...cell.properties, dataLabel: labels[i] };
          });
        }
      }
    }
    parent.children[index] = {
      type: 'element',
      tagName: 'section',
      properties: stack
        ? { className: ['lp-table-scroll', 'lp-stack'], tabIndex: 0, dataScrollRegion: '', ariaLabel: name }
        : { className: ['lp-table-scroll'], tabIndex: 0, dataScrollRegion: '', ariaLabel: `${name} (cuộn ngang để xem đủ các cột)` },
      children: [el],
    };
    return 'skip';
  });
}
