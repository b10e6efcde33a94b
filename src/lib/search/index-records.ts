/**
 * What the search index holds, built from the corpus: one record per page (a document, a Q&A
 * entry, a reading-day issue, a hand-written infographic), whose built HTML is indexed. A
 * document's tasks are parts of its record, not records of their own: in the indexed copy each
 * task row becomes a heading with the row's anchor followed by the task's text, so Pagefind
 * knows where each task starts on the page and the browser shows the matching tasks as results
 * (src/lib/search/parts.ts). The number of records grows with the pages, not with the tasks.
 *
 * Every record carries filters, metadata and a sort key, and hidden match text: every spelling of
 * the document numbers it holds or cites. Hidden text sits between two HIDDEN_TEXT_MARKs in the
 * indexed content; the browser drops it before building excerpts, so people only ever read the
 * text as written. (A query without marks finds words with đ in the page's own text, which the
 * index is given with đ spelled so that Pagefind folds it: index-spelling.ts.)
 *
 * There are two indexes of the same pages (SCOPES in filters.ts). The short one ("tom-tat") holds
 * what a page says about itself: a document's title, attributes and summary, not its text (nor
 * its tasks, which are rows of its text); a word every document uses many times costs a few bytes
 * per page there, so the first answer stays small at 10,000 documents. The full one ("toan-van")
 * holds every word. Both have the same hidden text.
 */
import type { Corpus, DocumentEntry } from '../content/corpus.ts';
import type { Task } from '../tasks/types.ts';
import { buildFacets } from '../content/facets.ts';
import { docNumberKey, docNumberSearchText, docNumberToken, findDocNumbers } from './doc-number.ts';
import { FILTERS, type FilterKey } from './filters.ts';
import type { ReadingDay } from '../content/reading-day.ts';
import type { QaEntry } from '../content/qa.ts';
import { formatViDate } from '../dates.ts';
import type { Infographic } from '../infographic/types.ts';
import { infographicText } from '../infographic/text.ts';

/**
 * Opens and closes hidden match text in indexed content. Punctuation only, so it adds no word to
 * the index, and a character legal text does not use.
 */
export const HIDDEN_TEXT_MARK = '⁂⁂';

/**
 * Opens and closes what a result shows apart from its excerpt (the page's title, its attributes
 * panel): indexed and ranked as written, left out of excerpts. Punctuation only, like
 * HIDDEN_TEXT_MARK, and distinct from it.
 */
export const SHOWN_APART_MARK = '⁑⁑';

/** Metadata key of a page's parts: JSON, anchor → the part's detail line (see partDetails). */
export const PARTS_META_KEY = 'parts';

/** Metadata every record carries; "" when unknown. */
export interface RecordMeta {
  /** Result title (pages take it from their h1 instead). */
  title?: string;
  kind: string;
  /** Number of the document (of the task's document, for a task). */
  number: string;
  /** Type name, e.g. "Chỉ thị". */
  type: string;
  /** Issuer name. */
  issuer: string;
  /** Date of issue, YYYY-MM-DD. */
  date: string;
  /** One more line for the result, e.g. the session day of a reading-day issue. */
  detail?: string;
}

/** A part of a page that is a search result of its own (a task row of a document). */
export interface RecordPart {
  /** Anchor id of the part on the page, e.g. "bang-nv-8". */
  anchor: string;
  /** Result title, the part's heading in the index: "Nhiệm vụ 8: Triển khai mô hình …". */
  title: string;
  /** Readable text. */
  text: string;
  /** Match text that is indexed but never shown. */
  hiddenText: string;
  /** One more line for the result: deadline and status. */
  detail: string;
}

export interface SearchRecord {
  /** Site path without the base; the built HTML at this path is indexed. */
  path: string;
  /** Match text that is indexed but never shown, in both indexes: the spellings of the numbers the page holds or cites. */
  hiddenText: string;
  /**
   * A word only the page's own document number gives (docNumberToken, "vbso8cttu"), indexed
   * hidden: a number query searches it too, so the document itself is among the results loaded
   * first however many pages cite it ("" when the page has no number).
   */
  keyText: string;
  /** Parts that are results of their own (a document's tasks), in page order. */
  parts: RecordPart[];
  meta: RecordMeta;
  filters: Partial<Record<FilterKey, string[]>>;
  /** Sort keys; undated records sort as "0000-00-00" so a date sort never drops them. */
  sort: { date: string };
}

const FACET_KEY = new Map(FILTERS.filter((f) => f.facet).map((f) => [f.facet!, f.key]));

/** Filter values of a document: the same ids as its browsing pages under /van-ban/theo-…/. */
export function documentFilters(doc: DocumentEntry, kind: string): Partial<Record<FilterKey, string[]>> {
  const filters: Partial<Record<FilterKey, string[]>> = { kind: [kind] };
  for (const facet of buildFacets([doc])) {
    const key = FACET_KEY.get(facet.id);
    if (key) filters[key] = facet.values.map((v) => v.value);
  }
  return filters;
}

/**
 * Index text for document numbers: every spelling of each number, once per number.
 * `numbers` may repeat a number in other spellings; they count once.
 */
export function numbersSearchText(numbers: Iterable<string>): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const n of numbers) {
    const key = docNumberKey(n);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    parts.push(docNumberSearchText(n));
  }
  return parts.join(' ');
}

/** Hidden match text for some readable text: the spellings of the numbers written in it and of `numbers`. */
export function hiddenMatchText(text: string, numbers: Iterable<string> = []): string {
  return numbersSearchText([...numbers, ...findDocNumbers(text).map((f) => f.text)]);
}

function documentMeta(doc: DocumentEntry, kind: string): RecordMeta {
  return {
    kind,
    number: doc.data.number ?? '',
    type: doc.type.name,
    issuer: doc.issuer.name,
    date: doc.data.issued ?? '',
  };
}

/** "Chỉ thị 08-CT/TU", or the full title when the document has no number. */
export function documentShortName(doc: DocumentEntry): string {
  return doc.data.number ? `${doc.type.name} ${doc.data.number}` : doc.displayTitle;
}

export function documentRecord(doc: DocumentEntry): SearchRecord {
  const d = doc.data;
  const signer = d.signer ? [d.signer.onBehalfOf, d.signer.title, d.signer.name] : [];
  // The words people read on the page, where the numbers it writes are: heading, attributes,
  // summary and the full text (the Markdown source serves as well as the HTML).
  const text = [doc.displayTitle, d.number, doc.type.name, doc.issuer.name, doc.status.name, ...doc.fields.map((f) => f.name), ...signer, d.summary, doc.body]
    .filter((x): x is string => !!x)
    .join('\n');
  // Its own number, those of its relations and those written in it, in both indexes: the short
  // one holds the page without its full text, but a number query finds the documents citing it there too.
  const numbers = [d.number, ...doc.relationsOut.map((r) => r.number)].filter((n): n is string => !!n);
  const filters = documentFilters(doc, 'van-ban');
  // A document with tasks is found by the "Nhiệm vụ" filter too; the browser then shows its tasks.
  if (doc.tasks.length) filters.kind!.push('nhiem-vu');
  return {
    path: doc.url,
    hiddenText: hiddenMatchText(text, numbers),
    keyText: (d.number && docNumberToken(d.number)) ?? '',
    parts: doc.tasks.map(taskPart),
    meta: documentMeta(doc, 'van-ban'),
    filters,
    sort: { date: d.issued ?? '0000-00-00' },
  };
}

function names(refs: { name: string }[]): string {
  return refs.map((r) => r.name).join('; ');
}

/** "8." → "8"; "(1)" → "1"; "BC1" stays. */
function refLabel(ref: string): string {
  return ref.replace(/^\((.*)\)$/, '$1').replace(/\.$/, '');
}

function truncateWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/** The readable text of a task: the row, cell by cell, with the column names. */
export function taskContent(task: Task): string {
  const parts = [
    task.content.replace(/[\s.;]+$/, '') + '.',
    task.overseers.length ? `Cấp ủy theo dõi: ${names(task.overseers)}.` : '',
    task.leads.length ? `Chủ trì: ${names(task.leads)}.` : '',
    task.coordinators.length ? `Phối hợp: ${names(task.coordinators)}.` : '',
    task.product ? `Sản phẩm: ${task.product.replace(/[\s.;]+$/, '')}.` : '',
    task.deadline.text ? `Thời gian hoàn thành: ${task.deadline.text.replace(/[\s.;]+$/, '')}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** A task as a part of its document's record. */
export function taskPart(task: Task): RecordPart {
  const text = taskContent(task);
  return {
    anchor: task.anchor,
    title: `Nhiệm vụ ${refLabel(task.ref)}: ${truncateWords(task.content, 110)}`,
    text,
    hiddenText: hiddenMatchText(text),
    // The status is as of the build, like the rest of the record.
    detail: `Thời gian hoàn thành: ${task.deadline.text || 'không ghi'} · ${task.statusLabel}`,
  };
}

/** The PARTS_META_KEY metadata of a record with parts: `{"bang-nv-8": "<detail>"}`; "" when none. */
export function partDetails(parts: readonly RecordPart[]): string {
  return parts.length ? JSON.stringify(Object.fromEntries(parts.map((p) => [p.anchor, p.detail]))) : '';
}

// The search page (its filter choices) and the index step both ask for the records of the same
// corpus; reading the numbers of every document's text is a part of a build, so it is done once.
// They use separate copies of this module (Astro bundles the pages apart from the integrations),
// hence a cache shared through globalThis.
const RECORDS_KEY = Symbol.for('legal-portal.search-records');
const RECORDS = ((globalThis as { [RECORDS_KEY]?: WeakMap<Corpus, SearchRecord[]> })[RECORDS_KEY] ??= new WeakMap());

/** Every record of the corpus (computed once per corpus; do not modify the list). */
export function searchRecords(corpus: Corpus): SearchRecord[] {
  let records = RECORDS.get(corpus);
  if (!records) RECORDS.set(corpus, (records = buildSearchRecords(corpus)));
  return records;
}

/**
 * Every record of the corpus, documents first. New kinds of content add theirs here.
 * Infographics drawn from a document's task table are not records: they belong to their
 * document, whose page holds the same tasks; only hand-written ones are.
 */
function buildSearchRecords(corpus: Corpus): SearchRecord[] {
  return [
    ...corpus.documents.map(documentRecord),
    ...corpus.readingDays.map(readingDayRecord),
    ...corpus.qa.map(qaRecord),
    ...corpus.infographics.filter((ig) => !ig.generated).map(infographicRecord),
  ];
}


// ——— Ngày đọc văn bản: one page record per monthly issue ———

/** Text of the inline HTML the reading-day model holds. */
function htmlText(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * An issue page is indexed as built, without the parts it quotes and its quiz (see ReadingList
 * and the issue page): a search for words of a directive should find the directive first. The
 * hidden text adds every spelling of the numbers its text writes and of the documents it reads.
 */
export function readingDayRecord(day: ReadingDay): SearchRecord {
  const text = [
    day.title,
    day.theme,
    ...day.audience.map((a) => a.label),
    ...day.readings.flatMap((r) => [r.docName, ...r.parts.map((p) => p.label)]),
    ...day.keyPoints,
    ...day.questions,
  ].map(htmlText).join('\n');
  const numbers = day.readings.map((r) => r.doc.data.number).filter((n): n is string => !!n);
  const hiddenText = hiddenMatchText(text, numbers);
  return {
    path: day.url,
    hiddenText,
    keyText: '',
    parts: [],
    meta: {
      kind: 'ngay-doc',
      number: '',
      type: '',
      issuer: '',
      date: day.date,
      detail: `Ngày sinh hoạt ${formatViDate(day.date)} · Dành cho: ${day.audience.map((a) => a.label).join('; ')}`,
    },
    filters: { kind: ['ngay-doc'] },
    sort: { date: day.date },
  };
}

// ——— Hỏi đáp pháp luật ———

/**
 * A Q&A page is indexed as built (its question and answer); the hidden text adds every spelling
 * of the numbers of the documents it rests on, so "08/CT-TU" finds it.
 */
export function qaRecord(q: QaEntry): SearchRecord {
  const basis = q.basis.map((b) => `${documentShortName(b.doc)}, ${b.part}`);
  const text = [q.question, q.asker.label, ...q.fields.map((f) => f.name), ...basis, q.body].join('\n');
  const numbers = q.basis.map((b) => b.doc.data.number).filter((n): n is string => !!n);
  const hiddenText = hiddenMatchText(text, numbers);
  return {
    path: q.url,
    hiddenText,
    keyText: '',
    parts: [],
    meta: {
      kind: 'hoi-dap',
      number: '',
      type: '',
      issuer: '',
      date: q.date ?? '',
      detail: `Người hỏi: ${q.asker.label} · Căn cứ: ${[...new Set(basis)].join('; ')}`,
    },
    filters: { kind: ['hoi-dap'], field: q.fields.map((f) => f.id) },
    sort: { date: q.date ?? '0000-00-00' },
  };
}

/** An infographic page: every word it shows (drawing and text alternative say the same). */
export function infographicRecord(ig: Infographic): SearchRecord {
  const hiddenText = hiddenMatchText(infographicText(ig));
  return {
    path: `/infographic/${ig.slug}/`,
    hiddenText,
    keyText: '',
    parts: [],
    meta: {
      kind: 'infographic',
      number: '',
      type: '',
      issuer: '',
      date: ig.date,
      detail: `Nguồn: ${[...new Set(ig.sources.map((s) => s.documentName))].join('; ')}`,
    },
    filters: { kind: ['infographic'], field: ig.fields.map((f) => f.id) },
    sort: { date: ig.date },
  };
}
