/**
 * Markdown written by editors may not carry raw HTML or unsafe links into a public page.
 * The one HTML tag allowed is a line break inside a table cell (`<br>`), which GFM
 * has no other way to write; it becomes a real break node.
 */
import { visit, SKIP } from 'unist-util-visit';
import type { Root, Parent, Nodes } from 'mdast';
import type { ContentProblem } from '../content/problems.ts';

const BREAK = /^<br\s*\/?>$/i;
const SAFE_URL = /^(https:|mailto:|tel:|#|\/(?!\/)|\.{0,2}\/?[^:]*$)/i;

/** Checks and cleans `tree` in place; returns problems (file and line filled in). */
export function sanitizeTree(tree: Root, file: string, lineOffset: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const line = (n: { position?: { start: { line: number } } }) => (n.position ? n.position.start.line + lineOffset - 1 : null);
  visit(tree, (node: Nodes, index: number | undefined, parent: Parent | undefined) => {
    if (node.type === 'html' && parent && index !== undefined) {
      if (BREAK.test(node.value.trim())) {
        parent.children.splice(index, 1, { type: 'break', position: node.position });
        return SKIP;
      }
      problems.push({
        file,
        line: line(node),
        field: 'nội dung',
        message: `không được dùng HTML thô (${truncate(node.value)}); chỉ cho phép <br> trong ô bảng — hãy viết bằng Markdown`,
        severity: 'error',
      });
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && !SAFE_URL.test(node.url.trim())) {
      problems.push({
        file,
        line: line(node),
        field: 'liên kết',
        message: `địa chỉ liên kết không an toàn "${truncate(node.url)}"; chỉ chấp nhận https:, mailto:, tel: hoặc đường dẫn nội bộ`,
        severity: 'error',
      });
      node.url = '#';
    }
    return undefined;
  });
  return problems;
}

function truncate(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? one.slice(0, 57) + '…' : one;
}
