/**
 * Reads the content folder into validated records. Every problem is collected (nothing is
 * silently dropped) so an editor sees all of them at once.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import { parseYaml, type ParsedYaml } from './yaml.ts';
import { validate } from './validate.ts';
import type { ContentProblem } from './problems.ts';
import {
  catalogSchema,
  citationSchema,
  configSchema,
  documentSchema,
  organizationSchema,
  progressFileSchema,
  type Catalog,
  type Citation,
  type DocumentData,
  type Organization,
  type PortalConfig,
  type ProgressFile,
} from './schema.ts';
import { z } from 'zod';
import { readingDaySchema, type ReadingDayData } from './schema.ts';
import { qaSchema, type QaData } from './schema.ts';
import { infographicSchema, type InfographicData } from './schema.ts';

/** A document file, validated on its own (cross-references are checked by the corpus). */
export interface RawDocument {
  /** Path under content/van-ban/ without ".md", with "/" separators: "dien-bien/08-ct-tu-2026". */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: DocumentData;
  /** Markdown body (after the frontmatter). */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** 1-based line of a frontmatter field, for messages about cross-references. */
  lineOf(path: readonly (string | number)[]): number | null;
}

export interface RawContent {
  config: PortalConfig | null;
  catalog: Catalog | null;
  organizations: Organization[];
  organizationLines: Map<string, (path: readonly (string | number)[]) => number | null>;
  /** Each organization's file, relative to the project root. */
  organizationFiles: Map<string, string>;
  /** Where the configuration and the catalogue were read from, for messages about their fields. */
  sources: Record<'config' | 'catalog', { file: string; lineOf(path: readonly (string | number)[]): number | null } | null>;
  citations: (Citation & { line: number | null })[];
  documents: RawDocument[];
  /**
   * Documents whose frontmatter the schema refused (its problems are in `problems`): their body
   * is still checked, so a file's problems come in one round rather than one part at a time.
   */
  rejectedDocuments: { file: string; body: string; bodyLine: number }[];
  progress: (ProgressFile & { file: string; lineOf(path: readonly (string | number)[]): number | null })[];
  /** Monthly issues of the legal reading day (content/ngay-doc/), see readReadingDay below. */
  readingDays: RawReadingDay[];
  /** Legal Q&A entries (content/hoi-dap/), see readQa below. */
  qa: RawQa[];
  /** Hand-written infographics (content/infographic/), see readInfographic below. */
  infographics: RawInfographic[];
  problems: ContentProblem[];
}

/** Files an operating system leaves in folders (Windows, macOS), and editors' lock and backup files. */
const IGNORED_FILE = /^(?:Thumbs\.db|desktop\.ini|~\$.*|.*~)$/i;

/** A file or folder name that becomes part of an address (and of the ids in its drawings). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CONTENT_PATHS = {
  config: 'cau-hinh.yaml',
  catalog: 'danh-muc.yaml',
  citations: 'trich-dan.yaml',
  organizations: 'co-quan',
  documents: 'van-ban',
  progress: 'tien-do',
  readingDays: 'ngay-doc',
  qa: 'hoi-dap',
  infographics: 'infographic',
} as const;

/** Reads `contentDir`; file names in problems are relative to `projectRoot`. */
export function readContent(contentDir: string, projectRoot: string): RawContent {
  const problems: ContentProblem[] = [];
  const rel = (p: string) => relative(projectRoot, p).split(sep).join('/');

  const readData = <S extends z.ZodType>(path: string, schema: S, required: boolean) => {
    if (!existsSync(path)) {
      if (required) problems.push({ file: rel(path), line: null, field: '(tệp)', message: 'thiếu tệp bắt buộc', severity: 'error' });
      return null;
    }
    const source = readText(path, rel(path), problems);
    const yaml = parseYaml(source, rel(path));
    problems.push(...yaml.problems);
    if (yaml.problems.length) return null;
    const { value, problems: found } = validate(schema, yaml.data, rel(path), yaml);
    problems.push(...found);
    return value === null ? null : { value, lineOf: yaml.lineOf };
  };

  const configPath = join(contentDir, CONTENT_PATHS.config);
  const catalogPath = join(contentDir, CONTENT_PATHS.catalog);
  const configRead = readData(configPath, configSchema, true);
  const catalogRead = readData(catalogPath, catalogSchema, true);
  const config = configRead?.value ?? null;
  const catalog = catalogRead?.value ?? null;
  const sources: RawContent['sources'] = {
    config: configRead && { file: rel(configPath), lineOf: configRead.lineOf },
    catalog: catalogRead && { file: rel(catalogPath), lineOf: catalogRead.lineOf },
  };

  const citationsRead = readData(join(contentDir, CONTENT_PATHS.citations), z.array(citationSchema), false);
  const citations = (citationsRead?.value ?? []).map((c, i) => ({ ...c, line: citationsRead!.lineOf([i]) }));

  // A file the build does not read, in a folder it reads (a draft saved as "….md.txt", the .docx
  // itself), is named: otherwise a document would be missing from the portal without a word.
  const listed = (dir: string, pattern: RegExp, wanted: string): string[] => {
    const read: string[] = [];
    for (const path of listFiles(join(contentDir, dir), /./)) {
      const name = path.split(sep).pop()!;
      if (pattern.test(name)) {
        read.push(path);
        continue;
      }
      if (IGNORED_FILE.test(name)) continue;
      const hint = /\.md\.\w+$/i.test(name) ? `; đổi tên thành "${name.replace(/(\.md)\.\w+$/i, '$1')}"` : pattern.test(name.toLowerCase()) ? `; đổi đuôi thành chữ thường` : '';
      problems.push({ file: rel(path), line: null, field: '(tên tệp)', message: `tệp không được đọc: trong content/${dir}/ chỉ đọc tệp ${wanted}${hint}, hoặc chuyển tệp ra khỏi content/`, severity: 'warning' });
    }
    return read;
  };

  const organizations: Organization[] = [];
  const organizationLines = new Map<string, (path: readonly (string | number)[]) => number | null>();
  const organizationFiles = new Map<string, string>();
  for (const path of listed(CONTENT_PATHS.organizations, /\.ya?ml$/, '.yaml')) {
    const id = path.split(sep).pop()!.replace(/\.ya?ml$/, '');
    const read = readData(path, organizationSchema, true);
    if (read) {
      organizations.push({ id, ...read.value });
      organizationLines.set(id, read.lineOf);
      organizationFiles.set(id, rel(path));
    }
  }

  const documents: RawDocument[] = [];
  const rejectedDocuments: RawContent['rejectedDocuments'] = [];
  const docRoot = join(contentDir, CONTENT_PATHS.documents);
  for (const path of listed(CONTENT_PATHS.documents, /\.md$/, '.md')) {
    const doc = readDocument(path, rel(path), relative(docRoot, path).split(sep).join('/').replace(/\.md$/, ''), projectRoot, problems, rejectedDocuments);
    if (doc) documents.push(doc);
  }

  const progress: RawContent['progress'] = [];
  for (const path of listed(CONTENT_PATHS.progress, /\.ya?ml$/, '.yaml')) {
    const read = readData(path, progressFileSchema, true);
    if (read) progress.push({ ...read.value, file: rel(path), lineOf: read.lineOf });
  }

  const readingDays: RawReadingDay[] = [];
  for (const path of listed(CONTENT_PATHS.readingDays, /\.md$/, '.md')) {
    const issue = readReadingDay(path, rel(path), problems);
    if (issue) readingDays.push(issue);
  }

  const qa: RawQa[] = [];
  for (const path of listed(CONTENT_PATHS.qa, /\.md$/, '.md')) {
    const entry = readQa(path, rel(path), problems);
    if (entry) qa.push(entry);
  }

  const infographics: RawInfographic[] = [];
  for (const path of listed(CONTENT_PATHS.infographics, /\.md$/, '.md')) {
    const entry = readInfographic(path, rel(path), problems);
    if (entry) infographics.push(entry);
  }

  return { config, catalog, organizations, organizationLines, organizationFiles, sources, citations, documents, rejectedDocuments, progress, readingDays, qa, infographics, problems };
}

function readDocument(path: string, file: string, id: string, projectRoot: string, problems: ContentProblem[], rejected: RawContent['rejectedDocuments']): RawDocument | null {
  // The id (folder/file) names the document's page, its JSON, calendar and drawings.
  const bad = id.split('/').filter((part) => !SLUG.test(part));
  if (bad.length) {
    problems.push({ file, line: null, field: '(tên tệp)', message: `tên ${bad.map((b) => `"${b}"`).join(', ')} trong đường dẫn van-ban/${id}.md thành địa chỉ của văn bản (trang, JSON, lịch, hình vẽ); cần chữ thường không dấu, nối bằng "-", ví dụ "dien-bien/08-ct-tu-2026.md"`, severity: 'error' });
    return null;
  }
  const source = readText(path, file, problems);
  const split = splitFrontmatter(source, file, 'tệp văn bản', problems);
  if (!split) return null;
  const { yaml, body, bodyLine } = split;
  const { value, problems: found } = validate(documentSchema, yaml.data ?? {}, file, yaml);
  problems.push(...found);
  if (!value) {
    rejected.push({ file, body, bodyLine });
    return null;
  }
  if (value.attachment && !existsSync(join(projectRoot, 'public', value.attachment))) {
    problems.push({ file, line: yaml.lineOf(['attachment']), field: 'attachment', message: `không có tệp public${value.attachment}; cần đặt tệp gốc vào thư mục public/ hoặc bỏ trường này`, severity: 'error' });
  }
  return { id, file, data: value, body, bodyLine, lineOf: yaml.lineOf };
}

/**
 * The frontmatter of a Markdown file, parsed, and the body after it; null when the frontmatter is
 * missing, unclosed or not valid YAML (the problem is in `problems`). `kind` names the file in
 * messages ("tệp văn bản").
 */
function splitFrontmatter(source: string, file: string, kind: string, problems: ContentProblem[]): { yaml: ParsedYaml; body: string; bodyLine: number } | null {
  if (!/^---\r?\n/.test(source)) {
    problems.push({ file, line: 1, field: 'frontmatter', message: `${kind} phải bắt đầu bằng khối thuộc tính "---" (frontmatter)`, severity: 'error' });
    return null;
  }
  // Without a closing line gray-matter reads the whole file as YAML: say so once, not as YAML errors in the body.
  if (source.indexOf('\n---', 3) === -1) {
    problems.push({ file, line: 1, field: 'frontmatter', message: 'thiếu dòng "---" đóng khối thuộc tính (mở ở dòng 1); cần một dòng chỉ có "---" ngay sau trường cuối cùng, trước phần nội dung', severity: 'error' });
    return null;
  }
  // gray-matter splits frontmatter from body; YAML itself is read by parseYaml (core schema, with lines).
  const split = matter(source, { engines: { yaml: () => ({}) } });
  const yaml = parseYaml(split.matter.replace(/^\r?\n/, ''), file, 2);
  problems.push(...yaml.problems);
  if (yaml.problems.length) return null;
  const bodyLine = source.split('\n').length - split.content.split('\n').length + 1;
  return { yaml, body: split.content, bodyLine };
}

/**
 * Reads a UTF-8 file, with Windows (CRLF) or old Mac (CR) line ends read as LF, as Notepad and Git
 * on Windows write them; text that is not NFC is an error (it breaks search and comparisons).
 */
function readText(path: string, file: string, problems: ContentProblem[]): string {
  const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const nfc = source.normalize('NFC');
  if (nfc !== source) {
    const lines = source.split('\n');
    const bad = lines.flatMap((l, i) => (l === l.normalize('NFC') ? [] : [i]));
    problems.push({ file, line: bad[0]! + 1, field: 'mã hóa ký tự', message: notNfc(lines[bad[0]!]!, bad.length - 1, file), severity: 'error' });
  }
  return nfc;
}

/**
 * Why a line is refused and how to fix the file: the words written with separate accent marks
 * (NFD), which look right but break search and comparisons, and a command that rewrites the whole
 * file as NFC (no editor's command does it: `npm run check` only reads).
 */
function notNfc(line: string, otherLines: number, file: string): string {
  const words = [...new Set((line.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((w) => w !== w.normalize('NFC')).map((w) => w.normalize('NFC')))];
  const shown = words.length ? `chữ ${words.slice(0, 3).map((w) => `"${w}"`).join(', ')}${words.length > 3 ? '…' : ''} ở dòng này` : 'dòng này';
  const more = otherLines ? ` (và ${otherLines} dòng khác)` : '';
  const command = `node -e "const fs=require('fs'),f=process.argv[1];fs.writeFileSync(f,fs.readFileSync(f,'utf8').normalize('NFC'))" "${file}"`;
  return `${shown}${more} gõ dấu tiếng Việt bằng ký tự dấu rời (Unicode NFD), không ở dạng dựng sẵn (NFC); cần lưu lại tệp dạng UTF-8 NFC (dựng sẵn), ví dụ chạy lệnh sau ở thư mục dự án: ${command}`;
}

/** Files under `dir` (recursively) matching `pattern`, sorted for determinism. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, pattern));
    else if (pattern.test(name)) out.push(path);
  }
  return out;
}

// ——— Ngày đọc văn bản: content/ngay-doc/<yyyy-mm>.md ———

/** One monthly issue of the legal reading day, validated on its own (references are checked by reading-day.ts). */
export interface RawReadingDay {
  /** File name without ".md": the month it is named after ("2026-12"). */
  name: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: ReadingDayData;
  /** Markdown body: an optional introduction. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  lineOf(path: readonly (string | number)[]): number | null;
}

function readReadingDay(path: string, file: string, problems: ContentProblem[]): RawReadingDay | null {
  const source = readText(path, file, problems);
  const split = splitFrontmatter(source, file, 'tệp ngày đọc văn bản', problems);
  if (!split) return null;
  const { yaml, body, bodyLine } = split;
  const { value, problems: found } = validate(readingDaySchema, yaml.data ?? {}, file, yaml);
  problems.push(...found);
  if (!value) return null;
  const name = path.split(sep).pop()!.replace(/\.md$/, '');
  return { name, file, data: value, body, bodyLine, lineOf: yaml.lineOf };
}

// ——— Hỏi đáp pháp luật: content/hoi-dap/<slug>.md ———

/** One Q&A entry, validated on its own (its basis and fields are checked by qa.ts). */
export interface RawQa {
  /** File name without ".md": the entry's URL segment (/hoi-dap/<slug>/). */
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: QaData;
  /** Markdown body: the answer. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  lineOf(path: readonly (string | number)[]): number | null;
}

function readQa(path: string, file: string, problems: ContentProblem[]): RawQa | null {
  const source = readText(path, file, problems);
  const slug = path.split(sep).pop()!.replace(/\.md$/, '');
  if (!SLUG.test(slug)) {
    problems.push({ file, line: null, field: '(tên tệp)', message: `tên tệp "${slug}.md" là đường dẫn của trang hỏi đáp; cần chữ thường không dấu, nối bằng "-", ví dụ "ngay-doc-van-ban-la-gi.md"`, severity: 'error' });
    return null;
  }
  const split = splitFrontmatter(source, file, 'tệp hỏi đáp', problems);
  if (!split) return null;
  const { yaml, body, bodyLine } = split;
  const { value, problems: found } = validate(qaSchema, yaml.data ?? {}, file, yaml);
  problems.push(...found);
  if (!value) return null;
  if (!body.trim()) {
    problems.push({ file, line: bodyLine, field: 'câu trả lời', message: 'chưa có câu trả lời: viết câu trả lời dưới khối thuộc tính "---"', severity: 'error' });
    return null;
  }
  return { slug, file, data: value, body, bodyLine, lineOf: yaml.lineOf };
}

// ——— Infographic: content/infographic/<slug>.md ———

/** One hand-written infographic, validated on its own (sources, fields and blocks are checked by src/lib/infographic/collect.ts). */
export interface RawInfographic {
  /** File name without ".md": the URL segment (/infographic/<slug>/). */
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: InfographicData;
  /** Markdown body: the blocks. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  lineOf(path: readonly (string | number)[]): number | null;
}

function readInfographic(path: string, file: string, problems: ContentProblem[]): RawInfographic | null {
  const source = readText(path, file, problems);
  const slug = path.split(sep).pop()!.replace(/\.md$/, '');
  if (!SLUG.test(slug)) {
    problems.push({ file, line: null, field: '(tên tệp)', message: `tên tệp "${slug}.md" là đường dẫn của infographic; cần chữ thường không dấu, nối bằng "-", ví dụ "sau-noi-dung-chi-thi-08.md"`, severity: 'error' });
    return null;
  }
  const split = splitFrontmatter(source, file, 'tệp infographic', problems);
  if (!split) return null;
  const { yaml, body, bodyLine } = split;
  const { value, problems: found } = validate(infographicSchema, yaml.data ?? {}, file, yaml);
  problems.push(...found);
  if (!value) return null;
  return { slug, file, data: value, body, bodyLine, lineOf: yaml.lineOf };
}
