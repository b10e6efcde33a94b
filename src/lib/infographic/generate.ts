/**
 * Infographics drawn from the task register, one pair per document with tasks: the deadlines of
 * its dated tasks on a timeline, and how many tasks each lead agency (Chủ trì) carries. Nobody
 * writes them; they change when the task table changes.
 */
import type { DocumentEntry } from '../content/corpus.ts';
import type { Task } from '../tasks/types.ts';
import { documentCalendarId } from '../tasks/register.ts';
import { formatViDate } from '../dates.ts';
import type { Block, Infographic, TimelineItem } from './types.ts';
import { timelineOrder } from './draw-timeline.ts';
import { shortDocName, sourceFor } from './sources.ts';
import { upperFirst } from '../upper-first.ts';

/** An infographic before it is drawn. */
export type InfographicModel = Omit<Infographic, 'svg' | 'width' | 'height' | 'footer'>;

/** Shown for tasks whose "Chủ trì" cell is empty. */
export const NO_LEAD = 'Chưa ghi cơ quan chủ trì';

const COLLATOR = new Intl.Collator('vi');

/** The generated infographics of one document (none when it has no tasks). */
export function generatedFor(doc: DocumentEntry, asOf: string, organizationName: (id: string) => string | undefined): InfographicModel[] {
  if (!doc.tasks.length) return [];
  const out: InfographicModel[] = [];
  const timeline = deadlineTimeline(doc);
  if (timeline) out.push(timeline);
  out.push(leadAgencyChart(doc, organizationName));
  return out.map((m) => ({ ...m, date: asOf }));
}

/** Tasks with a day to meet: a date, or a period with its last day. */
export function datedTasks(tasks: readonly Task[]): Task[] {
  return tasks.filter((t) => (t.deadline.kind === 'date' || t.deadline.kind === 'period') && t.deadline.due !== null);
}

function taskName(task: Task): string {
  return `Nhiệm vụ ${task.ref.replace(/\.$/, '')}`;
}

function common(doc: DocumentEntry) {
  const first = doc.tasks[0]!;
  return {
    fields: doc.fields,
    sources: [sourceFor(doc, first.anchor, 'bảng nhiệm vụ')],
    generated: true,
    file: null,
  };
}

function deadlineTimeline(doc: DocumentEntry): InfographicModel | null {
  const dated = datedTasks(doc.tasks);
  if (!dated.length) return null;
  const name = shortDocName(doc);
  const items: TimelineItem[] = timelineOrder(
    dated.map((t) => ({ date: t.deadline.due!, when: formatViDate(t.deadline.due!), text: `${taskName(t)}: ${t.content.replace(/[\s.;]+$/, '')} (${t.deadline.text})` })),
  );
  const [first, last] = [items[0]!.when, items[items.length - 1]!.when];
  const range = first !== last ? `, từ ${first} đến ${last}` : items.length > 1 ? `, cùng hạn ${first}` : `, hạn ${first}`;
  const blocks: Block[] = [
    { kind: 'text', line: null, text: 'Ngày ghi ở mỗi mốc là ngày cuối cùng còn đúng hạn; thời hạn ghi trong văn bản ở trong ngoặc.' },
    { kind: 'timeline', line: null, items },
  ];
  const rest = doc.tasks.length - dated.length;
  if (rest) blocks.push({ kind: 'text', line: null, text: `${rest} nhiệm vụ khác thực hiện thường xuyên, định kỳ hoặc chưa có thời hạn cụ thể nên không có trên trục thời gian.` });
  return {
    ...common(doc),
    slug: `thoi-han-${documentCalendarId(doc.id)}`,
    title: `Thời hạn các nhiệm vụ theo ${name}`,
    summary: `Trục thời gian ${dated.length} nhiệm vụ có thời hạn cụ thể trong bảng nhiệm vụ của ${name}${range}.`,
    date: '',
    blocks,
  };
}

function leadAgencyChart(doc: DocumentEntry, organizationName: (id: string) => string | undefined): InfographicModel {
  const name = shortDocName(doc);
  const counts = new Map<string, { label: string; value: number; muted?: boolean }>();
  for (const task of doc.tasks) {
    const leads = task.leads.length ? task.leads.map((l) => ({ key: l.slug, label: upperFirst((l.orgId && organizationName(l.orgId)) || l.name) })) : [{ key: '', label: NO_LEAD }];
    // A body named twice in one cell still leads the task once.
    for (const lead of new Map(leads.map((l) => [l.key, l])).values()) {
      const entry = counts.get(lead.key) ?? { label: lead.label, value: 0, ...(lead.key === '' ? { muted: true } : {}) };
      entry.value += 1;
      counts.set(lead.key, entry);
    }
  }
  const items = [...counts.entries()]
    .sort(([ka, a], [kb, b]) => (ka === '' ? 1 : 0) - (kb === '' ? 1 : 0) || b.value - a.value || COLLATOR.compare(a.label, b.label))
    .map(([, v]) => v);
  const shared = doc.tasks.some((t) => t.leads.length > 1);
  const blocks: Block[] = [
    { kind: 'bars', line: null, labelHeading: 'Cơ quan, đơn vị chủ trì', valueHeading: 'Số nhiệm vụ', items },
  ];
  if (shared) blocks.push({ kind: 'text', line: null, text: 'Nhiệm vụ có nhiều cơ quan cùng chủ trì được tính cho mỗi cơ quan.' });
  return {
    ...common(doc),
    slug: `co-quan-chu-tri-${documentCalendarId(doc.id)}`,
    title: `Ai chủ trì các nhiệm vụ theo ${name}`,
    summary: `Số nhiệm vụ mỗi cơ quan, đơn vị chủ trì trong bảng nhiệm vụ của ${name}: ${doc.tasks.length} nhiệm vụ.`,
    date: '',
    blocks,
  };
}
