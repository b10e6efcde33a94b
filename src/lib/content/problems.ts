/**
 * A problem found in content, reported as one line an editor can act on:
 * `file:line: field: what is wrong, what was expected`.
 */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/van-ban/dien-bien/08-ct-tu-2026.md`. */
  file: string;
  /** 1-based line in the file, when known. */
  line: number | null;
  /** The field, column or construct concerned, e.g. `issued`, `bảng nhiệm vụ, dòng 3`. */
  field: string;
  /** Plain words: what is wrong and what was expected. */
  message: string;
  /** Errors stop the build; warnings are reported and do not. */
  severity: 'error' | 'warning';
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const tag = p.severity === 'warning' ? 'cảnh báo: ' : '';
  return `${where}: ${p.field}: ${tag}${p.message}`;
}

/** Thrown when content has errors; carries every problem so all are reported at once. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `Nội dung có ${errors.length} lỗi, trang chưa được xây dựng:\n` +
        errors.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
