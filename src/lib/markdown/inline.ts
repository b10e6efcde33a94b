/**
 * Inline Markdown from frontmatter (recipients lines) to safe HTML: emphasis only, no raw HTML,
 * no links. Everything else is escaped.
 */
import { parseMarkdown } from './parse.ts';
import type { PhrasingContent } from 'mdast';

// Lines repeat across documents ("Như trên,", "Lưu Văn phòng Tỉnh ủy."): each distinct line is
// parsed once per build. A Markdown parse costs far more than the line is long.
const rendered = new Map<string, string>();

export function renderInline(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) rendered.set(markdown, (html = render(markdown)));
  return html;
}

function render(markdown: string): string {
  const tree = parseMarkdown(markdown);
  const first = tree.children[0];
  if (!first || first.type !== 'paragraph') return escapeHtml(markdown);
  return first.children.map(phrase).join('');
}

function phrase(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${node.children.map(phrase).join('')}</em>`;
    case 'strong':
      return `<strong>${node.children.map(phrase).join('')}</strong>`;
    case 'break':
      return '<br>';
    default:
      return 'value' in node ? escapeHtml(String(node.value)) : 'children' in node ? (node.children as PhrasingContent[]).map(phrase).join('') : '';
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
