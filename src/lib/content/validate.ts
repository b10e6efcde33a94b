/**
 * Turns schema issues into problems an editor can act on, in Vietnamese:
 * the field path, what was wrong and what was expected.
 */
import type { z } from 'zod';
import type { ContentProblem } from './problems.ts';
import type { ParsedYaml } from './yaml.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  boolean: 'true/false',
  array: 'danh sách',
  object: 'nhóm trường',
  null: 'null',
  undefined: 'không có',
};

/** Validates `data` with `schema`; returns the parsed value or null, and the problems found. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  yaml: Pick<ParsedYaml, 'lineOf'>,
  pathPrefix: (string | number)[] = [],
): { value: z.infer<S> | null; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue): ContentProblem => {
    const path = [...pathPrefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    return {
      file,
      line: yaml.lineOf(path),
      field: fieldName(path),
      message: issueMessage(issue, data, path.slice(pathPrefix.length)),
      severity: 'error',
    };
  });
  return { value: null, problems };
}

export function fieldName(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(toàn bộ)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown, path: (string | number)[]): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `trường không có trong mô hình dữ liệu: ${issue.keys.map((k) => `"${k}"`).join(', ')} (viết sai tên trường?)`;
    case 'invalid_type': {
      const received = describe(valueAt(data, path));
      if (received === 'không có') return `thiếu trường bắt buộc; ${issue.message.startsWith('cần') ? issue.message : `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}`} (ghi null nếu văn bản không nêu)`;
      return issue.message.startsWith('cần') ? `${issue.message}, nhận được ${received}` : `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}, nhận được ${received}`;
    }
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'không có';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'danh sách';
  if (typeof v === 'object') return 'nhóm trường';
  return `${TYPE_NAMES[typeof v] ?? typeof v} ${JSON.stringify(v)}`;
}
