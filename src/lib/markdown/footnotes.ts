/**
 * Footnotes whose two halves do not meet. GFM reads "[^2]" with no "[^2]: …" line as plain text,
 * so the page would show the brackets; and it leaves out a "[^3]: …" note no text points to, so
 * the note's words would be lost. Both are errors, at the line of the half that is there.
 */
import { visit, SKIP } from 'unist-util-visit';
import type { Nodes, Root } from 'mdast';
import type { ContentProblem } from '../content/problems.ts';

/** "[^1]", "[^ghi-chu]" left as text: a call with no note. */
const LONE_CALL = /\[\^([^\]\s]+)\]/g;

export function footnoteProblems(tree: Root, file: string, lineOffset: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lineOf = (node: Nodes) => (node.position ? node.position.start.line + lineOffset - 1 : null);
  const called = new Set<string>();
  const lone = new Set<string>();
  visit(tree, 'footnoteReference', (ref) => {
    called.add(ref.identifier);
  });
  visit(tree, (node: Nodes) => {
    // Code shows "[^1]" as written, on purpose.
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
    if (node.type !== 'text') return undefined;
    for (const m of node.value.matchAll(LONE_CALL)) {
      // Once per note, where it is first called.
      if (lone.has(m[1]!)) continue;
      lone.add(m[1]!);
      problems.push({ file, line: lineOf(node), field: 'chú thích', message: `chú thích "[^${m[1]}]" không có nội dung; cần một dòng "[^${m[1]}]: …" (nội dung chú thích) ở cuối văn bản, hoặc bỏ dấu chú thích`, severity: 'error' });
    }
    return undefined;
  });
  visit(tree, 'footnoteDefinition', (def) => {
    if (!called.has(def.identifier)) {
      problems.push({ file, line: lineOf(def), field: 'chú thích', message: `chú thích "[^${def.label ?? def.identifier}]: …" không được dẫn ở chỗ nào trong văn bản nên sẽ không hiện; cần đặt "[^${def.label ?? def.identifier}]" sau chữ được chú thích, hoặc bỏ dòng này`, severity: 'error' });
    }
  });
  return problems;
}
