/**
 * Legal Q&A ("Hỏi đáp pháp luật"): questions a citizen, business or commune official asks, each
 * answered from the text of documents on the portal. Every basis must land on an anchor of the
 * built document page and every field must be in the catalogue, or the build stops naming the
 * file, line and field: an answer that points to the wrong section misleads.
 */
import { bodyPlaceholders } from './placeholders.ts';
import type { Catalog } from './schema.ts';
import type { ContentProblem } from './problems.ts';
import type { RawQa } from './read.ts';
import type { DocumentEntry, Named } from './corpus.ts';
import type { LinkSource } from './links.ts';
import { fieldName } from './validate.ts';
import { renderFragment } from '../markdown/fragment.ts';
import { partName } from '../markdown/part-feedback.ts';
import { askerLabel } from '../qa/askers.ts';

/** A part of a document an answer rests on. */
export interface QaBasis {
  doc: DocumentEntry;
  anchor: string;
  /** How the part is called: "mục 4.3", "nhiệm vụ (1)", "phụ lục, dòng 8". */
  part: string;
  /** Site path without the base: the document URL and the anchor. */
  url: string;
}

export interface QaEntry {
  /** File name without ".md". */
  slug: string;
  file: string;
  /** Site path without the base: "/hoi-dap/<slug>/". */
  url: string;
  question: string;
  asker: { id: string; label: string };
  fields: Named[];
  basis: QaBasis[];
  /** YYYY-MM-DD, or null. */
  date: string | null;
  /** The answer as written (Markdown), for the search index. */
  body: string;
  /** The answer as safe HTML. */
  html: string;
}

/** Checks and resolves every entry; entries with a broken reference are reported and left out. Sorted by question. */
/**
 * `base` is the site's base path, which links from the site's root in answers get (markdown/rebase.ts).
 * The links written in each answer are added to `written`, for the corpus's link check (links.ts).
 */
export function buildQa(raw: RawQa[], documents: DocumentEntry[], catalog: Catalog, problems: ContentProblem[], base = '/', written: LinkSource[] = []): QaEntry[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  // A document file that exists but has errors of its own is not in `documents`; its errors are
  // already reported, and each entry citing it would only repeat them.
  const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const hasErrors = (id: string) => [...failed].some((f) => f.endsWith(`/van-ban/${id}.md`) || f === `van-ban/${id}.md`);
  const out: QaEntry[] = [];
  for (const entry of raw) {
    const resolved = resolveEntry(entry, byId, hasErrors, catalog, problems, base, written);
    if (resolved) out.push(resolved);
  }
  return out.sort((a, b) => a.question.localeCompare(b.question, 'vi'));
}

function resolveEntry(entry: RawQa, byId: Map<string, DocumentEntry>, hasErrors: (id: string) => boolean, catalog: Catalog, problems: ContentProblem[], base: string, written: LinkSource[]): QaEntry | null {
  const d = entry.data;
  const before = problems.length;
  let skipped = false;
  const report = (path: (string | number)[], message: string) =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field: fieldName(path), message, severity: 'error' });

  const fields = d.fields.flatMap((id, i) => {
    const found = catalog.fields.find((f) => f.id === id);
    if (!found) report(['fields', i], `lĩnh vực "${id}" không có trong content/danh-muc.yaml (fields); các giá trị hợp lệ: ${catalog.fields.map((f) => f.id).join(', ')}`);
    return found ? [found] : [];
  });

  const basis = d.basis.flatMap((b, i): QaBasis[] => {
    const doc = byId.get(b.document);
    if (!doc && hasErrors(b.document)) {
      skipped = true;
      return [];
    }
    if (!doc) {
      report(['basis', i, 'document'], `không có văn bản "${b.document}" trong content/van-ban/ (cần đường dẫn dưới content/van-ban/ không kèm ".md"; hiện có: ${[...byId.keys()].sort().join(', ')})`);
      return [];
    }
    if (!doc.rendered.anchors.includes(b.anchor)) {
      const known = doc.rendered.anchors.filter((a) => /^(muc|nhiem-vu|bang-nv)-/.test(a));
      report(['basis', i, 'anchor'], `không có mục "#${b.anchor}" trong văn bản ${doc.id}; các mục có: ${known.slice(0, 12).join(', ')}${known.length > 12 ? '…' : ''}`);
      return [];
    }
    return [{ doc, anchor: b.anchor, part: anchorName(doc, b.anchor), url: `${doc.url}#${b.anchor}` }];
  });

  const answer = renderFragment(entry.body, { file: entry.file, line: entry.bodyLine, base });
  problems.push(...answer.problems, ...bodyPlaceholders(entry.body, entry.file, entry.bodyLine));
  written.push({ file: entry.file, links: answer.links, page: `/hoi-dap/${entry.slug}/` });
  if (skipped || problems.length > before) return null;
  return {
    slug: entry.slug,
    file: entry.file,
    url: `/hoi-dap/${entry.slug}/`,
    question: d.question,
    asker: { id: d.asker, label: askerLabel(d.asker) },
    fields,
    basis,
    date: d.date ?? null,
    body: entry.body,
    html: answer.html,
  };
}

/** "mục 4.3", "nhiệm vụ (1)", "phụ lục, dòng 8" (a task row), or the anchor itself. */
export function anchorName(doc: DocumentEntry, anchor: string): string {
  const entry = doc.rendered.toc.find((t) => t.id === anchor);
  if (entry) return partName(entry);
  const task = doc.tasks.find((t) => t.anchor === anchor);
  if (task) return `phụ lục, dòng ${task.ref.replace(/\.$/, '')}`;
  return `#${anchor}`;
}

/** The entries that rest on `doc`, in their usual order. */
export function qaAbout(entries: QaEntry[], doc: DocumentEntry): QaEntry[] {
  return entries.filter((q) => q.basis.some((b) => b.doc.id === doc.id));
}

/** Entries by field, in catalogue order; fields without entries are left out. */
export function qaByField(entries: QaEntry[], catalog: Catalog): { field: Named; entries: QaEntry[] }[] {
  return catalog.fields
    .map((field) => ({ field, entries: entries.filter((q) => q.fields.some((f) => f.id === field.id)) }))
    .filter((g) => g.entries.length > 0);
}
