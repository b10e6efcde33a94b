/**
 * The legal reading day ("Ngày đọc văn bản quy phạm pháp luật", 08-CT/TU §4.3): monthly issues
 * cross-checked against the documents they read, and made ready to render. Every reference to a
 * document or one of its parts must land on an anchor of the built page, or the build stops
 * naming the file, line and field: a handout that sends a commune to the wrong section is worse
 * than none.
 */
import type { ContentProblem } from './problems.ts';
import type { RawReadingDay } from './read.ts';
import type { DocumentEntry } from './corpus.ts';
import type { LinkSource } from './links.ts';
import type { Task } from '../tasks/types.ts';
import { fieldName } from './validate.ts';
import { renderInline } from '../markdown/inline.ts';
import { renderFragment } from '../markdown/fragment.ts';
import { quoteParts, type PartQuote } from '../reading-day/parts.ts';
import { audienceLabel } from '../reading-day/audiences.ts';

/** One part to read, ready to show. */
export interface ReadingPart {
  anchor: string;
  /** "Mục 4.3", "Nhiệm vụ (1)", "Bảng nhiệm vụ, dòng 8". */
  label: string;
  /** Site path of the part, without the base: the document URL and the anchor. */
  url: string;
  /** The part's paragraphs as safe inline HTML; empty for a table row. */
  paragraphs: string[];
  /** A task-table row, cell by cell with its column name; null for a paragraph. */
  row: { column: string; value: string }[] | null;
}

export interface Reading {
  doc: DocumentEntry;
  /** "Chỉ thị 08-CT/TU của Ban Thường vụ Tỉnh ủy Điện Biên". */
  docName: string;
  /** Inline HTML, or null. */
  note: string | null;
  parts: ReadingPart[];
}

export interface QuizItem {
  /** Inline HTML of the question and each option. */
  question: string;
  options: string[];
  /** Index of the right option, from 0. */
  answer: number;
  explanation: string;
  cites: { doc: DocumentEntry; docName: string; anchor: string; label: string; url: string };
}

export interface ReadingDay {
  /** "2026-12": also the file name and the page slug. */
  month: string;
  file: string;
  /** Day of the session, YYYY-MM-DD. */
  date: string;
  theme: string;
  /** "Ngày đọc văn bản tháng 12/2026". */
  title: string;
  audience: { id: string; label: string }[];
  /** The introduction (the file's body) as HTML; "" when there is none. */
  introHtml: string;
  readings: Reading[];
  /** Inline HTML. */
  keyPoints: string[];
  questions: string[];
  quiz: QuizItem[];
  /** HTML, or "" when there are none. */
  leaderNotesHtml: string;
  /** Site paths without the base. */
  url: string;
  handoutUrl: string;
}

/**
 * Checks and resolves every issue; issues with a broken reference are reported and left out. Newest month first.
 * `base` is the site's base path, which links from the site's root in the Markdown get (markdown/rebase.ts).
 * The links written in each issue are added to `written`, for the corpus's link check (links.ts).
 */
export function buildReadingDays(raw: RawReadingDay[], documents: DocumentEntry[], problems: ContentProblem[], base = '/', written: LinkSource[] = []): ReadingDay[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const quotes = new Map<string, Map<string, PartQuote>>();
  const quotesOf = (doc: DocumentEntry) => {
    if (!quotes.has(doc.id)) quotes.set(doc.id, quoteParts(doc.body));
    return quotes.get(doc.id)!;
  };
  const out: ReadingDay[] = [];
  for (const issue of raw) {
    const day = resolveIssue(issue, byId, quotesOf, problems, base, written);
    if (day) out.push(day);
  }
  return out.sort((a, b) => b.month.localeCompare(a.month));
}

function resolveIssue(
  issue: RawReadingDay,
  byId: Map<string, DocumentEntry>,
  quotesOf: (doc: DocumentEntry) => Map<string, PartQuote>,
  problems: ContentProblem[],
  base: string,
  written: LinkSource[],
): ReadingDay | null {
  const d = issue.data;
  const before = problems.length;
  const report = (path: (string | number)[], message: string) =>
    problems.push({ file: issue.file, line: issue.lineOf(path), field: fieldName(path), message, severity: 'error' });

  if (issue.name !== d.month) report(['month'], `tháng "${d.month}" không khớp tên tệp ${issue.name}.md; mỗi số đặt tên theo tháng của nó (content/ngay-doc/${d.month}.md)`);
  // A day that agrees with `month` but not with the file name is told by the line above.
  const dayMonth = d.date.slice(0, 7);
  if (dayMonth !== issue.name && dayMonth !== d.month) report(['date'], dateOutsideIssue(d.date, issue.name));

  // A document whose own file has errors is already reported; naming it again here would bury
  // that one precise line under repeats. The issue is still left out (the build stops anyway).
  let blocked = false;
  const brokenFile = (id: string) => problems.some((p) => p.severity === 'error' && p.file.endsWith(`/van-ban/${id}.md`));
  const findDoc = (id: string, path: (string | number)[]) => {
    const doc = byId.get(id);
    if (!doc && brokenFile(id)) blocked = true;
    else if (!doc) report(path, `không có văn bản "${id}" trong content/van-ban/ (cần đường dẫn của tệp dưới content/van-ban/, không kèm ".md", ví dụ "dien-bien/08-ct-tu-2026")`);
    return doc;
  };
  const part = (doc: DocumentEntry, anchor: string, path: (string | number)[]): ReadingPart | null => {
    if (!doc.rendered.anchors.includes(anchor)) {
      const known = doc.rendered.anchors.filter((a) => /^(muc|nhiem-vu|bang-nv)-/.test(a));
      report(path, `không có mục "#${anchor}" trong văn bản ${doc.id}; các mục có: ${known.slice(0, 12).join(', ')}${known.length > 12 ? '…' : ''}`);
      return null;
    }
    return partOf(doc, anchor, quotesOf(doc));
  };

  const readings: Reading[] = [];
  d.readings.forEach((r, i) => {
    const doc = findDoc(r.document, ['readings', i, 'document']);
    if (!doc) return;
    const parts = r.anchors.map((a, j) => part(doc, a, ['readings', i, 'anchors', j]));
    readings.push({ doc, docName: docName(doc), note: r.note ? renderInline(r.note) : null, parts: parts.filter((p): p is ReadingPart => p !== null) });
  });

  const quiz: QuizItem[] = [];
  d.quiz.forEach((q, i) => {
    const doc = findDoc(q.cites.document, ['quiz', i, 'cites', 'document']);
    const cited = doc ? part(doc, q.cites.anchor, ['quiz', i, 'cites', 'anchor']) : null;
    if (!doc || !cited) return;
    quiz.push({
      question: renderInline(q.question),
      options: q.options.map(renderInline),
      answer: q.answer,
      explanation: renderInline(q.explanation),
      cites: { doc, docName: docName(doc), anchor: cited.anchor, label: cited.label, url: cited.url },
    });
  });

  const intro = renderFragment(issue.body, { file: issue.file, line: issue.bodyLine, headingLevel: 2, base });
  problems.push(...intro.problems);
  const notes = d.leaderNotes ? renderFragment(d.leaderNotes, { file: issue.file, line: issue.lineOf(['leaderNotes']) ?? 1, headingLevel: 3, base }) : null;
  if (notes) problems.push(...notes.problems.map((p) => ({ ...p, field: 'leaderNotes' })));
  written.push({ file: issue.file, links: [...intro.links, ...(notes?.links ?? [])], page: `/ngay-doc-van-ban/${d.month}/` });

  if (blocked || problems.length > before) return null;
  const [y, m] = d.month.split('-');
  const url = `/ngay-doc-van-ban/${d.month}/`;
  return {
    month: d.month,
    file: issue.file,
    date: d.date,
    theme: d.theme,
    title: `Ngày đọc văn bản tháng ${Number(m)}/${y}`,
    audience: d.audience.map((id) => ({ id, label: audienceLabel(id) })),
    introHtml: intro.html,
    readings,
    keyPoints: d.keyPoints.map(renderInline),
    questions: d.questions.map(renderInline),
    quiz,
    leaderNotesHtml: notes?.html ?? '',
    url,
    handoutUrl: `${url}ban-in/`,
  };
}

/**
 * A session day outside the month the issue's file is named after (`name`, "2026-12"): the date
 * or the file name is wrong, and only the editor knows which.
 */
function dateOutsideIssue(date: string, name: string): string {
  const monthOf = (ym: string) => `${Number(ym.slice(5, 7))}/${ym.slice(0, 4)}`;
  const other = date.slice(0, 7);
  return `ngày sinh hoạt "${date}" thuộc tháng ${monthOf(other)}, còn tên tệp ${name}.md là số tháng ${monthOf(name)}; một trong hai bị sai: cần sửa date thành một ngày trong tháng ${monthOf(name)}, hoặc nếu đây là số tháng ${monthOf(other)} thì đổi tên tệp thành ${other}.md và month thành "${other}"`;
}

/** A part of `doc` that exists on its page: a quoted paragraph, a task row, or only its anchor. */
function partOf(doc: DocumentEntry, anchor: string, quotes: Map<string, PartQuote>): ReadingPart {
  const url = `${doc.url}#${anchor}`;
  const task = doc.tasks.find((t) => t.anchor === anchor);
  if (task) return { anchor, label: `Bảng nhiệm vụ, dòng ${task.ref.replace(/^\((.*)\)$/, '$1').replace(/\.$/, '')}`, url, paragraphs: [], row: taskRow(task) };
  const quote = quotes.get(anchor);
  return { anchor, label: quote?.label ?? `#${anchor}`, url, paragraphs: quote?.paragraphs ?? [], row: null };
}

/** The cells of a task row as written, with the column names the register uses. */
function taskRow(task: Task): { column: string; value: string }[] {
  const names = (refs: { name: string }[]) => refs.map((r) => r.name).join('; ');
  return [
    { column: 'Nội dung', value: task.content },
    { column: 'Cấp ủy theo dõi chỉ đạo', value: names(task.overseers) },
    { column: 'Chủ trì', value: names(task.leads) },
    { column: 'Phối hợp', value: names(task.coordinators) },
    { column: 'Sản phẩm', value: task.product },
    { column: 'Thời gian hoàn thành', value: task.deadline.text },
  ].filter((c) => c.value);
}

function docName(doc: DocumentEntry): string {
  const name = doc.data.number ? `${doc.type.name} ${doc.data.number}` : doc.displayTitle;
  return `${name} của ${doc.issuer.name}`;
}
