/**
 * YAML reading that keeps what editors need in error messages: line numbers.
 * The core schema has no timestamp type, so dates stay the strings the editor wrote.
 */
import { parseDocument, isNode, type Document } from 'yaml';
import type { ContentProblem } from './problems.ts';

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of a value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly (string | number)[]): number | null;
  problems: ContentProblem[];
}

/** Parses YAML text that starts at `firstLine` of `file`. */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
  const doc: Document = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  const starts = lineStarts(source);
  const lineAt = (offset: number) => firstLine + upperBound(starts, offset) - 1;
  const problems: ContentProblem[] = doc.errors.map((e) => ({
    file,
    line: e.pos ? lineAt(e.pos[0] ?? 0) : null,
    field: 'YAML',
    message: `không đọc được YAML (${e.code}): ${e.message.split('\n')[0]}`,
    severity: 'error',
  }));
  return {
    data: problems.length ? null : doc.toJS(),
    problems,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
        // A key whose value is null has no node of its own: find the key instead.
        if (n > 0) {
          const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
          const key = (parent as { items?: { key?: { value?: unknown; range?: number[] } }[] } | null)?.items?.find(
            (it) => it.key?.value === path[n - 1],
          )?.key;
          if (key?.range?.[0] !== undefined) return lineAt(key.range[0]);
        }
      }
      return null;
    },
  };
}

function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = 0; i < s.length; i++) if (s[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Number of line starts ≤ offset (= 1-based line of offset). */
function upperBound(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
