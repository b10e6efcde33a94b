/**
 * Imports one received file (.docx, .txt, .md) into a draft in the content folder. Refuses what
 * it cannot read (empty, binary, neither UTF-8 nor UTF-16 with a byte order mark, not a Word
 * file) with a message, and never overwrites an existing file unless `force` is set.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { readContent } from '../content/read.ts';
import type { Block } from './blocks.ts';
import { readTextBlocks } from './text-reader.ts';
import { readDocxBlocks } from './docx-reader.ts';
import { decodeText } from './text-decode.ts';
import { buildDraft, type Draft, type ImportContext } from './draft.ts';
import { draftPath, draftToMarkdown } from './write.ts';

export interface ImportOptions {
  contentDir: string;
  projectRoot: string;
  /** Output file instead of the one derived from the document's identity. */
  out?: string | undefined;
  force?: boolean | undefined;
  /** Context already read (several files in one run). */
  context?: ImportContext | undefined;
}

export type ImportOutcome =
  | { status: 'written'; file: string; draft: Draft }
  | { status: 'exists'; file: string; draft: Draft; message: string }
  | { status: 'unreadable'; message: string };

export function importContext(contentDir: string, projectRoot: string): ImportContext {
  const raw = readContent(contentDir, projectRoot);
  return { catalog: raw.catalog, organizations: raw.organizations, citations: raw.citations, documents: raw.documents.map((d) => ({ file: d.file, data: d.data })) };
}

export async function importFile(path: string, options: ImportOptions): Promise<ImportOutcome> {
  const read = await readBlocks(path);
  if ('message' in read) return { status: 'unreadable', message: read.message };
  const context = options.context ?? importContext(options.contentDir, options.projectRoot);
  const draft = buildDraft(read.blocks, context);
  draft.report.warnings.unshift(...read.warnings);
  const file = options.out ? resolve(options.out) : join(options.contentDir, ...draftPath(draft).split('/'));
  const shown = relative(options.projectRoot, file).split(sep).join('/');
  if (existsSync(file) && !options.force) {
    return { status: 'exists', file, draft, message: `đã có tệp ${shown}; không ghi đè. Dùng --force để ghi đè, hoặc --out <tệp> để chọn tên khác` };
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, draftToMarkdown(draft, context.catalog, `"${basename(path)}"`));
  return { status: 'written', file, draft };
}

async function readBlocks(path: string): Promise<{ blocks: Block[]; warnings: string[] } | { message: string }> {
  if (!existsSync(path)) return { message: 'không có tệp này' };
  const ext = extname(path).toLowerCase();
  const buffer = readFileSync(path);
  if (buffer.length === 0) return { message: 'tệp rỗng' };
  if (ext === '.doc') return { message: 'tệp Word 97-2003 (.doc) chưa đọc được; hãy mở bằng Word và lưu lại dạng .docx' };
  if (ext === '.docx') {
    try {
      const { blocks, warnings } = await readDocxBlocks(buffer);
      if (!blocks.length) return { message: 'tệp Word không có nội dung chữ' };
      return { blocks, warnings };
    } catch (e) {
      // The reader's own words (JSZip, mammoth) are English: the editor gets what to do, and
      // the reader's message after it, for whoever helps.
      return { message: `không đọc được tệp Word (.docx): tệp hỏng, chưa tải về hết, hoặc không phải tệp .docx (có thể là .doc đổi tên); hãy mở bằng Word và lưu lại dạng "Word Document (.docx)" (chi tiết: ${(e as Error).message.split('\n')[0]})` };
    }
  }
  if (ext !== '.txt' && ext !== '.md') return { message: `chưa hỗ trợ loại tệp "${ext || '(không có đuôi)'}"; cần .docx, .txt hoặc .md` };
  const decoded = decodeText(buffer);
  if ('message' in decoded) return decoded;
  const { text } = decoded;
  // Control characters other than tab and line breaks mean a binary file renamed to .txt.
  const control = [...text].filter((c) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(c)).length;
  if (control > 0) return { message: `tệp có ${control} ký tự điều khiển; đây không phải văn bản thuần (tệp nhị phân?)` };
  if (text.trim() === '') return { message: 'tệp không có nội dung chữ' };
  if (/^\uFEFF?---\r?\n[\s\S]*?^(?:number|title|type):/m.test(text.slice(0, 2000)) && /^\uFEFF?---\r?\n/.test(text)) {
    return { message: 'tệp đã có khối thuộc tính "---" của Cổng (đã là tệp nội dung); không cần nhập, hãy chép thẳng vào content/ rồi chạy npm run check' };
  }
  return { blocks: readTextBlocks(text), warnings: [] };
}
