/**
 * One document body, from its Markdown to its rendered HTML: parsed, checked for unsafe content,
 * its task tables read, each task row's deadline and status worked out, then rendered with the
 * rows annotated and the parts' feedback links. What comes back is plain data (no parse tree), so
 * the build can run this on every core (body-parallel.ts) and send back only the results, and
 * keep what it read and rendered between builds (body-cache.ts).
 *
 * The corpus (corpus.ts, tasks.ts) turns the rows into tasks with their agencies and checks what
 * needs the whole corpus (progress records naming no row, links between documents).
 */
import type { Root } from 'mdast';
import { parseMarkdown } from '../markdown/parse.ts';
import { writtenLinks, type WrittenLink } from '../markdown/written-links.ts';
import { sanitizeTree } from '../markdown/safety.ts';
import { footnoteProblems } from '../markdown/footnotes.ts';
import { renderBody, type RenderedBody, type RowAnnotation } from '../markdown/render.ts';
import { readTaskTablesFromTree } from '../tasks/table.ts';
import { parseDeadline } from '../tasks/deadline.ts';
import { taskStatus, type TaskStatusResult } from '../tasks/status.ts';
import { describeDeadline } from '../tasks/describe.ts';
import type { Deadline, ProgressRecord, TaskRow } from '../tasks/types.ts';
import type { ElementContent } from 'hast';
import type { ContentProblem } from './problems.ts';
import type { FeedbackConfig } from './schema.ts';
import { feedbackLinks, type FeedbackDocument, type FeedbackLinks, type SiteAddress } from './feedback-links.ts';
import { entryKey, readEntry, renderKey, writeEntry, type BodyCacheSpec } from './body-cache.ts';

/** What the pipeline needs of one document. */
export interface BodyJob {
  body: string;
  file: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
  /**
   * Whether to render it and give it tasks. A document the corpus rejects (an unknown type or
   * issuer, a frontmatter the schema refuses) is still checked: unsafe content, footnotes, the
   * shape of its task tables and impossible dates in them; deadline notes that depend on its
   * attributes wait until it is accepted.
   */
  render: boolean;
  /** For deadlines written without a year ("trước ngày 15/8"). */
  year: number | null;
  issued: string | null;
  /** Its progress records, by row key (labelKey). A Map crosses threads as it is. */
  progress: ReadonlyMap<string, ProgressRecord>;
  /** What its parts' feedback links name; null for none. */
  feedback: FeedbackDocument | null;
}

/** What every job of a build shares. */
export interface BodyContext {
  /** Date task statuses are computed against (YYYY-MM-DD). */
  asOf: string;
  /** The configured feedback channels and where the site is published (feedback-links.ts). */
  feedback: { config: FeedbackConfig | undefined; site: SiteAddress };
}

/** A task row with its deadline, status and progress record, as the corpus makes a task of it. */
export interface BodyTask {
  row: TaskRow;
  anchor: string;
  deadline: Deadline;
  status: TaskStatusResult;
  progress: ProgressRecord | null;
}

/** A link written in the body, for the corpus's link check (links.ts). */
export type BodyLink = WrittenLink;

export interface ProcessedBody {
  /** Unsafe content, task tables and deadlines, in that order. */
  problems: ContentProblem[];
  tasks: BodyTask[];
  rendered: RenderedBody;
  links: BodyLink[];
}

/** A task row as read from the body, before its status. */
export interface ReadRow {
  row: TaskRow;
  anchor: string;
  deadline: Deadline;
}

/** What reading a body gives, whatever the "as of" date and the settings. */
export interface ReadBodyResult {
  /** Unsafe content, task tables and deadlines, in that order. */
  problems: ContentProblem[];
  rows: ReadRow[];
  links: BodyLink[];
}

const NOT_RENDERED: RenderedBody = { mainHtml: '', annexHtml: '', toc: [], anchors: [], deadlines: [] };

/**
 * Processes one body. With a cache (body-cache.ts) an unchanged body is neither parsed nor
 * rendered: what was read of it and its HTML come from the cache, and only the statuses are
 * worked out again; it is rendered again when they, or the feedback settings, changed.
 */
export function processBody(job: BodyJob, context: BodyContext, cache: BodyCacheSpec | null = null): ProcessedBody {
  const key = cache ? entryKey(job) : null;
  const cached = cache && key ? readEntry(cache, key) : null;
  let tree: Root | null = null;
  let read: ReadBodyResult;
  if (cached) read = cached;
  else {
    tree = parseMarkdown(job.body);
    read = readBody(tree, job);
  }
  const { tasks, annotations } = applyStatuses(read.rows, job, context);
  const doc = job.render ? job.feedback : null;
  // What the HTML depends on besides the body: the rows' badges, the parts' feedback links and
  // the base path links from the site's root get.
  const base = context.feedback.site.base;
  const renderedKey = cache ? renderKey([annotations, doc, doc ? context.feedback : null, base]) : '';
  let rendered = NOT_RENDERED;
  if (cached && cached.renderKey === renderedKey) rendered = cached.rendered;
  else if (job.render) {
    if (!tree) {
      tree = parseMarkdown(job.body);
      readBody(tree, job); // reading sanitizes the tree, so it is read again before rendering
    }
    const links = feedbackOf(context);
    rendered = renderBody(tree, annotations, doc ? (anchor, name) => links(doc, anchor, name) : undefined, base);
  }
  if (cache && key && (!cached || cached.renderKey !== renderedKey)) writeEntry(cache, key, { ...read, renderKey: renderedKey, rendered });
  return { problems: [...read.problems], tasks, rendered, links: read.links };
}

/** What a body says whatever the date: unsafe content, task rows with their deadlines, links. */
function readBody(tree: Root, job: BodyJob): ReadBodyResult {
  const problems = [...sanitizeTree(tree, job.file, job.bodyLine), ...footnoteProblems(tree, job.file, job.bodyLine)];
  const { rows, problems: found } = readTaskTablesFromTree(tree, job.file, job.bodyLine - 1);
  problems.push(...found);
  const read: ReadRow[] = [];
  for (const row of rows) {
    const deadline = parseDeadline(row.deadlineText, { year: job.year, issued: job.issued });
    if (deadline.problem && (job.render || deadline.problem.code === 'invalid-date')) {
      problems.push({
        file: job.file,
        line: row.line,
        field: `bảng nhiệm vụ, dòng ${row.label}, cột Thời gian hoàn thành`,
        message: `${deadline.problem.message} ("${row.deadlineText}")${deadline.problem.code === 'invalid-date' ? '' : '; thời hạn được ghi là "chưa xác định"'}`,
        severity: deadline.problem.code === 'invalid-date' ? 'error' : 'warning',
      });
    }
    const anchor = row.table === 0 ? `bang-nv-${row.key}` : `bang-nv-${row.table + 1}-${row.key}`;
    read.push({ row, anchor, deadline });
  }
  if (!job.render) return { problems, rows: [], links: [] };
  return { problems, rows: read, links: writtenLinks(tree, job.bodyLine) };
}

/** Each row's status against the "as of" date and its progress record, and the row's annotation. */
function applyStatuses(rows: readonly ReadRow[], job: BodyJob, context: BodyContext): { tasks: BodyTask[]; annotations: RowAnnotation[] } {
  const tasks: BodyTask[] = [];
  const annotations: RowAnnotation[] = [];
  for (const { row, anchor, deadline } of rows) {
    const record = job.progress.get(row.key) ?? null;
    const status = taskStatus(deadline, context.asOf, record);
    tasks.push({ row, anchor, deadline, status, progress: record });
    annotations.push({ bodyLine: row.line - job.bodyLine + 1, anchor, extra: rowExtra(status, deadline) });
  }
  return { tasks, annotations };
}

const feedbackByContext = new WeakMap<BodyContext, FeedbackLinks>();

function feedbackOf(context: BodyContext): FeedbackLinks {
  let links = feedbackByContext.get(context);
  if (!links) feedbackByContext.set(context, (links = feedbackLinks(context.feedback.config, context.feedback.site)));
  return links;
}

/**
 * Status badge and normalized deadline shown under the original wording. Sighted readers tell
 * them from the document's words by their look (a badge, a small grey line); a screen reader hears
 * words only, so each starts with a hidden phrase saying it is the portal's, not the document's.
 */
function rowExtra(status: TaskStatusResult, deadline: Deadline): ElementContent[] {
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const hidden = (value: string): ElementContent => ({ type: 'element', tagName: 'span', properties: { className: ['lp-visually-hidden'] }, children: [text(value)] });
  const out: ElementContent[] = [
    { type: 'element', tagName: 'span', properties: { className: ['lp-badge', `lp-badge--${status.status}`] }, children: [hidden('Trạng thái theo Cổng: '), text(status.label)] },
  ];
  const normalized = describeDeadline(deadline);
  if (normalized) out.push({ type: 'element', tagName: 'span', properties: { className: ['lp-deadline-norm'] }, children: [hidden('Cổng hiểu thời hạn là: '), text(normalized)] });
  return out;
}
