/**
 * YAML reading that keeps what editors need in error messages: line numbers, and a Vietnamese
 * sentence for each syntax error saying what is wrong and what was expected (the `yaml` package's
 * own messages are English and name parser internals).
 * The core schema has no timestamp type, so dates stay the strings the editor wrote.
 */
import { parseDocument, isMap, isNode, isScalar, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { ContentProblem } from './problems.ts';

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of a value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly (string | number)[]): number | null;
  /** 1-based line of the key that ends `path` (where the editor wrote `name:`), else lineOf(path). */
  keyLineOf(path: readonly (string | number)[]): number | null;
  /** The text written for the value at `path` when it has no quotes ("08" for 8), else null. */
  plainSourceOf(path: readonly (string | number)[]): string | null;
  problems: ContentProblem[];
}

/** Parses YAML text that starts at `firstLine` of `file`. */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
  const doc: Document = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  const starts = lineStarts(source);
  const lineAt = (offset: number) => firstLine + upperBound(starts, offset) - 1;
  const problems: ContentProblem[] = [];
  // One slip (a missing quote, a stray indent) trips several errors after it, at lines that are
  // fine: report the first syntax error only, plus every duplicated key (those stand alone).
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  // A tab in an indent makes every error after it misleading (lines read as top-level keys become
  // "duplicates"): say only that.
  const tabs = errors.length ? tabIndentedLines(doc, source, starts) : [];
  if (tabs.length) problems.push({ file, line: firstLine + tabs[0]!, field: 'YAML', message: tabMessage(tabs.map((i) => firstLine + i)), severity: 'error' });
  for (const e of tabs.length ? [] : errors.filter((e, i) => i === 0 || e.code === 'DUPLICATE_KEY')) {
    const { offset, message } = explainError(e, doc, source, lineAt);
    const line = offset === null ? null : lineAt(offset);
    if (!problems.some((p) => p.line === line)) problems.push({ file, line, field: 'YAML', message, severity: 'error' });
  }
  let data: unknown = null;
  if (!problems.length) {
    try {
      data = doc.toJS();
    } catch {
      // An alias ("*…") naming no anchor is only found when the value is built.
      let offset: number | null = null;
      visit(doc, { Alias: (_, node) => void (offset ??= node.range?.[0] ?? null) });
      problems.push({ file, line: offset === null ? null : lineAt(offset), field: 'YAML', message: SPECIAL_START, severity: 'error' });
    }
  }
  const lineOf = (path: readonly (string | number)[]): number | null => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
      // A key whose value is null has no node of its own: find the key instead.
      if (n > 0) {
        const key = keyNode(n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true), path[n - 1]!);
        if (key?.range) return lineAt(key.range[0]);
      }
    }
    return null;
  };
  return {
    data,
    problems,
    lineOf,
    plainSourceOf(path) {
      const node = doc.getIn(path, true);
      return isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : null;
    },
    keyLineOf(path) {
      const key = path.length ? keyNode(path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true), path.at(-1)!) : null;
      return key?.range ? lineAt(key.range[0]) : lineOf(path);
    },
  };
}

function keyNode(parent: unknown, name: string | number): Node | null {
  if (!isMap(parent)) return null;
  const key = parent.items.find((it) => isScalar(it.key) && it.key.value === name)?.key;
  return isNode(key) ? key : null;
}

const SPECIAL_START = 'giá trị bắt đầu bằng "*", "&" hoặc "!" có nghĩa riêng trong YAML; cần đặt cả giá trị trong dấu nháy kép, ví dụ "*Ghi chú*"';
const FLOW_ITEMS = 'các mục trong [ ] hoặc { } viết chưa đúng (thiếu dấu "," giữa hai mục hoặc dấu cách sau ":"); cần viết như [a, b] hoặc {tên: giá trị}';
const NOT_KEY_VALUE =
  'dòng không có dạng "tên: giá trị" (thiếu dấu ":" hoặc dấu cách sau ":"), hoặc giá trị xuống dòng mà không có dấu nháy; cần "tên: giá trị" trên một dòng, giá trị dài đặt trong dấu nháy kép';

/**
 * What went wrong, in Vietnamese, and where: the offset is the error's own, except for an unclosed
 * quote or bracket, which the parser only notices where the text ends: the editor needs the line
 * where it was opened.
 */
function explainError(e: YAMLError, doc: Document, source: string, lineAt: (offset: number) => number): { offset: number | null; message: string } {
  const at = e.pos[0] >= 0 ? e.pos[0] : null;
  const say = (message: string, offset = at) => ({ offset, message });
  const text = e.message.split('\n')[0]!;
  switch (e.code) {
    case 'MISSING_CHAR': {
      const quote = /^Missing closing (["'])quote/.exec(text)?.[1];
      if (quote) {
        const inner = quote === '"' ? 'viết là \\" hoặc dùng “ ”' : "viết là ''";
        return say(`chuỗi mở bằng dấu ${quote} ở dòng này chưa được đóng; cần thêm dấu ${quote} ở cuối giá trị (dấu ${quote} bên trong giá trị ${inner})`, opener(doc, at, 'quote') ?? at);
      }
      if (/^Comments must be separated/.test(text)) return say('dấu "#" dính liền vào giá trị phía trước; cần một dấu cách trước "#" của ghi chú, hoặc đặt cả giá trị trong dấu nháy kép');
      if (/^Missing (space after :|, or : between|, between)/.test(text)) return say(FLOW_ITEMS);
      if (/^Implicit map keys need to be followed by map values/.test(text)) return say('tên trường chưa có dấu ":" theo sau; cần viết "tên: giá trị"');
      if (/^Sequence item without - indicator/.test(text)) return say('mục danh sách thiếu dấu "-"; cần mỗi mục bắt đầu bằng "- "');
      if (/^Tags and anchors/.test(text)) return say(SPECIAL_START);
      return say(general(e.code));
    }
    case 'DUPLICATE_KEY': {
      const dup = duplicateKey(doc, at);
      if (!dup) return say('tên trường bị ghi hai lần; mỗi trường chỉ được ghi một lần trong cùng một nhóm');
      return say(`trường "${dup.name}" được ghi hai lần (lần đầu ở dòng ${lineAt(dup.first)}); mỗi trường chỉ được ghi một lần: cần gộp hai dòng hoặc xóa một dòng`);
    }
    case 'BAD_INDENT': {
      const bracket = /^Flow (sequence|map) in block collection/.exec(text)?.[1];
      if (bracket) {
        const [open, close, example] = bracket === 'map' ? ['{', '}', '{tên: giá trị}'] : ['[', ']', '[a, b]'];
        return say(`"${open}" mở ở dòng này chưa được đóng bằng "${close}"; cần "${close}" ở cuối trên cùng dòng, ví dụ ${example} (nếu xuống dòng thì các dòng sau phải thụt vào)`, opener(doc, at, 'flow') ?? at);
      }
      if (/^All sequence items/.test(text)) return say('các mục "- " của danh sách không thẳng cột; cần thụt vào cùng số dấu cách như mục phía trên');
      if (/^All mapping items/.test(text)) return say('các trường cùng cấp không thẳng cột; cần thụt vào đúng số dấu cách như trường cùng cấp phía trên');
      return say('thụt dòng không đúng; cần thụt vào bằng dấu cách, thẳng cột với các dòng cùng cấp');
    }
    case 'BLOCK_AS_IMPLICIT_KEY': {
      if (/^A block sequence/.test(text)) return say('danh sách "- " đứng ở chỗ của tên trường; cần "tên:" trên một dòng, các mục "- " ở các dòng dưới, thụt vào');
      const eol = at === null ? -1 : source.indexOf('\n', at);
      const rest = at === null ? '' : source.slice(at, eol === -1 ? undefined : eol);
      if (/:(\s|$)/.test(rest)) return say('giá trị có dấu ": " nên bị hiểu là một trường lồng trong dòng; cần đặt cả giá trị trong dấu nháy kép, ví dụ title: "Kế hoạch: thực hiện …"');
      // The value is fine; the next line, indented under it, was read as its continuation.
      return say('dòng này thụt vào sâu hơn trường phía trên, nên bị hiểu là phần tiếp của giá trị phía trên; cần thụt vào thẳng cột với các trường cùng cấp', eol === -1 ? at : eol + 1);
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return say(/flow sequence pairs/.test(text) ? FLOW_ITEMS : NOT_KEY_VALUE);
    case 'KEY_OVER_1024_CHARS':
      return say(NOT_KEY_VALUE);
    case 'BLOCK_IN_FLOW':
      return say('trong [ ] hoặc { } không dùng được "- " hay các dòng "tên: giá trị" thụt vào; cần các mục trên một dòng, cách nhau bằng dấu ",", ví dụ [a, b]');
    case 'UNEXPECTED_TOKEN': {
      const before = at === null ? '' : source.slice(source.lastIndexOf('\n', at - 1) + 1, at);
      if (/^Unexpected scalar at node end/.test(text)) {
        if (/:\s+[*&!]/.test(before)) return say(SPECIAL_START);
        if (/["']\s*$/.test(before)) return say('có chữ ngay sau dấu nháy đóng chuỗi (dấu nháy nằm trong giá trị?); cần cả giá trị trong một cặp dấu nháy: dấu " bên trong viết là \\" hoặc dùng “ ”');
        return say('có chữ thừa sau giá trị; cần mỗi dòng một trường "tên: giá trị"');
      }
      if (/^Unexpected (,|empty item) in flow/.test(text)) return say('dấu "," thừa trong [ ] hoặc { }; cần mỗi mục cách nhau bằng đúng một dấu ","');
      const token = /: "(.+)"$/.exec(text)?.[1];
      return say(`${token ? `ký tự "${token}" đứng` : 'có ký tự'} không đúng chỗ; cần mỗi dòng có dạng "tên: giá trị" hoặc "- mục", giá trị có ký tự đặc biệt đặt trong dấu nháy kép`);
    }
    case 'BAD_SCALAR_START': {
      const char = text.at(-1);
      return say(`giá trị không được bắt đầu bằng ký tự "${char}"; cần đặt cả giá trị trong dấu nháy kép`);
    }
    case 'BAD_DQ_ESCAPE': {
      const escape = /Invalid escape sequence (.*)$/.exec(text)?.[1] ?? '\\';
      return say(`trong dấu nháy kép, "${escape}" không phải ký tự thoát hợp lệ; cần viết "\\\\" cho dấu "\\", hoặc đặt giá trị trong dấu nháy đơn`);
    }
    case 'MULTIPLE_DOCS':
      return say('dòng "---" hoặc "..." chia tệp thành nhiều khối dữ liệu; cần bỏ dòng đó, mỗi tệp chỉ có một khối');
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'TAG_RESOLVE_FAILED':
      return say(SPECIAL_START);
    default:
      return say(general(e.code));
  }
}

/**
 * Lines (0-based) whose indent holds a tab, outside values written over several lines and [ ]/{ }
 * lists, where a tab is allowed.
 */
function tabIndentedLines(doc: Document, source: string, starts: number[]): number[] {
  const inValue: [number, number][] = [];
  const add = (n: Node, counts = true) => void (counts && n.range && inValue.push([n.range[0], n.range[1]]));
  visit(doc, { Scalar: (_, n) => add(n), Map: (_, n) => add(n, n.flow === true), Seq: (_, n) => add(n, n.flow === true) });
  return starts.flatMap((start, i) => {
    const indent = /^[ \t]*/.exec(source.slice(start, source.indexOf('\n', start) + 1 || undefined))![0];
    const rest = source[start + indent.length];
    if (!indent.includes('\t') || rest === undefined || rest === '\n' || rest === '#') return [];
    return inValue.some(([from, to]) => from < start && start < to) ? [] : [i];
  });
}

/** `lines`: the file lines with a tab in their indent, the first one the problem's. */
function tabMessage([line, ...others]: number[]): string {
  const more = others.length ? ` (cả ${others.length > 1 ? 'các ' : ''}dòng ${others.slice(0, 5).join(', ')}${others.length > 5 ? '…' : ''})` : '';
  return `dòng ${line}${more} thụt vào bằng ký tự tab; YAML chỉ chấp nhận dấu cách để thụt dòng: cần thay mỗi tab bằng dấu cách, thẳng cột với các trường cùng cấp`;
}

function general(code: string): string {
  return `không đọc được YAML ở dòng này (mã lỗi ${code}); cần kiểm tra dấu nháy, dấu ":" và thụt dòng ở dòng này và dòng trên`;
}

/** Start of the innermost quoted value or [ ]/{ } list that is still open at `offset`. */
function opener(doc: Document, offset: number | null, kind: 'quote' | 'flow'): number | null {
  if (offset === null) return null;
  let best: number | null = null;
  const consider = (node: Node, open: boolean) => {
    const r = node.range;
    if (open && r && r[0] < offset && r[1] >= offset && (best === null || r[0] > best)) best = r[0];
  };
  visit(doc, {
    Scalar: (_, n) => consider(n, kind === 'quote' && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE')),
    Map: (_, n) => consider(n, kind === 'flow' && n.flow === true),
    Seq: (_, n) => consider(n, kind === 'flow' && n.flow === true),
  });
  return best;
}

/** The key written again at `offset`, and where it was first written in the same map. */
function duplicateKey(doc: Document, offset: number | null): { name: string; first: number } | null {
  let found: { name: string; first: number } | null = null;
  visit(doc, {
    Map: (_, map) => {
      const dup = map.items.find((it) => isScalar(it.key) && it.key.range?.[0] === offset)?.key;
      if (!isScalar(dup)) return;
      const first = map.items.find((it) => isScalar(it.key) && it.key.value === dup.value)!.key as Node;
      if (first !== dup && first.range) found = { name: String(dup.value), first: first.range[0] };
      return visit.BREAK;
    },
  });
  return found;
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
