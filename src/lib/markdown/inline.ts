/**
 * Inline Markdown from frontmatter (recipients lines) to safe HTML: emphasis only, no raw HTML,
 * no links. Everything else is escaped.
 */
import { parseMarkdown } from './parse.ts';
import type { PhrasingContent } from 'mdast';

export function renderInline(markdown: string): string {
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
