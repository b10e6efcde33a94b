/**
 * Reads the body of an infographic (content/infographic/<slug>.md) into blocks.
 *
 * The body is Markdown: `## headings`, plain paragraphs, and fenced blocks whose language names
 * the kind of drawing, each with a small line-based format an editor can write without code:
 *
 *   ```so-lieu          - 13 | nhiệm vụ trong Phụ lục
 *   ```moc-thoi-gian    - 15/8/2026 | Xử lý xong văn bản …        (or "Quý II/2026")
 *   ```cac-buoc         - Tìm văn bản | Gõ số hiệu vào ô Tìm kiếm | /tim-kiem/   (detail, link optional)
 *   ```ai-lam-gi        a Markdown table: | Nhiệm vụ | Sở Tư pháp | … |, one row per task
 *
 * Anything else is an error naming the file and line, so a typo never silently drops content.
 */
import type { Code, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../markdown/parse.ts';
import { sanitizeTree } from '../markdown/safety.ts';
import { daysOfMonth, formatViDate, isValidYmd, lastDayOfMonth, ymd } from '../dates.ts';
import type { ContentProblem } from '../content/problems.ts';
import type { Block, FiguresBlock, MatrixBlock, StepsBlock, TimelineBlock, TimelineItem } from './types.ts';

/** Fenced-block languages and what they draw. */
export const BLOCK_LANGS = ['so-lieu', 'moc-thoi-gian', 'cac-buoc', 'ai-lam-gi'] as const;
export type BlockLang = (typeof BLOCK_LANGS)[number];

/** Limits that keep a drawing legible at phone width. */
export const LIMITS = { figureValue: 24, figures: 8, matrixAgencies: 5, matrixCell: 24 } as const;

const FORMATS: Record<BlockLang, string> = {
  'so-lieu': '"- số liệu | nội dung", ví dụ "- 13 | nhiệm vụ trong Phụ lục"',
  'moc-thoi-gian': '"- ngày | nội dung", ví dụ "- 15/8/2026 | Xử lý xong văn bản" (ngày dạng ngày/tháng/năm hoặc "Quý II/2026")',
  'cac-buoc': '"- tên bước | mô tả | đường dẫn" (mô tả và đường dẫn có thể bỏ), ví dụ "- Tìm văn bản | Gõ số hiệu vào ô Tìm kiếm | /tim-kiem/"',
  'ai-lam-gi': 'một bảng Markdown: dòng đầu "| Nhiệm vụ | Cơ quan 1 | Cơ quan 2 |", dòng "| --- | --- | --- |", rồi mỗi dòng một nhiệm vụ',
};

export interface ParsedBody {
  blocks: Block[];
  problems: ContentProblem[];
}

/**
 * Parses `body`, which starts at line `bodyLine` (1-based) of `file`. Problems carry the file's
 * own line numbers.
 */
export function parseInfographicBody(body: string, file: string, bodyLine: number): ParsedBody {
  const tree = parseMarkdown(body);
  const problems = sanitizeTree(tree, file, bodyLine);
  const lineOf = (n: RootContent) => (n.position ? n.position.start.line + bodyLine - 1 : null);
  const fail = (line: number | null, field: string, message: string) => problems.push({ file, line, field, message, severity: 'error' });
  const blocks: Block[] = [];

  for (const node of tree.children) {
    const line = lineOf(node);
    if (node.type === 'heading') {
      if (node.depth === 1) fail(line, 'tiêu đề', 'tiêu đề cấp 1 (#) là tiêu đề của infographic, ghi ở trường title; trong nội dung dùng ## cho tiêu đề mục');
      else blocks.push({ kind: 'heading', text: toString(node).trim(), line });
    } else if (node.type === 'paragraph') {
      blocks.push({ kind: 'text', text: toString(node).replace(/\s+/g, ' ').trim(), line });
    } else if (node.type === 'code') {
      const block = parseFenced(node, line ?? bodyLine, fail);
      if (block) blocks.push(block);
    } else if (node.type !== 'html') {
      // Raw HTML is already reported by sanitizeTree.
      fail(line, 'nội dung', `không dùng ${describeNode(node)} trong infographic; chỉ dùng tiêu đề (##), đoạn văn và các khối ${BLOCK_LANGS.map((l) => '```' + l).join(', ')}`);
    }
  }
  // Only when no fenced block was written at all: a malformed one is already reported.
  if (!tree.children.some((n) => n.type === 'code')) {
    fail(bodyLine, 'nội dung', `infographic cần ít nhất một khối hình: ${BLOCK_LANGS.map((l) => '```' + l).join(', ')}`);
  }
  return { blocks, problems };
}

type Fail = (line: number | null, field: string, message: string) => void;

/** A fenced block; `line` is the line of its opening fence in the file. */
function parseFenced(node: Code, line: number, fail: Fail): Block | null {
  const lang = (node.lang ?? '').trim();
  if (!(BLOCK_LANGS as readonly string[]).includes(lang)) {
    fail(line, 'khối', `${lang ? `khối "${'```' + lang}" không có` : 'khối mã không ghi loại'}; dùng một trong: ${BLOCK_LANGS.join(', ')}`);
    return null;
  }
  const kind = lang as BlockLang;
  // The content starts on the line after the opening fence.
  const lines = node.value.split('\n').map((text, i) => ({ text: text.trim(), line: line + 1 + i })).filter((l) => l.text !== '');
  const field = `khối ${kind}`;
  if (!lines.length) {
    fail(line, field, `khối trống; cần ${FORMATS[kind]}`);
    return null;
  }
  if (kind === 'ai-lam-gi') return parseMatrix(lines, line, fail);

  const items: { fields: string[]; line: number }[] = [];
  let ok = true;
  for (const l of lines) {
    const m = /^[-*]\s+(.*)$/.exec(l.text);
    const fields = m ? splitFields(m[1]!) : [];
    const max = kind === 'cac-buoc' ? 3 : 2;
    const min = kind === 'cac-buoc' ? 1 : 2;
    if (!m || fields.length < min || fields.length > max || !fields[0] || (min === 2 && !fields[1])) {
      fail(l.line, field, `dòng "${shorten(l.text)}" không đúng dạng; cần ${FORMATS[kind]}`);
      ok = false;
      continue;
    }
    items.push({ fields, line: l.line });
  }
  if (!ok) return null;
  if (kind === 'so-lieu') return parseFigures(items, line, fail);
  if (kind === 'moc-thoi-gian') return parseTimeline(items, line, fail);
  return parseSteps(items, line, fail);
}

function parseFigures(items: { fields: string[]; line: number }[], line: number, fail: Fail): FiguresBlock | null {
  let ok = true;
  if (items.length > LIMITS.figures) {
    fail(line, 'khối so-lieu', `có ${items.length} số liệu; tối đa ${LIMITS.figures} trong một khối (tách thành nhiều khối)`);
    ok = false;
  }
  for (const it of items) {
    if (it.fields[0]!.length > LIMITS.figureValue) {
      fail(it.line, 'khối so-lieu', `số liệu "${it.fields[0]}" dài quá ${LIMITS.figureValue} ký tự; phần giải thích ghi sau dấu "|"`);
      ok = false;
    }
  }
  return ok ? { kind: 'figures', line, items: items.map((it) => ({ value: it.fields[0]!, label: it.fields[1]! })) } : null;
}

function parseTimeline(items: { fields: string[]; line: number }[], line: number, fail: Fail): TimelineBlock | null {
  const out: TimelineItem[] = [];
  for (const it of items) {
    const when = readWhen(it.fields[0]!);
    if ('problem' in when) fail(it.line, 'khối moc-thoi-gian', when.problem);
    else out.push({ ...when, text: it.fields[1]! });
  }
  return out.length === items.length ? { kind: 'timeline', line, items: out } : null;
}

function parseSteps(items: { fields: string[]; line: number }[], line: number, fail: Fail): StepsBlock | null {
  let ok = true;
  const steps = items.map((it) => {
    const link = it.fields[2] || null;
    if (link && !/^(\/(?!\/)\S*|https:\/\/\S+)$/.test(link)) {
      fail(it.line, 'khối cac-buoc', `đường dẫn "${link}" không hợp lệ; cần đường dẫn trong Cổng bắt đầu bằng "/" (ví dụ "/tim-kiem/") hoặc địa chỉ https://`);
      ok = false;
    }
    return { title: it.fields[0]!, detail: it.fields[1] || null, link, line: it.line };
  });
  return ok ? { kind: 'steps', line, items: steps } : null;
}

function parseMatrix(lines: { text: string; line: number }[], line: number, fail: Fail): MatrixBlock | null {
  const field = 'khối ai-lam-gi';
  const bad = lines.find((l) => !l.text.startsWith('|'));
  if (bad) {
    fail(bad.line, field, `dòng "${shorten(bad.text)}" không phải dòng bảng; cần ${FORMATS['ai-lam-gi']}`);
    return null;
  }
  const [head, sep, ...body] = lines;
  const cells = (text: string) => splitFields(text.replace(/^\|/, '').replace(/(?<!\\)\|$/, ''));
  if (!sep || !/^\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?$/.test(sep.text)) {
    fail(sep?.line ?? head!.line, field, `thiếu dòng phân cách "| --- | --- |" sau dòng tiêu đề; cần ${FORMATS['ai-lam-gi']}`);
    return null;
  }
  const header = cells(head!.text);
  const agencies = header.slice(1);
  let ok = true;
  if (agencies.length < 1 || agencies.length > LIMITS.matrixAgencies || agencies.some((a) => !a)) {
    fail(head!.line, field, `dòng tiêu đề cần cột nhiệm vụ và từ 1 đến ${LIMITS.matrixAgencies} cơ quan, mỗi cột có tên (có ${agencies.length} cột cơ quan)`);
    ok = false;
  }
  if (!body.length) {
    fail(sep.line, field, 'bảng chưa có nhiệm vụ nào; thêm mỗi nhiệm vụ một dòng');
    ok = false;
  }
  const rows: MatrixBlock['rows'] = [];
  for (const r of body) {
    const c = cells(r.text);
    if (c.length !== header.length) {
      fail(r.line, field, `dòng có ${c.length} ô, dòng tiêu đề có ${header.length}; mỗi dòng cần đủ các cột (để trống ô không có việc)`);
      ok = false;
    } else if (!c[0]) {
      fail(r.line, field, 'ô đầu dòng (tên nhiệm vụ) để trống');
      ok = false;
    } else if (c.slice(1).some((x) => x.length > LIMITS.matrixCell)) {
      fail(r.line, field, `ô dài quá ${LIMITS.matrixCell} ký tự; ghi vai trò ngắn gọn như "Chủ trì", "Phối hợp", "Theo dõi"`);
      ok = false;
    } else rows.push({ task: c[0], cells: c.slice(1) });
  }
  return ok ? { kind: 'matrix', line, corner: header[0] ?? '', agencies, rows } : null;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * "15/8/2026" → 2026-08-15 shown "15/08/2026"; "Quý II/2026" → 2026-06-30 shown "Quý II/2026";
 * "Tháng 6/2026" → 2026-06-30 shown "Tháng 6/2026"; "Năm 2026" → 2026-12-31 shown "Năm 2026".
 * A period is placed on its last day, as the task register places it.
 */
export function readWhen(s: string): { date: string; when: string } | { problem: string } {
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (day) {
    const [d, m, y] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!isValidYmd(y, m, d)) return { problem: `ngày "${s}" không tồn tại trong lịch; cần một ngày có thật (${daysOfMonth(y, m)})` };
    const date = ymd(y, m, d);
    return { date, when: formatViDate(date) };
  }
  const quarter = /^quý\s+(I|II|III|IV)\s*\/\s*(\d{4})$/iu.exec(s);
  if (quarter) {
    const q = ROMAN.indexOf(quarter[1]!.toUpperCase());
    const y = Number(quarter[2]);
    return { date: ymd(y, q * 3 + 3, lastDayOfMonth(y, q * 3 + 3)), when: `Quý ${ROMAN[q]}/${y}` };
  }
  const month = /^tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})$/iu.exec(s);
  if (month) {
    const [m, y] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return { problem: `"${s}": không có tháng ${m}; cần tháng từ 1 đến 12, như "Tháng 6/2026"` };
    return { date: ymd(y, m, lastDayOfMonth(y, m)), when: `Tháng ${m}/${y}` };
  }
  const year = /^năm\s+(\d{4})$/iu.exec(s);
  if (year) return { date: ymd(Number(year[1]), 12, 31), when: `Năm ${year[1]}` };
  return { problem: `"${s}" không phải một mốc thời gian; cần ngày/tháng/năm như "15/8/2026", tháng như "Tháng 6/2026", quý như "Quý II/2026" hoặc năm như "Năm 2026"` };
}

/** Splits on "|" (write "\|" for a literal bar) and trims each field. */
function splitFields(s: string): string[] {
  return s.split(/(?<!\\)\|/).map((f) => f.replace(/\\\|/g, '|').trim());
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function describeNode(node: RootContent): string {
  const names: Partial<Record<RootContent['type'], string>> = {
    list: 'danh sách Markdown (hãy đặt các dòng "- …" trong một khối như ```so-lieu)',
    table: 'bảng Markdown ngoài khối (bảng ai làm gì đặt trong khối ```ai-lam-gi)',
    blockquote: 'trích dẫn (>)',
    thematicBreak: 'đường kẻ ngang (---)',
    footnoteDefinition: 'chú thích cuối trang',
    definition: 'định nghĩa liên kết',
  };
  return names[node.type] ?? `"${node.type}"`;
}
