/**
 * Reads a Word file into blocks: hidden text is cut out first (mammoth would read it as shown),
 * mammoth turns the .docx into HTML (bold, italic, footnotes, tables with their merged cells),
 * rehype-remark turns that into mdast, and the top-level nodes become blocks. Word's footnotes
 * arrive as `<sup><a href="#footnote-1">` and a closing `<ol>`; they are rewritten into footnote
 * references and footnote blocks first.
 */
import mammoth from 'mammoth';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { visit, SKIP } from 'unist-util-visit';
import type { Element, ElementContent, Root as HRoot } from 'hast';
import type { BlockContent, DefinitionContent, PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import type { Block } from './blocks.ts';
import { plain, splitAtRules, splitLines } from './blocks.ts';
import { withoutHiddenText } from './docx-hidden.ts';

export interface DocxRead {
  blocks: Block[];
  /** What mammoth could not carry over (unknown styles, images…), in its words. */
  warnings: string[];
}

const NOTE_REF = /^#(?:foot|end)note-(\d+)$/;
const NOTE_ID = /^(?:foot|end)note-(\d+)$/;

/** Throws when the buffer is not a Word document. */
export async function readDocxBlocks(buffer: Buffer): Promise<DocxRead> {
  let shown: { docx: Buffer; passages: number } | { error: string };
  try {
    shown = await withoutHiddenText(buffer);
  } catch (e) {
    shown = { error: (e as Error).message };
  }
  // When the file cannot be looked into, mammoth still may read it (or says why it cannot).
  const result = await mammoth.convertToHtml({ buffer: 'docx' in shown ? shown.docx : buffer }, { ignoreEmptyParagraphs: true });
  const warnings = result.messages.filter((m) => m.type === 'warning' || m.type === 'error').map((m) => `Word: ${m.message}`);
  if ('error' in shown) warnings.push(`không kiểm tra được chữ ẩn (định dạng Hidden) trong tệp Word (${shown.error}): nếu tệp có chữ ẩn, chữ đó đã được nhập như chữ thường; hãy đối chiếu với bản gốc`);
  else if (shown.passages) {
    warnings.push(`${shown.passages} đoạn chữ ẩn (định dạng Hidden) trong tệp Word không được nhập; hãy đối chiếu với bản gốc (trong Word: bật "Hiện/ẩn ¶" để thấy chữ ẩn) nếu cần đưa lại phần nào`);
  }
  const hast = unified().use(rehypeParse, { fragment: true }).parse(result.value) as HRoot;
  markFootnotes(hast);
  let images = 0;
  const mdast = (await unified()
    .use(rehypeRemark, {
      handlers: {
        'lp-fnref': (_state, node: Element) => ({ type: 'footnoteReference', identifier: String(node.properties.dataId), label: String(node.properties.dataId) }),
        'lp-fndef': (state, node: Element) => ({
          type: 'footnoteDefinition',
          identifier: String(node.properties.dataId),
          label: String(node.properties.dataId),
          children: state.toFlow(state.all(node)) as (BlockContent | DefinitionContent)[],
        }),
        img: () => {
          images++;
          return undefined;
        },
      },
    })
    .run(hast)) as Root;
  if (images) warnings.push(`${images} hình ảnh trong tệp Word không được nhập; hãy thêm lại nếu cần (ảnh đặt trong public/)`);
  // Word's automatic numbering is a list whose numbers mammoth does not give (1., 2.1., a) …): the
  // parts' numbers are not in the draft, and the editor has to write them from the original.
  let numbered = 0;
  visit(mdast, 'list', (list) => {
    if (list.ordered) numbered += list.children.length;
  });
  if (numbered) {
    warnings.push(`${numbered} mục đánh số tự động của Word được nhập thành gạch đầu dòng, không có số (1., 2.1., a) …): hãy đối chiếu với bản gốc và ghi số vào đầu mỗi mục, ví dụ "1\\. …", "2.1. …"`);
  }
  const blocks: Block[] = [];
  mdast.children.forEach((node, i) => toBlocks(node, `đoạn ${i + 1}`, blocks));
  return { blocks, warnings };
}

/** `<sup><a href="#footnote-1">[1]</a></sup>` → `<lp-fnref>`; the notes' `<ol>` → `<lp-fndef>`s without back links. */
function markFootnotes(tree: HRoot): void {
  visit(tree, 'element', (el: Element, index, parent) => {
    if (!parent || index === undefined) return;
    if (el.tagName === 'sup') {
      const a = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
      const m = a && NOTE_REF.exec(String(a.properties.href ?? ''));
      if (m) {
        parent.children[index] = { type: 'element', tagName: 'lp-fnref', properties: { dataId: m[1]! }, children: [] };
        return SKIP;
      }
    }
    if (el.tagName === 'ol') {
      const items = el.children.filter((c): c is Element => c.type === 'element');
      if (items.length && items.every((li) => li.tagName === 'li' && NOTE_ID.test(String(li.properties.id ?? '')))) {
        parent.children.splice(index, 1, ...items.map((li): ElementContent => ({
          type: 'element',
          tagName: 'lp-fndef',
          properties: { dataId: NOTE_ID.exec(String(li.properties.id))![1]! },
          children: withoutBackLinks(li.children),
        })));
        return SKIP;
      }
    }
    return undefined;
  });
}

function withoutBackLinks(nodes: ElementContent[]): ElementContent[] {
  return nodes
    .filter((n) => !(n.type === 'element' && n.tagName === 'a' && /^#(?:foot|end)note-ref-/.test(String(n.properties.href ?? ''))))
    .map((n) => (n.type === 'element' ? { ...n, children: withoutBackLinks(n.children) } : n));
}

function toBlocks(node: RootContent, where: string, out: Block[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      // A rule typed as a paragraph ("-----" under the motto or the trích yếu) is a separator.
      out.push(...splitAtRules(splitLines(node.children), where));
      return;
    case 'list':
      out.push({ kind: 'list', items: node.children.map((item) => joinFlow(item.children as RootContent[])), where });
      return;
    case 'table':
      // rehype-remark adds an empty header row to a table without one: rows with no text go.
      out.push({ kind: 'table', rows: node.children.map((row) => row.children.map(cellContent)).filter((r) => r.some((c) => plain(c) !== '')), where });
      return;
    case 'footnoteDefinition':
      out.push({ kind: 'footnote', id: node.identifier, content: joinFlow(node.children as RootContent[], ' '), where });
      return;
    case 'thematicBreak':
      out.push({ kind: 'separator', where });
      return;
    case 'blockquote':
      node.children.forEach((c) => toBlocks(c, where, out));
      return;
    case 'code':
    case 'html':
      out.push({ kind: 'para', lines: [[{ type: 'text', value: node.value }]], where });
      return;
    default:
      return;
  }
}

/** A table cell may hold several Word paragraphs: they become lines (`break`) of one cell. */
function cellContent(cell: TableCell): PhrasingContent[] {
  return joinFlow(cell.children as unknown as RootContent[]);
}

const PHRASING = new Set(['text', 'strong', 'emphasis', 'delete', 'link', 'break', 'footnoteReference', 'inlineCode']);

/** Inline content of flow content, paragraphs separated by `separator` (a line break by default). */
function joinFlow(nodes: RootContent[], separator: ' ' | 'break' = 'break'): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const sep = (): PhrasingContent => (separator === 'break' ? { type: 'break' } : { type: 'text', value: ' ' });
  for (const n of nodes) {
    // Inline content straight in a cell (no paragraph around it) stays on the current line.
    if (PHRASING.has(n.type)) {
      out.push(n as PhrasingContent);
      continue;
    }
    let inline: PhrasingContent[];
    if (n.type === 'paragraph' || n.type === 'heading') inline = n.children;
    else if (n.type === 'list') inline = n.children.flatMap((item, i) => [...(i ? [sep()] : []), ...joinFlow(item.children as RootContent[], separator)]);
    else if ('children' in n) inline = joinFlow(n.children as RootContent[], separator);
    else continue;
    if (out.length && inline.length) out.push(sep());
    out.push(...inline);
  }
  return out;
}
