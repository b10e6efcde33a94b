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
  yaml: Pick<ParsedYaml, 'lineOf'> & Partial<Pick<ParsedYaml, 'keyLineOf' | 'plainSourceOf'>>,
  pathPrefix: (string | number)[] = [],
): { value: z.infer<S> | null; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
    const own = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const path = [...pathPrefix, ...own];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownKey(schema, data, own, key, file, yaml, pathPrefix));
    return [{
      file,
      line: yaml.lineOf(path),
      field: fieldName(path),
      message: issueMessage(issue, data, own) + quoteHint(schema, data, own, yaml.plainSourceOf?.(path) ?? null, issue),
      severity: 'error',
    }];
  });
  return { value: null, problems };
}

/**
 * A field the schema does not have: reported at the line of the key itself, named by its full path,
 * with the known field it most likely misspells, or else the fields allowed there.
 */
function unknownKey(
  schema: z.ZodType,
  data: unknown,
  own: (string | number)[],
  key: string,
  file: string,
  yaml: Pick<ParsedYaml, 'lineOf'> & Partial<Pick<ParsedYaml, 'keyLineOf'>>,
  pathPrefix: (string | number)[],
): ContentProblem {
  const path = [...pathPrefix, ...own, key];
  const known = knownKeys(schema, own);
  const here = valueAt(data, own);
  const written = here !== null && typeof here === 'object' ? Object.keys(here) : [];
  const guesses = closest(key, known.filter((k) => !written.includes(k)));
  const hint = guesses.length
    ? `; có phải là ${guesses.map((k) => `"${k}"`).join(' hoặc ')}?`
    : known.length
      ? `; các trường dùng được ở đây: ${known.join(', ')}`
      : '';
  return {
    file,
    line: yaml.keyLineOf ? yaml.keyLineOf(path) : yaml.lineOf(path),
    field: fieldName(path),
    message: `trường "${key}" không có trong mô hình dữ liệu (viết sai tên trường?)${hint}`,
    severity: 'error',
  };
}

type Def = {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  left?: unknown;
  right?: unknown;
  getter?: () => unknown;
};

/** Field names of the object `schema` describes at `path` (through nullable, arrays, unions…). */
function knownKeys(schema: unknown, path: readonly (string | number)[]): string[] {
  const def = (schema as { _zod?: { def?: Def } } | null)?._zod?.def;
  const [head, ...rest] = path;
  switch (def?.type) {
    case 'object':
      if (head === undefined) return Object.keys(def.shape ?? {});
      return typeof head === 'string' && def.shape?.[head] ? knownKeys(def.shape[head], rest) : [];
    case 'array':
      return typeof head === 'number' ? knownKeys(def.element, rest) : [];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return knownKeys(def.innerType, path);
    case 'pipe':
      return knownKeys(def.in, path);
    case 'lazy':
      return knownKeys(def.getter?.(), path);
    case 'union':
      return [...new Set((def.options ?? []).flatMap((o) => knownKeys(o, path)))];
    case 'intersection':
      return [...new Set([...knownKeys(def.left, path), ...knownKeys(def.right, path)])];
    default:
      return [];
  }
}

/** The known names nearest to `name` (ignoring case, at most one or two edits). */
function closest(name: string, known: string[]): string[] {
  const target = name.toLowerCase();
  let best = target.length <= 4 ? 1 : 2;
  let found: string[] = [];
  for (const k of known) {
    const d = editDistance(target, k.toLowerCase());
    if (d < best || (d === best && !found.length)) [best, found] = [d, [k]];
    else if (d === best) found.push(k);
  }
  return found;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

export function fieldName(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(toàn bộ)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown, path: (string | number)[]): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = describe(valueAt(data, path));
      if (received === 'không có') return `thiếu trường bắt buộc; ${issue.message.startsWith('cần') ? issue.message : `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}`} (ghi null nếu văn bản không nêu)`;
      return issue.message.startsWith('cần') ? `${issue.message}, nhận được ${received}` : `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}, nhận được ${received}`;
    }
    default:
      return issue.message;
  }
}

/**
 * Unquoted, YAML reads 08 or 2026 as a number and true as true/false, where the field wants text
 * (a number "08", a title): when the same characters in quotes would be accepted, say to quote
 * them, showing how. `source` is the text written, when it had no quotes.
 */
function quoteHint(schema: z.ZodType, data: unknown, path: (string | number)[], source: string | null, issue: z.core.$ZodIssue): string {
  const value = valueAt(data, path);
  if (issue.code !== 'invalid_type' || source === null || (typeof value !== 'number' && typeof value !== 'boolean')) return '';
  const quoted = structuredClone(data);
  let parent = quoted as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  parent[path.at(-1)!] = source;
  const result = schema.safeParse(quoted);
  const same = (p: readonly PropertyKey[]) => p.length === path.length && p.every((x, i) => x === path[i]);
  if (!result.success && result.error.issues.some((i) => same(i.path))) return '';
  const key = path.at(-1);
  const written = typeof key === 'string' ? `${key}: ${JSON.stringify(source)}` : JSON.stringify(source);
  return `; không có dấu nháy, YAML đọc ${source} là ${typeof value === 'number' ? 'một số' : 'giá trị true/false'}: cần đặt giá trị trong dấu nháy kép, viết ${written}`;
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
