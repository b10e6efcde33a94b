/**
 * The task register: every task table of every document, read into tasks with normalized
 * deadlines, statuses against the "as of" date, agencies mapped to organization records, and
 * progress records applied. Also renders each document body, now that its rows are known.
 */
import type { ElementContent } from 'hast';
import type { Root } from 'mdast';
import type { ContentProblem } from './problems.ts';
import type { RawContent } from './read.ts';
import type { DocumentEntry } from './corpus.ts';
import type { ProgressRecord, Task } from '../tasks/types.ts';
import { readTaskTablesFromTree } from '../tasks/table.ts';
import { toAgencyRef } from '../tasks/agencies.ts';
import { parseDeadline } from '../tasks/deadline.ts';
import { taskStatus } from '../tasks/status.ts';
import { renderBody, type RowAnnotation } from '../markdown/render.ts';
import { describeDeadline } from '../tasks/describe.ts';
import type { FeedbackLinks } from './feedback-links.ts';

interface Prepared {
  tree: Root;
  bodyLine: number;
}

/** `feedback`, when given, adds a "Phản ánh vướng mắc" link to every part of each rendered body. */
export function buildTasks(documents: DocumentEntry[], raw: RawContent, asOf: string, problems: ContentProblem[], feedback?: FeedbackLinks): Task[] {
  const progress = indexProgress(raw, documents, problems);
  const all: Task[] = [];
  for (const doc of documents) {
    const { tree, bodyLine } = doc as unknown as Prepared;
    const { rows, problems: found } = readTaskTablesFromTree(tree, doc.file, bodyLine - 1);
    problems.push(...found);
    const annotations: RowAnnotation[] = [];
    const docProgress = progress.get(doc.id) ?? new Map<string, ProgressRecord>();
    const usedRefs = new Set<string>();
    for (const row of rows) {
      const deadline = parseDeadline(row.deadlineText, { year: doc.year, issued: doc.data.issued });
      if (deadline.problem) {
        problems.push({
          file: doc.file,
          line: row.line,
          field: `bảng nhiệm vụ, dòng ${row.label}, cột Thời gian hoàn thành`,
          message: `${deadline.problem.message} ("${row.deadlineText}")${deadline.problem.code === 'invalid-date' ? '' : '; thời hạn được ghi là "chưa xác định"'}`,
          severity: deadline.problem.code === 'invalid-date' ? 'error' : 'warning',
        });
      }
      const record = docProgress.get(row.key) ?? null;
      if (record) usedRefs.add(row.key);
      const st = taskStatus(deadline, asOf, record);
      const anchor = row.table === 0 ? `bang-nv-${row.key}` : `bang-nv-${row.table + 1}-${row.key}`;
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
        status: st.status,
        statusLabel: st.label,
        next: st.next,
        progress: record,
      };
      doc.tasks.push(task);
      all.push(task);
      annotations.push({ bodyLine: row.line - bodyLine + 1, anchor, extra: rowExtra(task) });
    }
    for (const [key, rec] of docProgress) {
      if (!usedRefs.has(key)) {
        const p = raw.progress.find((f) => f.document === doc.id)!;
        const i = p.records.findIndex((r) => labelKey(r.ref) === key);
        problems.push({ file: p.file, line: p.lineOf(['records', i, 'ref']), field: `records[${i}].ref`, message: `không có nhiệm vụ số "${rec.ref}" trong bảng nhiệm vụ của ${doc.file}`, severity: 'error' });
      }
    }
    doc.rendered = renderBody(tree, annotations, feedback && ((anchor, name) => feedback(doc, anchor, name)));
    checkRelationAnchors(doc, problems);
  }
  return all;
}

/** Status badge and normalized deadline shown under the original wording. */
function rowExtra(task: Task): ElementContent[] {
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const out: ElementContent[] = [
    { type: 'element', tagName: 'span', properties: { className: ['lp-badge', `lp-badge--${task.status}`] }, children: [text(task.statusLabel)] },
  ];
  const normalized = describeDeadline(task.deadline);
  if (normalized) out.push({ type: 'element', tagName: 'span', properties: { className: ['lp-deadline-norm'] }, children: [text(normalized)] });
  return out;
}

function indexProgress(raw: RawContent, documents: DocumentEntry[], problems: ContentProblem[]): Map<string, Map<string, ProgressRecord>> {
  const out = new Map<string, Map<string, ProgressRecord>>();
  for (const file of raw.progress) {
    if (!documents.some((d) => d.id === file.document)) {
      problems.push({ file: file.file, line: file.lineOf(['document']), field: 'document', message: `không có văn bản "${file.document}" (cần đường dẫn dưới content/van-ban/ không kèm ".md")`, severity: 'error' });
      continue;
    }
    const map = new Map<string, ProgressRecord>();
    for (const r of file.records) map.set(labelKey(r.ref), { ref: r.ref, done: r.done, report: r.report ?? null, note: r.note ?? null });
    out.set(file.document, map);
  }
  return out;
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
