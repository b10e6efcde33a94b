/**
 * The task register: every task table of every document, read into tasks with normalized
 * deadlines, statuses against the "as of" date, agencies mapped to organization records, and
 * progress records applied. The tables are read, and the bodies rendered with their rows
 * annotated, by the body pipeline (body.ts); this gives each document its tasks and body.
 */
import type { ContentProblem } from './problems.ts';
import type { RawContent } from './read.ts';
import type { DocumentEntry } from './corpus.ts';
import type { ProcessedBody } from './body.ts';
import type { ProgressRecord, Task } from '../tasks/types.ts';
import { foldName, toAgencyRef } from '../tasks/agencies.ts';
import { readTextDeadlines } from '../markdown/text-deadlines.ts';

/**
 * The tasks of every document, from the task rows of its processed body (body.ts, which has
 * already worked out deadlines and statuses, and reported the tables' problems), and each
 * document's rendered body. `progress` is progressByDocument's.
 */
export function buildTasks(
  documents: DocumentEntry[],
  bodies: Map<DocumentEntry, ProcessedBody>,
  progress: Map<string, Map<string, ProgressRecord>>,
  raw: RawContent,
  problems: ContentProblem[],
): Task[] {
  checkProgressFiles(raw, documents, problems);
  const all: Task[] = [];
  for (const doc of documents) {
    const body = bodies.get(doc)!;
    const usedRefs = new Set<string>();
    for (const { row, anchor, deadline, status, progress: record } of body.tasks) {
      if (record) usedRefs.add(row.key);
      const ref = (name: string) => toAgencyRef(name, raw.organizations, doc.province);
      const task: Task = {
        id: `${doc.id.replace(/\//g, '--')}--${row.table === 0 ? '' : `t${row.table + 1}-`}${row.key}`,
        document: { id: doc.id, number: doc.data.number, title: doc.displayTitle, url: doc.url, issued: doc.data.issued, province: doc.province },
        ref: row.label,
        anchor,
        content: row.content,
        overseers: row.overseers.map(ref),
        leads: row.leads.map(ref),
        coordinators: row.coordinators.map(ref),
        product: row.product,
        deadline,
        status: status.status,
        statusLabel: status.label,
        next: status.next,
        progress: record,
      };
      doc.tasks.push(task);
      all.push(task);
    }
    for (const [key, rec] of progress.get(doc.id) ?? []) {
      if (!usedRefs.has(key)) {
        const p = raw.progress.find((f) => f.document === doc.id)!;
        const i = p.records.findIndex((r) => labelKey(r.ref) === key);
        problems.push({ file: p.file, line: p.lineOf(['records', i, 'ref']), field: `records[${i}].ref`, message: `không có nhiệm vụ số "${rec.ref}" trong bảng nhiệm vụ của ${doc.file}`, severity: 'error' });
      }
    }
    doc.rendered = body.rendered;
    doc.textDeadlines = readTextDeadlines(body.rendered.deadlines, { year: doc.year, issued: doc.data.issued });
    checkRelationAnchors(doc, problems);
  }
  checkIncludedIn(raw, all, problems);
  return all;
}

/**
 * A general name an organization record says includes it must be written in some task table of
 * its province: one that matches nothing is most likely misspelt, and its tasks would be missing
 * from the body's page without a word.
 */
function checkIncludedIn(raw: RawContent, tasks: readonly Task[], problems: ContentProblem[]): void {
  const written = new Map<string | null, Set<string>>();
  for (const t of tasks) {
    const place = t.document.province === null ? null : foldName(t.document.province);
    const names = written.get(place) ?? new Set<string>();
    for (const ref of [...t.leads, ...t.coordinators, ...t.overseers]) names.add(foldName(ref.name));
    written.set(place, names);
  }
  for (const org of raw.organizations) {
    const place = org.province === null ? null : foldName(org.province);
    const names = place === null ? new Set([...written.values()].flatMap((n) => [...n])) : written.get(place) ?? new Set<string>();
    org.includedIn.forEach((name, i) => {
      if (names.has(foldName(name))) return;
      problems.push({
        file: raw.organizationFiles.get(org.id) ?? `content/co-quan/${org.id}.yaml`,
        line: raw.organizationLines.get(org.id)?.(['includedIn', i]) ?? null,
        field: `includedIn[${i}]`,
        message: `không có tên "${name}" trong bảng nhiệm vụ nào${org.province ? ` của tỉnh ${org.province}` : ''}; cần ghi tên chung đúng như bảng nhiệm vụ ghi (không phân biệt chữ hoa, chữ thường và dấu), ví dụ "các địa phương"`,
        severity: 'warning',
      });
    });
  }
}

/** Progress records by document id, then by row key (labelKey). */
export function progressByDocument(raw: RawContent): Map<string, Map<string, ProgressRecord>> {
  const out = new Map<string, Map<string, ProgressRecord>>();
  for (const file of raw.progress) {
    const map = new Map<string, ProgressRecord>();
    for (const r of file.records) map.set(labelKey(r.ref), { ref: r.ref, done: r.done, report: r.report ?? null, note: r.note ?? null });
    out.set(file.document, map);
  }
  return out;
}

/** A progress file must name a document of the corpus. */
function checkProgressFiles(raw: RawContent, documents: DocumentEntry[], problems: ContentProblem[]): void {
  const ids = new Set(documents.map((d) => d.id));
  for (const file of raw.progress) {
    if (!ids.has(file.document)) {
      problems.push({ file: file.file, line: file.lineOf(['document']), field: 'document', message: `không có văn bản "${file.document}" (cần đường dẫn dưới content/van-ban/ không kèm ".md")`, severity: 'error' });
    }
  }
}

/** Same normalization as task-row keys: "(1)" → "1", "8." → "8", "BC1" → "bc1". */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function checkRelationAnchors(doc: DocumentEntry, problems: ContentProblem[]): void {
  const lineOf = (doc as unknown as { lineOf: (p: (string | number)[]) => number | null }).lineOf;
  doc.data.relations.forEach((r, i) => {
    if (r.at && !doc.rendered.anchors.includes(r.at)) {
      problems.push({ file: doc.file, line: lineOf(['relations', i, 'at']), field: `relations[${i}].at`, message: `không có mục "#${r.at}" trong văn bản; các mục có: ${doc.rendered.toc.map((t) => t.id).slice(0, 12).join(', ')}…`, severity: 'error' });
    }
  });
}
