/**
 * Inline formatting for the importer: reading the `**bold**` / `*italic*` and `<sup>1</sup>`
 * of text pasted from a PDF, and the one clean-up pass both readers' inline content goes
 * through before it is written as Markdown (so a Word run split in three, or a space inside a
 * bold run, never turns into odd Markdown).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import type { Paragraph, PhrasingContent, Root } from 'mdast';

// Private-use characters: a line prefix that stops block syntax ("1. " lists, "# " headings,
// "---" rules) from being read inside a paragraph, and brackets around a footnote number.
const LINE_PREFIX = '\uE002';
const FN_OPEN = '\uE003';
const FN_CLOSE = '\uE004';
const SUP = /<sup>\s*(\d+)\s*<\/sup>/gi;
const FN_MARK = new RegExp(`${FN_OPEN}(\\d+)${FN_CLOSE}`, 'g');

const parser = unified().use(remarkParse);
const stringifier = unified().use(remarkStringify, { emphasis: '*', strong: '*', bullet: '-' });

/** Inline Markdown of one paragraph (lines joined by "\n") to mdast; `<sup>n</sup>` becomes a footnote reference. */
export function parseInline(markdown: string): PhrasingContent[] {
  const source = markdown
    .normalize('NFC')
    .replace(SUP, `${FN_OPEN}$1${FN_CLOSE}`)
    .split('\n')
    .map((line) => LINE_PREFIX + line)
    .join('\n');
  const tree = parser.parse(source) as Root;
  const first = tree.children[0];
  if (tree.children.length !== 1 || first?.type !== 'paragraph') return [{ type: 'text', value: markdown.replace(SUP, '') }];
  return withFootnotes(stripPositions(first.children));
}

function stripPositions(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((n) => {
    const { position: _p, ...rest } = n as PhrasingContent & { position?: unknown };
    const copy = rest as PhrasingContent;
    if ('children' in copy) (copy as { children: PhrasingContent[] }).children = stripPositions(copy.children as PhrasingContent[]);
    if (copy.type === 'text') copy.value = copy.value.replaceAll(LINE_PREFIX, '');
    return copy;
  });
}

function withFootnotes(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    if (n.type === 'text' && n.value.includes(FN_OPEN)) {
      let last = 0;
      for (const m of n.value.matchAll(FN_MARK)) {
        if (m.index > last) out.push({ type: 'text', value: n.value.slice(last, m.index) });
        out.push({ type: 'footnoteReference', identifier: m[1]!, label: m[1]! });
        last = m.index + m[0].length;
      }
      if (last < n.value.length) out.push({ type: 'text', value: n.value.slice(last) });
    } else if ('children' in n) {
      out.push({ ...n, children: withFootnotes(n.children as PhrasingContent[]) } as PhrasingContent);
    } else out.push(n);
  }
  return out;
}

const SAFE_URL = /^(https:|mailto:|tel:|\/(?!\/))/i;
// Formatting tags a paste or a Word file may carry; their text is kept, the tag is not.
const FORMAT_TAG = /^<\/?(?:u|span|font|b|i|em|strong|sub|sup|small|mark|a)\b[^>]*>$/i;

/**
 * Cleans inline content in place of what Markdown cannot say well: adjacent text merged,
 * whitespace collapsed, spaces moved out of bold/italic runs, runs of the same emphasis merged,
 * raw HTML turned into text, unsafe or bookmark links unwrapped, images dropped. `warn` hears
 * about anything that changed the text a reader sees.
 */
export function normalizeInline(nodes: readonly PhrasingContent[], warn: (message: string) => void = () => {}): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const add = (n: PhrasingContent) => {
    const prev = out[out.length - 1];
    if (n.type === 'text' && prev?.type === 'text') prev.value += n.value;
    else if ((n.type === 'strong' || n.type === 'emphasis') && prev?.type === n.type) prev.children.push(...(n.children as never[]));
    else out.push(n);
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        add({ type: 'text', value: node.value.normalize('NFC').replace(/\s+/g, ' ') });
        break;
      case 'strong':
      case 'emphasis':
      case 'delete': {
        const inner = normalizeInline(node.children, warn);
        const text = inner.map((c) => (c.type === 'text' ? c.value : 'x')).join('');
        if (text.trim() === '' && !inner.some((c) => c.type === 'footnoteReference')) {
          if (text !== '') add({ type: 'text', value: ' ' });
          break;
        }
        // "** a **" is not bold in Markdown: keep the spaces outside the run.
        const lead = inner[0]?.type === 'text' && /^\s/.test(inner[0].value);
        const tail = inner.at(-1)?.type === 'text' && /\s$/.test((inner.at(-1) as { value: string }).value);
        if (inner[0]?.type === 'text') inner[0].value = inner[0].value.replace(/^\s+/, '');
        const last = inner.at(-1);
        if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
        if (lead) add({ type: 'text', value: ' ' });
        const kept = inner.filter((c) => c.type !== 'text' || c.value !== '');
        // Word nests italic inside bold; written the other way round it is `***x***`, as editors type it.
        if (node.type === 'strong' && kept.length === 1 && kept[0]!.type === 'emphasis') add({ type: 'emphasis', children: [{ type: 'strong', children: kept[0].children }] });
        else add({ ...node, children: kept } as PhrasingContent);
        if (tail) add({ type: 'text', value: ' ' });
        break;
      }
      case 'link':
        if (SAFE_URL.test(node.url)) {
          const children = normalizeInline(node.children, warn);
          warnOfLink(node.url, plainText(children), warn);
          add({ ...node, children });
        } else {
          if (node.url && !node.url.startsWith('#')) warn(`liên kết "${node.url}" không an toàn (chỉ giữ https:, mailto:, tel: hoặc nội bộ); đã giữ chữ, bỏ liên kết`);
          for (const c of normalizeInline(node.children, warn)) add(c);
        }
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value.trim())) add({ type: 'break' });
        else if (!FORMAT_TAG.test(node.value.trim())) {
          warn(`HTML "${node.value.slice(0, 40)}" được giữ như chữ thường`);
          add({ type: 'text', value: node.value });
        }
        break;
      case 'image':
      case 'imageReference':
        warn('một hình ảnh trong văn bản không được nhập; hãy thêm lại nếu cần (ảnh đặt trong public/)');
        break;
      case 'inlineCode':
        add({ type: 'text', value: node.value });
        break;
      default:
        add(node);
    }
  }
  // Collapse double spaces created at the seams above.
  for (let i = 0; i < out.length; i++) {
    const n = out[i]!;
    if (n.type !== 'text') continue;
    n.value = n.value.replace(/ {2,}/g, ' ');
    const next = out[i + 1];
    if (/ $/.test(n.value) && next?.type === 'text' && next.value.startsWith(' ')) next.value = next.value.slice(1);
  }
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}

/** Trims leading and trailing whitespace of a paragraph's inline content (in place). */
export function trimInline(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return nodes.filter((n) => n.type !== 'text' || n.value !== '');
}

/** Inline content back to one line of Markdown (for frontmatter values such as recipients). */
export function inlineToMarkdown(nodes: readonly PhrasingContent[]): string {
  const paragraph: Paragraph = { type: 'paragraph', children: trimInline(normalizeInline(nodes)) };
  return String(stringifier.stringify({ type: 'root', children: [paragraph] })).trim().replace(/\n/g, ' ');
}

/** The text of inline nodes, marks dropped. */
function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plainText(n.children as PhrasingContent[]) : '')).join('');
}

/**
 * Every link kept from the source is named in the report, for the editor to check it against the
 * original: a received file can hide where a link goes behind its words. A link whose words are an
 * address on another host than its target ("https://vbpl.vn/…" leading to another site) is said
 * to be misleading.
 */
function warnOfLink(url: string, text: string, warn: (message: string) => void): void {
  if (!/^(https?:|mailto:|tel:)/i.test(url)) return;
  const shown = /^(?:https?:\/\/)?([a-z0-9.-]+\.[a-z]{2,})(?:[/:?#]|$)/i.exec(text.trim())?.[1]?.toLowerCase();
  let target: string | null = null;
  try {
    target = /^https?:/i.test(url) ? new URL(url).hostname.toLowerCase() : null;
  } catch {
    target = null;
  }
  const strip = (h: string) => h.replace(/^www\./, '');
  if (shown && target && strip(shown) !== strip(target)) {
    warn(`liên kết ghi "${text.trim()}" nhưng dẫn tới ${url} (tên miền khác): hãy đối chiếu với bản gốc, sửa hoặc bỏ liên kết`);
  } else {
    warn(`liên kết "${text.trim()}" dẫn tới ${url}: hãy đối chiếu với bản gốc`);
  }
}
